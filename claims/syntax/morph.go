package syntax

// Regular English inflection, undone: the stems a lower-case word can
// come from once a regular ending is taken off, for one WordNet class.
// "cars" → car, "carried" → carry, "hopping" → hop, "taller" → tall.

type ending struct {
	class uint8  // the WordNet class of the stem
	end   string // the ending taken off
	add   string // what the stem gets back
	dup   bool   // the ending doubled the stem's last consonant
}

// endings are tried in order; the first stem WordNet knows wins.
var endings = []ending{
	{wnNoun | wnVerb, "ies", "y", false},
	{wnNoun | wnVerb, "es", "", false},
	{wnNoun | wnVerb, "s", "", false},
	{wnNoun, "men", "man", false},
	{wnVerb, "ied", "y", false},
	{wnVerb, "ed", "", true},
	{wnVerb, "ed", "", false},
	{wnVerb, "ed", "e", false},
	{wnVerb, "ing", "", true},
	{wnVerb, "ing", "", false},
	{wnVerb, "ing", "e", false},
	{wnVerb, "ying", "ie", false},
	{wnAdj, "iest", "y", false},
	{wnAdj, "est", "", true},
	{wnAdj, "est", "", false},
	{wnAdj, "est", "e", false},
	{wnAdj, "ier", "y", false},
	{wnAdj, "er", "", true},
	{wnAdj, "er", "", false},
	{wnAdj, "er", "e", false},
}

// stem returns the stem of rs for e, into buf, or false when rs does not
// end so.
func (e ending) stem(rs, buf []rune) ([]rune, bool) {
	n, k := len(rs), len(e.end)
	if n < k+2 {
		return buf, false
	}
	i := 0
	for _, c := range e.end {
		if rs[n-k+i] != c {
			return buf, false
		}
		i++
	}
	base := rs[:n-k]
	if e.dup {
		if len(base) < 3 || base[len(base)-1] != base[len(base)-2] || isVowel(base[len(base)-1]) {
			return buf, false
		}
		base = base[:len(base)-1]
	}
	if e.end == "s" && base[len(base)-1] == 's' {
		return buf, false // "glass" is not "glas" + s
	}
	buf = append(buf[:0], base...)
	for _, c := range e.add {
		buf = append(buf, c)
	}
	return buf, true
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// inflectedBits reports the WordNet classes a lower-case word reaches once
// a regular ending is taken off.
func (m *Model) inflectedBits(rs []rune, buf []rune) uint8 {
	if len(rs) < 4 {
		return 0
	}
	var bits uint8
	for _, e := range endings {
		var ok bool
		if buf, ok = e.stem(rs, buf); !ok {
			continue
		}
		have := m.lex.lookup(hashRunes(buf)).wn & e.class
		if have&wnNoun != 0 {
			bits |= wnNounInflected
		}
		if have&wnVerb != 0 {
			bits |= wnVerbInflected
		}
		if have&wnAdj != 0 {
			bits |= wnAdjInflected
		}
	}
	return bits
}
