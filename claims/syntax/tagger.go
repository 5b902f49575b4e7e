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

// tagSentence tags the words greedily from left to right. A sentence of
// four words or more left with no verb is one the greedy pass misread
// ("Ann Lee lost consciousness." with "lost" as an adjective): if it ends
// with a full stop, the word after a noun or pronoun that came nearest to
// a finite verb tag, within repairGap, is given it, and the words after
// it are tagged again.
func (m *Model) tagSentence(a []atoms, tags []int, feats []uint64, scores []int32) []uint64 {
	feats = m.tagFrom(a, tags, feats, scores, 0)
	if len(a) < 4 || m.hasVerb(tags) {
		return feats
	}
	var finite [8]int
	fs := finite[:0]
	for i, t := range m.tags {
		if (t.UPOS == "VERB" || t.UPOS == "AUX") && (t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP") && len(fs) < len(finite) {
			fs = append(fs, i)
		}
	}
	best, bestTag, bestGap := -1, 0, int32(0)
	for i := 1; i < len(a); i++ {
		if a[i].fixed >= 0 {
			continue
		}
		switch m.tags[tags[i-1]].UPOS {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		p1, p2 := tags[i-1], -1
		if i > 1 {
			p2 = tags[i-2]
		}
		feats = tagFeatures(feats[:0], a, i, p1, p2)
		clear(scores)
		m.tagW.score(feats, scores)
		top := scores[argmax(scores)]
		for _, f := range fs {
			if gap := top - scores[f]; best < 0 || gap < bestGap {
				best, bestTag, bestGap = i, f, gap
			}
		}
	}
	if best < 0 || bestGap > repairGap || m.tags[tags[len(tags)-1]].XPOS != "." {
		return feats
	}
	tags[best] = bestTag
	return m.tagFrom(a, tags, feats, scores, best+1)
}

// tagFrom tags the words from the one at index from on, greedily.
func (m *Model) tagFrom(a []atoms, tags []int, feats []uint64, scores []int32, from int) []uint64 {
	p1, p2 := -1, -1
	if from > 0 {
		p1 = tags[from-1]
	}
	if from > 1 {
		p2 = tags[from-2]
	}
	for i := from; i < len(a); i++ {
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

// repairGap is how far below the best tag a finite verb tag may score
// and still be given to a word of a verbless sentence: measured on the
// dev set of EWT and on PUD, 10,000 repairs sentences of news and leaves
// alone the fragments of web text, most of EWT's verbless sentences.
const repairGap = 10000

// hasVerb reports whether any tag is a verb or an auxiliary.
func (m *Model) hasVerb(tags []int) bool {
	for _, t := range tags {
		if u := m.tags[t].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
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
