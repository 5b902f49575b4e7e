package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/sources"
)

// abbreviations that end in a dot without ending a sentence (lower-cased, no dot).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "cmdr": true, "adm": true, "gov": true, "sen": true,
	"rep": true, "prof": true, "rev": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "no": true, "nos": true, "vs": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "jr": true, "sr": true, "mt": true, "ft": true, "approx": true, "fig": true,
	"cpl": true, "pte": true, "pvt": true, "maj": true, "brig": true, "supt": true, "insp": true,
	"det": true, "hon": true, "messrs": true, "mme": true, "mlle": true, "gens": true,
}

// Split breaks an article into sentences: first at block boundaries (so a
// headline or caption never glues onto the next sentence), then at . ! ?
// followed by a capital, a digit or an opening quote, except after an
// abbreviation or an initial.
func Split(a *sources.Article) []Sentence {
	out, _ := split(a, make([]Token, 0, len(a.Text)/5+len(a.Blocks)))
	return out
}

// split is Split with the tokens appended to all, which is returned for
// reuse once the sentences are done with.
func split(a *sources.Article, all []Token) ([]Sentence, []Token) {
	var out []Sentence
	// one backing array for the whole article; each block's tokens are a
	// full slice of it, so appending to one never overwrites the next
	for bi, b := range a.Blocks {
		n := len(all)
		all = appendTokens(all, a.Text[b.Start:b.End], b.Start)
		toks := all[n:len(all):len(all)]
		for _, span := range splitTokens(toks) {
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
func splitTokens(toks []Token) [][2]int {
	var spans [][2]int
	from := 0
	for i := 0; i < len(toks); i++ {
		if !endsSentence(toks, i) {
			continue
		}
		end := i + 1
		for end < len(toks) && closes(toks[end]) {
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

func endsSentence(toks []Token, i int) bool {
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
	if abbreviations[w] {
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
