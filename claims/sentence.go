package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/sources"
)

// Split breaks an article into sentences: first at block boundaries (so a
// headline or caption never glues onto the next sentence), then at . ! ?
// followed by a capital, a digit or an opening quote, except after an
// abbreviation or an initial.
func Split(a *sources.Article) []Sentence {
	out, _ := split(a, make([]Token, 0, len(a.Text)/5+len(a.Blocks)), DefaultLexicon().abbreviations)
	return out
}

// split is Split with the tokens appended to all, which is returned for
// reuse once the sentences are done with.
func split(a *sources.Article, all []Token, abbr map[string]bool) ([]Sentence, []Token) {
	var out []Sentence
	// one backing array for the whole article; each block's tokens are a
	// full slice of it, so appending to one never overwrites the next
	for bi, b := range a.Blocks {
		n := len(all)
		all = appendTokens(all, a.Text[b.Start:b.End], b.Start)
		toks := all[n:len(all):len(all)]
		for _, span := range splitTokens(toks, abbr) {
			ts := toks[span[0]:span[1]]
			if len(ts) == 0 {
				continue
			}
			start, end := ts[0].Start, ts[len(ts)-1].End
			out = append(out, Sentence{Start: start, End: end, Block: bi, Text: a.Text[start:end], Tokens: ts})
		}
	}
	return out, all
}

// splitTokens returns [from, to) token ranges, one per sentence.
func splitTokens(toks []Token, abbr map[string]bool) [][2]int {
	var spans [][2]int
	from := 0
	for i := 0; i < len(toks); i++ {
		if !endsSentence(toks, i, abbr) {
			continue
		}
		end := i + 1
		for end < len(toks) && closes(toks[end]) && !opensAfterSpace(toks, end) {
			end++
		}
		if end < len(toks) && !startsSentence(toks[end]) {
			continue
		}
		spans = append(spans, [2]int{from, end})
		from = end
		i = end - 1
	}
	if from < len(toks) {
		spans = append(spans, [2]int{from, len(toks)})
	}
	return spans
}

func endsSentence(toks []Token, i int, abbr map[string]bool) bool {
	t := toks[i]
	if t.Kind != TPunct || (t.Text != "." && t.Text != "!" && t.Text != "?") {
		return false
	}
	if t.Text != "." || i == 0 {
		return true
	}
	prev := toks[i-1]
	if prev.End != t.Start || prev.Kind != TWord {
		return true
	}
	w := strings.ToLower(prev.Text)
	if abbr[w] {
		return false
	}
	// a single capital letter before a dot is an initial ("M. Mert")
	return !(len([]rune(prev.Text)) == 1 && prev.Upper())
}

// closes reports whether a token can close a sentence after its final
// punctuation: a closing quote or bracket.
func closes(t Token) bool {
	switch t.Text {
	case "”", "’", "\"", "'", ")", "]", "»":
		return true
	}
	return false
}

// opensAfterSpace reports whether a straight quotation mark stands apart
// from the token before it: `visited. "We` opens the next sentence, where
// `visited."` closes this one.
func opensAfterSpace(toks []Token, i int) bool {
	t := toks[i]
	return (t.Text == "\"" || t.Text == "'") && i > 0 && toks[i-1].End < t.Start
}

func startsSentence(t Token) bool {
	switch t.Kind {
	case TQuote, TNumber:
		return true
	case TWord:
		return t.Upper()
	case TPunct:
		return t.Text == "(" || t.Text == "["
	}
	return false
}
