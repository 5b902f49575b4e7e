package geo

import "testing"

func TestDescribe(t *testing.T) {
	tests := []struct{ phrase, name, country string }{
		{"the Turkish capital", "Ankara", "TR"},
		{"Turkish capital", "Ankara", "TR"},
		{"the capital of Turkey", "Ankara", "TR"},
		{"the French capital", "Paris", "FR"},
		{"the Thai capital", "Bangkok", "TH"},
		{"the Russian capital", "Moscow", "RU"},
		{"the German capital", "Berlin", "DE"},
		{"the Spanish capital city", "Madrid", "ES"},
		{"the US capital", "Washington, D.C.", "US"},
		{"the Turkish city of Izmir", "İzmir", "TR"},
		{"the city of Lyon", "Lyon", "FR"},
		{"the Ankara province", "Ankara", "TR"},
		{"the province of Ankara", "Ankara", "TR"},
		{"Bavaria", "Bavaria", "DE"},
		{"Dusseldorf", "Düsseldorf", "DE"},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			p, ok := Describe(tt.phrase)
			if !ok || p.Name != tt.name || p.Country != tt.country {
				t.Errorf("Describe(%q) = %v, %v, want %s in %s", tt.phrase, p, ok, tt.name, tt.country)
			}
		})
	}
}

func TestDescribeUnknown(t *testing.T) {
	for _, phrase := range []string{"", "the capital", "capital", "the Martian capital",
		"the Turkish city of Lyon", "the city of", "the embassy", "an art gallery"} {
		t.Run(phrase, func(t *testing.T) {
			if p, ok := Describe(phrase); ok {
				t.Errorf("Describe(%q) = %v, want none", phrase, p)
			}
		})
	}
}

func TestRelate(t *testing.T) {
	tests := []struct {
		a, b string
		want Verdict
	}{
		{"Ankara", "the Turkish capital", VerdictSame},
		{"Ankara", "Ankara", VerdictSame},
		{"Düsseldorf", "Duesseldorf", VerdictSame},
		{"Dusseldorf", "Düsseldorf", VerdictSame},
		{"Cologne", "Köln", VerdictSame},
		{"the UK", "Britain", VerdictSame},
		{"Turkey", "Ankara", VerdictContains},
		{"Ankara", "Turkey", VerdictWithin},
		{"Nice", "France", VerdictWithin},
		{"Barcelona", "Spain", VerdictWithin},
		{"Catalonia", "Barcelona", VerdictContains},
		{"Bavaria", "Germany", VerdictWithin},
		{"Ankara", "Çankaya", VerdictContains}, // a district inside the province named Ankara
		{"Berlin", "Neukölln", VerdictNear},
		{"Moscow", "Ankara", VerdictDisjoint},
		{"Marseille", "Cologne", VerdictDisjoint},
		{"the French capital", "Nice", VerdictDisjoint},
		{"Turkey", "Russia", VerdictDisjoint},
		{"Georgia", "Tbilisi", VerdictContains}, // the country reading agrees
		{"Georgia", "Atlanta", VerdictContains}, // so does the US state
		{"Ankara", "Zzyzxqv", VerdictUnknown},
		{"", "Ankara", VerdictUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := Relate(tt.a, tt.b); got != tt.want {
				t.Errorf("Relate(%q, %q) = %s, want %s", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestContainsAndSame(t *testing.T) {
	tr, _ := Country("TR")
	de, _ := Country("DE")
	ankara := Lookup("Ankara")[0]
	bavaria := Lookup("Bavaria")[0]
	munich := Lookup("Munich")[0]
	tests := []struct {
		name           string
		outer, inner   Place
		contains, same bool
	}{
		{"country holds city", tr, ankara, true, false},
		{"country holds region", de, bavaria, true, false},
		{"region holds city", bavaria, munich, true, false},
		{"city holds nothing", munich, bavaria, false, false},
		{"other country", de, ankara, false, false},
		{"itself", tr, tr, false, true},
		{"zero places", Place{}, Place{}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Contains(tt.outer, tt.inner); got != tt.contains {
				t.Errorf("Contains(%v, %v) = %v", tt.outer, tt.inner, got)
			}
			if got := Same(tt.outer, tt.inner); got != tt.same {
				t.Errorf("Same(%v, %v) = %v", tt.outer, tt.inner, got)
			}
		})
	}
}

func TestVerdict(t *testing.T) {
	agrees := map[Verdict]bool{VerdictSame: true, VerdictContains: true, VerdictWithin: true,
		VerdictNear: true, VerdictDisjoint: false, VerdictUnknown: false}
	for v, want := range agrees {
		if v.Agrees() != want {
			t.Errorf("%s.Agrees() = %v, want %v", v, v.Agrees(), want)
		}
	}
	if s := Verdict(42).String(); s != "Verdict(42)" {
		t.Errorf("String of a bad verdict = %q", s)
	}
	if s := KindRegion.String(); s != "region" {
		t.Errorf("KindRegion.String() = %q", s)
	}
}
