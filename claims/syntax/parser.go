package syntax

// The parser is a greedy transition-based dependency parser in the
// arc-hybrid system (Kuhlmann, Gómez-Rodríguez and Satta 2011): SHIFT
// moves the next word onto the stack, LEFT makes the next word the head of
// the stack's top, RIGHT makes the word under the top its head. The
// artificial root sits at the bottom of the stack and may take a
// dependent only once the buffer is empty, so every sentence gets exactly
// one root and every word exactly one head: the result is always a tree.
//
// One averaged perceptron scores the three moves from rich features of
// the stack, the buffer and the partial tree (Zhang and Nivre 2011); a
// second one gives each new arc its label. It is trained with a dynamic
// oracle and exploration (Goldberg and Nivre 2012, 2013).

const (
	moveShift = iota
	moveLeft
	moveRight
	nMoves
)

// none stands for a position with no word; root for the artificial root.
const (
	none = -1
	root = 0
)

// pstate is a parser configuration. Words are numbered from 1; 0 is the
// root.
type pstate struct {
	n      int
	stack  []int32
	b      int32 // the next word of the buffer; n+1 when it is empty
	heads  []int32
	labels []uint8
	lc1    []int32 // leftmost child
	lc2    []int32 // second leftmost
	rc1    []int32 // rightmost child
	rc2    []int32 // second rightmost
	nl, nr []uint8 // counts of left and right children
	ls, rs []uint64
	// word atoms, by word number (0 is the root): the word's hash, and the
	// numbers of its Penn tag, universal tag and supersense in the dense
	// sets (0 for none, 1 for the root)
	w        []uint64
	p, u, ss []uint8
	commas   []int32 // commas[i]: commas among words 1..i
}

func (st *pstate) reset(n int) {
	st.n = n
	st.stack = append(st.stack[:0], root)
	st.b = 1
	st.heads = fill32(st.heads, n+1, none)
	st.lc1 = fill32(st.lc1, n+1, none)
	st.lc2 = fill32(st.lc2, n+1, none)
	st.rc1 = fill32(st.rc1, n+1, none)
	st.rc2 = fill32(st.rc2, n+1, none)
	st.labels = fillN(st.labels, n+1)
	st.nl = fillN(st.nl, n+1)
	st.nr = fillN(st.nr, n+1)
	st.ls = fillN(st.ls, n+1)
	st.rs = fillN(st.rs, n+1)
}

func fill32(s []int32, n int, v int32) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

func fillN[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (st *pstate) done() bool { return int(st.b) > st.n && len(st.stack) == 1 }

// valid reports which moves the configuration allows.
func (st *pstate) valid() (ok [nMoves]bool) {
	buf := int(st.b) <= st.n
	ok[moveShift] = buf
	ok[moveLeft] = buf && len(st.stack) >= 2
	ok[moveRight] = len(st.stack) >= 2 && (st.stack[len(st.stack)-2] != root || !buf)
	return ok
}

// apply makes a move, with label for an arc.
func (st *pstate) apply(move int, label uint8) {
	switch move {
	case moveShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case moveLeft:
		d := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.b, d, label)
	case moveRight:
		d := st.stack[len(st.stack)-1]
		h := st.stack[len(st.stack)-2]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(h, d, label)
	}
}

func (st *pstate) attach(h, d int32, label uint8) {
	st.heads[d] = h
	st.labels[d] = label
	if d < h {
		st.lc2[h], st.lc1[h] = st.lc1[h], d
		st.nl[h]++
		st.ls[h] |= 1 << (label & 63)
	} else {
		st.rc2[h], st.rc1[h] = st.rc1[h], d
		st.nr[h]++
		st.rs[h] |= 1 << (label & 63)
	}
}

// arc returns the head and dependent the move would join.
func (st *pstate) arc(move int) (h, d int32) {
	d = st.stack[len(st.stack)-1]
	if move == moveLeft {
		return st.b, d
	}
	return st.stack[len(st.stack)-2], d
}

// the atoms of positions that have no word
const (
	atomNone = 3
	atomRoot = 4
)

func (st *pstate) s(i int) int32 {
	if i >= len(st.stack) {
		return none
	}
	return st.stack[len(st.stack)-1-i]
}

func (st *pstate) buf(i int) int32 {
	if j := int(st.b) + i; j <= st.n {
		return int32(j)
	}
	return none
}

func (st *pstate) W(x int32) uint64 {
	if x < 0 {
		return atomNone
	}
	return st.w[x]
}

// P, U, S and L are the numbers of a word's Penn tag, universal tag,
// supersense and label in their dense sets; 0 for no word.
func (st *pstate) P(x int32) uint64 {
	if x < 0 {
		return 0
	}
	return uint64(st.p[x])
}

func (st *pstate) U(x int32) uint64 {
	if x < 0 {
		return 0
	}
	return uint64(st.u[x])
}

func (st *pstate) S(x int32) uint64 {
	if x < 0 {
		return 0
	}
	return uint64(st.ss[x])
}

func (st *pstate) L(x int32) uint64 {
	if x < 0 {
		return 0
	}
	return uint64(st.labels[x]) + 1
}

func child(c []int32, x int32) int32 {
	if x < 0 {
		return none
	}
	return c[x]
}

func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	}
	return 7
}

func capped(v uint8, max uint8) uint64 {
	if v > max {
		v = max
	}
	return uint64(v) + 1
}

// between is the number of commas between words a and b, capped at 3,
// plus one; 0 when either is missing or the root.
func (st *pstate) between(a, b int32) uint64 {
	if a < 1 || b < 1 {
		return 0
	}
	if a > b {
		a, b = b, a
	}
	n := st.commas[b-1] - st.commas[a]
	if n > 3 {
		n = 3
	}
	return uint64(n) + 1
}

func (st *pstate) lset(x int32) uint64 {
	if x < 0 {
		return atomNone
	}
	return st.ls[x] + 7
}

func (st *pstate) rset(x int32) uint64 {
	if x < 0 {
		return atomNone
	}
	return st.rs[x] + 7
}

func (st *pstate) vl(x int32) uint64 {
	if x < 0 {
		return 0
	}
	return capped(st.nl[x], 5)
}

func (st *pstate) vr(x int32) uint64 {
	if x < 0 {
		return 0
	}
	return capped(st.nr[x], 5)
}
