package sources

import (
	"slices"
	"unicode/utf8"
)

// wordSet is a set of lower-case ASCII words to look for in a text in
// any case, without building a lower-case copy of the text.
type wordSet struct {
	words []string // at most 64
	// fold says how case is ignored: as a (?i) pattern does, by simple
	// case folding; else as strings.ToLower shows the text.
	fold bool
	// byStart lists the words by the byte of the text that can begin
	// one: an ASCII byte in either case, or the first byte of one of the
	// few runes beyond ASCII that stand for an ASCII letter (see asciiOf).
	byStart [256][]int // indexes in words
	// pairs has bit c<<8|d set when a word can begin at bytes c, d of the
	// text: a quick test before the words in byStart[c] are tried.
	pairs [1 << 16 / 64]uint64
}

// newLowerSet makes a set of words, each of two bytes or more, found as
// strings.Contains(strings.ToLower(text), word) finds them.
func newLowerSet(words ...string) *wordSet { return newWordSet(false, words) }

// newFoldSet makes a set of words, each of two bytes or more, found as a
// (?i) pattern finds them.
func newFoldSet(words ...string) *wordSet { return newWordSet(true, words) }

func newWordSet(fold bool, words []string) *wordSet {
	if len(words) > 64 {
		panic("sources: too many words in a set")
	}
	ws := &wordSet{words: words, fold: fold}
	add := func(c byte, k int) {
		w := words[k]
		ws.byStart[c] = append(ws.byStart[c], k)
		next := []byte{w[1], upperASCII(w[1])}
		for d := utf8.RuneSelf; d <= 0xFF; d++ {
			next = append(next, byte(d)) // a rune beyond ASCII, or within the one c begins
		}
		for _, d := range next {
			pair := uint(c)<<8 | uint(d)
			ws.pairs[pair/64] |= 1 << (pair % 64)
		}
	}
	for k, w := range words {
		c := w[0]
		add(c, k)
		if up := upperASCII(c); up != c {
			add(up, k)
		}
		for _, r := range []rune{'\u0130', '\u017F', '\u212A'} {
			if b, ok := asciiOf(r, fold); ok && b == c {
				add(string(r)[0], k)
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
func (ws *wordSet) in(s string) bool { return ws.scan(s, false) != 0 }

// found returns the words that s holds, as a bit mask: 1<<k stands for
// the k-th word of the set.
func (ws *wordSet) found(s string) uint64 { return ws.scan(s, true) }

// mask returns the bits that found sets for the given words of the set.
func (ws *wordSet) mask(words ...string) uint64 {
	var m uint64
	for _, w := range words {
		k := slices.Index(ws.words, w)
		if k < 0 {
			panic("sources: " + w + " is not in the set")
		}
		m |= 1 << k
	}
	return m
}

// scan returns the words found in s as bits, stopping at the first
// unless all are wanted.
func (ws *wordSet) scan(s string, all bool) uint64 {
	if len(s) < 2 { // every word takes two bytes of s or more
		return 0
	}
	var m uint64
	pairs := &ws.pairs
	c := s[0]
	for i := 1; i < len(s); i++ {
		pair := uint16(c)<<8 | uint16(s[i])
		if pairs[pair/64]&(1<<(pair%64)) != 0 {
			if m |= ws.at(s, i-1); m != 0 && !all {
				return m
			}
		}
		c = s[i]
	}
	return m
}

// at returns the words that stand at s[i:], as bits.
func (ws *wordSet) at(s string, i int) uint64 {
	var m uint64
	for _, k := range ws.byStart[s[i]] {
		if ws.hasPrefix(s[i:], ws.words[k]) {
			m |= 1 << k
		}
	}
	return m
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

// upperASCII is c in upper case when it is an ASCII small letter.
func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// lowerASCII is c in lower case when it is an ASCII capital.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
