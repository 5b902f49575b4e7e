package value

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// Number is a quantity read from text: an interval [Lo, Hi] with a hedge.
// Lo and Hi are the bounds the text states, already turned by the hedge
// ("more than 8" is [9, +Inf) for a whole number, "up to 50" is [0, 50]);
// Approx asks the comparison to widen them by a tolerance (see Bounds).
type Number struct {
	Lo, Hi  float64 // stated bounds; Hi is +Inf when Open
	Open    bool    // no upper bound: "at least 8", "more than 8", "8 or more"
	Approx  bool    // "about 50", "nearly 50", "a dozen", "100 km" converted
	Hedge   string  // normalised hedge: "at least", "more than", "about", "nearly", "just over", "up to", "fewer than", "range", "or", "vague", or ""
	Unit    string  // canonical unit ("km", "mi", "min", "year-old", "°C", "%", "USD" …) or ""
	Ordinal bool    // "1st", "second": a rank, not a count
	Text    string  // the expression as written
}

// NumberSpan is a Number with its byte span in the searched string.
type NumberSpan struct {
	Start, End int
	Number
}

// String gives the number for display: "8", ">=8", "4-5", "~50 km".
func (n Number) String() string {
	v := fmtFloat(n.Lo)
	switch {
	case n.Open:
		v = ">=" + v
	case n.Hi != n.Lo:
		v += "-" + fmtFloat(n.Hi)
	}
	if n.Approx {
		v = "~" + v
	}
	if n.Unit != "" {
		v += " " + n.Unit
	}
	return v
}

func fmtFloat(f float64) string {
	if math.IsInf(f, 0) {
		return "inf"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// ParseNumber reads s as one number expression with the default lexicon:
// see Lexicon.ParseNumber.
func ParseNumber(s string) (Number, bool) { return Default().ParseNumber(s) }

// ParseNumber reads s as one number expression: all of s (trimmed, a final
// full stop allowed) must be the expression. Unlike FindNumbers it reads a
// lone "a" or "an" as one, since the caller asks for a number.
func (l *Lexicon) ParseNumber(s string) (Number, bool) {
	trimmed := strings.TrimSpace(s)
	switch strings.ToLower(trimmed) {
	case "a", "an":
		return Number{Lo: 1, Hi: 1, Text: trimmed}, true
	}
	t := l.scan(trimmed)
	defer t.release()
	last := t.n() - 1
	if last >= 0 && t.punct(last, ".") {
		last--
	}
	if last < 0 || t.dateOrTime(0) >= 0 {
		return Number{}, false
	}
	n, end, ok := t.numberAt(0)
	if !ok || end != last {
		return Number{}, false
	}
	return n, true
}

// FindNumbers returns every number expression in s with the default
// lexicon: see Lexicon.FindNumbers.
func FindNumbers(s string) []NumberSpan { return Default().FindNumbers(s) }

// FindNumbers returns every number expression in s, in order, without
// overlaps: counts, measures with their unit, ages, ranges and ordinals.
// Digits that belong to a date ("19 December 2016", "in 2008") or a clock
// time ("10:53", "2am") are left out: FindDates and FindTimes read them.
// A lone "a" or "an" is never read as one.
func (l *Lexicon) FindNumbers(s string) []NumberSpan {
	t := l.scan(s)
	defer t.release()
	return t.findNumbers()
}

func (t *text) findNumbers() []NumberSpan {
	out := t.nums[:0]
	for i := 0; i < t.n(); {
		if !t.startsAny(i, fNum|fDate|fClock) && !t.startsNegOrMoney(i) {
			i++ // most tokens start nothing
			continue
		}
		if t.startsAny(i, fDate|fClock) {
			if end := t.dateOrTime(i); end >= 0 {
				i = end + 1
				continue
			}
		}
		if !t.startsAny(i, fNum) && !t.startsNegOrMoney(i) {
			i++
			continue
		}
		n, end, ok := t.numberAt(i)
		if !ok {
			i++
			continue
		}
		start, stop := t.span(i, end)
		n.Text = t.s[start:stop]
		out = append(out, NumberSpan{start, stop, n})
		i = end + 1
	}
	t.nums = out
	if len(out) == 0 {
		return nil
	}
	found := slices.Clone(out)
	clear(out) // let the sentence go
	return found
}

// dateOrTime returns the last token of a date or clock time starting at i,
// or -1. Only digits, month names and a few words can start one.
func (t *text) dateOrTime(i int) int {
	if t.mayStartDate(i) {
		if d, ok := t.dateAt(i); ok {
			return d.last
		}
	}
	if t.mayStartClock(i) {
		if c, ok := t.clockAt(i); ok {
			return c.last
		}
	}
	return -1
}

// startsNegOrMoney reports whether the token at i is a sign or a currency
// directly before digits.
func (t *text) startsNegOrMoney(i int) bool {
	return t.toks[i].kind == tPunct && t.isNum(i+1) && t.adj(i+1)
}

// numberAt reads a number expression starting at token i: an optional
// hedge, a quantity (a number, a range or a vague quantifier), an optional
// trailing hedge and an optional unit. It returns the last token used.
func (t *text) numberAt(i int) (Number, int, bool) {
	h, j := t.prefixHedge(i)
	if j >= t.n() || (j > i && t.dateOrTime(j) >= 0) {
		return Number{}, 0, false
	}
	q, k, ok := t.quantityAt(j)
	if !ok && h != "" && (t.is(j, "a") || t.is(j, "an")) && t.lex.units[t.word(j+1)] != "" {
		q, k, ok = quantity{Number: Number{Lo: 1, Hi: 1}}, j, true // "about a year"
	}
	if !ok {
		return Number{}, 0, false
	}
	if h == "" && q.Hedge == "range" && q.yearLike {
		return Number{}, 0, false
	}
	n := q.Number
	if sh, e, ok := t.suffixHedge(k + 1); ok && h == "" {
		h, k = sh, e
	}
	if u, e, ok := t.unitAt(k+1, q.currency != ""); ok {
		n.Unit, k = u, e
	} else if q.currency != "" {
		n.Unit = q.currency
	} else if t.is(j-1, "aged") && !n.Ordinal {
		n.Unit = "year-old"
	}
	if h == "" && n.Unit == "" && !n.Ordinal && (q.decade || t.is(j-1, "the") && isYear(t, j) && k == j) {
		return Number{}, 0, false // "the 1990s", "the 2016 election"
	}
	return applyHedge(n, h), k, true
}

// applyHedge turns the stated bounds by the hedge.
func applyHedge(n Number, h string) Number {
	if h == "" {
		return n
	}
	whole := n.Lo == math.Trunc(n.Lo)
	n.Hedge = h
	switch h {
	case "at least":
		n.Hi, n.Open = math.Inf(1), true
	case "more than":
		if whole && n.Unit == "" || whole && isCountable(n.Unit) {
			n.Lo = n.Hi + 1
		} else {
			n.Lo = n.Hi
		}
		n.Hi, n.Open = math.Inf(1), true
	case "up to":
		n.Lo = 0
	case "fewer than":
		if whole && (n.Unit == "" || isCountable(n.Unit)) && n.Lo >= 1 {
			n.Hi = n.Lo - 1
		}
		n.Lo = 0
	default: // about, nearly, just over, or so
		n.Approx = true
	}
	return n
}

// isCountable reports whether a unit counts whole things, so that "more
// than 10 years" starts at 11 rather than just above 10.
func isCountable(u string) bool {
	switch u {
	case "year", "month", "week", "day", "decade", "year-old":
		return true
	}
	return false
}

// prefixHedge matches a hedge of the lexicon at i and returns its
// meaning and the token after it, or "" and i.
func (t *text) prefixHedge(i int) (string, int) {
	if !t.has(i, fHedge) || !t.has(i, fHedge1) && !t.has(i+1, fHedge2) {
		return "", i
	}
	for _, p := range t.lex.hedges[t.word(i)] {
		if j, ok := t.matchSeq(i, p.toks); ok {
			return p.hedge, j
		}
	}
	return "", i
}

// matchSeq matches the words (or punctuation) of seq from i and returns
// the token after them.
func (t *text) matchSeq(i int, seq []string) (int, bool) {
	j := i
	for _, w := range seq {
		if !t.is(j, w) && !t.punct(j, w) {
			return i, false
		}
		j++
	}
	return j, true
}

// suffixHedge matches a hedge of the lexicon written after a number at i
// ("or so", "or more", "-odd", "-plus") and returns its meaning and last
// token.
func (t *text) suffixHedge(i int) (string, int, bool) {
	if t.has(i, fSuffix) {
		for _, p := range t.lex.suffixes[t.word(i)] {
			if j, ok := t.matchSeq(i, p.toks); ok {
				return p.hedge, j - 1, true
			}
		}
	}
	if t.dash(i) && t.adj(i) && t.adj(i+1) && t.has(i+1, fSuffix) {
		for _, p := range t.lex.hyphened[t.word(i+1)] {
			if j, ok := t.matchSeq(i+1, p.toks); ok {
				return p.hedge, j - 1, true
			}
		}
	}
	return "", 0, false
}
