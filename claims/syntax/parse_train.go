package syntax

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// costs returns, for each valid move, how many arcs of the gold tree it
// makes unreachable: the dynamic oracle of the arc-hybrid system
// (Goldberg and Nivre 2013). gold is the projective gold tree, by word
// number.
func (st *pstate) costs(gold []int32, ok [nMoves]bool) (c [nMoves]int) {
	s0, s1 := st.s(0), st.s(1)
	if s0 > 0 && (ok[moveLeft] || ok[moveRight]) {
		deps := 0
		for j := int(st.b); j <= st.n; j++ {
			if gold[j] == s0 {
				deps++
			}
		}
		g := gold[s0]
		c[moveLeft] = deps
		if g == s1 || g > st.b {
			c[moveLeft]++
		}
		c[moveRight] = deps
		if g >= st.b {
			c[moveRight]++
		}
	}
	if ok[moveShift] {
		b := st.b
		for i, x := range st.stack {
			if i < len(st.stack)-1 && gold[b] == x {
				c[moveShift]++
			}
			if x != root && gold[x] == b {
				c[moveShift]++
			}
		}
	}
	return c
}

// projectivize lifts the arcs of a tree that cross others until none do
// (Nivre and Nilsson 2005): the dependent of the shortest crossing arc
// moves up to its head's head. heads is by word number, heads[0] unused.
func projectivize(heads []int32) []int32 {
	h := slices.Clone(heads)
	for {
		best, bestLen := int32(-1), int32(1<<30)
		for d := int32(1); d < int32(len(h)); d++ {
			if h[d] <= 0 {
				continue
			}
			lo, hi := min(d, h[d]), max(d, h[d])
			if hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(h, h[d], k) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 {
			return h
		}
		h[best] = h[h[best]]
	}
}

// dominates reports whether a is an ancestor of k (or k itself).
func dominates(h []int32, a, k int32) bool {
	for steps := 0; k > 0 && steps < len(h); steps++ {
		if k == a {
			return true
		}
		k = h[k]
	}
	return k == a
}

// explore is the probability, after the first epoch, of following the
// model's own move rather than the oracle's.
const explore = 0.9

type parseTrainer struct {
	pm     *parserModel
	moves  *averaged
	labels *averaged
}

// trainParser trains the move and label weights on sents, whose words
// carry the tags the tagger gave them (jackknifed) and whose gold heads
// and labels are given apart.
func (m *Model) trainParser(sents []Sentence, goldHeads [][]int32, goldLabels [][]uint8, epochs int, rng *rand.Rand, dev []Sentence, logf func(string, ...any)) {
	pt := &parseTrainer{pm: m.parser, moves: newAveraged(nMoves), labels: newAveraged(len(m.parser.labels) + 1)}
	m.parser.setFixedLabels(sents, goldHeads, goldLabels)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var (
		st     pstate
		at     []atoms
		buf    []rune
		feats  []uint64
		lfeats []uint64
		sc     = make([]float64, nMoves)
		lsc    = make([]float64, len(m.parser.labels)+1)
	)
	bestLAS, bestMoves, bestLabels := -1.0, (*weightRows)(nil), (*weightRows)(nil)
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := &sents[si]
			gold, glab := goldHeads[si], goldLabels[si]
			at, buf = m.fillAtoms(at, s.Words, buf)
			m.parser.prepare(&st, at, s.Words)
			for !st.done() {
				feats, _ = parseFeatures(feats[:0], &st)
				clear(sc)
				pt.moves.score(feats, sc)
				ok := st.valid()
				cost := st.costs(gold, ok)
				guess, best := -1, -1
				minCost := 1 << 30
				for mv := 0; mv < nMoves; mv++ {
					if ok[mv] && cost[mv] < minCost {
						minCost = cost[mv]
					}
				}
				for mv := 0; mv < nMoves; mv++ {
					if !ok[mv] {
						continue
					}
					if guess < 0 || sc[mv] > sc[guess] {
						guess = mv
					}
					if cost[mv] == minCost && (best < 0 || sc[mv] > sc[best]) {
						best = mv
					}
				}
				pt.moves.tick()
				if cost[guess] > minCost {
					pt.moves.update(feats, best, guess)
				}
				next := best
				if ep > 0 && rng.Float64() < explore {
					next = guess
				}
				var label uint8
				if next != moveShift {
					h, d := st.arc(next)
					if h == root {
						label = m.parser.rootLabel
					} else if l := m.parser.fixed(&st, h, d); l != 0 {
						label = l
					} else {
						lfeats = labelFeatures(lfeats[:0], &st, h, d)
						clear(lsc)
						pt.labels.score(lfeats, lsc)
						label = bestLabel(lsc, m.parser.rootLabel)
						if gold[d] == h {
							pt.labels.tick()
							pt.labels.update(lfeats, int(glab[d]), int(label))
						}
					}
				}
				st.apply(next, label)
			}
		}
		mw, lw := pt.moves.weights(), pt.labels.weights()
		m.parser.moves, m.parser.labelW = newMoveTable(mw), lw.build()
		if dev == nil {
			bestMoves, bestLabels = mw, lw // no dev split: the last epoch
			continue
		}
		uas, las := m.attachment(dev)
		if logf != nil {
			logf("parser epoch %d: dev UAS %.2f LAS %.2f (%d move features, %d label features)", ep+1, uas, las, len(mw.keys), len(lw.keys))
		}
		if las > bestLAS {
			bestLAS, bestMoves, bestLabels = las, mw, lw
		}
	}
	if bestMoves == nil {
		return
	}
	reportMass(TrainOptions{Log: logf}, "moves", pt.moves)
	reportMass(TrainOptions{Log: logf}, "labels", pt.labels)
	m.parser.moves, m.parser.labelW = newMoveTable(bestMoves), bestLabels.build()
	if dev == nil {
		return
	}
	// the smallest weights are dropped: a smaller table is a faster one,
	// and below this size dev hardly notices
	mw, lw := bestMoves.pruned(prune), bestLabels.pruned(prune)
	m.parser.moves, m.parser.labelW = newMoveTable(mw), lw.build()
	if logf != nil {
		uas, las := m.attachment(dev)
		logf("pruned below %d: dev UAS %.2f LAS %.2f (%d move features, %d label features)", prune, uas, las, len(mw.keys), len(lw.keys))
	}
}

// prune is the magnitude, on the 16-bit scale, below which a hashed
// feature's weights are all dropped from the parser's tables. It keeps
// about a third of the move features, at a cost on dev of 0.1 to 0.2 LAS.
const prune = 600

func bestLabel(s []float64, rootLabel uint8) uint8 {
	best := -1
	for i := 1; i < len(s); i++ {
		if uint8(i) == rootLabel {
			continue
		}
		if best < 0 || s[i] > s[best] {
			best = i
		}
	}
	return uint8(best)
}

// attachment parses sents with the model's own tags and returns UAS and
// LAS in percent, over all words as in the CoNLL 2018 shared task.
func (m *Model) attachment(sents []Sentence) (uas, las float64) {
	ua, la, total := 0, 0, 0
	for _, s := range sents {
		out := Sentence{Words: make([]Word, len(s.Words))}
		for i, w := range s.Words {
			out.Words[i] = Word{Form: w.Form, Start: w.Start, End: w.End, Joined: w.Joined}
		}
		m.Annotate(&out)
		for i, w := range s.Words {
			total++
			if out.Words[i].Head == w.Head {
				ua++
				if out.Words[i].Deprel == w.Deprel {
					la++
				}
			}
		}
	}
	return 100 * float64(ua) / float64(max(total, 1)), 100 * float64(la) / float64(max(total, 1))
}

var _ = fmt.Sprint
