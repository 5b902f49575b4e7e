package sense

// A POS is a WordNet part of speech.
type POS uint8

// The parts of speech WordNet has. Adjective satellites count as
// adjectives.
const (
	NoPOS POS = iota
	Noun
	Verb
	Adj
	Adv
)

var posNames = [...]string{"", "noun", "verb", "adj", "adv"}

// String returns "noun", "verb", "adj", "adv", or "" for NoPOS.
func (p POS) String() string {
	if int(p) < len(posNames) {
		return posNames[p]
	}
	return "pos?"
}

// FromUPOS gives the WordNet part of speech of a universal part-of-speech
// tag: NOUN and PROPN are nouns, VERB a verb, ADJ an adjective, ADV an
// adverb; every other tag (AUX, NUM, …) has none.
func FromUPOS(upos string) POS {
	switch upos {
	case "NOUN", "PROPN":
		return Noun
	case "VERB":
		return Verb
	case "ADJ":
		return Adj
	case "ADV":
		return Adv
	}
	return NoPOS
}

// posOfLexname gives the part of speech of a lexicographer file by its
// prefix ("noun.person" → Noun).
func posOfLexname(name string) POS {
	switch {
	case len(name) > 5 && name[:5] == "noun.":
		return Noun
	case len(name) > 5 && name[:5] == "verb.":
		return Verb
	case len(name) > 4 && name[:4] == "adj.":
		return Adj
	case len(name) > 4 && name[:4] == "adv.":
		return Adv
	}
	return NoPOS
}
