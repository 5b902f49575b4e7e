package syntax

// A Model tags, lemmatises and parses sentences. It is safe for use by
// many goroutines at once.
type Model struct {
	tags   []tagClass
	lex    *lexicon
	tagW   *table
	lemmas *lemmatizer
	parser *parserModel
}
