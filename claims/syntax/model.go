package syntax

// A Model tags, lemmatises and parses sentences. It is safe for use by
// many goroutines at once.
type Model struct {
	tags   []tagClass
	lex    *lexicon
	tagW   [2]*table // the tagger's two passes
	lemmas *lemmatizer
	parser *parserModel
}
