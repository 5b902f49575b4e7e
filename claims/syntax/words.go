package syntax

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word classes from WordNet, as bits: which parts of speech a word can
// have as written, and which it can have once a regular ending is taken
// off ("cars" → car, "walked" → walk, "taller" → tall).
const (
	wnNoun uint8 = 1 << iota
	wnVerb
	wnAdj
	wnAdv
	wnNounInflected
	wnVerbInflected
	wnAdjInflected
)

// atoms are what the features of one word are made of, computed once a
// sentence.
type atoms struct {
	lower, form, shape uint64
	suf                [4]uint64
	pre                [3]uint64
	class              uint64 // the tags the word had in training, or 0
	top                uint64 // the tag it had most often
	wn                 uint64 // WordNet's word classes
	fixed              int16  // the one tag the word always had in training, or -1
	upper, digit       bool
}

// pad atoms stand for the words before the first and after the last.
var (
	padBefore = atoms{lower: 1, form: 1, shape: 1, suf: [4]uint64{1, 1, 1, 1}, pre: [3]uint64{1, 1, 1}, class: 1, wn: 1, top: 1, fixed: -1}
	padAfter  = atoms{lower: 2, form: 2, shape: 2, suf: [4]uint64{2, 2, 2, 2}, pre: [3]uint64{2, 2, 2}, class: 2, wn: 2, top: 2, fixed: -1}
)

// wordShape maps letters to X and x and digits to d, keeping other
// characters, and shortens runs beyond three: "McCain" → "XxXxxx" → "XxXxxx",
// "1,500" → "d,ddd", "Wednesday" → "Xxxx".
func wordShape(rs []rune) uint64 {
	h := uint64(fnvOffset)
	var last rune
	run := 0
	for _, r := range rs {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
			if run > 3 {
				continue
			}
		} else {
			last, run = c, 1
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// wordInfo is what the model knows of a word by its lower-case form: the
// set of tags it had in training (as an id, 0 for a word seen too rarely),
// its WordNet classes, and the one tag it always had, if any.
type wordInfo struct {
	class uint32
	wn    uint8
	fixed int16
	sense [3]uint8 // lexicographer file + 1 of the first noun, verb and adjective sense
	top   int16    // the tag the word had most often in training + 1, 0 for a rare word
}

// lexicon maps a word's lower-case hash to what the model knows of it: an
// open-addressing table of full keys.
type lexicon struct {
	mask uint64
	keys []uint64 // 0 marks an empty slot
	vals []wordInfo
}

func newLexicon(words map[uint64]wordInfo) *lexicon {
	size := uint64(16)
	for size < uint64(len(words))*2 {
		size *= 2
	}
	l := &lexicon{mask: size - 1, keys: make([]uint64, size), vals: make([]wordInfo, size)}
	keys := make([]uint64, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		l.put(k, words[k])
	}
	return l
}

func (l *lexicon) put(k uint64, v wordInfo) {
	if k == 0 {
		k = 1
	}
	i := k & l.mask
	for l.keys[i] != 0 && l.keys[i] != k {
		i = (i + 1) & l.mask
	}
	l.keys[i], l.vals[i] = k, v
}

func (l *lexicon) lookup(k uint64) wordInfo {
	if k == 0 {
		k = 1
	}
	if l == nil || len(l.keys) == 0 {
		return wordInfo{fixed: -1}
	}
	for i := k & l.mask; ; i = (i + 1) & l.mask {
		switch l.keys[i] {
		case k:
			return l.vals[i]
		case 0:
			return wordInfo{fixed: -1}
		}
	}
}

// fillAtoms computes the atoms of every word of ws into dst.
//
// In a headline set in title case or a line in capitals ("Flood Forces
// Hundreds From Homes", "POLICE ARREST TWO"), case says nothing of a
// word's class, so a word the model knows as a common word is read as if
// written in lower case.
func (m *Model) fillAtoms(dst []atoms, ws []Word, buf []rune) ([]atoms, []rune) {
	dst = dst[:0]
	caps := capitalised(ws)
	for _, w := range ws {
		buf = lowerRunes(buf[:0], w.Form)
		a := atoms{lower: hashRunes(buf), form: hashString(w.Form)}
		orig := buf
		a.shape = shapeOf(w.Form)
		if caps && m.commonWord(a.lower) {
			low := lowerString(w.Form)
			a.form, a.shape = hashString(low), shapeOf(low)
		}
		for k := 0; k < 4; k++ {
			n := k + 1
			if n > len(orig) {
				n = len(orig)
			}
			a.suf[k] = f1(uint64(k+1), hashRunes(orig[len(orig)-n:]))
		}
		for k := 0; k < 3; k++ {
			n := k + 1
			if n > len(orig) {
				n = len(orig)
			}
			a.pre[k] = f1(uint64(k+11), hashRunes(orig[:n]))
		}
		info := m.lex.lookup(a.lower)
		wn := info.wn
		if wn&(wnNoun|wnVerb|wnAdj|wnAdv) == 0 {
			var tmp [24]rune
			wn |= m.inflectedBits(orig, tmp[:0])
		}
		a.class, a.wn, a.fixed, a.top = uint64(info.class)+3, uint64(wn)+3, info.fixed, uint64(info.top)+3
		r, _ := utf8.DecodeRuneInString(w.Form)
		a.upper = unicode.IsUpper(r)
		a.digit = unicode.IsDigit(r)
		dst = append(dst, a)
	}
	return dst, buf
}

// capitalised reports whether a sentence is set in title case or in
// capitals: of three or more words that begin with a letter, nearly all
// after the first begin with a capital, or nearly all are in capitals.
func capitalised(ws []Word) bool {
	words, initial, allCaps := 0, 0, 0
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.Form)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if i > 0 && unicode.IsUpper(r) {
			initial++
		}
		if len(w.Form) > 1 && strings.ToUpper(w.Form) == w.Form {
			allCaps++
		}
	}
	if words < 3 {
		return false
	}
	return 10*initial >= 8*(words-1) || 10*allCaps >= 8*words
}

// commonWord reports whether the model knows a lower-case word as a word
// that is not mostly a proper noun.
func (m *Model) commonWord(h uint64) bool {
	info := m.lex.lookup(h)
	if info.top > 0 {
		u := m.tags[info.top-1].UPOS
		return u != "PROPN"
	}
	return info.wn&(wnNoun|wnVerb|wnAdj|wnAdv) != 0
}

func shapeOf(s string) uint64 {
	var tmp [32]rune
	rs := tmp[:0]
	for _, r := range s {
		rs = append(rs, r)
		if len(rs) == cap(tmp) {
			break
		}
	}
	return wordShape(rs)
}

// A WordClass is what a trainer tells of a lower-case word from WordNet:
// its class bits (WordNetNoun, …) and, for a lemma, the lexicographer file
// number + 1 of its first noun, verb and adjective sense (0 for none).
type WordClass struct {
	Bits  uint8
	Sense [3]uint8
}

// The WordNet class bits a trainer gives in TrainOptions.WordNet.
const (
	WordNetNoun          = wnNoun
	WordNetVerb          = wnVerb
	WordNetAdj           = wnAdj
	WordNetAdv           = wnAdv
	WordNetNounInflected = wnNounInflected
	WordNetVerbInflected = wnVerbInflected
	WordNetAdjInflected  = wnAdjInflected
)
