package syntax

// Scores are the accuracies, in percent, of an annotation against gold
// words, all words counted as in the CoNLL 2018 shared task (punctuation
// included).
type Scores struct {
	Words                       int
	UPOS, XPOS, Lemma, UAS, LAS float64
}

// Evaluate annotates copies of the gold sentences' words (their forms
// only) and scores the result against them.
func (m *Model) Evaluate(gold []Sentence) Scores {
	var sc Scores
	var upos, xpos, lemma, uas, las int
	ws := new(workspace)
	var out Sentence
	for _, s := range gold {
		out.Words = fillN(out.Words, len(s.Words))
		for i, w := range s.Words {
			out.Words[i] = Word{Form: w.Form, Start: w.Start, End: w.End, Joined: w.Joined}
		}
		m.annotate(&out, ws)
		for i, g := range s.Words {
			o := out.Words[i]
			sc.Words++
			upos += b2i(o.UPOS == g.UPOS)
			xpos += b2i(o.XPOS == g.XPOS)
			lemma += b2i(o.Lemma == g.Lemma)
			if o.Head == g.Head {
				uas++
				las += b2i(o.Deprel == g.Deprel)
			}
		}
	}
	pc := func(n int) float64 { return 100 * float64(n) / float64(max(sc.Words, 1)) }
	sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS, sc.LAS = pc(upos), pc(xpos), pc(lemma), pc(uas), pc(las)
	return sc
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
