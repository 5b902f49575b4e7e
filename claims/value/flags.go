package value

import (
	"maps"
	"slices"
)

// wordFlags say what kind of value a word may start, and which lists of
// number words hold it, so that most words skip looking them up.
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

	fNum = fHedge | fQuant | fCard | fOrd // a number: "about", "several", "twenty"
)

// maxLexWord is the length of the longest word in lexFlags.
var maxLexWord int

// lexEnds holds, for each first and last letter (any case: the index is
// the byte's last five bits), a bit for each length of a word in
// lexFlags: most words are ruled out before hashing.
var lexEnds [32][32]uint32

// lexFlags maps every lower-case word the package reads to its flags: the
// words that may start a value have some; the words read only around one
// ("of", "per", units, the words after a hedge's first) have none. A word
// token keeps its entry, so that word gives it in lower case without a
// lowered copy of the text (see text.word).
var lexFlags = buildLexFlags()

func buildLexFlags() map[string]wordFlags {
	m := map[string]wordFlags{}
	add := func(f wordFlags, words ...string) {
		for _, w := range words {
			if !isLetter(w[0]) {
				continue // "@about", "." in a sequence
			}
			m[w] |= f
			maxLexWord = max(maxLexWord, len(w))
			lexEnds[w[0]&31][w[len(w)-1]&31] |= 1 << len(w)
		}
	}
	for w := range cardinals {
		add(fCard|fDate, w)
	}
	for w := range ordinalWords {
		add(fOrd, w)
	}
	for w, seqs := range prefixHedges {
		add(fHedge, w)
		for _, seq := range seqs {
			add(0, seq...)
			if second := seq[1]; second[0] == '@' || !isLetter(second[0]) {
				add(fHedge1, w) // "about", "approx", "."
			} else {
				add(fHedge2, second)
			}
		}
	}
	for w, phrases := range vaguePhrases {
		add(fQuant, w)
		for _, p := range phrases {
			add(0, p.words...)
			add(fPhrase2, p.words[1]) // every phrase has two words or more
		}
	}
	for w := range vagueWords {
		add(fQuant, w)
	}
	add(fQuant, "between", "from", "a", "an", "half")
	for w := range scales {
		add(fScale, w)
	}
	for w := range unitWords {
		add(fUnit, w)
	}
	for w := range adjacentUnits {
		add(fUnit, w)
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
	for w, hedges := range clockHedges {
		add(fClock, w)
		for _, h := range hedges {
			add(0, h.words...)
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
	return m
}

// otherWords are the words the code compares a word with that no table
// above holds. TestLexiconWords checks that none is missing.
var otherWords = []string{
	"aged", "am", "c", "cent", "centigrade", "clock", "coming", "degrees",
	"f", "local", "o", "odd", "old", "on", "or", "p", "per", "plus", "pm",
	"so", "time", "weekend",
}

// lexSlots is an open-addressing table over lexFlags, looked up by a hash
// of the word: cheaper than a map for the many words that are in no list.
var lexSlots = buildLexSlots()

type lexSlot struct {
	word  string
	flags wordFlags
}

const (
	lexBits = 11
	lexMask = 1<<lexBits - 1
)

func buildLexSlots() *[lexMask + 1]lexSlot {
	var tab [lexMask + 1]lexSlot
	for w, f := range lexFlags {
		h := lexHash(w)
		for tab[h].word != "" {
			h = (h + 1) & lexMask
		}
		tab[h] = lexSlot{w, f}
	}
	return &tab
}

// lexHash hashes w as if its ASCII letters were lower case (c|0x20 lowers
// an ASCII letter c). It reads only the length and three bytes of w:
// probing compares the words.
func lexHash(w string) uint32 {
	n := len(w)
	x := uint32(w[0])<<24 | uint32(w[n/2])<<16 | uint32(w[n-1])<<8 | 0x20202000 | uint32(n)
	return x * 2654435761 >> (32 - lexBits)
}

// lexLookup returns the slot of a word in lexSlots, its ASCII letters
// read in lower case, or -1 when it is in no list.
func lexLookup(w string) int {
	if len(w) == 0 || len(w) > maxLexWord || lexEnds[w[0]&31][w[len(w)-1]&31]&(1<<len(w)) == 0 {
		return -1
	}
	for h := lexHash(w); lexSlots[h].word != ""; h = (h + 1) & lexMask {
		if foldEqual(w, lexSlots[h].word) {
			return int(h)
		}
	}
	return -1
}

// foldEqual reports whether w, its ASCII letters read in lower case, is
// low. The words of lexFlags are all ASCII lower-case letters
// (TestLexiconWords checks it), so c|0x20, which lowers an ASCII letter c
// and turns no other byte into a lower-case letter, is enough.
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
