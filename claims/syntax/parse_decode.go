package syntax

// The parser's weights and labels, in a Model.
type parserModel struct {
	moves     *moveTable
	labelW    *table
	labels    []string // by label number - 1
	rootLabel uint8
	xpos      map[string]int
	upos      map[string]int
	lex       *lexicon // the model's lexicon, for supersenses
	// fixedLabel is, by direction (0: the dependent before its head) and
	// the universal tags of head and dependent, the label the training
	// data always gives such an arc (a preposition before its noun is its
	// case), which the label classifier then need not weigh; 0 for none
	fixedLabel [2][nU][nU]uint8
}

// prepare sets the state's word atoms from the sentence's words and tags.
func (pm *parserModel) prepare(st *pstate, a []atoms, ws []Word) {
	n := len(ws)
	st.reset(n)
	st.w = fillN(st.w, n+1)
	st.p = fillN(st.p, n+1)
	st.u = fillN(st.u, n+1)
	st.ss = fillN(st.ss, n+1)
	st.commas = fill32(st.commas, n+1, 0)
	st.w[0], st.p[0], st.u[0], st.ss[0] = atomRoot, 1, 1, 1
	for i, w := range ws {
		st.w[i+1] = a[i].lower
		st.p[i+1] = uint8(pm.xpos[w.XPOS] + 2)
		st.u[i+1] = uint8(pm.upos[w.UPOS] + 2)
		st.ss[i+1] = pm.supersense(w)
		st.commas[i+1] = st.commas[i]
		if w.Form == "," {
			st.commas[i+1]++
		}
	}
}

// supersense is the number in the dense set of the WordNet lexicographer
// file (noun.person, verb.motion, …) of the first sense of a word's lemma
// in the class its universal tag gives; 0 when it has none.
func (pm *parserModel) supersense(w Word) uint8 {
	class := -1
	switch w.UPOS {
	case "NOUN", "PROPN":
		class = 0
	case "VERB":
		class = 1
	case "ADJ":
		class = 2
	}
	if class < 0 || pm.lex == nil {
		return 0
	}
	if s := pm.lex.lookup(HashLower(w.Lemma)).sense[class]; s > 0 {
		return s + 1
	}
	return 0
}

// chooseLabel returns the best label for an arc from h to d, never the
// root's label.
func (pm *parserModel) chooseLabel(st *pstate, h, d int32, feats []uint64, scores []int32) ([]uint64, uint8) {
	if h == root {
		return feats, pm.rootLabel
	}
	if l := pm.fixed(st, h, d); l != 0 {
		return feats, l
	}
	feats = labelFeatures(feats[:0], st, h, d)
	clear(scores)
	pm.labelW.score(feats, scores)
	best := -1
	for i := 1; i < len(scores); i++ {
		if uint8(i) == pm.rootLabel {
			continue
		}
		if best < 0 || scores[i] > scores[best] {
			best = i
		}
	}
	return feats, uint8(best)
}

// parse runs the parser to the end from a prepared state.
func (pm *parserModel) parse(st *pstate, feats []uint64, scores []int32) []uint64 {
	var sc [nMoves]int32
	for !st.done() {
		var nd int
		feats, nd = parseFeatures(feats[:0], st)
		sc = [nMoves]int32{}
		pm.moves.score(feats, nd, &sc)
		ok := st.valid()
		best := -1
		for mv := 0; mv < nMoves; mv++ {
			if ok[mv] && (best < 0 || sc[mv] > sc[best]) {
				best = mv
			}
		}
		var label uint8
		if best != moveShift {
			h, d := st.arc(best)
			feats, label = pm.chooseLabel(st, h, d, feats, scores)
		}
		st.apply(best, label)
	}
	return feats
}

// fixed returns the label the training data always gives an arc from h to
// d, or 0.
func (pm *parserModel) fixed(st *pstate, h, d int32) uint8 {
	dir := 0
	if d > h {
		dir = 1
	}
	return pm.fixedLabel[dir][st.u[h]][st.u[d]]
}

// fixedMin and fixedShare decide which arcs have a fixed label: seen this
// often in training, with that label this often.
const (
	fixedMin        = 100
	fixedLabelShare = 0.995
)

// setFixedLabels finds the arcs whose label the training data always
// gives, counted over the tags the parser trains on.
func (pm *parserModel) setFixedLabels(sents []Sentence, heads [][]int32, labels [][]uint8) {
	var count [2][nU][nU][]int
	for i, s := range sents {
		for j := range s.Words {
			d, h := j+1, int(heads[i][j+1])
			if h == 0 {
				continue
			}
			dir := 0
			if d > h {
				dir = 1
			}
			hu, du := pm.upos[s.Words[h-1].UPOS]+2, pm.upos[s.Words[j].UPOS]+2
			c := &count[dir][hu][du]
			if *c == nil {
				*c = make([]int, len(pm.labels)+1)
			}
			(*c)[labels[i][d]]++
		}
	}
	for dir := range count {
		for hu := range count[dir] {
			for du, c := range count[dir][hu] {
				total, best := 0, 0
				for l, n := range c {
					total += n
					if n > c[best] {
						best = l
					}
				}
				if total >= fixedMin && float64(c[best]) >= fixedLabelShare*float64(total) && uint8(best) != pm.rootLabel {
					pm.fixedLabel[dir][hu][du] = uint8(best)
				}
			}
		}
	}
}
