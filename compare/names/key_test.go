package names

import "testing"

func TestSurnameKey(t *testing.T) {
	same := [][2]string{
		{"Yıldıztaş", "Yildiztas"},
		{"de Maupassant", "Maupassant"},
		{"al-Zawahiri", "Zawahiri"},
		{"AL ZAWAHIRI", "al-Zawahiri"},
		{"Khodorkovsky", "Hodorkovsky"},
		{"Kanthasorn", "Kantasorn"},
		{"Youkhamsai", "Yookhamsai"},
		{"Yukhamsai", "Youkhamsai"},
		{"Tchaikovsky", "Chaikovsky"},
		{"Müller", "Mueller"},
		{"Qadhafi", "Kadhafi"},
		{"Podgornyy", "Podgorny"},
		{"Zelenskyy", "Zelenskiy"},
		{"Yakovlev", "Jakowlew"},
		{"Sutthiwong", "Suttiwong"},
	}
	for _, p := range same {
		t.Run(p[0]+"="+p[1], func(t *testing.T) {
			if a, b := SurnameKey(p[0]), SurnameKey(p[1]); a != b {
				t.Errorf("keys differ: %q → %q, %q → %q", p[0], a, p[1], b)
			}
		})
	}
	differ := [][2]string{
		{"Pavlov", "Pavlova"},
		{"Novak", "Novakova"},
		{"Kowalski", "Kowalska"},
		{"Petrov", "Petrova"},
		{"Tolstoy", "Tolstaya"},
		{"Pavlov", "Tolstoy"},
		{"Kanthasorn", "Chanthasorn"},
	}
	for _, p := range differ {
		t.Run(p[0]+"≠"+p[1], func(t *testing.T) {
			if a, b := SurnameKey(p[0]), SurnameKey(p[1]); a == b {
				t.Errorf("keys equal: %q and %q → %q", p[0], p[1], a)
			}
		})
	}
}

func TestGendered(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Pavlov", "Pavlova", true},
		{"Novak", "Novakova", true},
		{"Kowalski", "Kowalska", true},
		{"Chaikovsky", "Chaikovskaya", true},
		{"Ivanov", "Ivanova", true},
		{"Lindenmeyer", "Lindermeyer", false},
		{"Pavlov", "Pavlov", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := gendered(SurnameKey(tt.a), SurnameKey(tt.b)); got != tt.want {
				t.Errorf("gendered(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestGivenKey(t *testing.T) {
	groups := [][]string{
		{"Sergei", "Sergey", "Serguei"},
		{"Yuri", "Yury", "Iouri", "Juri"},
		{"Dmitry", "Dmitri", "Dmitriy", "Dmitrii"},
		{"Andrei", "Andrey"},
		{"Kittipol", "Kitipol"},
		{"Gökhan", "Gokhan"},
	}
	for _, g := range groups {
		t.Run(g[0], func(t *testing.T) {
			want := GivenKey(g[0])
			for _, n := range g[1:] {
				if got := GivenKey(n); got != want {
					t.Errorf("GivenKey(%s) = %q, GivenKey(%s) = %q", n, got, g[0], want)
				}
			}
		})
	}
}
