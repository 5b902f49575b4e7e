package syntax

// The parser's features. Each configuration is described by the words
// (w), Penn tags (p), universal tags (u), WordNet supersenses (ss),
// labels (l), distances (d), valencies (v), label sets and commas between
// of the top three words of the stack (s0, s1, s2), the first three of the
// buffer (b0, b1, b2) and their outermost children (s0l: leftmost, s0r:
// rightmost, s0l2: second leftmost, …), in the templates of Zhang and
// Nivre (2011) carried over to the arc-hybrid system, where the stack's
// top two words are what a RIGHT joins.
//
// Templates over small closed sets (tags, labels, distances) are dense:
// their weights sit in one small array indexed directly, which stays in
// cache. Templates over words are hashed into the move table.

// The sizes of the closed sets, with room to spare: 0 stands for no word
// and 1 for the root.
const (
	nP = 64 // Penn tags + 2
	nU = 32 // universal tags + 2
	nL = 64 // labels + 1
	nS = 48 // WordNet lexicographer files + 2
	nD = 8  // distances, valencies and comma counts
)

// denseLayout gives each dense template its place in the dense array.
type denseLayout struct {
	p1     [6]int // s0p b0p b1p b2p s1p s2p
	uu     [2]int // s0u b0u, s1u s0u
	pp     [4]int // s0p b0p, b0p b1p, s1p s0p, s1p b0p
	pd     [4]int // s0p d0, b0p d0, s1p d1, s0p d1
	ppd    [2]int // s0p b0p d0, s1p s0p d1
	ppc    [2]int // s0p b0p c0, s1p s0p c1
	pv     [5]int // s0p vr, s0p vl, b0p vl, s1p vr, s1p vl
	cp, cl [8]int // p and l of s0l s0r b0l s1l s1r s0l2 s0r2 b0l2
	ss     [2]int // ss s0 ss b0, ss s1 ss s0
	sp     [4]int // s0p ss b0, ss s0 b0p, s1p ss s0, ss s1 s0p
	size   int
}

var layout = func() (l denseLayout) {
	at := func(n int) int { b := l.size; l.size += n; return b }
	for i := range l.p1 {
		l.p1[i] = at(nP)
	}
	for i := range l.uu {
		l.uu[i] = at(nU * nU)
	}
	for i := range l.pp {
		l.pp[i] = at(nP * nP)
	}
	for i := range l.pd {
		l.pd[i] = at(nP * nD)
	}
	for i := range l.ppd {
		l.ppd[i] = at(nP * nP * nD)
	}
	for i := range l.ppc {
		l.ppc[i] = at(nP * nP * nD)
	}
	for i := range l.pv {
		l.pv[i] = at(nP * nD)
	}
	for i := range l.cp {
		l.cp[i] = at(nP)
		l.cl[i] = at(nL)
	}
	for i := range l.ss {
		l.ss[i] = at(nS * nS)
	}
	for i := range l.sp {
		l.sp[i] = at(nP * nS)
	}
	return l
}()

// denseBit marks a feature key that is an index into the dense array.
const denseBit = 1 << 63

func dk(i int) uint64 { return denseBit | uint64(i) }

// parseFeatures appends the features of a configuration, the dense ones
// first, and returns how many of them are dense.
func parseFeatures(dst []uint64, st *pstate) ([]uint64, int) {
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0, b1, b2 := st.buf(0), st.buf(1), st.buf(2)
	s0l, s0r := child(st.lc1, s0), child(st.rc1, s0)
	s0l2, s0r2 := child(st.lc2, s0), child(st.rc2, s0)
	s1l, s1r := child(st.lc1, s1), child(st.rc1, s1)
	s1r2 := child(st.rc2, s1)
	b0l, b0l2 := child(st.lc1, b0), child(st.lc2, b0)

	s0w, s0p, s0u := st.W(s0), st.P(s0), st.U(s0)
	s1w, s1p, s1u := st.W(s1), st.P(s1), st.U(s1)
	s2w, s2p := st.W(s2), st.P(s2)
	b0w, b0p, b0u := st.W(b0), st.P(b0), st.U(b0)
	b1w, b1p := st.W(b1), st.P(b1)
	b2w, b2p := st.W(b2), st.P(b2)
	d0 := dist(s0, b0)
	d1 := dist(s1, s0)
	c0 := st.between(s0, b0)
	c1 := st.between(s1, s0)
	s0s, s1s, b0s := st.S(s0), st.S(s1), st.S(b0)

	l := &layout
	p2 := func(base int, a, b uint64) uint64 { return dk(base + int(a)*nP + int(b)) }
	dst = append(dst,
		dk(l.p1[0]+int(s0p)), dk(l.p1[1]+int(b0p)), dk(l.p1[2]+int(b1p)),
		dk(l.p1[3]+int(b2p)), dk(l.p1[4]+int(s1p)), dk(l.p1[5]+int(s2p)),
		dk(l.uu[0]+int(s0u)*nU+int(b0u)), dk(l.uu[1]+int(s1u)*nU+int(s0u)),
		p2(l.pp[0], s0p, b0p), p2(l.pp[1], b0p, b1p), p2(l.pp[2], s1p, s0p), p2(l.pp[3], s1p, b0p),
		dk(l.pd[0]+int(s0p)*nD+int(d0)), dk(l.pd[1]+int(b0p)*nD+int(d0)),
		dk(l.pd[2]+int(s1p)*nD+int(d1)), dk(l.pd[3]+int(s0p)*nD+int(d1)),
		dk(l.ppd[0]+(int(s0p)*nP+int(b0p))*nD+int(d0)), dk(l.ppd[1]+(int(s1p)*nP+int(s0p))*nD+int(d1)),
		dk(l.ppc[0]+(int(s0p)*nP+int(b0p))*nD+int(c0)), dk(l.ppc[1]+(int(s1p)*nP+int(s0p))*nD+int(c1)),
		dk(l.pv[0]+int(s0p)*nD+int(st.vr(s0))), dk(l.pv[1]+int(s0p)*nD+int(st.vl(s0))),
		dk(l.pv[2]+int(b0p)*nD+int(st.vl(b0))), dk(l.pv[3]+int(s1p)*nD+int(st.vr(s1))),
		dk(l.pv[4]+int(s1p)*nD+int(st.vl(s1))),
	)
	for i, c := range [8]int32{s0l, s0r, b0l, s1l, s1r, s0l2, s0r2, b0l2} {
		dst = append(dst, dk(l.cp[i]+int(st.P(c))), dk(l.cl[i]+int(st.L(c))))
	}
	dst = append(dst,
		dk(l.ss[0]+int(s0s)*nS+int(b0s)), dk(l.ss[1]+int(s1s)*nS+int(s0s)),
		dk(l.sp[0]+int(s0p)*nS+int(b0s)), dk(l.sp[1]+int(b0p)*nS+int(s0s)),
		dk(l.sp[2]+int(s1p)*nS+int(s0s)), dk(l.sp[3]+int(s0p)*nS+int(s1s)),
	)
	nDense := len(dst)

	dst = append(dst,
		// single words
		f2(1000, s0w, s0p), f1(1001, s0w),
		f2(1003, b0w, b0p), f1(1004, b0w),
		f2(1006, b1w, b1p), f1(1007, b1w),
		f2(1009, b2w, b2p), f1(1010, b2w),
		f2(1012, s1w, s1p), f1(1013, s1w),
		f1(1015, s2w),

		// pairs of s0 and b0
		f4(1020, s0w, s0p, b0w, b0p), f3(1021, s0w, s0p, b0w), f3(1022, s0w, b0w, b0p),
		f3(1023, s0w, s0p, b0p), f3(1024, s0p, b0w, b0p), f2(1025, s0w, b0w),
		// pairs of s1 and s0
		f4(1030, s1w, s1p, s0w, s0p), f3(1031, s1w, s1p, s0w), f3(1032, s1w, s0w, s0p),
		f3(1033, s1w, s1p, s0p), f3(1034, s1p, s0w, s0p), f2(1035, s1w, s0w),
		f2(1038, s1w, b0w),

		// three words
		f3(1040, b0p, b1p, b2p), f3(1041, s0p, b0p, b1p), f3(1042, s1p, s0p, b0p),
		f3(1043, s0p, st.P(s0l), b0p), f3(1044, s0p, st.P(s0r), b0p), f3(1045, s0p, b0p, st.P(b0l)),
		f3(1046, s2p, s1p, s0p), f3(1047, s1p, st.P(s1r), s0p), f3(1048, s1p, s0p, st.P(s0l)),
		f3(1049, s1p, s0p, st.P(s0r)), f3(1050, s1p, st.P(s1l), s0p),

		// distance
		f2(1060, s0w, d0), f2(1062, b0w, d0), f3(1064, s0w, b0w, d0),
		f2(1066, s1w, d1), f2(1068, s0w, d1), f3(1070, s1w, s0w, d1),
		f4(1077, s1p, s0p, c1, d1),

		// valency
		f2(1080, s0w, st.vr(s0)), f2(1082, s0w, st.vl(s0)), f2(1084, b0w, st.vl(b0)),
		f2(1086, s1w, st.vr(s1)),

		// the outermost children's words
		f1(1090, st.W(s0l)), f1(1093, st.W(s0r)), f1(1096, st.W(b0l)),
		f1(1099, st.W(s1l)), f1(1102, st.W(s1r)),
		f1(1110, st.W(s0l2)), f1(1113, st.W(s0r2)), f1(1116, st.W(b0l2)),
		f3(1119, s0p, st.P(s0l), st.P(s0l2)), f3(1120, s0p, st.P(s0r), st.P(s0r2)),
		f3(1121, b0p, st.P(b0l), st.P(b0l2)), f3(1122, s1p, st.P(s1r), st.P(s1r2)),

		// label sets
		f2(1130, s0w, st.rset(s0)), f2(1131, s0p, st.rset(s0)), f2(1132, s0w, st.lset(s0)),
		f2(1133, s0p, st.lset(s0)), f2(1134, b0w, st.lset(b0)), f2(1135, b0p, st.lset(b0)),
		f2(1136, s1p, st.rset(s1)), f2(1137, s1p, st.lset(s1)),

		// supersenses with words
		f3(1140, s0s, b0w, b0p), f3(1141, s0w, s0p, b0s), f3(1142, s1s, s0w, s0p), f3(1143, s1w, s1p, s0s),
	)
	return dst, nDense
}

// labelFeatures appends the features that choose the label of an arc from
// h to d, made when d leaves the stack with all its dependents.
func labelFeatures(dst []uint64, st *pstate, h, d int32) []uint64 {
	dir := uint64(1)
	if d < h {
		dir = 2
	}
	hw, hp, hu := st.W(h), st.P(h), st.U(h)
	dw, dp, du := st.W(d), st.P(d), st.U(d)
	hs, ds := st.S(h), st.S(d)
	dl, dr := child(st.lc1, d), child(st.rc1, d)
	dd := dist(h, d)
	before, after := d-1, d+1
	if int(after) > st.n {
		after = none
	}
	dst = append(dst,
		f1(2000, dir),
		f2(2001, dir, hw), f2(2002, dir, hp), f2(2003, dir, dw), f2(2004, dir, dp),
		f3(2005, dir, hp, dp), f3(2006, dir, hw, dp), f3(2007, dir, hp, dw),
		f3(2008, dir, hw, dw), f4(2009, dir, hp, dp, dd), f3(2010, dir, hu, du),
		f3(2011, dir, dp, st.lset(d)), f3(2012, dir, dp, st.rset(d)),
		f3(2013, dir, hp, st.lset(h)), f3(2014, dir, hp, st.rset(h)),
		f3(2015, dir, st.W(dl), dp), f3(2016, dir, st.L(dl), dp), f3(2017, dir, st.W(dr), dp),
		f3(2018, dir, st.L(dr), dp), f4(2019, dir, st.W(dl), dp, hp),
		f3(2020, dir, st.P(before), dp), f3(2021, dir, dp, st.P(after)),
		f3(2022, dir, hp, st.P(h-1)), f4(2023, dir, dw, hp, dd),
		f4(2024, dir, dp, st.vl(d), st.vr(d)), f3(2025, dir, du, st.between(h, d)),
		f3(2026, dir, dw, st.W(h-1)), f4(2027, dir, hp, dp, st.lset(h)),
		f3(2028, dir, ds, dp), f3(2029, dir, hs, hp), f4(2030, dir, hs, ds, dp),
		f4(2031, dir, ds, hp, dd),
		f3(2032, dir, dw, dp), f3(2033, dir, st.W(dl), dw), f4(2034, dir, hp, dp, st.rset(d)),
		f3(2035, dir, hw, st.W(dl)), f4(2036, dir, hu, du, dd), f3(2037, dir, dp, st.W(after)),
	)
	return dst
}
