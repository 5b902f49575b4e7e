package syntax

// The parser's weights and labels, in a Model.
type parserModel struct {
	moves     *moveTable
	labelW    *table
	labels    []string // by label number - 1
	rootLabel uint8
	xpos      map[string]int
	upos      map[string]int
}

// prepare sets the state's word atoms from the sentence's words and tags.
func (pm *parserModel) prepare(st *pstate, a []atoms, ws []Word) {
	n := len(ws)
	st.reset(n)
	st.w = fillN(st.w, n+1)
	st.p = fillN(st.p, n+1)
	st.u = fillN(st.u, n+1)
	st.commas = fill32(st.commas, n+1, 0)
	st.w[0], st.p[0], st.u[0] = atomRoot, atomRoot, atomRoot
	for i, w := range ws {
		st.w[i+1] = a[i].lower
		st.p[i+1] = uint64(pm.xpos[w.XPOS]) + 10
		st.u[i+1] = uint64(pm.upos[w.UPOS]) + 10
		st.commas[i+1] = st.commas[i]
		if w.Form == "," {
			st.commas[i+1]++
		}
	}
}

// chooseLabel returns the best label for an arc from h to d, never the
// root's label.
func (pm *parserModel) chooseLabel(st *pstate, h, d int32, feats []uint64, scores []int32) ([]uint64, uint8) {
	if h == root {
		return feats, pm.rootLabel
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
		feats = parseFeatures(feats[:0], st)
		sc = [nMoves]int32{}
		pm.moves.score(feats, &sc)
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
