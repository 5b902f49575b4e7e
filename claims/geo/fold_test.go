package geo

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Düsseldorf", "dusseldorf"},
		{"DÜSSELDORF", "dusseldorf"},
		{"Şanlıurfa", "sanliurfa"},
		{"Çankaya", "cankaya"},
		{"The Hague", "hague"},
		{"the the Hague", "hague"},
		{"U.S.", "us"},
		{"Xi’an", "xian"},
		{"Côte d'Ivoire", "cote divoire"},
		{"St. Petersburg", "saint petersburg"},
		{"Rostov-on-Don", "rostov on don"},
		{"  New   York ", "new york"},
		{"Москва", "moskva"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestGermanKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Düsseldorf", "duesseldorf"},
		{"Köln", "koeln"},
		{"Baden-Württemberg", "baden wuerttemberg"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got, ok := germanKey(tt.in); !ok || got != tt.want {
				t.Errorf("germanKey(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
			}
		})
	}
	if k, ok := germanKey("Ankara"); ok {
		t.Errorf("germanKey(Ankara) = %q, want none", k)
	}
}
