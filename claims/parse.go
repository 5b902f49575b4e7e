package claims

import (
	"github.com/crosscheck/crosscheck/claims/frames"
	"github.com/crosscheck/crosscheck/claims/syntax"
)

// parsed is a sentence's syntax and predications.
type parsed struct {
	s *syntax.Sentence
	f *frames.Frame
}

// parse tags and parses every sentence with the embedded model and reads
// its predications. Word offsets stay relative to the sentence's text.
func (x *extractor) parse() {
	m, err := syntax.Default()
	if err != nil {
		x.doc.Problems.Add(x.a.Position(0), "syntax model: "+err.Error())
		return
	}
	x.parses = make([]parsed, len(x.sents))
	for si, s := range x.sents {
		ps := m.Parse(s.Text)
		x.parses[si] = parsed{s: &ps, f: frames.Read(&ps)}
	}
}

// wordsIn returns the first and last word of sentence si that overlap the
// byte range [start, end) of the sentence's text, or -1, -1.
func (x *extractor) wordsIn(si, start, end int) (int, int) {
	first, last := -1, -1
	for i, w := range x.parses[si].s.Words {
		if w.End > start && w.Start < end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// headIn returns the word of words first..last whose head lies outside
// them: the head of the phrase they make.
func (x *extractor) headIn(si, first, last int) int {
	ws := x.parses[si].s.Words
	for i := first; i <= last; i++ {
		if h := ws[i].Head - 1; h < first || h > last {
			return i
		}
	}
	return last
}

// entityAt returns the entity of the person reference that covers word i
// of sentence si, or -1.
func (x *extractor) entityAt(si, i int) int {
	w := x.parses[si].s.Words[i]
	start, end := x.sents[si].Start+w.Start, x.sents[si].Start+w.End
	toks := x.sents[si].Tokens
	for _, r := range x.refs[si] {
		if r.entity < 0 || r.from >= len(toks) || r.to > len(toks) || r.from >= r.to {
			continue
		}
		if toks[r.from].Start < end && toks[r.to-1].End > start {
			return r.entity
		}
	}
	// "the rescuer Ann Lee": a noun with the name set beside it
	for j, d := range x.parses[si].s.Words {
		if d.Head == i+1 && d.UPOS == "PROPN" {
			switch d.Deprel {
			case "appos", "compound", "flat":
				if e := x.entityAt(si, j); e >= 0 {
					return e
				}
			}
		}
	}
	// "Ann Lee, a 41-year-old sergeant": a noun set beside the name
	ws := x.parses[si].s.Words
	if d := ws[i]; d.Deprel == "appos" && d.UPOS == "NOUN" && d.Head > 0 {
		return x.entityAt(si, d.Head-1)
	}
	return -1
}

// phraseText returns the text of words first..last of sentence si.
func (x *extractor) phraseText(si, first, last int) string {
	ws := x.parses[si].s.Words
	if first < 0 || last < first || last >= len(ws) {
		return ""
	}
	return x.sents[si].Text[ws[first].Start:ws[last].End]
}

// modal is the modality a predicate's modal auxiliary gives its claims,
// by the lexicon ("must", "would" → prospective; "might", "could" →
// may); a modal the lexicon lacks makes a claim possible, not asserted.
func (x *extractor) modal(aux string) string {
	if m := x.lex.modality[aux]; m != "" {
		return m
	}
	return "may"
}
