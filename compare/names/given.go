package names

import (
	"fmt"
	"strings"

	"github.com/adrg/strutil/metrics"
)

// Relation says how two lists of given names relate.
type Relation int

// The relations, strongest first.
const (
	GivenEqual   Relation = iota // the same names, maybe spelt differently
	GivenSubset                  // one list inside the other, in order (a middle name missing)
	GivenInitial                 // compatible only through an initial
	GivenAbsent                  // one side has no given name
	GivenDiffer                  // incompatible
)

var relationNames = [...]string{"equal", "subset", "initial", "absent", "differ"}

func (r Relation) String() string {
	if r < 0 || int(r) >= len(relationNames) {
		return fmt.Sprintf("relation(%d)", int(r))
	}
	return relationNames[r]
}

// GivenMatch is the comparison of two lists of given names.
type GivenMatch struct {
	Relation Relation
	Full     int    // given names matched in full (not through an initial)
	Tolerant bool   // a pair matched only by edit distance or skeleton
	Why      string // in words
}

// OK reports whether the lists are compatible.
func (g GivenMatch) OK() bool { return g.Relation != GivenDiffer }

// GivenCompatible reports whether two lists of given names can belong to
// one person, and why: equal once folded, one an initial of the other, a
// known variant (Richard/Rick, Sergei/Serguei), a missing middle name (one
// list inside the other, in order), or absent on one side.
func GivenCompatible(a, b []string) (bool, string) {
	g := DefaultMatcher.Given(a, b)
	return g.OK(), g.Why
}

// Given compares two lists of given names.
func (m *Matcher) Given(a, b []string) GivenMatch {
	a, b = givenWords(a), givenWords(b)
	if len(a) == 0 || len(b) == 0 {
		return GivenMatch{Relation: GivenAbsent, Why: "given name absent on one side"}
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	g := GivenMatch{Relation: GivenEqual}
	var notes []string
	j := 0
	for _, s := range short {
		k, note := tokNone, ""
		for ; j < len(long) && k == tokNone; j++ {
			k, note = m.token(s, long[j])
		}
		if k == tokNone {
			return GivenMatch{Relation: GivenDiffer, Why: fmt.Sprintf("given %s and %s differ", quote(a), quote(b))}
		}
		g.add(k)
		if note != "" {
			notes = append(notes, note)
		}
	}
	if g.Full == 0 && hasFull(short) && hasFull(long) {
		return GivenMatch{Relation: GivenDiffer, Why: fmt.Sprintf("given %s meets %s only through an initial", quote(short), quote(long))}
	}
	if len(short) < len(long) && g.Relation < GivenSubset {
		g.Relation = GivenSubset
	}
	g.Why = givenWhy(g.Relation, a, b, notes)
	return g
}

func (g *GivenMatch) add(k tokKind) {
	switch k {
	case tokInitial:
		g.Relation = GivenInitial
	case tokTolerant:
		g.Tolerant = true
		g.Full++
	default:
		g.Full++
	}
}

func givenWhy(r Relation, a, b []string, notes []string) string {
	var w string
	switch r {
	case GivenSubset:
		if len(a) > len(b) {
			a, b = b, a
		}
		w = fmt.Sprintf("given %s ⊂ %s", quote(a), quote(b))
	case GivenInitial:
		w = fmt.Sprintf("given %s ~ %s by initial", quote(a), quote(b))
	default:
		w = fmt.Sprintf("given %s = %s", quote(a), quote(b))
	}
	if len(notes) > 0 {
		w += " (" + strings.Join(notes, "; ") + ")"
	}
	return w
}

// givenWords drops particles and empty words from a list of given names.
func givenWords(in []string) []string {
	out := make([]string, 0, len(in))
	for _, t := range in {
		f := Fold(t)
		if f == "" || (particles[f] && len(f) > 1) {
			continue
		}
		out = append(out, t)
	}
	return out
}

type tokKind int

const (
	tokNone tokKind = iota
	tokEqual
	tokVariant
	tokTolerant
	tokInitial
)

// token compares two given names: equal keys, an initial, a variant, or
// (for long names only) one edit apart with the same first and last letter.
func (m *Matcher) token(a, b string) (tokKind, string) {
	fa, fb := Fold(a), Fold(b)
	if fa == fb {
		return tokEqual, ""
	}
	if len(fa) == 1 || len(fb) == 1 {
		if fa[0] == fb[0] || GivenKey(a)[0] == GivenKey(b)[0] {
			return tokInitial, ""
		}
		return tokNone, ""
	}
	ka, kb := GivenKey(a), GivenKey(b)
	switch {
	case ka == kb:
		return tokEqual, fmt.Sprintf("same key '%s'", ka)
	case m.variants().Same(ka, kb):
		return tokVariant, fmt.Sprintf("'%s' and '%s' are variants", fa, fb)
	case nearKeys(ka, kb, 6):
		return tokTolerant, fmt.Sprintf("'%s' ≈ '%s'", fa, fb)
	}
	return tokNone, ""
}

var lev = metrics.NewLevenshtein()

// maxNameLen bounds the keys compared by edit distance: no name is longer,
// and distance is quadratic.
const maxNameLen = 64

// nearKeys reports whether two different keys are spellings of one long
// name: the same skeleton (g/k, d/t, b/p, f/p) or one edit apart, with the
// same first and last letter, both at least min letters long, and not the
// masculine and feminine forms of one name.
func nearKeys(a, b string, min int) bool {
	if a == "" || b == "" || gendered(a, b) {
		return false
	}
	if len(a) >= min-1 && len(b) >= min-1 && skeleton(a) == skeleton(b) {
		return true
	}
	if len(a) < min || len(b) < min || len(a) > maxNameLen || a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	d := len(a) - len(b)
	return d >= -1 && d <= 1 && lev.Distance(a, b) <= 1
}

func hasFull(ws []string) bool {
	for _, w := range ws {
		if !IsInitial(w) {
			return true
		}
	}
	return false
}

func quote(ws []string) string {
	f := make([]string, len(ws))
	for i, w := range ws {
		f[i] = Fold(w)
	}
	return "'" + strings.Join(f, " ") + "'"
}
