package syntax

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// A table holds a trained linear model for inference: for each feature
// key, the weights of the classes it speaks for. It is an open-addressing
// hash table of 32-bit fingerprints pointing into flat arrays of classes
// and weights, so that a lookup touches two or three cache lines and
// scoring allocates nothing. Weights are 16-bit integers on one scale per
// table: only the order of scores matters, and half the bytes keep more of
// the table in cache.
type table struct {
	nclass int
	mask   uint32
	slots  []slot
	cls    []uint8
	w      []int16
}

// A slot holds a feature's fingerprint (0 for an empty slot) and where its
// weights start (high 25 bits) and how many there are (low 7 bits).
type slot struct {
	fp, pos uint32
}

const rowBits = 7

func fingerprint(key uint64) uint32 { return uint32(key>>32) | 1 }

// score adds the weights of feats to scores, one per class. The lookups
// are made in three sweeps, each of independent loads, so that the
// processor overlaps their cache misses instead of waiting on each in
// turn: the first reads every feature's home slot, the second resolves
// the rows, the third adds them up.
func (t *table) score(feats []uint64, scores []int32) {
	if len(t.slots) == 0 {
		return
	}
	var buf [160]slot
	var home []slot
	if len(feats) <= len(buf) {
		home = buf[:len(feats)]
	} else {
		home = make([]slot, len(feats))
	}
	for j, f := range feats {
		home[j] = t.slots[uint32(f)&t.mask]
	}
	for j, f := range feats {
		fp := fingerprint(f)
		s := home[j]
		if s.fp != fp && s.fp != 0 {
			for i := (uint32(f) + 1) & t.mask; ; i = (i + 1) & t.mask {
				s = t.slots[i]
				if s.fp == fp || s.fp == 0 {
					break
				}
			}
		}
		if s.fp != fp {
			s.pos = 0
		}
		home[j] = s
	}
	for _, s := range home {
		start, n := s.pos>>rowBits, s.pos&(1<<rowBits-1)
		w := t.w[start : start+n]
		for i, c := range t.cls[start : start+n] {
			scores[c] += int32(w[i])
		}
	}
}

// features returns how many features the table holds.
func (t *table) features() int {
	n := 0
	for _, s := range t.slots {
		if s.fp != 0 {
			n++
		}
	}
	return n
}

// weightRows are a table's features before they are laid out: keys in
// order, each with its row of classes and weights.
type weightRows struct {
	nclass int
	keys   []uint64
	start  []uint32 // row i is start[i]..start[i+1] of cls and w
	cls    []uint8
	w      []int16
}

func newWeightRows(nclass, n int) *weightRows {
	return &weightRows{nclass: nclass, keys: make([]uint64, 0, n), start: make([]uint32, 1, n+1)}
}

// add appends a feature's row; a row with no weight is dropped, and a row
// of more weights than a slot can count keeps the largest.
func (b *weightRows) add(key uint64, cls []uint8, w []int16) {
	for len(cls) >= 1<<rowBits {
		small := 0
		for i := range w {
			if abs16(w[i]) < abs16(w[small]) {
				small = i
			}
		}
		cls = append(cls[:small:small], cls[small+1:]...)
		w = append(w[:small:small], w[small+1:]...)
	}
	if len(cls) == 0 {
		return
	}
	b.cls = append(b.cls, cls...)
	b.w = append(b.w, w...)
	b.keys = append(b.keys, key)
	b.start = append(b.start, uint32(len(b.cls)))
}

func abs16(v int16) int32 {
	if v < 0 {
		return -int32(v)
	}
	return int32(v)
}

// pruned returns the rows without the hashed features whose weights are
// all smaller in magnitude than minAbs; dense features cost nothing to
// keep.
func (b *weightRows) pruned(minAbs int32) *weightRows {
	out := newWeightRows(b.nclass, len(b.keys))
	for i, k := range b.keys {
		cls, w := b.cls[b.start[i]:b.start[i+1]], b.w[b.start[i]:b.start[i+1]]
		for _, v := range w {
			if k&denseBit != 0 || abs16(v) >= minAbs {
				out.add(k, cls, w)
				break
			}
		}
	}
	return out
}

// build lays the rows out as a table at most half full.
func (b *weightRows) build() *table {
	size := uint32(16)
	for size < uint32(len(b.keys))*2 {
		size *= 2
	}
	t := &table{nclass: b.nclass, mask: size - 1, slots: make([]slot, size), cls: b.cls, w: b.w}
	for i, k := range b.keys {
		j := uint32(k) & t.mask
		for t.slots[j].fp != 0 {
			j = (j + 1) & t.mask
		}
		n := b.start[i+1] - b.start[i]
		t.slots[j] = slot{fingerprint(k), b.start[i]<<rowBits | n}
	}
	return t
}

// A table is written as the number of classes and of slots, then each
// filled slot in order: the gap from the last filled slot, the
// fingerprint, the row's length, its classes and its weights. Loading
// puts every slot back where it was.
func (t *table) appendBinary(dst []byte) []byte {
	dst = binary.LittleEndian.AppendUint32(dst, uint32(t.nclass))
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(t.slots)))
	dst = binary.LittleEndian.AppendUint32(dst, uint32(t.features()))
	last := -1
	for i, s := range t.slots {
		if s.fp == 0 {
			continue
		}
		dst = binary.AppendUvarint(dst, uint64(i-last))
		last = i
		dst = binary.LittleEndian.AppendUint32(dst, s.fp)
		start, n := s.pos>>rowBits, s.pos&(1<<rowBits-1)
		dst = append(dst, byte(n))
		dst = append(dst, t.cls[start:start+n]...)
		for _, w := range t.w[start : start+n] {
			dst = binary.LittleEndian.AppendUint16(dst, uint16(w))
		}
	}
	return dst
}

var errShort = errors.New("model file ends early")

func readTable(r *reader) (*table, error) {
	t := &table{nclass: int(r.u32())}
	size, n := r.u32(), int(r.u32())
	if size == 0 || size&(size-1) != 0 || uint32(n) > size {
		return nil, fmt.Errorf("table of %d features in %d slots", n, size)
	}
	if t.nclass > 256 {
		return nil, fmt.Errorf("table of %d classes", t.nclass)
	}
	if !r.has(n * 6) {
		return nil, errShort
	}
	t.slots = make([]slot, size)
	t.mask = size - 1
	t.cls = make([]uint8, 0, n*2)
	t.w = make([]int16, 0, n*2)
	at := -1
	for k := 0; k < n; k++ {
		gap := r.uvarint()
		at += int(gap)
		if gap == 0 || at >= int(size) {
			return nil, errors.New("table slot out of order")
		}
		fp := r.u32()
		m := int(r.u8())
		if fp == 0 || m == 0 || m >= 1<<rowBits || !r.has(m*3) {
			return nil, errors.New("bad table row")
		}
		start := uint32(len(t.cls))
		for j := 0; j < m; j++ {
			c := r.u8()
			if int(c) >= t.nclass {
				return nil, fmt.Errorf("class %d of %d", c, t.nclass)
			}
			t.cls = append(t.cls, c)
		}
		for j := 0; j < m; j++ {
			t.w = append(t.w, int16(r.u16()))
		}
		t.slots[at] = slot{fp, start<<rowBits | uint32(m)}
	}
	return t, r.err
}

// reader decodes the model's little-endian fields, remembering the first
// error so that callers check once.
type reader struct {
	b   []byte
	err error
}

func (r *reader) has(n int) bool {
	if r.err != nil || n < 0 || len(r.b) < n {
		r.err = errShort
		return false
	}
	return true
}

func (r *reader) u64() uint64 {
	if !r.has(8) {
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

func (r *reader) u32() uint32 {
	if !r.has(4) {
		return 0
	}
	v := binary.LittleEndian.Uint32(r.b)
	r.b = r.b[4:]
	return v
}

func (r *reader) u16() uint16 {
	if !r.has(2) {
		return 0
	}
	v := binary.LittleEndian.Uint16(r.b)
	r.b = r.b[2:]
	return v
}

func (r *reader) u8() uint8 {
	if !r.has(1) {
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errShort
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) str() string {
	n := int(r.u32())
	if !r.has(n) {
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func appendStr(dst []byte, s string) []byte {
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(s)))
	return append(dst, s...)
}
