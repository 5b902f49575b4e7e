package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hasParticlePrefix reports whether a lower-case token is a particle joined
// by a hyphen to a capitalised name: "al-Assad", "el-Sisi".
func (l *Lexicon) hasParticlePrefix(w string) bool {
	// every particle is one to five letters: the hyphen comes early or not at all
	h := strings.IndexByte(w[:min(len(w), 6)], '-')
	if h < 1 || !l.particles[w[:h]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[h+1:])
	return unicode.IsUpper(r)
}

// fold is the match key of a word or name inside one article: lower case,
// diacritics and Turkish dotless i folded to ASCII where simple.
func fold(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || ('A' <= c && c <= 'Z')
	}
	if ascii {
		if !upper {
			return s
		}
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteRune(r)
			continue
		}
		b.WriteString(foldRune(r))
	}
	return b.String()
}

var runeFolds = map[rune]string{
	'ı': "i", 'İ': "i", 'ş': "s", 'Ş': "s", 'ğ': "g", 'Ğ': "g", 'ç': "c", 'Ç': "c",
	'ö': "o", 'Ö': "o", 'ü': "u", 'Ü': "u", 'ä': "a", 'Ä': "a", 'ß': "ss", 'é': "e",
	'É': "e", 'è': "e", 'ê': "e", 'ë': "e", 'á': "a", 'à': "a", 'â': "a", 'ã': "a",
	'å': "a", 'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ó': "o", 'ò': "o", 'ô': "o",
	'õ': "o", 'ø': "o", 'ú': "u", 'ù': "u", 'û': "u", 'ñ': "n", 'ý': "y", 'ł': "l",
	'Ł': "l", 'ć': "c", 'č': "c", 'š': "s", 'ž': "z", 'ř': "r", 'ě': "e", 'ń': "n",
	'ś': "s", 'ź': "z", 'ż': "z", 'ą': "a", 'ę': "e", 'ő': "o", 'ű': "u", 'æ': "ae",
	'œ': "oe", 'đ': "d", 'ð': "d", 'þ': "th", '’': "'", '‘': "'",
}

func foldRune(r rune) string {
	if s, ok := runeFolds[r]; ok {
		return s
	}
	return string(unicode.ToLower(r))
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// trimPossessive drops a final 's or ’s.
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
