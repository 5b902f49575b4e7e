package names

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Name
	}{
		{"Thomas de Maizière", Name{Given: []string{"Thomas"}, Surname: "de Maizière", Particles: []string{"de"}}},
		{"M. Mert Altintas", Name{Given: []string{"M.", "Mert"}, Surname: "Altintas"}},
		{"John Smith Jr.", Name{Given: []string{"John"}, Surname: "Smith"}},
		{"John Smith, Jr.", Name{Given: []string{"John"}, Surname: "Smith"}},
		{"Henry Ford III", Name{Given: []string{"Henry"}, Surname: "Ford"}},
		{"Mr Karlov", Name{Surname: "Karlov"}},
		{"Karlov", Name{Surname: "Karlov"}},
		{"Recep Tayyip Erdoğan", Name{Given: []string{"Recep", "Tayyip"}, Surname: "Erdoğan"}},
		{"Ayman al-Zawahiri", Name{Given: []string{"Ayman"}, Surname: "al-Zawahiri", Particles: []string{"al"}}},
		{"AL ZAWAHIRI, Dr. Ayman", Name{Given: []string{"Ayman"}, Surname: "AL ZAWAHIRI", Particles: []string{"AL"}}},
		{"Osama bin Laden", Name{Given: []string{"Osama"}, Surname: "bin Laden", Particles: []string{"bin"}}},
		{"Ludwig van der Berg", Name{Given: []string{"Ludwig"}, Surname: "van der Berg", Particles: []string{"van", "der"}}},
		{"J.R.R. Tolkien", Name{Given: []string{"J.", "R.", "R."}, Surname: "Tolkien"}},
		{"De Gaulle", Name{Surname: "De Gaulle", Particles: []string{"De"}}},
		{"Le Duc Tho", Name{Given: []string{"Le", "Duc"}, Surname: "Tho"}},
		{"", Name{}},
		{"  ,  ", Name{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := Parse(tt.in)
			tt.want.Raw = tt.in
			if d := cmp.Diff(tt.want, got, cmpopts.EquateEmpty(), cmpopts.IgnoreUnexported(Name{})); d != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tt.in, d)
			}
		})
	}
}

func TestParseKey(t *testing.T) {
	if k := Parse("Thomas de Maizière").Key(); k != "maiziere" {
		t.Errorf("key = %q, want maiziere", k)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Thomas de Maizière", "SMITH, John, Jr.", "J.R.R. Tolkien", "al-", "-", ",,", "Mr"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Parse(s)
		for _, g := range n.Given {
			if !strings.Contains(s, strings.TrimSuffix(g, ".")) {
				t.Errorf("Parse(%q): given %q not in the input", s, g)
			}
		}
		if n.Surname == "" && len(n.Given) > 0 {
			t.Errorf("Parse(%q): given names without a surname", s)
		}
		Match(n, Parse(n.String()))
	})
}
