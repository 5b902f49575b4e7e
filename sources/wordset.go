package sources

import "unicode/utf8"

// wordSet is a set of lower-case ASCII words to look for in a text in
// any case, without building a lower-case copy of the text.
type wordSet struct {
	// fold says how case is ignored: as a (?i) pattern does, by simple
	// case folding; else as strings.ToLower shows the text.
	fold bool
	// byStart lists the words by the byte of the text that can begin
	// one: an ASCII byte in either case, or the first byte of one of the
	// few runes beyond ASCII that stand for an ASCII letter (see asciiOf).
	byStart [256][]string
	starts  [256]bool // the bytes with words in byStart
}

// newLowerSet makes a set of words, each of two bytes or more, found as
// strings.Contains(strings.ToLower(text), word) finds them.
func newLowerSet(words ...string) *wordSet { return newWordSet(false, words) }

// newFoldSet makes a set of words, each of two bytes or more, found as a
// (?i) pattern finds them.
func newFoldSet(words ...string) *wordSet { return newWordSet(true, words) }

func newWordSet(fold bool, words []string) *wordSet {
	ws := &wordSet{fold: fold}
	add := func(c byte, w string) {
		ws.byStart[c] = append(ws.byStart[c], w)
		ws.starts[c] = true
	}
	for _, w := range words {
		c := w[0]
		add(c, w)
		if 'a' <= c && c <= 'z' {
			add(c-'a'+'A', w)
		}
		for _, r := range []rune{'\u0130', '\u017F', '\u212A'} {
			if b, ok := asciiOf(r, fold); ok && b == c {
				add(string(r)[0], w)
			}
		}
	}
	return ws
}

// asciiOf returns the lower-case ASCII letter a rune beyond ASCII stands
// for: under unicode.ToLower İ is 'i' and the Kelvin sign 'k'; under
// simple case folding the long s ſ is 's' and the Kelvin sign 'k'.
func asciiOf(r rune, fold bool) (byte, bool) {
	switch {
	case r == '\u212A':
		return 'k', true
	case r == '\u0130' && !fold:
		return 'i', true
	case r == '\u017F' && fold:
		return 's', true
	}
	return 0, false
}

// in reports whether s holds one of the words.
func (ws *wordSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		if ws.starts[s[i]] && ws.at(s, i) {
			return true
		}
	}
	return false
}

// at reports whether one of the words stands at s[i:].
func (ws *wordSet) at(s string, i int) bool {
	for _, w := range ws.byStart[s[i]] {
		// most candidates fail on the second byte: test it first
		if i+1 < len(s) && s[i+1] < utf8.RuneSelf && lowerASCII(s[i+1]) != w[1] {
			continue
		}
		if ws.hasPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// hasPrefix reports whether s starts with w, case ignored.
func (ws *wordSet) hasPrefix(s, w string) bool {
	for k := 0; k < len(w); k++ {
		if s == "" {
			return false
		}
		c, n := lowerASCII(s[0]), 1
		if c >= utf8.RuneSelf {
			var r rune
			var ok bool
			r, n = utf8.DecodeRuneInString(s)
			if c, ok = asciiOf(r, ws.fold); !ok {
				return false
			}
		}
		if c != w[k] {
			return false
		}
		s = s[n:]
	}
	return true
}

// lowerASCII is c in lower case when it is an ASCII capital.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
