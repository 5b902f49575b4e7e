package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// runeAt decodes the character at i: an invalid byte is utf8.RuneError
// of length 1.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func firstRune(s string) rune {
	if s == "" {
		return utf8.RuneError
	}
	r, _ := runeAt(s, 0)
	return r
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

// isWordRune reports letters, digits, combining marks and invisible
// format characters (a soft hyphen, a zero-width joiner).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetterByte(byte(r)) || isDigitByte(byte(r))
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.Is(unicode.Cf, r))
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetterByte(byte(r))
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isUpperByte(c byte) bool  { return 'A' <= c && c <= 'Z' }

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetterByte(s[i]) {
			return false
		}
	}
	return s != ""
}
func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// isJoiner reports the characters that may link two runs of letters or
// digits into one word, depending on the runs: "U.S", "e-mail", "don't",
// "AT&T", "w/o", "10:30", "6,000", "jo_ann@example", "f*ck", "co$t".
func isJoiner(r rune) bool {
	switch r {
	case '.', '-', '‐', '‑', '\'', '’', '`', '&', '/', ':', ',', '@', '_', '*', '$':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == '`' }

// isQuote reports double and angle quotation marks.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‹', '›':
		return true
	}
	return false
}

// isCloser reports closing quotation marks and brackets.
func isCloser(r rune) bool {
	switch r {
	case '"', '”', '’', '\'', ')', ']', '}', '»', '›':
		return true
	}
	return false
}

// wordRunEnd returns the end of the run of letters, digits and marks at q.
func wordRunEnd(s string, q, b int) int {
	for q < b {
		r, n := runeAt(s, q)
		if !isWordRune(r) {
			break
		}
		q += n
	}
	return q
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// leadingDigits counts the digits that start s ("000" is 3, "30pm" 2).
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	return n
}

// atoi reads a run of digits, saturating at a large value.
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s) && v < 1<<20; i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func endsWithFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// maxKey is the longest entry a token lexicon set may hold.
const maxKey = 24

// has looks s up in a set of lower-case ASCII entries, ignoring case,
// without allocating.
func has[V any](m map[string]V, s string) (V, bool) {
	var buf [maxKey]byte
	var zero V
	if len(s) > maxKey {
		return zero, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return zero, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(s)])]
	return v, ok
}

// urlPrefixes start a URL.
var urlPrefixes = []string{"http://", "https://", "ftp://", "file://", "mailto:", "www."}

// urlEnd returns the end of a URL starting at p, or 0. A URL runs to the
// end of its chunk less trailing punctuation; a closing bracket stays
// when the URL opened one.
func urlEnd(s string, p, b int) int {
	switch s[p] | 0x20 {
	case 'h', 'f', 'm', 'w':
	default:
		return 0
	}
	var prefix string
	for _, u := range urlPrefixes {
		if b-p > len(u) && strings.EqualFold(s[p:p+len(u)], u) {
			prefix = u
			break
		}
	}
	if prefix == "" || !isWordRune(firstRune(s[p+len(prefix):b])) && prefix == "www." {
		return 0
	}
	e := b
	opens, closes := strings.Count(s[p:e], "("), strings.Count(s[p:e], ")")
	for e > p+len(prefix) {
		r, n := utf8.DecodeLastRuneInString(s[p:e])
		if !strings.ContainsRune(".,;:!?'\"’”)]>}", r) || r == ')' && opens >= closes {
			break
		}
		if r == ')' {
			closes--
		}
		e -= n
	}
	if e <= p+len(prefix) {
		return 0
	}
	return e
}

// emailEnd returns the end of an e-mail address starting at p, or 0: a
// local part of letters, digits and . _ % + - ' (or an elided "jo...")
// before "@", and a domain after it. It also returns where the local part
// ended: no address starts between p and there either.
func emailEnd(s string, p, b int) (end, scanned int) {
	q := p
	for q < b {
		r, n := runeAt(s, q)
		if !isWordRune(r) && !strings.ContainsRune("._%+-'", r) {
			break
		}
		q += n
	}
	if q >= b || s[q] != '@' || q+1 >= b || !isWordRune(firstRune(s[q+1:b])) {
		return 0, q
	}
	if r, _ := utf8.DecodeLastRuneInString(s[p:q]); !isWordRune(r) && r != '.' {
		return 0, p
	}
	e := q + 1
	for e < b {
		r, n := runeAt(s, e)
		if !isWordRune(r) && r != '.' && r != '-' && r != '_' {
			break
		}
		e += n
	}
	for s[e-1] == '.' || s[e-1] == '-' {
		e--
	}
	return e, q
}
