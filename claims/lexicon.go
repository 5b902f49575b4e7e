package claims

// Lexicon holds the word lists and patterns the extractor uses. The
// defaults are embedded YAML; a user's config can extend them.
type Lexicon struct {
}

// DefaultLexicon returns the embedded lexicon.
func DefaultLexicon() *Lexicon { return &Lexicon{} }
