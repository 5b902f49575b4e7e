package sources

import (
	"slices"
	"testing"
)

func TestNaturalCompare(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"source ids", []string{"s10", "s2", "s1", "s11"}, []string{"s1", "s2", "s10", "s11"}},
		{"file names", []string{"37_10ecb.txt", "37_2ecb.txt", "37_1ecb.txt"}, []string{"37_1ecb.txt", "37_2ecb.txt", "37_10ecb.txt"}},
		{"folders", []string{"b/10.txt", "a/9.txt", "b/9.txt"}, []string{"a/9.txt", "b/9.txt", "b/10.txt"}},
		{"leading zeros", []string{"a07", "a7", "a007"}, []string{"a007", "a07", "a7"}},
		{"text around numbers", []string{"x2y", "x2", "x10", "x"}, []string{"x", "x2", "x2y", "x10"}},
		{"no digits", []string{"gazette", "courier", "tribune"}, []string{"courier", "gazette", "tribune"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.in)
			slices.SortFunc(got, NaturalCompare)
			if !slices.Equal(got, tt.want) {
				t.Errorf("sorted %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzNaturalCompare(f *testing.F) {
	f.Add("s2", "s10")
	f.Add("a007", "a7")
	f.Fuzz(func(t *testing.T, a, b string) {
		ab, ba := NaturalCompare(a, b), NaturalCompare(b, a)
		if ab != -ba || (ab == 0) != (a == b) {
			t.Fatalf("NaturalCompare(%q, %q) = %d, reverse %d", a, b, ab, ba)
		}
	})
}
