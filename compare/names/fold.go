package names

import (
	"strings"

	"github.com/mozillazg/go-unidecode"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the match key of s: NFC, transliterated to ASCII (ı→i, ş→s,
// ü→u, Cyrillic to Latin), lower case, punctuation and hyphens turned to
// spaces, apostrophes dropped (O'Brien = OBrien), spaces collapsed and
// trimmed. It is for keys only; keep s for display.
func Fold(s string) string {
	if !isASCII(s) {
		s = unidecode.Unidecode(norm.NFC.String(s))
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '\'' || c == '`':
			continue
		default:
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
