package syntax

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// A moveTable is a table for the parser's three moves with each feature's
// weights held in its slot: one load per feature, where a table of rows
// needs two in a chain.
type moveTable struct {
	mask  uint32
	slots []mslot
	dense [][nMoves]int16 // the dense templates' weights, by index
}

type mslot struct {
	fp uint32
	w  [nMoves]int16
}

func newMoveTable(b *weightRows) *moveTable {
	hashed := 0
	for _, k := range b.keys {
		if k&denseBit == 0 {
			hashed++
		}
	}
	size := uint32(16)
	for size < uint32(hashed)*2 {
		size *= 2
	}
	t := &moveTable{mask: size - 1, slots: make([]mslot, size), dense: make([][nMoves]int16, layout.size)}
	for i, k := range b.keys {
		if k&denseBit != 0 {
			for x := b.start[i]; x < b.start[i+1]; x++ {
				t.dense[k&^denseBit][b.cls[x]] = b.w[x]
			}
			continue
		}
		j := uint32(k) & t.mask
		for t.slots[j].fp != 0 {
			j = (j + 1) & t.mask
		}
		s := mslot{fp: fingerprint(k)}
		for x := b.start[i]; x < b.start[i+1]; x++ {
			s.w[b.cls[x]] = b.w[x]
		}
		t.slots[j] = s
	}
	return t
}

// score adds the weights of feats to the moves' scores: the first nDense
// from the dense array, the others in two sweeps of independent loads
// (see table.score).
func (t *moveTable) score(feats []uint64, nDense int, sc *[nMoves]int32) {
	for _, f := range feats[:nDense] {
		w := &t.dense[f&^denseBit]
		sc[0] += int32(w[0])
		sc[1] += int32(w[1])
		sc[2] += int32(w[2])
	}
	feats = feats[nDense:]
	var buf [160]mslot
	var home []mslot
	if len(feats) <= len(buf) {
		home = buf[:len(feats)]
	} else {
		home = make([]mslot, len(feats))
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
		if s.fp == fp {
			sc[0] += int32(s.w[0])
			sc[1] += int32(s.w[1])
			sc[2] += int32(s.w[2])
		}
	}
}

func (t *moveTable) hashed() int {
	n := 0
	for _, s := range t.slots {
		if s.fp != 0 {
			n++
		}
	}
	return n
}

// A move table is written as its dense weights (their number, then the
// gap from the last nonzero index and the three weights of each), then its
// number of slots and of features and each filled slot: the gap from the
// last, the fingerprint and the three weights.
func (t *moveTable) appendBinary(dst []byte) []byte {
	nz := 0
	for _, w := range t.dense {
		if w != [nMoves]int16{} {
			nz++
		}
	}
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(t.dense)))
	dst = binary.LittleEndian.AppendUint32(dst, uint32(nz))
	last := -1
	for i, w := range t.dense {
		if w == [nMoves]int16{} {
			continue
		}
		dst = binary.AppendUvarint(dst, uint64(i-last))
		last = i
		for _, v := range w {
			dst = binary.LittleEndian.AppendUint16(dst, uint16(v))
		}
	}
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(t.slots)))
	dst = binary.LittleEndian.AppendUint32(dst, uint32(t.hashed()))
	last = -1
	for i, s := range t.slots {
		if s.fp == 0 {
			continue
		}
		dst = binary.AppendUvarint(dst, uint64(i-last))
		last = i
		dst = binary.LittleEndian.AppendUint32(dst, s.fp)
		for _, w := range s.w {
			dst = binary.LittleEndian.AppendUint16(dst, uint16(w))
		}
	}
	return dst
}

func readMoveTable(r *reader) (*moveTable, error) {
	nd, nz := int(r.u32()), int(r.u32())
	if nd != layout.size || nz > nd || !r.has(nz*7) {
		return nil, fmt.Errorf("dense weights of %d entries, want %d", nd, layout.size)
	}
	dense := make([][nMoves]int16, nd)
	at := -1
	for k := 0; k < nz; k++ {
		gap := r.uvarint()
		at += int(gap)
		if gap == 0 || at >= nd {
			return nil, errors.New("dense weight out of order")
		}
		for j := range dense[at] {
			dense[at][j] = int16(r.u16())
		}
	}
	size, n := r.u32(), int(r.u32())
	if size == 0 || size&(size-1) != 0 || uint32(n) > size {
		return nil, fmt.Errorf("move table of %d features in %d slots", n, size)
	}
	if !r.has(n * 11) {
		return nil, errShort
	}
	t := &moveTable{mask: size - 1, slots: make([]mslot, size), dense: dense}
	at = -1
	for k := 0; k < n; k++ {
		gap := r.uvarint()
		at += int(gap)
		if gap == 0 || at >= int(size) {
			return nil, errors.New("move table slot out of order")
		}
		s := mslot{fp: r.u32()}
		if s.fp == 0 {
			return nil, errors.New("empty move table slot")
		}
		for j := range s.w {
			s.w[j] = int16(r.u16())
		}
		t.slots[at] = s
	}
	return t, r.err
}
