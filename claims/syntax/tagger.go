package syntax

// The tagger is a greedy left-to-right averaged perceptron over joint
// classes of universal and Penn tags ("PROPN NNP", "AUX VBD"), with the
// features of Ratnaparkhi (1996) and Collins (2002) widened to two words
// either side: the word, its affixes and shape, the tags it had in
// training, its WordNet classes, the two tags before it, and for the words
// after it the tag each had most often in training, so that both sides of
// a word decide its tag in one pass.

// A tagClass is one joint tag.
type tagClass struct {
	UPOS, XPOS string
}

// tag numbers the templates of the tagger's features.
const (
	tBias uint64 = iota + 100
	tWord
	tForm
	tSuf
	tPre
	tShape
	tPrev
	tPrev2
	tPrevWord
	tWordM1
	tSufM1
	tWordM2
	tWordP1
	tSufP1
	tWordP2
	tBigramL
	tBigramR
	tWordNet
	tWordNetP1
	tWordNetM1
	tClass
	tClassP1
	tClassP2
	tPrevClassP1
	tFirst
	tShapeL
	tShapeR
	tPrevSuf
	tClassM1Class
	tPrevClass
	tSurround
	tPrevShape
	tSufP1Short
	tWordClassP1
	tPrev2Class
	tTopP1
	tTopP12
	tWordTopP1
	tPrevTopP1
	tTopM1TopP1
)

func atomAt(a []atoms, i int) *atoms {
	switch {
	case i < 0:
		return &padBefore
	case i >= len(a):
		return &padAfter
	}
	return &a[i]
}

// tagFeatures appends the features of word i, given the tags p1 and p2 of
// the two words before it (-1 before the first).
func tagFeatures(dst []uint64, a []atoms, i, p1, p2 int) []uint64 {
	w, m1, m2, n1, n2 := &a[i], atomAt(a, i-1), atomAt(a, i-2), atomAt(a, i+1), atomAt(a, i+2)
	t1, t2 := uint64(p1+2), uint64(p2+2)
	initial := uint64(0)
	if i == 0 {
		initial = 1
	}
	dst = append(dst,
		f1(tBias, 0),
		f1(tWord, w.lower),
		f1(tForm, w.form),
		f1(tSuf, w.suf[0]), f1(tSuf, w.suf[1]), f1(tSuf, w.suf[2]), f1(tSuf, w.suf[3]),
		f1(tPre, w.pre[0]), f1(tPre, w.pre[1]), f1(tPre, w.pre[2]),
		f1(tShape, w.shape),
		f1(tPrev, t1),
		f2(tPrev2, t1, t2),
		f2(tPrevWord, t1, w.lower),
		f1(tWordM1, m1.lower),
		f1(tSufM1, m1.suf[2]),
		f1(tWordM2, m2.lower),
		f1(tWordP1, n1.lower),
		f1(tSufP1, n1.suf[2]),
		f1(tWordP2, n2.lower),
		f2(tBigramL, m1.lower, w.lower),
		f2(tBigramR, w.lower, n1.lower),
		f1(tWordNet, w.wn),
		f1(tWordNetP1, n1.wn),
		f1(tWordNetM1, m1.wn),
		f1(tClass, w.class),
		f1(tClassP1, n1.class),
		f1(tClassP2, n2.class),
		f2(tPrevClassP1, t1, n1.class),
		f2(tFirst, initial, w.shape),
		f2(tShapeL, m1.shape, w.shape),
		f2(tShapeR, w.shape, n1.shape),
		f2(tPrevSuf, t1, w.suf[2]),
		f3(tClassM1Class, m1.class, w.class, n1.class),
		f2(tPrevClass, t1, w.class),
		f2(tSurround, m1.lower, n1.lower),
		f2(tPrevShape, t1, w.shape),
		f1(tSufP1Short, n1.suf[1]),
		f2(tWordClassP1, w.lower, n1.class),
		f3(tPrev2Class, t1, t2, w.class),
		f1(tTopP1, n1.top),
		f2(tTopP12, n1.top, n2.top),
		f2(tWordTopP1, w.lower, n1.top),
		f2(tPrevTopP1, t1, n1.top),
		f3(tTopM1TopP1, t1, w.class, n1.top),
	)
	return dst
}

// tagSentence tags the words greedily from left to right.
func (m *Model) tagSentence(a []atoms, tags []int, feats []uint64, scores []int32) []uint64 {
	p1, p2 := -1, -1
	for i := range a {
		t := int(a[i].fixed)
		if t < 0 {
			feats = tagFeatures(feats[:0], a, i, p1, p2)
			clear(scores)
			m.tagW.score(feats, scores)
			t = argmax(scores)
		}
		tags[i] = t
		p1, p2 = t, p1
	}
	return feats
}

func argmax(s []int32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}
