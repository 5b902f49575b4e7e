package udeval

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/claims/syntax"
)

// A Metric holds the counts one metric is computed from.
type Metric struct {
	Correct int // system items (words, tokens, sentences) counted right
	Gold    int // gold items
	System  int // system items
	// Aligned is the number of aligned word pairs the metric was read on;
	// zero for Tokens, Sentences and Words, which are not read on aligned
	// words.
	Aligned int
}

// Precision is Correct over System, 0 when there are no system items.
func (m Metric) Precision() float64 { return ratio(m.Correct, m.System) }

// Recall is Correct over Gold, 0 when there are no gold items.
func (m Metric) Recall() float64 { return ratio(m.Correct, m.Gold) }

// F1 is the harmonic mean of precision and recall, 0 when both sides are
// empty.
func (m Metric) F1() float64 { return ratio(2*m.Correct, m.Gold+m.System) }

// AlignedAccuracy is Correct over Aligned: how often the aligned words
// agree, leaving out words the tokenisation lost. It is 0 when no words
// were aligned.
func (m Metric) AlignedAccuracy() float64 { return ratio(m.Correct, m.Aligned) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores are the metrics of the CoNLL 2018 shared task.
type Scores struct {
	Tokens    Metric // orthographic tokens with the same span ("don't" counts once)
	Sentences Metric // sentences with the same span
	Words     Metric // syntactic words aligned
	UPOS      Metric // aligned words with the gold universal part of speech
	XPOS      Metric // … with the gold language-specific part of speech
	UFeats    Metric // … with the gold universal features (others are left out)
	AllTags   Metric // … with UPOS, XPOS and UFeats all right
	Lemmas    Metric // … with the gold lemma
	UAS       Metric // … whose head is aligned to the gold head
	LAS       Metric // … with the gold head and relation (subtypes left out)
	CLAS      Metric // LAS on content words only (nsubj, obj, amod, …, not det, case, …)
	MLAS      Metric // CLAS that also wants UPOS, UFeats and the function-word children right
	BLEX      Metric // CLAS that also wants the lemma right
}

// Named is one metric with the name the official script prints.
type Named struct {
	Name string
	Metric
}

// List gives the metrics in the order the official script prints them.
func (s Scores) List() []Named {
	return []Named{
		{"Tokens", s.Tokens}, {"Sentences", s.Sentences}, {"Words", s.Words},
		{"UPOS", s.UPOS}, {"XPOS", s.XPOS}, {"UFeats", s.UFeats}, {"AllTags", s.AllTags},
		{"Lemmas", s.Lemmas}, {"UAS", s.UAS}, {"LAS", s.LAS}, {"CLAS", s.CLAS},
		{"MLAS", s.MLAS}, {"BLEX", s.BLEX},
	}
}

// String is the table the official script prints with -v: precision,
// recall and F1 as percentages, and the aligned accuracy of the metrics
// read on aligned words.
func (s Scores) String() string {
	var b strings.Builder
	b.WriteString("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n")
	b.WriteString("-----------+-----------+-----------+-----------+-----------\n")
	for _, m := range s.List() {
		fmt.Fprintf(&b, "%-11s|%10.2f |%10.2f |%10.2f |", m.Name, 100*m.Precision(), 100*m.Recall(), 100*m.F1())
		if m.Aligned > 0 {
			fmt.Fprintf(&b, "%10.2f", 100*m.AlignedAccuracy())
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Score compares system sentences with gold ones. Both are the sentences
// of one document in order; their texts, concatenated with white space
// left out, must be the same, or Score says where they first differ.
// Each word's Start and End are byte offsets in its own sentence's Text.
func Score(gold, system []syntax.Sentence) (Scores, error) {
	g, err := load(gold)
	if err != nil {
		return Scores{}, fmt.Errorf("gold: %w", err)
	}
	s, err := load(system)
	if err != nil {
		return Scores{}, fmt.Errorf("system: %w", err)
	}
	if g.chars != s.chars {
		return Scores{}, mismatch(g.chars, s.chars)
	}
	a := align(g.words, s.words)
	return Scores{
		Tokens:    spansScore(g.tokens, s.tokens),
		Sentences: spansScore(g.sents, s.sents),
		Words:     a.score(nil, nil),
		UPOS:      a.score(nil, func(x, y *word) bool { return x.upos == y.upos }),
		XPOS:      a.score(nil, func(x, y *word) bool { return x.xpos == y.xpos }),
		UFeats:    a.score(nil, func(x, y *word) bool { return x.feats == y.feats }),
		AllTags:   a.score(nil, func(x, y *word) bool { return x.upos == y.upos && x.xpos == y.xpos && x.feats == y.feats }),
		Lemmas:    a.score(nil, sameLemma),
		UAS:       a.score(nil, a.sameHead),
		LAS:       a.score(nil, a.sameArc),
		CLAS:      a.score(isContent, a.sameArc),
		MLAS:      a.score(isContent, a.sameMorphArc),
		BLEX:      a.score(isContent, func(x, y *word) bool { return a.sameArc(x, y) && sameLemma(x, y) }),
	}, nil
}

// mismatch describes where the gold and system characters first differ.
func mismatch(g, s string) error {
	i := 0
	for i < len(g) && i < len(s) && g[i] == s[i] {
		i++
	}
	for i > 0 && (i < len(g) && !boundary(g[i]) || i < len(s) && !boundary(s[i])) {
		i--
	}
	return fmt.Errorf("the texts differ after %d characters (white space left out): gold %q, system %q",
		i, clip(g[i:], 20), clip(s[i:], 20))
}

func boundary(c byte) bool { return c&0xC0 != 0x80 }

// clip returns the first n bytes of s, cut back to a character boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !boundary(s[n]) {
		n--
	}
	return s[:n]
}

// spansScore counts the gold spans a system span matches exactly; both
// lists are in document order.
func spansScore(gold, system []span) Metric {
	m := Metric{Gold: len(gold), System: len(system)}
	gi, si := 0, 0
	for gi < len(gold) && si < len(system) {
		switch {
		case system[si].start < gold[gi].start:
			si++
		case gold[gi].start < system[si].start:
			gi++
		default:
			if gold[gi].end == system[si].end {
				m.Correct++
			}
			gi++
			si++
		}
	}
	return m
}

func sameLemma(x, y *word) bool { return x.lemma == "_" || x.lemma == y.lemma }

func isContent(w *word) bool { return contentRels[w.deprel] }
