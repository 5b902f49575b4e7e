package syntax

// Punctuation is attached the way the UD treebanks normalise it (the
// guidelines of https://universaldependencies.org/u/dep/punct.html, as
// Udapi's ud.FixPunct applies them): a mark hangs projectively from the
// head of the unit it delimits, paired marks (brackets, quotation marks)
// from the head of what they enclose, and no mark has children. The parser
// decides the rest of the tree; this pass moves only punctuation, so a
// comma can never be the reason a clause is misread.

// maxPunctWords bounds the sentences fixed: the checks are quadratic in
// the words, and a "sentence" of thousands of words is a table or a list,
// whose punctuation the parser's own attachment serves well enough.
const maxPunctWords = 300

// pairedPunct maps an opening mark to its closing one.
var pairedPunct = map[string]string{
	"(": ")", "[": "]", "{": "}", `"`: `"`, "'": "'", "“": "”", "„": "“", "«": "»", "‹": "›",
}

func isFinalPunct(form string) bool { return form == "." || form == "?" || form == "!" }

// ptree is a tree under repair: parent by word number (0 is the root).
type ptree struct {
	parent []int32
	punct  []bool
	form   []string
	kind   []uint8 // 1 opening, 2 closing paired mark
}

// FixPunct reattaches the punctuation of a parsed sentence (twice, as the
// treebank's own normalisation does) and makes sure the sentence has one
// root.
func FixPunct(s *Sentence) {
	n := len(s.Words)
	if n == 0 || n > maxPunctWords {
		return
	}
	t := &ptree{parent: make([]int32, n+1), punct: make([]bool, n+1), form: make([]string, n+1), kind: make([]uint8, n+1)}
	for i, w := range s.Words {
		t.parent[i+1] = int32(w.Head)
		t.punct[i+1] = w.UPOS == "PUNCT"
		t.form[i+1] = w.Form
	}
	t.parent[0] = -1
	for pass := 0; pass < 2; pass++ {
		t.fix()
	}
	for i := range s.Words {
		h := int(t.parent[i+1])
		if h != s.Words[i].Head {
			s.Words[i].Head = h
			if t.punct[i+1] {
				s.Words[i].Deprel = "punct"
			}
		}
	}
	// the root word is labelled root, and no other word is
	for i := range s.Words {
		w := &s.Words[i]
		switch {
		case w.Head == 0:
			w.Deprel = "root"
		case w.Deprel == "root" && t.punct[i+1]:
			w.Deprel = "punct"
		case w.Deprel == "root":
			w.Deprel = "dep"
		}
	}
}

func (t *ptree) n() int32 { return int32(len(t.parent) - 1) }

func (t *ptree) fix() {
	n := t.n()
	// no mark has children
	for x := int32(1); x <= n; x++ {
		for p := t.parent[x]; p > 0 && t.punct[p]; p = t.parent[x] {
			t.parent[x] = t.parent[p]
		}
	}
	clear(t.kind)
	for x := int32(1); x <= n; x++ {
		if t.kind[x] == 2 || !t.punct[x] {
			continue
		}
		if closing, ok := pairedPunct[t.form[x]]; ok {
			t.fixPaired(x, closing)
		}
	}
	for x := int32(1); x <= n; x++ {
		if t.punct[x] && t.kind[x] == 0 {
			t.fixSubordinate(x)
		}
	}
	// one word under the root: the first, or the one the others join
	var subroots []int32
	for x := int32(1); x <= n; x++ {
		if t.parent[x] == 0 {
			subroots = append(subroots, x)
		}
	}
	if len(subroots) > 1 {
		keep := subroots[0]
		for _, x := range subroots[1:] {
			t.parent[x] = keep
		}
	}
}

// ancestor reports whether a is a proper ancestor of x.
func (t *ptree) ancestor(a, x int32) bool {
	for p := t.parent[x]; p >= 0; p = t.parent[p] {
		if p == a {
			return true
		}
		if p == 0 {
			break
		}
	}
	return false
}

// span returns the first and last word of x's subtree, x included.
func (t *ptree) span(x int32) (lo, hi int32) {
	lo, hi = x, x
	for y := int32(1); y <= t.n(); y++ {
		if y < lo || y > hi {
			if t.ancestor(x, y) {
				lo, hi = min(lo, y), max(hi, y)
			}
		}
	}
	return lo, hi
}

// nonprojective reports whether some word between x and its parent is not
// under the parent. Arcs from the root are projective.
func (t *ptree) nonprojective(x int32) bool {
	p := t.parent[x]
	if p <= 0 {
		return false
	}
	lo, hi := min(x, p), max(x, p)
	for y := lo + 1; y < hi; y++ {
		if !t.ancestor(p, y) {
			return true
		}
	}
	return false
}

// gap reports whether x lies inside an arc whose head is not above x:
// x would be a gap in that head's subtree.
func (t *ptree) gap(x int32) bool {
	if x <= 0 {
		return false
	}
	for y := int32(1); y <= t.n(); y++ {
		if y == x {
			continue
		}
		p := t.parent[y]
		if p < 0 {
			continue
		}
		if (y < x && p > x) || (y > x && p < x) {
			if p != x && !t.ancestor(p, x) {
				return true
			}
		}
	}
	return false
}

func (t *ptree) causesGap(x int32) bool { return t.gap(x) && !t.gap(t.parent[x]) }

func (t *ptree) projectiveUnder(x, cand int32) bool {
	t.parent[x] = cand
	return !t.nonprojective(x) && !t.causesGap(x)
}

func (t *ptree) fixSubordinate(x int32) {
	n := t.n()
	parent := t.parent[x]
	if t.form[x] == "." && parent == x-1 {
		return // the stop of an abbreviation
	}
	// a comma or dash that works as a pair with another mark around one
	// subtree keeps its place
	if parent > 0 {
		lo, hi := t.span(parent)
		if (x == lo || x == hi) && t.punct[lo] && t.punct[hi] && t.parent[lo] == parent && t.parent[hi] == parent {
			return
		}
	}
	l, r := x-1, x+1
	if isFinalPunct(t.form[x]) || r > n {
		r = -1
	}
	for l > 0 && t.punct[l] {
		if t.kind[l] == 1 && t.parent[l] != x {
			l = -1
			break
		}
		l--
	}
	for r > 0 && r <= n && t.punct[r] {
		if t.kind[r] == 2 && t.parent[r] != x {
			r = -1
			break
		}
		r++
		if r > n {
			r = -1
		}
	}
	var lpath, rpath []int32
	if l > 0 {
		lpath = append(lpath, l)
		for {
			p := t.parent[l]
			if p <= 0 || p > x {
				break
			}
			if _, hi := t.span(l); hi > x {
				break
			}
			l = p
			lpath = append(lpath, l)
		}
	}
	if r > 0 {
		rpath = append(rpath, r)
		for {
			p := t.parent[r]
			if p <= 0 || p < x {
				break
			}
			if lo, _ := t.span(r); lo < x {
				break
			}
			r = p
			rpath = append(rpath, r)
		}
	}
	lpath = t.keepProjective(x, lpath)
	rpath = t.keepProjective(x, rpath)
	t.parent[x] = parent
	lc, rc := last(lpath), last(rpath)
	var cand int32
	var path []int32
	switch {
	case lc > 0 && rc > 0 && t.ancestor(rc, lc):
		cand, path = lc, lpath
	case rc > 0 && lc > 0 && t.ancestor(lc, rc):
		cand, path = rc, rpath
	case lc > 0:
		cand, path = lc, append(lpath, rpath...)
	case rc > 0:
		cand, path = rc, append(lpath, rpath...)
	default:
		return
	}
	for _, p := range path {
		if p == parent {
			return
		}
	}
	t.parent[x] = cand
}

func (t *ptree) keepProjective(x int32, path []int32) []int32 {
	out := path[:0]
	for _, c := range path {
		if t.projectiveUnder(x, c) {
			out = append(out, c)
		}
	}
	return out
}

func last(p []int32) int32 {
	if len(p) == 0 {
		return -1
	}
	return p[len(p)-1]
}

// fixPaired hangs an opening mark and its closing mark from the nearest
// heads of what they enclose.
func (t *ptree) fixPaired(open int32, closing string) {
	n := t.n()
	depth := 0
	for y := open + 1; y <= n; y++ {
		switch {
		case t.form[y] == closing:
			if depth > 0 {
				depth--
				continue
			}
			t.fixPair(open, y)
			return
		case t.form[y] == t.form[open]:
			depth++
		}
	}
}

func (t *ptree) fixPair(open, close int32) {
	var heads, punctHeads []int32
	for y := open + 1; y < close; y++ {
		if p := t.parent[y]; p < open || p > close {
			if t.punct[y] {
				punctHeads = append(punctHeads, y)
			} else {
				heads = append(heads, y)
			}
		}
	}
	if len(heads) == 0 {
		heads = punctHeads
	}
	if len(heads) == 0 {
		return
	}
	t.parent[open] = heads[0]
	t.parent[close] = heads[len(heads)-1]
	t.kind[open], t.kind[close] = 1, 2
	if t.causesGap(open) {
		t.parent[open] = open + 1
		for t.parent[open] < close-1 && (t.punct[t.parent[open]] || t.nonprojective(open) || t.causesGap(open)) {
			t.parent[open]++
		}
	}
	if t.causesGap(close) {
		t.parent[close] = close - 1
		for t.parent[close] > open+1 && (t.punct[t.parent[close]] || t.nonprojective(close) || t.causesGap(close)) {
			t.parent[close]--
		}
	}
}
