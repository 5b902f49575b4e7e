package claims

// Word flags, looked up once per token so that each pass over a sentence
// tests a bit instead of a word list.
const (
	fOrder uint32 = 1 << iota
	fRequest
	fReporting
	fStatement
	fPronoun
	fThe
	fTitle      // a one-word title, with or without its abbreviation dot
	fModifier   // a title modifier ("former", "deputy")
	fTitleFirst // first word of a multi-word title
	fTitleLast  // last word of a multi-word title
	fNotName    // a capitalised word that names nothing ("Police", "Monday")
)

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
	return f
}
