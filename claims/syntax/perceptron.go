package syntax

import (
	"cmp"
	"math"
	"slices"
)

// averaged is a multiclass averaged perceptron under training (Collins
// 2002), with sparse rows: a feature keeps weights only for the classes an
// update has touched. Averages are kept lazily (Daumé's trick): each
// weight remembers when it last changed and accumulates its value times
// the instances it stood for.
type averaged struct {
	nclass int
	index  map[uint64]int32
	rows   [][]apEntry
	now    int64 // instances seen
	// slot is, for a debugging report, the position in its feature list
	// of each row's feature (which template it comes from)
	slot []uint16
}

type apEntry struct {
	class uint16
	stamp int64
	w     float64
	total float64
}

func newAveraged(nclass int) *averaged {
	return &averaged{nclass: nclass, index: make(map[uint64]int32)}
}

// tick counts one training instance.
func (p *averaged) tick() { p.now++ }

// score adds the current weights of feats to scores.
func (p *averaged) score(feats []uint64, scores []float64) {
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			continue
		}
		for _, e := range p.rows[r] {
			scores[e.class] += e.w
		}
	}
}

// update moves the weights of feats towards truth and away from guess.
func (p *averaged) update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for j, f := range feats {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.rows))
			p.index[f] = r
			p.rows = append(p.rows, nil)
			p.slot = append(p.slot, uint16(j))
		}
		p.bump(r, truth, 1)
		p.bump(r, guess, -1)
	}
}

func (p *averaged) bump(r int32, class int, d float64) {
	row := p.rows[r]
	for i := range row {
		if int(row[i].class) == class {
			e := &row[i]
			e.total += float64(p.now-e.stamp) * e.w
			e.stamp = p.now
			e.w += d
			return
		}
	}
	p.rows[r] = append(row, apEntry{class: uint16(class), stamp: p.now, w: d})
}

// table returns the averaged weights as a compact table for inference.
func (p *averaged) table() *table { return p.weights().build() }

// weights returns the averaged weights on a 16-bit scale; weights that
// round to 0 are dropped, and features left with none. The result does not
// depend on map order: features are laid out in key order.
func (p *averaged) weights() *weightRows {
	type kv struct {
		key uint64
		row int32
	}
	keys := make([]kv, 0, len(p.index))
	for k, r := range p.index {
		keys = append(keys, kv{k, r})
	}
	slices.SortFunc(keys, func(a, b kv) int { return cmp.Compare(a.key, b.key) })
	now := float64(max(p.now, 1))
	avg := func(e apEntry) float64 { return (e.total + float64(p.now-e.stamp)*e.w) / now }
	big := 0.0
	for _, row := range p.rows {
		for _, e := range row {
			big = max(big, math.Abs(avg(e)))
		}
	}
	scale := 1.0
	if big > 0 {
		scale = 32767 / big
	}
	b := newWeightRows(p.nclass, len(keys))
	var (
		cls []uint8
		ws  []int16
	)
	for _, k := range keys {
		cls, ws = cls[:0], ws[:0]
		row := slices.Clone(p.rows[k.row])
		slices.SortFunc(row, func(a, b apEntry) int { return cmp.Compare(a.class, b.class) })
		for _, e := range row {
			q := math.Round(avg(e) * scale)
			if q != 0 {
				cls = append(cls, uint8(e.class))
				ws = append(ws, int16(max(-32767, min(32767, q))))
			}
		}
		b.add(k.key, cls, ws)
	}
	return b
}

// templateMass reports, for each position in the feature list, how many
// features it has and the sum of their largest averaged weights.
func (p *averaged) templateMass() (count []int, mass []float64) {
	now := float64(max(p.now, 1))
	for r, row := range p.rows {
		j := int(p.slot[r])
		for len(count) <= j {
			count, mass = append(count, 0), append(mass, 0)
		}
		big := 0.0
		for _, e := range row {
			big = max(big, math.Abs((e.total+float64(p.now-e.stamp)*e.w)/now))
		}
		count[j]++
		mass[j] += big
	}
	return count, mass
}
