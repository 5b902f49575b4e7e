package syntax

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed tokens.yaml
var tokensYAML []byte

// tokenData is the schema of tokens.yaml.
type tokenData struct {
	HyphenPrefixes     []string            `yaml:"hyphen_prefixes"`
	Abbreviations      []string            `yaml:"abbreviations"`
	BeforeNumber       []string            `yaml:"abbreviations_before_number"`
	Units              []string            `yaml:"units"`
	Contractions       []string            `yaml:"contractions"`
	ContractionsBefore map[string][]string `yaml:"contractions_before"`
	ApostropheWords    []string            `yaml:"apostrophe_words"`
	Emoticons          []string            `yaml:"emoticons"`
}

// tokenLexicon holds the lists of tokens.yaml as sets.
type tokenLexicon struct {
	prefixes     map[string]bool
	abbrevs      map[string]bool
	beforeNumber map[string]bool
	units        map[string]bool
	// contractions maps a contraction to the lengths of its words:
	// "dont" to [2 2].
	contractions map[string][]int
	// before maps a contraction that is also another word ("its") to the
	// lengths of its words and the words before which it is split.
	before          map[string]contextual
	apostropheWords map[string]bool
	emoticons       []string
}

var loadTokenLexicon = sync.OnceValue(func() *tokenLexicon {
	lex, err := parseTokenLexicon(tokensYAML)
	if err != nil {
		panic(err) // the embedded file is checked by TestTokenLexicon
	}
	return lex
})

// parseTokenLexicon reads and checks a tokens.yaml document: entries are
// lower case (emoticons excepted), without spaces (contractions excepted)
// and not repeated.
func parseTokenLexicon(src []byte) (*tokenLexicon, error) {
	var d tokenData
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("tokens.yaml: %w", err)
	}
	lex := &tokenLexicon{contractions: map[string][]int{}, emoticons: d.Emoticons}
	var err error
	set := func(key string, words []string) map[string]bool {
		m := make(map[string]bool, len(words))
		for _, w := range words {
			switch {
			case w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, " \t") || len(w) > maxKey:
				err = fmt.Errorf("tokens.yaml: %s: %q is not one lower-case word of at most %d bytes", key, w, maxKey)
			case m[w]:
				err = fmt.Errorf("tokens.yaml: %s: %q is listed twice", key, w)
			}
			m[w] = true
		}
		return m
	}
	lex.prefixes = set("hyphen_prefixes", d.HyphenPrefixes)
	lex.abbrevs = set("abbreviations", d.Abbreviations)
	lex.beforeNumber = set("abbreviations_before_number", d.BeforeNumber)
	lex.units = set("units", d.Units)
	lex.before = map[string]contextual{}
	for c, next := range d.ContractionsBefore {
		whole, parts, ok := contractionParts(c)
		if !ok || lex.contractions[whole] != nil {
			return nil, fmt.Errorf("tokens.yaml: contractions_before: %q is not two or more new lower-case words", c)
		}
		lex.before[whole] = contextual{parts: parts, next: set("contractions_before: "+c, next)}
	}
	lex.apostropheWords = set("apostrophe_words", d.ApostropheWords)
	for _, c := range d.Contractions {
		whole, parts, ok := contractionParts(c)
		if !ok || lex.contractions[whole] != nil {
			return nil, fmt.Errorf("tokens.yaml: contractions: %q is not two or more new lower-case words", c)
		}
		lex.contractions[whole] = parts
	}
	for _, e := range d.Emoticons {
		if e == "" || strings.ContainsAny(e, " \t") || isWordRune(firstRune(e)) {
			return nil, fmt.Errorf("tokens.yaml: emoticons: %q must be one word that starts with punctuation", e)
		}
	}
	return lex, err
}

// A contextual contraction is split only before one of the next words.
type contextual struct {
	parts []int
	next  map[string]bool
}

// contractionParts reads a contraction written as its words ("do nt"):
// the contraction ("dont") and the lengths of its words ([2 2]).
func contractionParts(c string) (string, []int, bool) {
	words := strings.Fields(c)
	whole := strings.Join(words, "")
	if len(words) < 2 || whole != strings.ToLower(whole) || len(whole) > maxKey {
		return "", nil, false
	}
	parts := make([]int, len(words))
	for i, w := range words {
		parts[i] = len(w)
	}
	return whole, parts, true
}
