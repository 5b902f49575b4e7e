package value

import (
	"maps"
	"slices"
)

// wordFlags say what kind of value a word may start.
type wordFlags uint8

const (
	fNum     wordFlags = 1 << iota // a number: "about", "several", "twenty"
	fDate                          // a date: "yesterday", "Monday", "December", "two"
	fClock                         // a clock time: "noon", "around"
	fWeekday                       // a weekday name
	fWdAbbr                        // a weekday abbreviation
	fMonth                         // a month name or abbreviation
)

// maxLexWord is the length of the longest word in lexFlags.
var maxLexWord int

// lexLens holds, for each first letter, a bit for each length of a word
// in lexFlags: most words are ruled out before hashing.
var lexLens [256]uint32

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
			lexLens[w[0]] |= 1 << len(w)
		}
	}
	for w := range cardinals {
		add(fNum|fDate, w)
	}
	for w := range ordinalWords {
		add(fNum, w)
	}
	for w, seqs := range prefixHedges {
		add(fNum, w)
		for _, seq := range seqs {
			add(0, seq...)
		}
	}
	for w, phrases := range vaguePhrases {
		add(fNum, w)
		for _, p := range phrases {
			add(0, p.words...)
		}
	}
	for w := range vagueWords {
		add(fNum, w)
	}
	add(fNum, "between", "from", "a", "an", "half")
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
		slices.Collect(maps.Keys(scales)), slices.Collect(maps.Keys(ordinalSuffix)),
		slices.Collect(maps.Keys(dayParts)), slices.Collect(maps.Keys(namedDays)),
		slices.Collect(maps.Keys(monthPrev)), slices.Collect(maps.Keys(yearPrev)),
		slices.Collect(maps.Keys(unitWords)), slices.Collect(maps.Keys(adjacentUnits)),
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

const lexMask = 1<<11 - 1

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

// lexHash hashes w as if its ASCII letters were lower case.
func lexHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(lower(w[i]))) * 16777619
	}
	return h & lexMask
}

// lexLookup returns the slot of a word in lexSlots, its ASCII letters
// read in lower case, or -1 when it is in no list.
func lexLookup(w string) int {
	if len(w) == 0 || len(w) > maxLexWord || lexLens[lower(w[0])]&(1<<len(w)) == 0 {
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
// low.
func foldEqual(w, low string) bool {
	if len(w) != len(low) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lower(w[i]) != low[i] {
			return false
		}
	}
	return true
}
