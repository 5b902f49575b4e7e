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
		{"Guy de Maupassant", Name{Given: []string{"Guy"}, Surname: "de Maupassant", Particles: []string{"de"}}},
		{"G. Emre Yildiztas", Name{Given: []string{"G.", "Emre"}, Surname: "Yildiztas"}},
		{"John Smith Jr.", Name{Given: []string{"John"}, Surname: "Smith"}},
		{"John Smith, Jr.", Name{Given: []string{"John"}, Surname: "Smith"}},
		{"Henry Ford III", Name{Given: []string{"Henry"}, Surname: "Ford"}},
		{"Mr Pavlov", Name{Surname: "Pavlov"}},
		{"Pavlov", Name{Surname: "Pavlov"}},
		{"Halil Yusuf Tekinalp", Name{Given: []string{"Halil", "Yusuf"}, Surname: "Tekinalp"}},
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
	if k := Parse("Pierre de Fermat").Key(); k != "fermat" {
		t.Errorf("key = %q, want fermat", k)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Guy de Maupassant", "SMITH, John, Jr.", "J.R.R. Tolkien", "al-", "-", ",,", "Mr"} {
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
