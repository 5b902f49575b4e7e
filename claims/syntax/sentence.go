package syntax

// A Word is one syntactic word as Universal Dependencies counts them
// ("don't" is two words, "do" and "n't"), with its analysis and its byte
// span in the text it was read from.
type Word struct {
	Form   string // the word as written: "Lee", "'s", "n't"
	Lemma  string // the dictionary form: "be" for "was", "'s" for "’s"
	UPOS   string // universal part of speech: NOUN, VERB, PROPN, …
	XPOS   string // Penn Treebank tag: NN, VBD, NNP, …
	Feats  string // morphological features, "_" when none are given
	Head   int    // 1-based index of the head word in the sentence; 0 for the root
	Deprel string // the relation to the head: nsubj, obj, obl:tmod, …

	// Start and End are the byte offsets of the word's text. The words of
	// one orthographic token ("don't") each have their own part of it.
	Start, End int
	// Joined marks a word that continues the orthographic token of the word
	// before it, as "n't" does in "don't": the two are one multiword token
	// in CoNLL-U.
	Joined bool
}

// A Sentence is a run of words with its text, as CoNLL-U writes one.
type Sentence struct {
	ID    string // sent_id
	Text  string // the sentence's text
	Start int    // byte offset of Text in the document it came from
	// StartChar is the offset of Text in the document in characters (code
	// points), as CoNLL-U's TokenRange counts them.
	StartChar int
	Words     []Word
}

// Root returns the index (0-based) of the sentence's root word, or -1 for
// a sentence without words or without a root.
func (s *Sentence) Root() int {
	for i, w := range s.Words {
		if w.Head == 0 {
			return i
		}
	}
	return -1
}
