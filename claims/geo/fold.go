package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the match key of a place name: NFC, transliterated to ASCII,
// lower-cased, full stops and apostrophes dropped ("U.S." → "us",
// "Xi’an" → "xian"), other punctuation turned into single spaces, a leading
// "the" removed ("The Hague" → "hague") and "st" read as "saint".
// "Düsseldorf" and "Dusseldorf" fold alike; the German spelling
// "Duesseldorf" is matched through an alias key made when the data loads.
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
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '.' || c == '\'' || c == '`':
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
	return tidy(b.String())
}

// tidy drops leading "the" words and spells the word "st" as "saint".
func tidy(k string) string {
	for strings.HasPrefix(k, "the ") {
		k = k[len("the "):]
	}
	if k != "st" && !strings.HasPrefix(k, "st ") && !strings.Contains(k, " st") {
		return k
	}
	words := strings.Split(k, " ")
	for i, w := range words {
		if w == "st" {
			words[i] = "saint"
		}
	}
	return strings.Join(words, " ")
}

// germanKey returns the key of name with ä, ö and ü written ae, oe and ue,
// and false when name has none of them.
func germanKey(name string) (string, bool) {
	if !strings.ContainsAny(name, "äöüÄÖÜ") {
		return "", false
	}
	r := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue")
	return Fold(r.Replace(norm.NFC.String(name))), true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// capitalised reports whether s begins with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
