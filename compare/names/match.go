package names

import "fmt"

// Matcher decides whether two names denote one person. The zero value
// uses the embedded given-name variants and takes every surname as rare.
type Matcher struct {
	// Variants lists given names that are one name; nil: DefaultVariants.
	Variants *Variants
	// Rare reports whether two different surname keys are rare enough to
	// be merged by spelling tolerance (Lindenmeyer/Lindermeyer); nil:
	// always. A caller with many articles weighs keys by frequency.
	Rare func(a, b string) bool
}

// DefaultMatcher is the zero Matcher.
var DefaultMatcher = &Matcher{}

func (m *Matcher) variants() *Variants {
	if m != nil && m.Variants != nil {
		return m.Variants
	}
	v, _ := DefaultVariants()
	return v
}

// Result is the decision on two names.
type Result struct {
	Same     bool
	Score    float64  // 1 for the same name; lower for weaker evidence
	Why      string   // in words, for a match and for a refusal
	Given    Relation // how the given names relate
	Tolerant bool     // the surnames matched by spelling tolerance, not by key
}

// Match decides whether a and b denote one person: the same surname key
// (or, for long rare surnames with equal given names, a near spelling),
// compatible given names, and one name contained in the other.
func Match(a, b Name) Result { return DefaultMatcher.Match(a, b) }

// Match decides whether a and b denote one person (see Match).
func (m *Matcher) Match(a, b Name) Result {
	ka, kb := a.Key(), b.Key()
	if ka == "" || kb == "" {
		return Result{Why: "no surname", Given: GivenDiffer}
	}
	g := m.Given(a.Given, b.Given)
	if ka == kb {
		return m.sameKey(ka, g)
	}
	if !nearKeys(ka, kb, 6) || gendered(ka, kb) {
		return Result{Why: fmt.Sprintf("surnames '%s' and '%s' differ", ka, kb), Given: g.Relation}
	}
	if g.Relation != GivenEqual || g.Full == 0 || g.Tolerant {
		return Result{Why: fmt.Sprintf("surnames '%s' ≈ '%s' but given names are not the same (%s)", ka, kb, g.Why), Given: g.Relation}
	}
	if m != nil && m.Rare != nil && !m.Rare(ka, kb) {
		return Result{Why: fmt.Sprintf("surnames '%s' ≈ '%s' but both spellings are common", ka, kb), Given: g.Relation}
	}
	how := "one letter apart in a long name"
	if skeleton(ka) == skeleton(kb) {
		how = "the same consonants but for voicing, e/i, o/u"
	}
	why := fmt.Sprintf("surname '%s' ≈ '%s' (%s), %s", ka, kb, how, g.Why)
	return Result{Same: true, Score: 0.7, Why: why, Given: g.Relation, Tolerant: true}
}

var relationScore = [...]float64{GivenEqual: 1, GivenSubset: 0.9, GivenInitial: 0.8, GivenAbsent: 0.6}

func (m *Matcher) sameKey(k string, g GivenMatch) Result {
	if !g.OK() {
		return Result{Why: fmt.Sprintf("same surname key '%s' but %s", k, g.Why), Given: g.Relation}
	}
	s := relationScore[g.Relation]
	if g.Tolerant {
		s -= 0.1
	}
	return Result{Same: true, Score: s, Why: fmt.Sprintf("same surname key '%s', %s", k, g.Why), Given: g.Relation}
}
