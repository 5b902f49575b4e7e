package syntax

// parseFeatures appends the features of a configuration: words (w),
// Penn tags (p), universal tags (u), labels (l), distances (d), valencies
// (v) and label sets of the top three words of the stack (s0, s1, s2), the
// first three of the buffer (b0, b1, b2), and their outermost children
// (s0l: leftmost, s0r: rightmost, s0l2: second leftmost, …), in the
// templates of Zhang and Nivre (2011) carried over to the arc-hybrid
// system, where the stack's top two words are what a RIGHT joins.
func parseFeatures(dst []uint64, st *pstate) []uint64 {
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

	dst = append(dst,
		// single words
		f2(1000, s0w, s0p), f1(1001, s0w), f1(1002, s0p),
		f2(1003, b0w, b0p), f1(1004, b0w), f1(1005, b0p),
		f2(1006, b1w, b1p), f1(1007, b1w), f1(1008, b1p),
		f2(1009, b2w, b2p), f1(1010, b2w), f1(1011, b2p),
		f2(1012, s1w, s1p), f1(1013, s1w), f1(1014, s1p),
		f1(1015, s2w), f1(1016, s2p),
		f2(1017, s0u, b0u), f2(1018, s1u, s0u),

		// pairs of s0 and b0
		f4(1020, s0w, s0p, b0w, b0p), f3(1021, s0w, s0p, b0w), f3(1022, s0w, b0w, b0p),
		f3(1023, s0w, s0p, b0p), f3(1024, s0p, b0w, b0p), f2(1025, s0w, b0w),
		f2(1026, s0p, b0p), f2(1027, b0p, b1p),
		// pairs of s1 and s0
		f4(1030, s1w, s1p, s0w, s0p), f3(1031, s1w, s1p, s0w), f3(1032, s1w, s0w, s0p),
		f3(1033, s1w, s1p, s0p), f3(1034, s1p, s0w, s0p), f2(1035, s1w, s0w),
		f2(1036, s1p, s0p), f2(1037, s1p, b0p), f2(1038, s1w, b0w),

		// three words
		f3(1040, b0p, b1p, b2p), f3(1041, s0p, b0p, b1p), f3(1042, s1p, s0p, b0p),
		f3(1043, s0p, st.P(s0l), b0p), f3(1044, s0p, st.P(s0r), b0p), f3(1045, s0p, b0p, st.P(b0l)),
		f3(1046, s2p, s1p, s0p), f3(1047, s1p, st.P(s1r), s0p), f3(1048, s1p, s0p, st.P(s0l)),
		f3(1049, s1p, s0p, st.P(s0r)), f3(1050, s1p, st.P(s1l), s0p),

		// distance
		f2(1060, s0w, d0), f2(1061, s0p, d0), f2(1062, b0w, d0), f2(1063, b0p, d0),
		f3(1064, s0w, b0w, d0), f3(1065, s0p, b0p, d0),
		f2(1066, s1w, d1), f2(1067, s1p, d1), f2(1068, s0w, d1), f2(1069, s0p, d1),
		f3(1070, s1w, s0w, d1), f3(1071, s1p, s0p, d1),

		// commas between
		f3(1075, s0p, b0p, c0), f3(1076, s1p, s0p, c1), f4(1077, s1p, s0p, c1, d1),

		// valency
		f2(1080, s0w, st.vr(s0)), f2(1081, s0p, st.vr(s0)), f2(1082, s0w, st.vl(s0)),
		f2(1083, s0p, st.vl(s0)), f2(1084, b0w, st.vl(b0)), f2(1085, b0p, st.vl(b0)),
		f2(1086, s1w, st.vr(s1)), f2(1087, s1p, st.vr(s1)), f2(1088, s1p, st.vl(s1)),

		// the outermost children
		f1(1090, st.W(s0l)), f1(1091, st.P(s0l)), f1(1092, st.L(s0l)),
		f1(1093, st.W(s0r)), f1(1094, st.P(s0r)), f1(1095, st.L(s0r)),
		f1(1096, st.W(b0l)), f1(1097, st.P(b0l)), f1(1098, st.L(b0l)),
		f1(1099, st.W(s1l)), f1(1100, st.P(s1l)), f1(1101, st.L(s1l)),
		f1(1102, st.W(s1r)), f1(1103, st.P(s1r)), f1(1104, st.L(s1r)),

		// third order
		f1(1110, st.W(s0l2)), f1(1111, st.P(s0l2)), f1(1112, st.L(s0l2)),
		f1(1113, st.W(s0r2)), f1(1114, st.P(s0r2)), f1(1115, st.L(s0r2)),
		f1(1116, st.W(b0l2)), f1(1117, st.P(b0l2)), f1(1118, st.L(b0l2)),
		f3(1119, s0p, st.P(s0l), st.P(s0l2)), f3(1120, s0p, st.P(s0r), st.P(s0r2)),
		f3(1121, b0p, st.P(b0l), st.P(b0l2)), f3(1122, s1p, st.P(s1r), st.P(s1r2)),

		// label sets
		f2(1130, s0w, st.rset(s0)), f2(1131, s0p, st.rset(s0)), f2(1132, s0w, st.lset(s0)),
		f2(1133, s0p, st.lset(s0)), f2(1134, b0w, st.lset(b0)), f2(1135, b0p, st.lset(b0)),
		f2(1136, s1p, st.rset(s1)), f2(1137, s1p, st.lset(s1)),
	)
	return dst
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
	)
	return dst
}
