package udeval

// An alignment pairs gold words with system words.
type alignment struct {
	gold, system []word
	pairs        []pair
	// toGold maps a system word to the gold word it is aligned with, or
	// to unaligned.
	toGold []int
}

type pair struct{ g, s int }

// unaligned stands for a system word aligned with no gold word; it
// differs from every gold index and from root and noHead.
const unaligned = -3

// align pairs words the way the official script does. Outside multiword
// tokens, a gold and a system word are aligned when their spans are the
// same. A multiword span (a stretch of text that holds a multiword token
// on either side and cuts through none) is aligned by the longest common
// subsequence of the lower-cased forms of the words inside it.
func align(gold, system []word) *alignment {
	a := &alignment{gold: gold, system: system, toGold: make([]int, len(system))}
	for i := range a.toGold {
		a.toGold[i] = unaligned
	}
	gi, si := 0, 0
	for gi < len(gold) && si < len(system) {
		if gold[gi].multi || system[si].multi {
			var gs, ss int
			gs, ss, gi, si = multiwordSpan(gold, system, gi, si)
			if gi > gs && si > ss {
				a.alignLCS(gs, gi, ss, si)
			}
			continue
		}
		g, s := gold[gi].span, system[si].span
		switch {
		case g == s:
			a.add(gi, si)
			gi++
			si++
		case g.start <= s.start:
			gi++
		default:
			si++
		}
	}
	return a
}

func (a *alignment) add(g, s int) {
	a.pairs = append(a.pairs, pair{g, s})
	a.toGold[s] = g
}

// multiwordSpan finds the smallest multiword span starting at gold word
// gi or system word si, one of which is in a multiword token. It returns
// where the span's words start (gs, ss) and end (ge, se) on each side.
func multiwordSpan(gold, system []word, gi, si int) (gs, ss, ge, se int) {
	var end int
	if gold[gi].multi {
		end = gold[gi].span.end
		if !system[si].multi && system[si].span.start < gold[gi].span.start {
			si++
		}
	} else {
		end = system[si].span.end
		if !gold[gi].multi && gold[gi].span.start < system[si].span.start {
			gi++
		}
	}
	gs, ss = gi, si
	for !beyondEnd(gold, gi, end) || !beyondEnd(system, si, end) {
		if gi < len(gold) && (si >= len(system) || gold[gi].span.start <= system[si].span.start) {
			end = extendEnd(gold[gi], end)
			gi++
		} else {
			end = extendEnd(system[si], end)
			si++
		}
	}
	return gs, ss, gi, si
}

// beyondEnd reports whether word i starts past a multiword span ending at
// end (a multiword token) or ends past it (another word).
func beyondEnd(words []word, i, end int) bool {
	if i >= len(words) {
		return true
	}
	if words[i].multi {
		return words[i].span.start >= end
	}
	return words[i].span.end > end
}

// extendEnd grows a multiword span to hold all of a multiword token.
func extendEnd(w word, end int) int {
	if w.multi && w.span.end > end {
		return w.span.end
	}
	return end
}

// alignLCS aligns gold words gs..ge-1 with system words ss..se-1 by the
// longest common subsequence of their lower-cased forms.
func (a *alignment) alignLCS(gs, ge, ss, se int) {
	n, m := ge-gs, se-ss
	lcs := make([]int, (n+1)*(m+1)) // lcs[g*(m+1)+s] for the suffixes from g and s
	at := func(g, s int) int { return lcs[g*(m+1)+s] }
	for g := n - 1; g >= 0; g-- {
		for s := m - 1; s >= 0; s-- {
			v := max(at(g+1, s), at(g, s+1))
			if a.gold[gs+g].form == a.system[ss+s].form {
				v = max(v, 1+at(g+1, s+1))
			}
			lcs[g*(m+1)+s] = v
		}
	}
	for g, s := 0, 0; g < n && s < m; {
		switch {
		case a.gold[gs+g].form == a.system[ss+s].form:
			a.add(gs+g, ss+s)
			g++
			s++
		case at(g, s) == at(g+1, s):
			g++
		default:
			s++
		}
	}
}

// score counts a metric over the aligned words that keep passes (all of
// them when keep is nil); same says whether a system word agrees with the
// gold word it is aligned with (nil for the Words metric, where being
// aligned is enough).
func (a *alignment) score(keep func(*word) bool, same func(g, s *word) bool) Metric {
	var m Metric
	for i := range a.gold {
		if keep == nil || keep(&a.gold[i]) {
			m.Gold++
		}
	}
	for i := range a.system {
		if keep == nil || keep(&a.system[i]) {
			m.System++
		}
	}
	for _, p := range a.pairs {
		g, s := &a.gold[p.g], &a.system[p.s]
		if keep != nil && !keep(g) {
			continue
		}
		if same == nil {
			m.Correct++
			continue
		}
		m.Aligned++
		if same(g, s) {
			m.Correct++
		}
	}
	return m
}

// goldOf is the gold word a system word stands for: its aligned gold
// word, root, noHead (as unaligned) or unaligned.
func (a *alignment) goldOf(s int) int {
	if s < 0 {
		if s == root {
			return root
		}
		return unaligned
	}
	return a.toGold[s]
}

// sameHead reports whether the system word's head is aligned with the
// gold word's head (both roots count as the same).
func (a *alignment) sameHead(g, s *word) bool {
	return g.parent != noHead && g.parent == a.goldOf(s.parent)
}

func (a *alignment) sameArc(g, s *word) bool {
	return a.sameHead(g, s) && g.deprel == s.deprel
}

// sameMorphArc is MLAS's test: the same arc, part of speech and features,
// and the same function-word children with their arcs and tags.
func (a *alignment) sameMorphArc(g, s *word) bool {
	if !a.sameArc(g, s) || g.upos != s.upos || g.feats != s.feats || len(g.functional) != len(s.functional) {
		return false
	}
	for k, gc := range g.functional {
		sc := s.functional[k]
		x, y := &a.gold[gc], &a.system[sc]
		if a.goldOf(sc) != gc || x.deprel != y.deprel || x.upos != y.upos || x.feats != y.feats {
			return false
		}
	}
	return true
}
