package syntax

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// The model file: a magic line, then the parts of the model in order, each
// a run of little-endian fields (see appendBinary and readModel). Tables
// are written as their features' keys and weights and rebuilt on load.

const modelMagic = "crosscheck syntax model 1\n"

// MarshalBinary writes the model in its file format.
func (m *Model) MarshalBinary() ([]byte, error) {
	if m.parser == nil || m.tagW == nil || m.lemmas == nil {
		return nil, errors.New("model is not complete")
	}
	b := []byte(modelMagic)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.tags)))
	for _, t := range m.tags {
		b = appendStr(b, t.UPOS)
		b = appendStr(b, t.XPOS)
	}
	b = m.lex.appendBinary(b)
	b = m.tagW.appendBinary(b)
	b = m.lemmas.appendBinary(b)
	b = m.parser.appendBinary(b)
	return b, nil
}

// Load reads a model written by MarshalBinary.
func Load(data []byte) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(modelMagic)) {
		return nil, errors.New("not a crosscheck syntax model")
	}
	r := &reader{b: data[len(modelMagic):]}
	m := &Model{}
	n := int(r.u32())
	if !r.has(n * 8) {
		return nil, errShort
	}
	m.tags = make([]tagClass, n)
	for i := range m.tags {
		m.tags[i] = tagClass{r.str(), r.str()}
	}
	var err error
	if m.lex, err = readLexicon(r); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	if m.tagW, err = readTable(r); err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if m.tagW.nclass != len(m.tags) {
		return nil, errors.New("tagger: classes do not match the tags")
	}
	if m.lemmas, err = readLemmatizer(r, m.lex); err != nil {
		return nil, fmt.Errorf("lemmatiser: %w", err)
	}
	if m.parser, err = readParser(r, m.tags); err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	m.parser.lex = m.lex
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%d bytes after the model", len(r.b))
	}
	return m, nil
}

// A lexicon is written as its entries in key order.
func (l *lexicon) appendBinary(b []byte) []byte {
	type kv struct {
		k uint64
		v wordInfo
	}
	var es []kv
	for i, k := range l.keys {
		if k != 0 {
			es = append(es, kv{k, l.vals[i]})
		}
	}
	slices.SortFunc(es, func(a, b kv) int {
		switch {
		case a.k < b.k:
			return -1
		case a.k > b.k:
			return 1
		}
		return 0
	})
	b = binary.LittleEndian.AppendUint32(b, uint32(len(es)))
	for _, e := range es {
		b = binary.LittleEndian.AppendUint64(b, e.k)
		b = binary.LittleEndian.AppendUint32(b, e.v.class)
		b = append(b, e.v.wn)
		b = binary.LittleEndian.AppendUint16(b, uint16(e.v.fixed))
		b = append(b, e.v.sense[:]...)
		b = binary.LittleEndian.AppendUint16(b, uint16(e.v.top))
	}
	return b
}

func readLexicon(r *reader) (*lexicon, error) {
	n := int(r.u32())
	if !r.has(n * 20) {
		return nil, errShort
	}
	words := make(map[uint64]wordInfo, n)
	for i := 0; i < n; i++ {
		k := r.u64()
		words[k] = wordInfo{class: r.u32(), wn: r.u8(), fixed: int16(r.u16()), sense: [3]uint8{r.u8(), r.u8(), r.u8()}, top: int16(r.u16())}
	}
	return newLexicon(words), r.err
}

func appendStrings(b []byte, ss []string) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(ss)))
	for _, s := range ss {
		b = appendStr(b, s)
	}
	return b
}

func readStrings(r *reader) []string {
	n := int(r.u32())
	if !r.has(n * 4) {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

// names returns the keys of a numbering, in number order.
func names(index map[string]int) []string {
	out := make([]string, len(index))
	for k, i := range index {
		out[i] = k
	}
	return out
}

func numbering(ss []string) map[string]int {
	m := make(map[string]int, len(ss))
	for i, s := range ss {
		m[s] = i
	}
	return m
}

func (l *lemmatizer) appendBinary(b []byte) []byte {
	b = appendStrings(b, names(l.xpos))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(l.rules)))
	for _, r := range l.rules {
		b = append(b, r.caseOp, r.strip)
		b = appendStr(b, r.add)
	}
	b = l.ruleIndex.appendBinary(b)
	b = l.exceptions.appendBinary(b)
	b = l.irregular.appendBinary(b)
	b = appendStrings(b, l.strings)
	b = append(b, l.caseOf...)
	b = append(b, l.caseOfLower...)
	return b
}

func readLemmatizer(r *reader, words *lexicon) (*lemmatizer, error) {
	l := &lemmatizer{words: words}
	xs := readStrings(r)
	l.xpos = numbering(xs)
	n := int(r.u32())
	if !r.has(n * 6) {
		return nil, errShort
	}
	l.rules = make([]lemmaRule, n)
	for i := range l.rules {
		l.rules[i] = lemmaRule{caseOp: r.u8(), strip: r.u8(), add: r.str()}
		if l.rules[i].caseOp > caseTitle {
			return nil, errors.New("bad rule")
		}
	}
	var err error
	if l.ruleIndex, err = readLexicon(r); err != nil {
		return nil, err
	}
	if l.exceptions, err = readLexicon(r); err != nil {
		return nil, err
	}
	if l.irregular, err = readLexicon(r); err != nil {
		return nil, err
	}
	l.strings = readStrings(r)
	if !r.has(2 * len(xs)) {
		return nil, errShort
	}
	l.caseOf = slices.Clone(r.b[:len(xs)])
	l.caseOfLower = slices.Clone(r.b[len(xs) : 2*len(xs)])
	r.b = r.b[2*len(xs):]
	for _, c := range append(slices.Clone(l.caseOf), l.caseOfLower...) {
		if c > caseTitle {
			return nil, errors.New("bad case")
		}
	}
	for _, lx := range []*lexicon{l.ruleIndex, l.exceptions, l.irregular} {
		for i, k := range lx.keys {
			if k == 0 {
				continue
			}
			limit := len(l.strings)
			if lx == l.ruleIndex {
				limit = len(l.rules)
			}
			if c := lx.vals[i].class; c == 0 || int(c) > limit {
				return nil, errors.New("entry out of range")
			}
		}
	}
	return l, r.err
}

func (pm *parserModel) appendBinary(b []byte) []byte {
	b = appendStrings(b, pm.labels)
	b = append(b, pm.rootLabel)
	for dir := range pm.fixedLabel {
		for hu := range pm.fixedLabel[dir] {
			b = append(b, pm.fixedLabel[dir][hu][:]...)
		}
	}
	b = pm.moves.appendBinary(b)
	b = pm.labelW.appendBinary(b)
	return b
}

func readParser(r *reader, tags []tagClass) (*parserModel, error) {
	pm := &parserModel{labels: readStrings(r), rootLabel: r.u8()}
	if r.err != nil {
		return nil, r.err
	}
	if len(pm.labels) == 0 || len(pm.labels) > 250 || pm.rootLabel == 0 || int(pm.rootLabel) > len(pm.labels) {
		return nil, errors.New("bad labels")
	}
	if !r.has(2 * nU * nU) {
		return nil, errShort
	}
	for dir := range pm.fixedLabel {
		for hu := range pm.fixedLabel[dir] {
			for du := range pm.fixedLabel[dir][hu] {
				l := r.u8()
				if int(l) > len(pm.labels) {
					return nil, errors.New("bad fixed label")
				}
				pm.fixedLabel[dir][hu][du] = l
			}
		}
	}
	pm.setTags(tags)
	if len(pm.xpos)+2 > nP || len(pm.upos)+2 > nU || len(pm.labels)+1 > nL {
		return nil, errors.New("more tags or labels than the dense sets hold")
	}
	var err error
	if pm.moves, err = readMoveTable(r); err != nil {
		return nil, err
	}
	if pm.labelW, err = readTable(r); err != nil {
		return nil, err
	}
	if pm.labelW.nclass != len(pm.labels)+1 {
		return nil, errors.New("tables do not match the moves and labels")
	}
	return pm, nil
}
