package geo

import (
	"slices"
	"testing"
)

func TestLoad(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatalf("loading the embedded data: %v", err)
	}
	count := map[Kind]int{}
	for _, p := range get().places {
		count[p.Kind]++
	}
	for kind, min := range map[Kind]int{KindCountry: 240, KindRegion: 3000, KindCity: 5000} {
		if count[kind] < min {
			t.Errorf("%d places of kind %s, want at least %d", count[kind], kind, min)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name, want string // want: ID of the first place
		kind       Kind
		country    string
	}{
		{"Ankara", "323786", KindCity, "TR"},
		{"ANKARA", "323786", KindCity, "TR"},
		{"Düsseldorf", "2934246", KindCity, "DE"},
		{"Duesseldorf", "2934246", KindCity, "DE"},
		{"Dusseldorf", "2934246", KindCity, "DE"},
		{"Cologne", "2886242", KindCity, "DE"},
		{"Köln", "2886242", KindCity, "DE"},
		{"Koeln", "2886242", KindCity, "DE"},
		{"Turkey", "TR", KindCountry, "TR"},
		{"Türkiye", "TR", KindCountry, "TR"},
		{"the US", "US", KindCountry, "US"},
		{"U.S.", "US", KindCountry, "US"},
		{"the United States of America", "US", KindCountry, "US"},
		{"Britain", "GB", KindCountry, "GB"},
		{"the UK", "GB", KindCountry, "GB"},
		{"The Netherlands", "NL", KindCountry, "NL"},
		{"Holland", "NL", KindCountry, "NL"},
		{"Ivory Coast", "CI", KindCountry, "CI"},
		{"Côte d’Ivoire", "CI", KindCountry, "CI"},
		{"St. Petersburg", "498817", KindCity, "RU"},
		{"Saint Petersburg", "498817", KindCity, "RU"},
		{"Bavaria", "DE.02", KindRegion, "DE"},
		{"Baden-Württemberg", "DE.01", KindRegion, "DE"},
		{"Catalonia", "ES.56", KindRegion, "ES"},
		{"Nice", "2990440", KindCity, "FR"},
		{"New York", "5128581", KindCity, "US"},
		{"Kiev", "703448", KindCity, "UA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Lookup(tt.name)
			if len(got) == 0 {
				t.Fatalf("Lookup(%q) found nothing", tt.name)
			}
			if p := got[0]; p.ID != tt.want || p.Kind != tt.kind || p.Country != tt.country {
				t.Errorf("Lookup(%q)[0] = %v %s, want %s %s in %s", tt.name, p, p.ID, tt.want, tt.kind, tt.country)
			}
		})
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, name := range []string{"", " ", "the", "Zzyzxqv", "Central", "Western", "said", "Mr Smith", "\x00\xff"} {
		t.Run(name, func(t *testing.T) {
			if got := Lookup(name); got != nil {
				t.Errorf("Lookup(%q) = %v, want nothing", name, got)
			}
		})
	}
}

func TestLookupAmbiguous(t *testing.T) {
	tests := []struct {
		name string
		ids  []string // every one of these must be among the readings
	}{
		{"Georgia", []string{"GE", "US.GA"}},
		{"Moscow", []string{"524901", "RU.48"}},
		{"Washington", []string{"US.WA", "4140963"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			for _, p := range Lookup(tt.name) {
				ids = append(ids, p.ID)
			}
			for _, id := range tt.ids {
				if !slices.Contains(ids, id) {
					t.Errorf("Lookup(%q) = %v, missing %s", tt.name, ids, id)
				}
			}
		})
	}
}

func TestLookupOrder(t *testing.T) {
	got := Lookup("Moscow")
	if got[0].Kind != KindCity {
		t.Errorf("Lookup(Moscow)[0] = %v, want the city before the region named after it", got[0])
	}
	for _, name := range []string{"Paris", "Barcelona", "Georgia", "Washington"} {
		ps := Lookup(name)
		for i := 1; i < len(ps); i++ {
			if ps[i].Population > ps[i-1].Population && ps[i-1].Kind != KindCity {
				t.Errorf("Lookup(%q): %v before the more populous %v", name, ps[i-1], ps[i])
			}
		}
	}
}

func TestIsPlaceName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Ankara", true},
		{"ankara", true}, // not a common word: machine-translated lower case still counts
		{"Paris", true},
		{"Nice", true},
		{"nice", false},
		{"Reading", true},
		{"reading", false},
		{"Split", true},
		{"split", false},
		{"Mobile", true},
		{"mobile", false},
		{"US", true},
		{"us", false},
		{"Chad", true},
		{"Western", false},
		{"Hello", false},
		{"", false},
		{"the", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsPlaceName(tt.name); got != tt.want {
				t.Errorf("IsPlaceName(%q) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}

func TestIsCommonWord(t *testing.T) {
	tests := map[string]bool{"Nice": true, "Reading": true, "Orange": true, "Mobile": true,
		"Ankara": false, "Barcelona": false, "United Kingdom": false}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			if got := IsCommonWord(name); got != want {
				t.Errorf("IsCommonWord(%q) = %v, want %v", name, got, want)
			}
			if ps := Lookup(name); len(ps) > 0 && ps[0].Common != want {
				t.Errorf("Lookup(%q)[0].Common = %v, want %v", name, ps[0].Common, want)
			}
		})
	}
}

func TestMinorCommonWordsDropped(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Same", false},  // a small seat in Timor-Leste
		{"Bar", false},   // a small seat in Montenegro
		{"We", false},    // a small seat in New Caledonia
		{"Male", true},   // a capital
		{"Chad", true},   // a country
		{"Mobile", true}, // a city of 100,000 or more
		{"Wales", true},  // a region of millions
		{"Ankara", true}, // no common word
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsPlaceName(tt.name); got != tt.want {
				t.Errorf("IsPlaceName(%q) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}
