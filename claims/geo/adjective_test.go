package geo

import "testing"

func TestAdjective(t *testing.T) {
	tests := []struct{ code, want string }{
		{"NO", "Norwegian"}, {"no", "Norwegian"}, {"JP", "Japanese"}, {"XX", ""},
	}
	for _, tc := range tests {
		if got := Adjective(tc.code); got != tc.want {
			t.Errorf("Adjective(%q) = %q, want %q", tc.code, got, tc.want)
		}
	}
}
