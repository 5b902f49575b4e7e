package claims

import (
	"strings"
	"testing"
)

func TestHouseTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"about 2am", "about 2 a.m."},
		{"around 1 a.m.", "around 1 a.m."},
		{"10.30pm local time", "10.30 p.m. local time"},
		{"at 9 PM", "at 9 p.m."},
		{"5a.m", "5 a.m."},
		{"16:30 BST", "16:30 BST"},
		{"2 amps", "2 amps"},
		{"noon", "noon"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := houseTime(tt.in); got != tt.want {
			t.Errorf("houseTime(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzHouseTime(f *testing.F) {
	f.Add("about 2am")
	f.Add("10.30pm local time")
	f.Fuzz(func(t *testing.T, s string) {
		got := houseTime(s)
		// only meridiems are rewritten: every other byte stays, in order
		strip := func(s string) string {
			return strings.NewReplacer(" ", "", ".", "", "a", "", "p", "", "m", "", "A", "", "P", "", "M", "").Replace(s)
		}
		if strip(got) != strip(s) {
			t.Fatalf("houseTime(%q) = %q changed more than meridiems", s, got)
		}
	})
}
