package compare

import "testing"

func TestSpelledDifferently(t *testing.T) {
	tests := []struct {
		a, b   string
		person bool
		want   bool
	}{
		{"Duesseldorf", "Düsseldorf", false, true},
		{"Kiev", "Kyiv", false, true},
		{"flight NA512", "flight 512", false, true},
		{"Port Elm", "Port Elm", false, false},
		{"Port Elm", "port elm", false, false},
		{"Kettleby City", "Kettleby Island", false, false}, // another word, not a spelling
		{"Kettleby district", "Kettleby province", false, false},
		{"Kettleby", "Province", false, false},
		{"Kettleby Hall", "Kettleby", false, false}, // a longer form
		{"Blue Team", "Blue Demons", false, false},
		{"flight NA512", "flight 513", false, false},
		{"Dmitri Volkonov", "Dmitry Volkonov", true, true},
		{"Ann Lee", "Lee", true, false},
		{"Ann Lee", "A. Lee", true, false},
	}
	for _, tc := range tests {
		if got := spelledDifferently([]string{tc.a, tc.b}, tc.person); got != tc.want {
			t.Errorf("spelledDifferently(%q, %q, person=%v) = %v, want %v", tc.a, tc.b, tc.person, got, tc.want)
		}
	}
}
