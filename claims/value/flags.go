package value

import (
	"maps"
	"slices"
)

// wordFlags say what kind of value a word may start, and which lists of
// number words hold it, so that most words skip looking them up. All
// sixteen bits but one are taken: a further flag makes this a uint32.
type wordFlags uint16

const (
	fHedge   wordFlags = 1 << iota // the first word of a hedge before a number: "about", "at"
	fHedge1                        // the first word of a hedge of one word, or of "approx.": "about"
	fHedge2                        // the second word of a hedge: "least" in "at least"
	fQuant                         // the first word of a vague quantity or a range: "several", "a", "between"
	fCard                          // a cardinal: "twenty"
	fOrd                           // an ordinal: "second"
	fScale                         // a scale: "hundred", "million"
	fUnit                          // a unit: "km", "years", "m"
	fPhrase2                       // the second word of a vague phrase: "few" in "a few"
	fDate                          // a date: "yesterday", "Monday", "December", "two"
	fClock                         // a clock time: "noon", "around"
	fWeekday                       // a weekday name
	fWdAbbr                        // a weekday abbreviation
	fMonth                         // a month name or abbreviation
	fSuffix                        // the first word of a hedge after a number, or after its hyphen: "or", "odd"

	fNum = fHedge | fQuant | fCard | fOrd // a number: "about", "several", "twenty"
)

// maxWordLen is the longest word a lexicon holds: Lexicon.ends has a bit
// for each length.
const maxWordLen = 31

// buildWords makes the word table of l from its phrases and the code's
// own tables: every lower-case word the package reads, with its flags. The
// words that may start a value have some; the words read only around one
// ("of", "per", units, the words after a hedge's first) have none. A word
// token keeps its entry, so that word gives it in lower case without a
// lowered copy of the text (see text.word).
func (l *Lexicon) buildWords() {
	m := map[string]wordFlags{}
	add := func(f wordFlags, words ...string) {
		for _, w := range words {
			if isLetter(w[0]) { // not the punctuation of a phrase
				m[w] |= f
			}
		}
	}
	for w := range cardinals {
		add(fCard|fDate, w)
	}
	for w := range ordinalWords {
		add(fOrd, w)
	}
	for w, ps := range l.hedges {
		add(fHedge, w)
		for _, p := range ps {
			add(0, p.toks...)
			if len(p.toks) == 1 || !isLetter(p.toks[1][0]) {
				add(fHedge1, w) // "about", "approx."
			} else {
				add(fHedge2, p.toks[1])
			}
		}
	}
	for _, tab := range []map[string][]phrase{l.suffixes, l.hyphened} {
		for w, ps := range tab {
			add(fSuffix, w)
			for _, p := range ps {
				add(0, p.toks...)
			}
		}
	}
	for w, ps := range l.quants {
		add(fQuant, w)
		for _, p := range ps {
			add(0, p.toks...)
			if len(p.toks) > 1 {
				add(fPhrase2, p.toks[1])
			}
		}
	}
	add(fQuant, "between", "from", "a", "an")
	for w := range scales {
		add(fScale, w)
	}
	for _, tab := range []map[string]string{l.units, l.adjUnits} {
		for w := range tab {
			add(fUnit, w)
		}
	}
	for w := range months {
		add(fDate|fMonth, w)
	}
	for w := range weekdays {
		add(fDate|fWeekday, w)
	}
	for w := range weekdayAbbr {
		add(fDate|fWdAbbr, w)
	}
	for w := range timeWords {
		add(fDate, w)
	}
	for w, ps := range l.clock {
		add(fClock, w)
		for _, p := range ps {
			add(0, p.toks...)
		}
	}
	add(fClock, "noon", "midday", "midnight")
	for _, p := range anchoredPhrases {
		add(0, p.words...)
	}
	for _, words := range [][]string{
		slices.Collect(maps.Keys(ordinalSuffix)),
		slices.Collect(maps.Keys(dayParts)), slices.Collect(maps.Keys(namedDays)),
		slices.Collect(maps.Keys(monthPrev)), slices.Collect(maps.Keys(yearPrev)),
		slices.Collect(maps.Keys(moneyScales)), slices.Collect(maps.Keys(oneExcluded)),
		slices.Collect(maps.Keys(periodDays)), slices.Collect(maps.Keys(directions)),
		otherWords,
	} {
		add(0, words...)
	}
	l.words = m
	l.buildSlots()
}

// otherWords are the words the code compares a word with that no table
// above holds. TestLexiconWords checks that none is missing.
var otherWords = []string{
	"aged", "am", "c", "cent", "centigrade", "clock", "coming", "degrees",
	"f", "local", "o", "old", "on", "or", "p", "per", "pm", "s", "time",
	"weekend",
}

// lexSlot is an entry of the open-addressing table over Lexicon.words,
// looked up by a hash of the word: cheaper than a map for the many words
// that are in no list.
type lexSlot struct {
	word  string
	flags wordFlags
}

// buildSlots fills the table, a power of two at least four times as large
// as the words, and the lengths of the words by first and last letter.
// At twice, a word in no list probes longer and less predictably: looking
// up the words of the ECB+ texts took 4% longer.
func (l *Lexicon) buildSlots() {
	bits := uint32(1)
	for 1<<bits < 4*len(l.words) {
		bits++
	}
	l.slots, l.mask, l.shift = make([]lexSlot, 1<<bits), 1<<bits-1, 32-bits
	for w, f := range l.words {
		h := l.hash(w)
		for l.slots[h].word != "" {
			h = (h + 1) & l.mask
		}
		l.slots[h] = lexSlot{w, f}
		l.maxWord = max(l.maxWord, len(w))
		l.ends[w[0]&31][w[len(w)-1]&31] |= 1 << len(w)
	}
}

// hash hashes w as if its ASCII letters were lower case (c|0x20 lowers
// an ASCII letter c). It reads only the length and three bytes of w:
// probing compares the words.
func (l *Lexicon) hash(w string) uint32 {
	n := len(w)
	x := uint32(w[0])<<24 | uint32(w[n/2])<<16 | uint32(w[n-1])<<8 | 0x20202000 | uint32(n)
	return x * 2654435761 >> (l.shift & 31)
}

// lookup returns the flags of a word, its ASCII letters read in lower
// case, and its slot in l.slots plus one, or 0 and 0 when it is in no
// list.
func (l *Lexicon) lookup(w string) (wordFlags, uint32) {
	n := len(w)
	if n == 0 || n > l.maxWord || l.ends[w[0]&31][w[n-1]&31]&(1<<n) == 0 {
		return 0, 0
	}
	slots, mask := l.slots, l.mask
	for h := l.hash(w); int(h) < len(slots); h = (h + 1) & mask { // always below: no bounds check
		s := &slots[h]
		if s.word == "" {
			break
		}
		if foldEqual(w, s.word) {
			return s.flags, h + 1
		}
	}
	return 0, 0
}

// foldEqual reports whether w, its ASCII letters read in lower case, is
// low. The words of a lexicon are all ASCII lower-case letters
// (phraseTokens checks the data's, TestLexiconWords the code's), so
// c|0x20, which lowers an ASCII letter c and turns no other byte into a
// lower-case letter, is enough.
func foldEqual(w, low string) bool {
	if len(w) != len(low) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != low[i] {
			return false
		}
	}
	return true
}
