package geo

import "testing"

func TestRegional(t *testing.T) {
	for phrase, want := range map[string]bool{
		"the Rhône region":  true,
		"Kars province":     true,
		"the border area":   true,
		"Lyon":              false,
		"the town of Porto": false,
		"":                  false,
	} {
		if got := Regional(phrase); got != want {
			t.Errorf("Regional(%q) = %v, want %v", phrase, got, want)
		}
	}
}
