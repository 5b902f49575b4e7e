package claims

import "strings"

// Word flags, looked up once per token so that each pass over a sentence
// tests a bit instead of a word list.
const (
	fOrder uint32 = 1 << iota
	fRequest
	fReporting
	fStatement
	fPronoun
	fThe
	fEvent
	fNumber
	fTitle      // a one-word title, with or without its abbreviation dot
	fModifier   // a title modifier ("former", "deputy")
	fTitleFirst // first word of a multi-word title
	fTitleLast  // last word of a multi-word title
	fNotName    // a capitalised word that names nothing ("Police", "Monday")
	fCrash      // a word of a crash sentence (see crashSentence)
)

// eventWords are the words an event verb can start with (see eventAt).
var eventWords = []string{"died", "killed", "shot", "found", "crashed", "took", "lost", "disappeared",
	"vanished", "began", "started", "born", "arrested", "detained", "charged", "sentenced",
	"released", "freed", "passed", "blacked", "ran", "collapsed", "left"}

// buildFlags makes the word → flags table of a lexicon.
func buildFlags(l *Lexicon) map[string]uint32 {
	f := map[string]uint32{}
	mark := func(flag uint32, words map[string]bool) {
		for w := range words {
			f[w] |= flag
		}
	}
	mark(fOrder, l.order)
	mark(fRequest, l.request)
	mark(fReporting, l.reporting)
	mark(fStatement, l.statement)
	mark(fPronoun, l.pronouns)
	f["the"] |= fThe
	for _, w := range eventWords {
		f[w] |= fEvent
	}
	for w := range smallNumbers {
		f[w] |= fNumber
	}
	mark(fNumber, scaleWords)
	for q := range l.values.Data().Quantifiers {
		for _, w := range strings.Fields(strings.ToLower(q)) {
			if w != "a" && w != "an" && w != "of" && w != "the" {
				f[w] |= fNumber // "several", "few" in "a few", "clutch" in "a clutch of"
			}
		}
	}
	// title words are looked up with their abbreviation dot dropped
	dotted := func(flag uint32, words map[string]bool) {
		for w := range words {
			f[w] |= flag
			f[w+"."] |= flag
		}
	}
	dotted(fTitle, l.titles)
	dotted(fModifier, l.modifiers)
	mark(fTitleFirst, l.titleFirst)
	mark(fTitleLast, l.titleLast)
	mark(fNotName, l.notNames)
	mark(fCrash, l.crashWords)
	f["came"] |= fCrash
	f["went"] |= fCrash
	return f
}
