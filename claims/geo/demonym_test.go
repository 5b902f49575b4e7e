package geo

import "testing"

func TestDemonym(t *testing.T) {
	tests := []struct{ word, want string }{
		{"German", "DE"}, {"Germans", "DE"}, {"Spanish", "ES"}, {"Spaniards", "ES"},
		{"British", "GB"}, {"Britons", "GB"}, {"Brits", "GB"}, {"Turkish", "TR"},
		{"Turks", "TR"}, {"Thai", "TH"}, {"Thais", "TH"}, {"French", "FR"},
		{"Frenchmen", "FR"}, {"American", "US"}, {"Americans", "US"}, {"Russians", "RU"},
		{"Iraqis", "IQ"}, {"Swiss", "CH"}, {"Dutch", "NL"}, {"Czechs", "CZ"},
		{"Filipinos", "PH"}, {"Poles", "PL"}, {"Danes", "DK"}, {"Ukrainians", "UA"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got, ok := Demonym(tt.word)
			if !ok || got != tt.want {
				t.Errorf("Demonym(%q) = %q, %v, want %q", tt.word, got, ok, tt.want)
			}
		})
	}
}

func TestDemonymUnknown(t *testing.T) {
	for _, word := range []string{"", "Korean", "Germany", "officials", "Frenches", "Swisss"} {
		t.Run(word, func(t *testing.T) {
			if got, ok := Demonym(word); ok {
				t.Errorf("Demonym(%q) = %q, want none", word, got)
			}
		})
	}
}

func TestCountryAndCapital(t *testing.T) {
	tests := []struct{ code, country, capital string }{
		{"TR", "TR", "Ankara"}, {"de", "DE", "Berlin"}, {"FR", "FR", "Paris"},
		{"TH", "TH", "Bangkok"}, {"US", "US", "Washington, D.C."}, {"GB", "GB", "London"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c, ok := Country(tt.code)
			if !ok || c.ID != tt.country || c.Kind != KindCountry {
				t.Fatalf("Country(%q) = %v, %v", tt.code, c, ok)
			}
			p, ok := Capital(tt.code)
			if !ok || p.Name != tt.capital || !Contains(c, p) {
				t.Errorf("Capital(%q) = %v, %v, want %s inside %v", tt.code, p, ok, tt.capital, c)
			}
		})
	}
	for _, code := range []string{"", "XX", "TUR", "t"} {
		if p, ok := Country(code); ok {
			t.Errorf("Country(%q) = %v, want none", code, p)
		}
	}
}
