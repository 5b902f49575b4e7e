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
		{"U.K.", "UK", false, false},                // punctuation only
		{"Pin-Up Hall", "Pinup Hall", false, false}, // a hyphen only
		{"Place Vendome", "Place Vendôme", false, true},
		{"Dmitri Volkonov", "Dmitry Volkonov", true, true},
		{"Ozgur Kaya", "özgür Kaya", true, true},
		{"Ann Lee", "Lee", true, false},
		{"Ann Lee", "A. Lee", true, false},
		{"Ann Lee", "ann lee", true, false},                // case only
		{"Ann Lee", "Coach Ann Lee", true, false},          // a title before
		{"Ann Lee", "Harbour Master Ann Lee", true, false}, // a role before
		{"Ann Lee", "Ann Lee Jr", true, false},
		{"Ann Lee", "Ann Mary Lee", true, false}, // a middle name
		{"Ann Lee", "Ms Lee", true, false},
		{"Port Director Jon Lee", "John Lee", true, true},
		{"Ann Lee", "Ann Leigh", true, true},
	}
	for _, tc := range tests {
		if got := spelledDifferently([]string{tc.a, tc.b}, tc.person); got != tc.want {
			t.Errorf("spelledDifferently(%q, %q, person=%v) = %v, want %v", tc.a, tc.b, tc.person, got, tc.want)
		}
	}
}
