package geo_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims/geo"
)

// TestExtend adds names to the gazetteer of the test process; the names
// are invented, so no other test meets them.
func TestExtend(t *testing.T) {
	invalid := []struct{ name, doc, want string }{
		{"unknown key", "towns: {}\n", "places.yaml: line 1: field towns not found"},
		{"unknown country", "countries:\n  QQ: {names: [Qualand]}\n", `places.yaml: countries: unknown code "QQ"`},
		{"unknown city", "cities:\n  FR/Nowhereville: [Nulle]\n", `places.yaml: cities: no city "FR/Nowhereville"`},
		{"one bad key adds nothing", "cities:\n  FR/Lyon: [Lugdunova]\ncountries:\n  QQ: {names: [Qualand]}\n", "unknown code"},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			err := geo.Extend([]byte(tc.doc), "places.yaml")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to hold %q", err, tc.want)
			}
		})
	}
	if got := geo.Lookup("Lugdunova"); len(got) != 0 {
		t.Fatalf("a rejected document added %v", got)
	}
	doc := "cities:\n  FR/Lyon: [Lugdunova]\ncountries:\n  NO: {demonyms: [Fjordlander]}\n"
	for range 2 { // twice: the second adds nothing more
		if err := geo.Extend([]byte(doc), "places.yaml"); err != nil {
			t.Fatal(err)
		}
	}
	got := geo.Lookup("Lugdunova")
	if len(got) != 1 || got[0].Name != "Lyon" {
		t.Fatalf("Lookup(Lugdunova) = %v, want Lyon once", got)
	}
	if v := geo.Relate("Lugdunova", "France"); v != geo.VerdictWithin {
		t.Errorf("Relate(Lugdunova, France) = %v, want within", v)
	}
	if code, ok := geo.Demonym("Fjordlanders"); !ok || code != "NO" {
		t.Errorf("Demonym(Fjordlanders) = %q, %v; want NO", code, ok)
	}
}
