package sources

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLongLineColumns checks that a column on a line longer than the
// rune marks' step is counted as from the start of the line.
func TestLongLineColumns(t *testing.T) {
	tests := []struct{ name, line string }{
		{"ascii", strings.Repeat("The ferry left the harbour at dawn. ", 900)},
		{"accents", strings.Repeat("Armazém Seis, São Bento, Łódź — ", 1200)},
		{"wide runes", strings.Repeat("東京の港で火事。 ", 1500)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "Headline\n\n" + tt.line + "\n"
			a, err := Parse("a.txt", []byte(src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.marks == nil {
				t.Fatal("no rune marks for a line longer than the step")
			}
			for off := 0; off < len(a.Text); off += 997 {
				orig := a.origin(off)
				want := utf8.RuneCountInString(a.src[a.lines[len(a.lines)-2]:orig]) + 1
				if orig < a.lines[len(a.lines)-2] {
					continue // the headline
				}
				if got := a.Position(off).Column; got != want {
					t.Fatalf("Position(%d).Column = %d, want %d", off, got, want)
				}
			}
		})
	}
}
