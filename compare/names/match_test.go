package names

import (
	"strings"
	"testing"
)

func TestMatchSame(t *testing.T) {
	tests := []struct{ a, b, why string }{
		{"Yusuf Tekinalp", "Halil Yusuf Tekinalp", "⊂"},
		{"Sergei Prokofiev", "Sergey Prokofiev", "same surname key 'prokofiev'"},
		{"Andrei Tarkovsky", "Andrey Tarkovsky", "same key"},
		{"Gokhan Emre Yildiztas", "gökhan Yıldıztaş", "'gokhan' ⊂ 'gokhan emre'"},
		{"G. Emre Yildiztas", "Gokhan Emre Yildiztas", "initial"},
		{"Tarkovsky", "Andrei Tarkovsky", "absent"},
		{"Richard Feynman", "Dick Feynman", "variants"},
		{"Guy de Maupassant", "Guy de Maupassant", "maupasant"},
		{"Guy de Maupassant", "de Maupassant", "absent"},
		{"Gerhard Lindenmeyer", "Gerhard Lindermeyer", "≈"},
		{"Kittipol Chanthasorn", "Kittiphol Chantasorn", "chantasorn"},
		{"Kittipol Chanthasorn", "Kitipol Chanthasorn", "same key"},
		{"Prasit Kamon", "Prasit Gamon", "≈"},
		{"Wichit Sutthiwong", "Wichit Sutthawong", "≈"},
		{"Wichit Sutthiwong", "Wichit Suttiwong", "same surname key"},
		{"Siriporn Youkhamsai", "Sriporn Yookhamsai", "≈"},
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
		{"Sergei Prokofiev", "Sergei Rachmaninoff"},
		{"Thomas Hobbes", "Thomas de Quincey"},
		{"Richard Feynman", "Richard Wagner"},
		{"Wichai Kanthasorn", "Kittipol Chanthasorn"},
		{"Ivan Pavlov", "Anna Pavlova"},
		{"Ivan Pavlov", "Pavlova"},
		{"Jan Novak", "Jana Novakova"},
		{"Anna Kowalska", "Anna Kowalski"},
		{"Andreas Schmidt", "Andrea Schmidt"},
		{"Leo Tolstoy", "Fyodor Dostoevsky"},
		{"Gerhard Lindenmeyer", "Peter Lindermeyer"},
		{"Gerhard Lindenmeyer", "Lindermeyer"},
		{"John Smith", "Jane Smith"},
		{"Kim Jong-un", "Kim Yo-jong"},
		{"Prasit Kamon", "Somchai Gamon"},
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
	if r := m.Match(Parse("Gerhard Lindenmeyer"), Parse("Gerhard Lindermeyer")); r.Same {
		t.Errorf("common spellings merged by tolerance: %s", r.Why)
	}
	if r := m.Match(Parse("Gerhard Lindenmeyer"), Parse("G. Lindenmeyer")); !r.Same {
		t.Errorf("same key refused: %s", r.Why)
	}
}

func TestGivenCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Gokhan", "Gokhan Emre", true},
		{"G. Emre", "Gokhan Emre", true},
		{"Yusuf", "Halil Yusuf", true},
		{"", "Sergei", true},
		{"Sergei", "Serguei", true},
		{"Mohammed", "Muhammad", true},
		{"Robert", "Bob", true},
		{"Thomas", "Tom", true},
		{"Sergei", "Dmitry", false},
		{"Emre Gokhan", "Gokhan Emre", false},
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
		{Parse("Gokhan Emre Yildiztas"), Parse("gökhan Yıldıztaş")},
		{Parse("Sergei Prokofiev"), Parse("Sergei Rachmaninoff")},
		{Parse("Gerhard Lindenmeyer"), Parse("Gerhard Lindermeyer")},
		{Parse("Halil Yusuf Tekinalp"), Parse("Yusuf Tekinalp")},
	}
	for b.Loop() {
		for _, p := range pairs {
			Match(p[0], p[1])
		}
	}
}
