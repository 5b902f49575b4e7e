package syntax

import "sync"

// workspace holds the buffers of one annotation, reused across sentences.
type workspace struct {
	at     []atoms
	runes  []rune
	feats  []uint64
	scores []int32
	tags   []int
	st     pstate
}

var workspaces = sync.Pool{New: func() any { return new(workspace) }}

// Parse tokenizes one sentence's text and annotates it.
func (m *Model) Parse(text string) Sentence {
	s := Sentence{Text: text, Words: Tokenize(text)}
	m.Annotate(&s)
	return s
}

// Annotate tags, lemmatises and parses a sentence whose words have their
// forms (as Tokenize gives them), filling in every other field of each
// word, and attaches its punctuation as the UD treebanks do (FixPunct).
// It never fails: a sentence of any words gets one tree, with one root
// and no cycle.
func (m *Model) Annotate(s *Sentence) {
	if len(s.Words) == 0 {
		return
	}
	ws := workspaces.Get().(*workspace)
	defer workspaces.Put(ws)
	m.annotate(s, ws)
}

func (m *Model) annotate(s *Sentence, ws *workspace) {
	n := len(s.Words)
	ws.at, ws.runes = m.fillAtoms(ws.at, s.Words, ws.runes)
	if len(ws.scores) < len(m.tags) || len(ws.scores) < len(m.parser.labels)+1 {
		ws.scores = make([]int32, max(len(m.tags), len(m.parser.labels)+1))
	}
	ws.tags = fillN(ws.tags, n)
	ws.feats = m.tagSentence(ws.at, ws.tags, ws.feats, ws.scores[:len(m.tags)])
	for i := range s.Words {
		w := &s.Words[i]
		t := m.tags[ws.tags[i]]
		w.UPOS, w.XPOS = t.UPOS, t.XPOS
		w.Lemma = m.lemmas.lemma(w.Form, w.XPOS)
		if w.Feats == "" {
			w.Feats = "_"
		}
	}
	m.parser.prepare(&ws.st, ws.at, s.Words)
	ws.feats = m.parser.parse(&ws.st, ws.feats, ws.scores[:len(m.parser.labels)+1])
	for i := range s.Words {
		w := &s.Words[i]
		w.Head = int(ws.st.heads[i+1])
		w.Deprel = m.parser.labels[ws.st.labels[i+1]-1]
	}
	FixPunct(s)
}
