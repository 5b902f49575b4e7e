package names

import (
	"strings"
	"testing"
)

func TestMatchSame(t *testing.T) {
	tests := []struct{ a, b, why string }{
		{"Tayyip Erdogan", "Recep Tayyip Erdoğan", "⊂"},
		{"Sergei Lavrov", "Sergey Lavrov", "same surname key 'lavrov'"},
		{"Andrei Karlov", "Andrey Karlov", "same key"},
		{"Mevlut Mert Altintas", "mevlüt Altıntaş", "'mevlut' ⊂ 'mevlut mert'"},
		{"M. Mert Altintas", "Mevlut Mert Altintas", "initial"},
		{"Karlov", "Andrei Karlov", "absent"},
		{"Richard Stanton", "Rick Stanton", "variants"},
		{"Thomas de Maizière", "Thomas de Maiziere", "maiziere"},
		{"Thomas de Maizière", "de Maizière", "absent"},
		{"Patrick Sondenheimer", "Patrick Sonderheimer", "≈"},
		{"Ekkapol Chanthawong", "Ekkaphol Chantawong", "chantavong"},
		{"Ekkapol Chanthawong", "Ekapol Chanthawong", "same key"},
		{"Saman Kunan", "Saman Gunan", "≈"},
		{"Narongsak Osottanakorn", "Narongsak Osatanakorn", "≈"},
		{"Narongsak Osotthanakorn", "Narongsak Osottanakorn", "same surname key"},
		{"Apakorn Youkongkaew", "Arpakorn Yookongkaew", "≈"},
		{"Muammar Qaddafi", "Moammar Gadhafi", "≈"},
		{"Yuri Andropov", "Iouri Andropov", "same key"},
		{"Bill Clinton", "William Jefferson Clinton", "variants"},
		{"Ayman al-Zawahiri", "AL-ZAWAHIRI, Aiman Muhammad Rabi", "zavahiri"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"~"+tt.b, func(t *testing.T) {
			for _, r := range []Result{Match(Parse(tt.a), Parse(tt.b)), Match(Parse(tt.b), Parse(tt.a))} {
				if !r.Same {
					t.Fatalf("not the same: %s", r.Why)
				}
				if !strings.Contains(r.Why, tt.why) {
					t.Errorf("why = %q, want it to say %q", r.Why, tt.why)
				}
				if r.Score <= 0 || r.Score > 1 {
					t.Errorf("score %v outside (0,1]", r.Score)
				}
			}
		})
	}
}

func TestMatchDifferent(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Sergei Lavrov", "Sergei Naryshkin"},
		{"Thomas Winkelmann", "Thomas de Maizière"},
		{"Richard Stanton", "Richard Harris"},
		{"Nopparat Kanthawong", "Ekkapol Chanthawong"},
		{"Andrei Karlov", "Marina Karlova"},
		{"Andrei Karlov", "Karlova"},
		{"Jan Novak", "Jana Novakova"},
		{"Anna Kowalska", "Anna Kowalski"},
		{"Andreas Schmidt", "Andrea Schmidt"},
		{"Vladimir Putin", "Dmitry Peskov"},
		{"Patrick Sondenheimer", "Peter Sonderheimer"},
		{"Patrick Sondenheimer", "Sonderheimer"},
		{"John Smith", "Jane Smith"},
		{"Kim Jong-un", "Kim Yo-jong"},
		{"Saman Kunan", "Somchai Gunan"},
		{"Mark Dale", "Mark Tale"},
		{"", "John Smith"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"≁"+tt.b, func(t *testing.T) {
			for _, r := range []Result{Match(Parse(tt.a), Parse(tt.b)), Match(Parse(tt.b), Parse(tt.a))} {
				if r.Same {
					t.Errorf("merged: %s", r.Why)
				}
				if r.Why == "" {
					t.Error("a refusal must say why")
				}
			}
		})
	}
}

func TestMatchRare(t *testing.T) {
	m := &Matcher{Rare: func(a, b string) bool { return false }}
	if r := m.Match(Parse("Patrick Sondenheimer"), Parse("Patrick Sonderheimer")); r.Same {
		t.Errorf("common spellings merged by tolerance: %s", r.Why)
	}
	if r := m.Match(Parse("Patrick Sondenheimer"), Parse("P. Sondenheimer")); !r.Same {
		t.Errorf("same key refused: %s", r.Why)
	}
}

func TestGivenCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Mevlut", "Mevlut Mert", true},
		{"M. Mert", "Mevlut Mert", true},
		{"Tayyip", "Recep Tayyip", true},
		{"", "Sergei", true},
		{"Sergei", "Serguei", true},
		{"Mohammed", "Muhammad", true},
		{"Robert", "Bob", true},
		{"Thomas", "Tom", true},
		{"Sergei", "Dmitry", false},
		{"Mert Mevlut", "Mevlut Mert", false},
		{"A.", "B.", false},
		{"Andreas", "Andrea", false},
		{"Christian", "Christina", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			got, why := GivenCompatible(strings.Fields(tt.a), strings.Fields(tt.b))
			if got != tt.want {
				t.Errorf("GivenCompatible = %v (%s), want %v", got, why, tt.want)
			}
			if why == "" {
				t.Error("no reason given")
			}
		})
	}
}

func TestDefaultVariants(t *testing.T) {
	v, err := DefaultVariants()
	if err != nil {
		t.Fatal(err)
	}
	if v.Len() < 100 {
		t.Errorf("only %d variant keys", v.Len())
	}
}

func TestParseVariantsInvalid(t *testing.T) {
	for _, in := range []string{"groups: [[Bob]]", "groups: [[Bob, '...']]", "groups: {", "groups: [[Bob, Robert]]\nother: 1", ""} {
		t.Run(in, func(t *testing.T) {
			if _, err := ParseVariants([]byte(in)); err == nil {
				t.Errorf("ParseVariants(%q) accepted", in)
			}
		})
	}
}

func BenchmarkMatch(b *testing.B) {
	pairs := [][2]Name{
		{Parse("Mevlut Mert Altintas"), Parse("mevlüt Altıntaş")},
		{Parse("Sergei Lavrov"), Parse("Sergei Naryshkin")},
		{Parse("Patrick Sondenheimer"), Parse("Patrick Sonderheimer")},
		{Parse("Recep Tayyip Erdoğan"), Parse("Tayyip Erdogan")},
	}
	for b.Loop() {
		for _, p := range pairs {
			Match(p[0], p[1])
		}
	}
}
