package geo

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Ankara", "Duesseldorf", "the US", "nice", "U.S.", "Côte d’Ivoire", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Fold(s)
		if Fold(k) != k {
			t.Errorf("Fold is not idempotent on %q: %q then %q", s, k, Fold(k))
		}
		ps := Lookup(s)
		if IsPlaceName(s) && len(ps) == 0 {
			t.Errorf("IsPlaceName(%q) but Lookup finds nothing", s)
		}
		for _, p := range ps {
			if p.ID == "" || p.Country == "" || p.Kind < KindCountry || p.Kind > KindCity {
				t.Errorf("Lookup(%q) returned a malformed place %+v", s, p)
			}
		}
	})
}

func FuzzDescribe(f *testing.F) {
	for _, s := range []string{"the Turkish capital", "the capital of France", "the Turkish city of Izmir",
		"the Ankara province", "capital of", "the capital", "of of of"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := Describe(s)
		if ok && (p.ID == "" || !utf8.ValidString(p.Name)) {
			t.Errorf("Describe(%q) = %+v, a malformed place", s, p)
		}
		if !ok && p != (Place{}) {
			t.Errorf("Describe(%q) failed but returned %+v", s, p)
		}
	})
}

func FuzzRelate(f *testing.F) {
	for _, s := range [][2]string{{"Ankara", "the Turkish capital"}, {"Turkey", "Ankara"},
		{"Marseille", "Cologne"}, {"Georgia", "Tbilisi"}, {"", "x"}} {
		f.Add(s[0], s[1])
	}
	mirror := map[Verdict]Verdict{VerdictContains: VerdictWithin, VerdictWithin: VerdictContains}
	f.Fuzz(func(t *testing.T, a, b string) {
		ab, ba := Relate(a, b), Relate(b, a)
		if ab < VerdictUnknown || ab > VerdictDisjoint {
			t.Fatalf("Relate(%q, %q) = %d, out of range", a, b, int(ab))
		}
		if want, ok := mirror[ab]; ok && ba != want && ba != VerdictSame {
			t.Errorf("Relate(%q, %q) = %s but Relate(%q, %q) = %s", a, b, ab, b, a, ba)
		}
		if ab.Agrees() != ba.Agrees() {
			t.Errorf("Relate(%q, %q) = %s but Relate(%q, %q) = %s", a, b, ab, b, a, ba)
		}
		if aa := Relate(a, a); aa != VerdictSame && aa != VerdictUnknown {
			t.Errorf("Relate(%q, itself) = %s", a, aa)
		}
	})
}

// FuzzExtendCheck reads a config's places and checks them against the
// gazetteer, without adding them: errors name the file, nothing panics.
func FuzzExtendCheck(f *testing.F) {
	for _, s := range []string{"cities:\n  FR/Lyon: [Lugdunova]\n", "countries:\n  QQ: {names: [Q]}\n", "regions: {x: [y]}\n", "cities: {\"/\": [a]}\n", "preferred: {a: b}\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		x, err := decodeExtra(doc, "places.yaml")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "places.yaml") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		_ = get().checkExtra(x)
	})
}
