package claims

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims/value"
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

func TestHouseQuantity(t *testing.T) {
	tests := []struct{ in, want string }{
		{"11-month", "11 months"},
		{"a 1-month", "a 1 month"},
		{"some 5km", "some 5 km"},
		{"about 4 km", "about 4 km"},
		{"2.5-mile", "2.5 miles"},
		{"21-km", "21 km"},
		{"six-week", "six weeks"},
		{"one-year", "one year"},
		{"foot", "foot"},
		{"a 6-foot", "a 6 feet"},
		{"12-inch", "12 inches"},
		{"24-hours", "24 hours"},
		{"10-percent", "10-percent"},
		{"100-yard", "100-yard"},
		{"twenty-one", "twenty-one"},
		{"nine days", "nine days"},
		{"ten", "ten"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := houseQuantity(tt.in, value.Default()); got != tt.want {
			t.Errorf("houseQuantity(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzHouseQuantity(f *testing.F) {
	f.Add("11-month")
	f.Add("some 5km")
	f.Fuzz(func(t *testing.T, s string) {
		got := houseQuantity(s, value.Default())
		// only a space, a hyphen and a plural s may change
		strip := func(s string) string { return strings.NewReplacer(" ", "", "-", "", "s", "").Replace(s) }
		if strip(got) != strip(s) {
			t.Fatalf("houseQuantity(%q) = %q changed more than its spacing", s, got)
		}
	})
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
