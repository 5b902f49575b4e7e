package names

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Yıldıztaş", "yildiztas"},
		{"Doğanay", "doganay"},
		{"Müller", "muller"},
		{"Сергей Прокофьев", "sergei prokofev"},
		{"  Jean-Pierre   O'Brien ", "jean pierre obrien"},
		{"Guy de Maupassant", "guy de maupassant"},
		{"M. Mert", "m mert"},
		{"al-Zawahiri", "al zawahiri"},
		{"O’Neill", "oneill"},
		{"e\u0301", "e"}, // decomposed é
		{"", ""},
		{"...", ""},
		{"İstanbul", "istanbul"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Yıldıztaş", "Сергей", "O'Brien", "\xff\xfe", "a--b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
			t.Errorf("Fold(%q) = %q: spaces not collapsed", s, got)
		}
		for i := 0; i < len(got); i++ {
			c := got[i]
			if !(c == ' ' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9') {
				t.Fatalf("Fold(%q) = %q: byte %q outside the key alphabet", s, got, c)
			}
		}
		if Fold(got) != got {
			t.Errorf("Fold not idempotent on %q", s)
		}
	})
}

var benchNames = strings.Repeat("Gökhan Emre Yıldıztaş, Andrey Tarkovsky, Sergei Prokofiev, Halil Yusuf Tekinalp, Guy de Maupassant. ", 20)

func BenchmarkFold(b *testing.B) {
	b.Run("mixed", func(b *testing.B) {
		b.SetBytes(int64(len(benchNames)))
		for b.Loop() {
			Fold(benchNames)
		}
	})
	ascii := strings.Repeat("Andrei Tarkovsky, Sergei Prokofiev, John Smith. ", 40)
	b.Run("ascii", func(b *testing.B) {
		b.SetBytes(int64(len(ascii)))
		for b.Loop() {
			Fold(ascii)
		}
	})
}
