package names

import (
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode/table"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the match key of s: NFC, transliterated to ASCII (ı→i, ş→s,
// ü→u, Cyrillic to Latin, as github.com/mozillazg/go-unidecode does), lower
// case, punctuation and hyphens turned to spaces, apostrophes dropped
// (O'Brien = OBrien), spaces collapsed and trimmed. It is for keys only;
// keep s for display.
func Fold(s string) string {
	ascii := isASCII(s)
	if !ascii && norm.NFC.QuickSpanString(s) != len(s) {
		s = norm.NFC.String(s)
	}
	f := folder{b: make([]byte, 0, len(s))}
	if ascii {
		for i := 0; i < len(s); i++ {
			f.byte(s[i])
		}
		return string(f.b)
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r < utf8.RuneSelf {
			f.byte(byte(r))
			continue
		}
		t := transliterate(r)
		for j := 0; j < len(t); j++ {
			f.byte(t[j])
		}
	}
	return string(f.b)
}

// transliterate returns the ASCII spelling of a non-ASCII rune ("" when
// it has none).
func transliterate(r rune) string {
	if r == utf8.RuneError || r > 0xeffff {
		return " "
	}
	tb := table.Tables[r>>8]
	if int(r&0xff) >= len(tb) {
		return ""
	}
	return tb[r&0xff]
}

// folder writes the folded key byte by byte.
type folder struct {
	b     []byte
	space bool
}

func (f *folder) byte(c byte) {
	switch {
	case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
	case 'A' <= c && c <= 'Z':
		c += 'a' - 'A'
	case c == '\'' || c == '`':
		return
	default:
		f.space = len(f.b) > 0
		return
	}
	if f.space {
		f.b = append(f.b, ' ')
		f.space = false
	}
	f.b = append(f.b, c)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
