package value

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

// lexFlags maps every lower-case word that may start a value to its flags,
// built once from the tables of the package.
var lexFlags = buildLexFlags()

func buildLexFlags() map[string]wordFlags {
	m := map[string]wordFlags{}
	add := func(f wordFlags, words ...string) {
		for _, w := range words {
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
	for w := range prefixHedges {
		add(fNum, w)
	}
	for w := range vaguePhrases {
		add(fNum, w)
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
	for w := range clockHedges {
		add(fClock, w)
	}
	add(fClock, "noon", "midday", "midnight")
	return m
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

func lexHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h & lexMask
}

// lexLookup returns the flags of a lower-case word, 0 when it is in no list.
func lexLookup(w string) wordFlags {
	if len(w) == 0 || lexLens[w[0]]&(1<<len(w)) == 0 {
		return 0
	}
	for h := lexHash(w); lexSlots[h].word != ""; h = (h + 1) & lexMask {
		if lexSlots[h].word == w {
			return lexSlots[h].flags
		}
	}
	return 0
}
