package compare

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/value"
)

// The values of one slot are split into sides: sets of values that can all
// be true together. Two values are set against each other only when they
// cannot both be true (pairwise, never through a chain of agreements), so a
// vague value ("at least one") agrees with each exact one without joining
// "5" and "24" into one side. Counts and resolved dates are intervals of a
// line: their sides come from one sort and a sweep (every interval of a side
// holds the side's first upper bound), so a slot of n values costs
// O(n log n), never n² comparisons. Clock times and dates without a year are
// compared pair by pair with the value package's verdict, over their
// distinct wordings, which a slot holds few of.

// readKind is how a value of a slot is compared.
type readKind int8

const (
	readUnknown  readKind = iota // not readable or comparable: agrees with anything
	readInterval                 // an interval of its domain: agrees with what it overlaps
	readPoint                    // compared one pair at a time with value's verdict
)

// parsed is a claim value read once from its text.
type parsed struct {
	ok    bool
	num   value.Number
	date  value.Date
	clock value.Clock
}

// reading is one distinct value of a slot, ready to compare.
type reading struct {
	kind   readKind
	typ    claims.ValueType
	domain string  // intervals of different domains never meet nor clash
	lo, hi float64 // the interval, in the domain's unit
	p      parsed
}

// width orders the readings of a side from the most precise.
func (r reading) width() float64 {
	switch r.kind {
	case readInterval:
		return r.hi - r.lo
	case readPoint:
		if r.typ == claims.TimeValue {
			return float64(r.p.clock.Prec)
		}
		return 1e9 // a date the article does not pin down
	}
	return math.Inf(1)
}

// side is a set of a slot's claims whose values can all be true.
type side struct {
	items []item
	show  string // the most precise wording of the side
	// bridge are the claims, kept on the first side, whose values agree
	// with every value of more than one side ("at least one" beside "5"
	// and "24"): they back no side against another
	bridge []item
}

// convertSlack widens an exact number converted from another unit: the
// writer rounded the conversion ("100 km (60 miles)").
const convertSlack = 0.05

// valueKey identifies a value as far as comparing it goes: its text and
// unit, and for a date the day it is read against.
func (b *builder) valueKey(it item) string {
	v := it.c.Value
	k := string(v.Type) + "\x00" + v.Text + "\x00" + v.Unit
	if v.Type == claims.DateValue {
		k += "\x00" + b.published(it).Format(time.DateOnly)
	}
	return k
}

// parse reads a claim's value from its text once per distinct key.
func (b *builder) parse(key string, it item) parsed {
	if p, ok := b.parsed[key]; ok {
		return p
	}
	var p parsed
	v := it.c.Value
	switch v.Type {
	case claims.NumberValue:
		p.num, p.ok = numberOf(v)
	case claims.DateValue:
		p.date, p.ok = firstDate(v.Text, b.published(it))
	case claims.TimeValue:
		if ts := value.FindTimes(v.Text); len(ts) > 0 {
			p.clock, p.ok = ts[0].Clock, true
		}
	}
	if b.parsed == nil {
		b.parsed = map[string]parsed{}
	}
	b.parsed[key] = p
	return p
}

// readings reads the distinct values of a slot, keyed as keys.
func (b *builder) readings(keys []string, first []item) []reading {
	ps := make([]parsed, len(keys))
	units := map[string]int{}
	ref, most := "", 0
	for i, k := range keys {
		ps[i] = b.parse(k, first[i])
		if u := ps[i].num.Unit; ps[i].ok && u != "" {
			if units[u]++; units[u] > most {
				ref, most = u, units[u]
			}
		}
	}
	rs := make([]reading, len(keys))
	for i, p := range ps {
		rs[i] = readingOf(first[i].c.Value.Type, p, ref)
	}
	return rs
}

// readingOf places one parsed value: numbers in the slot's most common
// unit, resolved dates as days; the rest compared pair by pair.
func readingOf(t claims.ValueType, p parsed, ref string) reading {
	r := reading{typ: t, p: p}
	if !p.ok {
		return r
	}
	switch t {
	case claims.NumberValue:
		r.kind, r.domain = readInterval, "count"
		if p.num.Ordinal {
			r.domain = "rank"
		}
		n, slack := p.num, 0.0
		if n.Unit != "" && n.Unit != ref {
			if c, ok := value.Convert(n, ref); ok {
				n = c
				if !n.Approx {
					slack = convertSlack
				}
			} else {
				r.domain += " " + n.Unit
			}
		}
		r.lo, r.hi = n.Bounds()
		r.lo -= slack * math.Abs(r.lo)
		if !math.IsInf(r.hi, 1) {
			r.hi += slack * math.Abs(r.hi)
		}
	case claims.DateValue:
		if first, last, ok := p.date.DayRange(); ok {
			r.kind, r.domain, r.lo, r.hi = readInterval, "day", float64(first), float64(last)
		} else if !p.date.Anchored {
			r.kind = readPoint
		}
	case claims.TimeValue:
		r.kind = readPoint
	}
	return r
}

// agree reports whether two readings can both be true.
func agree(x, y reading) bool {
	if x.kind == readUnknown || y.kind == readUnknown {
		return true
	}
	if x.kind == readInterval && y.kind == readInterval {
		return x.domain != y.domain || x.lo <= y.hi && y.lo <= x.hi
	}
	switch x.typ {
	case claims.DateValue:
		return value.CompareDates(x.p.date, y.p.date) != value.Conflict
	case claims.TimeValue:
		return value.CompareTimes(x.p.clock, y.p.clock, value.UnknownOffset) != value.Conflict
	}
	return true
}

// slotValues are the distinct values of a slot's items.
type slotValues struct {
	keys  []string
	of    []int     // per item: its key
	rs    []reading // per key
	first []item    // per key: its first item
}

func (b *builder) values(items []item) slotValues {
	var sv slotValues
	index := map[string]int{}
	sv.of = make([]int, len(items))
	for i, it := range items {
		k := b.valueKey(it)
		ki, ok := index[k]
		if !ok {
			ki = len(sv.keys)
			index[k] = ki
			sv.keys = append(sv.keys, k)
			sv.first = append(sv.first, it)
		}
		sv.of[i] = ki
	}
	sv.rs = b.readings(sv.keys, sv.first)
	return sv
}

// sides splits a slot's items into sides, in the order of their first
// item; one side means every pair of values can both be true. When there
// are several, the values that agree with more than one side in full back
// none of them: they are set apart on the first side's bridge.
func (b *builder) sides(items []item) []side {
	if len(items) == 0 {
		return nil
	}
	sv := b.values(items)
	sideOf := assignSides(sv.rs)
	n := slices.Max(sideOf) + 1
	bridging := make([]bool, len(sv.rs))
	if n > 1 {
		bridging = bridges(sv.rs, sideOf, n)
	}
	out := make([]side, n)
	order := make([]int, 0, n) // sides in the order of their first item
	best := make([]int, n)     // per side: its most precise key
	for i := range best {
		best[i] = -1
	}
	var bridge []item
	for i, it := range items {
		k := sv.of[i]
		if bridging[k] {
			bridge = append(bridge, it)
			continue
		}
		s := sideOf[k]
		if len(out[s].items) == 0 {
			order = append(order, s)
		}
		out[s].items = append(out[s].items, it)
		if best[s] < 0 || sv.rs[k].width() < sv.rs[best[s]].width() {
			best[s] = k
		}
	}
	sorted := make([]side, 0, n)
	for _, s := range order {
		out[s].show = sv.first[best[s]].c.Value.Text
		sorted = append(sorted, out[s])
	}
	sorted[0].bridge = bridge
	return sorted
}

// bridges marks the readings that agree with every reading of two sides
// or more. An interval agrees with all of a side's intervals when it meets
// the side's core (the span every one of them holds; the cores of a
// domain are disjoint and in order, so a binary search counts them); a
// point or an unknown value is checked against the sides' readings.
func bridges(rs []reading, sideOf []int, n int) []bool {
	type core struct{ lo, hi float64 }
	cores := map[string][]core{} // per domain, per side: the common span
	members := make([][]int, n)
	for i, r := range rs {
		members[sideOf[i]] = append(members[sideOf[i]], i)
		if r.kind != readInterval {
			continue
		}
		cs := cores[r.domain]
		for len(cs) <= sideOf[i] {
			cs = append(cs, core{math.Inf(-1), math.Inf(1)})
		}
		c := &cs[sideOf[i]]
		c.lo, c.hi = max(c.lo, r.lo), min(c.hi, r.hi)
		cores[r.domain] = cs
	}
	out := make([]bool, len(rs))
	for i, r := range rs {
		switch r.kind {
		case readInterval:
			cs := cores[r.domain]
			first := sort.Search(len(cs), func(k int) bool { return cs[k].hi >= r.lo })
			out[i] = first+1 < len(cs) && cs[first+1].lo <= r.hi
		default:
			agreed := 0
			for s := 0; s < n && agreed < 2; s++ {
				if !slices.ContainsFunc(members[s], func(m int) bool { return m != i && !agree(r, rs[m]) }) {
					agreed++
				}
			}
			out[i] = agreed >= 2
		}
	}
	return out
}

// assignSides gives every reading a side: per domain, the intervals
// sorted by upper bound open a side whenever one starts after the side's
// first upper bound (side k of every domain is one side, for values of two
// domains never clash); each point value then joins the first side it
// agrees with in full, or opens one; an unknown value joins the first.
func assignSides(rs []reading) []int {
	sideOf := make([]int, len(rs))
	var domains []string
	byDomain := map[string][]int{}
	for i, r := range rs {
		if r.kind == readInterval {
			if _, ok := byDomain[r.domain]; !ok {
				domains = append(domains, r.domain)
			}
			byDomain[r.domain] = append(byDomain[r.domain], i)
		}
	}
	var members [][]int // per side: its readings, for the point values
	for _, d := range domains {
		ks := byDomain[d]
		slices.SortStableFunc(ks, func(a, c int) int {
			return cmp.Or(cmp.Compare(rs[a].hi, rs[c].hi), cmp.Compare(rs[a].lo, rs[c].lo))
		})
		s, stab := -1, 0.0
		for _, k := range ks {
			if s < 0 || rs[k].lo > stab {
				s, stab = s+1, rs[k].hi
			}
			sideOf[k] = s
			if s == len(members) {
				members = append(members, nil)
			}
			members[s] = append(members[s], k)
		}
	}
	for i, r := range rs {
		if r.kind != readPoint {
			continue
		}
		s := slices.IndexFunc(members, func(ms []int) bool {
			return !slices.ContainsFunc(ms, func(m int) bool { return !agree(r, rs[m]) })
		})
		if s < 0 {
			s = len(members)
			members = append(members, nil)
		}
		sideOf[i] = s
		members[s] = append(members[s], i)
	}
	return sideOf
}

// oneSide reports whether every pair of the items' values can both be true.
func (b *builder) oneSide(items []item) bool {
	return len(b.sides(items)) <= 1
}

// bridgeNote names the values that agree with more than one side, for a
// finding's explanation: shown, and set against none.
func (b *builder) bridgeNote(sides []side) string {
	if len(sides) == 0 || len(sides[0].bridge) == 0 {
		return ""
	}
	var vs []FindingValue
	for _, p := range partition(sides[0].bridge, func(it item) string { return it.c.Value.Text }) {
		vs = append(vs, b.side(p))
	}
	return " Also given, and compatible with more than one of these values, so counted for none: " + sideList(vs) + "."
}
