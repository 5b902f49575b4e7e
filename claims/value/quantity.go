package value

import (
	"math"
	"strconv"
	"strings"
)

// quantity is a number before its hedge and unit are applied.
type quantity struct {
	Number
	yearLike bool   // a range of two bare four-digit years: "2010-2015"
	decade   bool   // "1990s": not a count
	currency string // a currency sign before the number
}

// currencies are signs written before an amount.
var currencies = map[string]string{"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}

// quantityAt reads a number, a range or a vague quantifier at i.
func (t *text) quantityAt(i int) (quantity, int, bool) {
	if q, end, ok := t.vagueAt(i); ok {
		return q, end, true
	}
	if q, end, ok := t.betweenAt(i); ok {
		return q, end, true
	}
	var q quantity
	if t.toks[i].kind == tPunct && t.isNum(i+1) && t.adj(i+1) {
		if c, ok := currencies[t.raw(i)]; ok {
			q.currency = c
			i++
		}
	}
	v, end, ord, ok := t.cardAt(i, q.currency != "")
	if !ok || t.slashed(i) || t.code(i) {
		return q, 0, false
	}
	q.Lo, q.Hi, q.Ordinal = v, v, ord
	q.decade = t.digits(i) > 0 && t.is(end+1, "s") && t.adj(end+1)
	if ord {
		return q, end, true
	}
	if hi, e, ok := t.rangeTail(i, end, v, q.currency != ""); ok {
		q.Hi, q.Hedge = hi, "range"
		q.yearLike = isYear(t, i) && isYear(t, e)
		if t.is(end+1, "or") {
			q.Hedge = "or"
		}
		return q, e, true
	}
	return q, end, true
}

// slashed reports whether the number at i is part of a run of numbers
// joined by slashes ("05/06/2016", "24/7"): a date, a code or a ratio.
func (t *text) slashed(i int) bool {
	before := t.punct(i-1, "/") && t.adj(i) && t.isNum(i-2) && t.adj(i-1)
	after := t.punct(i+1, "/") && t.adj(i+1) && t.isNum(i+2) && t.adj(i+2)
	return t.isNum(i) && (before || after)
}

// code reports whether the digits at i are written onto a word, as in
// "G20", "MH17", "Su-24", "COVID-19": a name, not a quantity.
func (t *text) code(i int) bool {
	if !t.isNum(i) || !t.adj(i) {
		return false
	}
	if t.toks[i-1].kind == tWord {
		return true
	}
	return t.dash(i-1) && t.adj(i-1) && t.toks[i-2].kind == tWord
}

// isYear reports whether the token at i is a bare four-digit year.
func isYear(t *text, i int) bool {
	v, ok := t.intAt(i)
	return ok && t.digits(i) == 4 && v >= 1000 && v <= 2100
}

// vagueAt reads a quantifier of the lexicon: "several", "dozens", "a
// few", "tens of thousands", and one before a scale: "several hundred",
// "a few thousand".
func (t *text) vagueAt(i int) (quantity, int, bool) {
	var q quantity
	if !t.has(i, fQuant) {
		return q, 0, false
	}
	w := t.word(i)
	long := t.has(i+1, fPhrase2) || t.isPunct(i+1) // "half-dozen"
	for _, p := range t.lex.quants[w] {
		if len(p.toks) > 1 && !long {
			continue
		}
		if len(p.toks) == 1 && w == "scores" && !t.is(i+1, "of") {
			// Kept in code: "scores" counts only before "of" ("the
			// scores were level"), and the data cannot say so, since a
			// phrase "scores of" would take the "of" into the span.
			continue
		}
		if j, ok := t.matchSeq(i, p.toks); ok {
			q.Lo, q.Hi, q.Approx, q.Hedge = p.quant.Min, p.quant.Max, p.quant.About, "vague"
			return t.vagueScale(q, j-1)
		}
	}
	return q, 0, false
}

// vagueScale multiplies a vague quantity by a following scale word.
func (t *text) vagueScale(q quantity, end int) (quantity, int, bool) {
	if m := t.scale(end + 1); m > 0 && q.Hi < 100 {
		q.Lo, q.Hi = q.Lo*m, q.Hi*m
		return q, end + 1, true
	}
	if t.is(end+1, "dozen") && q.Hi < 100 {
		q.Lo, q.Hi = q.Lo*12, q.Hi*12
		return q, end + 1, true
	}
	if t.is(end, "of") && t.word(end-1) == "handful" {
		return q, end - 1, true // kept in code: "a handful of" is found as "a handful"
	}
	return q, end, true
}

// betweenAt reads "between X and Y" and "from X to Y".
func (t *text) betweenAt(i int) (quantity, int, bool) {
	var q quantity
	sep := ""
	switch t.word(i) {
	case "between":
		sep = "and"
	case "from":
		sep = "to"
	default:
		return q, 0, false
	}
	lo, e1, ord, ok := t.cardAt(i+1, false)
	if !ok || ord || !t.is(e1+1, sep) {
		return q, 0, false
	}
	hi, e2, ord, ok := t.cardAt(e1+2, false)
	if !ok || ord || hi < lo {
		return q, 0, false
	}
	q.Lo, q.Hi, q.Hedge = lo, hi, "range"
	q.yearLike = isYear(t, i+1) && isYear(t, e1+2)
	return q, e2, true
}

// rangeTail reads the second half of "11-16", "11 to 16", "four or five"
// after a number v ending at token end.
func (t *text) rangeTail(start, end int, v float64, money bool) (float64, int, bool) {
	j := end + 1
	dash := t.dash(j) && t.adj(j) && t.adj(j+1) && t.isNum(end) && t.isNum(j+1)
	if !dash && !t.is(j, "to") && !t.is(j, "or") {
		return 0, 0, false
	}
	if dash && t.dash(j+2) && t.adj(j+2) {
		return 0, 0, false // 2016-12-19 and the like
	}
	k := j + 1
	if money && t.raw(k) == t.raw(start-1) {
		k++ // "$5 to $10"
	}
	hi, e, ord, ok := t.cardAt(k, money)
	if !ok || ord || hi <= v {
		return 0, 0, false
	}
	return hi, e, true
}

// cardAt reads one number at i: digits ("1,500", "1.5", "1.2 million",
// "3rd") or number words ("twenty-five", "one hundred and fifty",
// "second"). It returns the value, the last token and whether it is an
// ordinal.
func (t *text) cardAt(i int, money bool) (float64, int, bool, bool) {
	if t.isNum(i) {
		return t.digitsAt(i, money)
	}
	neg := (t.dash(i) || t.punct(i, "−")) && t.isNum(i+1) && t.adj(i+1) && !t.adj(i)
	if neg {
		v, e, ord, ok := t.digitsAt(i+1, money)
		return -v, e, ord, ok && !ord
	}
	return t.wordsAt(i)
}

// digitsAt reads a digit token with its scale or ordinal suffix.
func (t *text) digitsAt(i int, money bool) (float64, int, bool, bool) {
	raw := t.raw(i)
	if strings.Count(raw, ".") > 1 {
		return 0, 0, false, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(raw, ",", ""), 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, 0, false, false
	}
	if t.adj(i+1) && ordinalSuffix[t.word(i+1)] {
		return v, i + 1, true, v == math.Trunc(v)
	}
	if m := t.scale(i + 1); m > 100 {
		return v * m, i + 1, false, true
	}
	if money && t.adj(i+1) {
		if m, ok := moneyScales[t.word(i+1)]; ok {
			return v * m, i + 1, false, true
		}
	}
	return v, i, false, true
}

// scale is the multiplier of the scale word at i, or 0.
func (t *text) scale(i int) float64 {
	if !t.has(i, fScale) {
		return 0
	}
	return scales[t.word(i)]
}

// moneyScales are scale letters written after an amount: "$3m", "£2bn".
var moneyScales = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}

// oneExcluded are the words before "one" that make it a pronoun.
var oneExcluded = map[string]bool{
	"no": true, "any": true, "every": true, "each": true, "the": true,
	"this": true, "that": true, "which": true, "another": true, "someone": true,
}

// wordsAt reads number words at i: "twenty-five", "one hundred and fifty
// thousand", "a hundred", "1.2 million" is read by digitsAt.
func (t *text) wordsAt(i int) (float64, int, bool, bool) {
	if v, e, ok := t.ordinalWordAt(i); ok {
		return v, e, true, true
	}
	if t.is(i, "one") && (oneExcluded[t.word(i-1)] || t.is(i+1, "another")) {
		return 0, 0, false, false
	}
	var total, cur float64
	last, j := -1, i
	small := false // the last word was below a hundred
	if (t.is(j, "a") || t.is(j, "an")) && t.scale(j+1) > 0 {
		cur, j = 1, j+1
	}
	for ; j < t.n(); j++ {
		if v, e, ok := t.tensAt(j); ok && !small {
			cur += v
			last, j, small = e, e, true
			continue
		}
		if m := t.scale(j); m > 0 && (last >= 0 || cur == 1) {
			if m == 100 {
				cur = math.Max(cur, 1) * 100
			} else {
				total += math.Max(cur, 1) * m
				cur = 0
			}
			last, small = j, false
			continue
		}
		if t.is(j, "and") && last >= 0 && !small && cardinals[t.word(j+1)] > 0 {
			continue
		}
		break
	}
	if last < 0 {
		return 0, 0, false, false
	}
	return total + cur, last, false, true
}

// tensAt reads a number word below a hundred, hyphenated or not:
// "twenty-five", "twenty five", "seven".
func (t *text) tensAt(i int) (float64, int, bool) {
	if !t.has(i, fCard) {
		return 0, 0, false
	}
	v, ok := cardinals[t.word(i)]
	if !ok {
		return 0, 0, false
	}
	if v < 20 || int(v)%10 != 0 {
		return v, i, true
	}
	if u, ok := cardinals[t.word(i+2)]; ok && u > 0 && u < 10 && t.dash(i+1) && t.adj(i+1) && t.adj(i+2) {
		return v + u, i + 2, true
	}
	if u, ok := cardinals[t.word(i+1)]; ok && u > 0 && u < 10 {
		return v + u, i + 1, true
	}
	return v, i, true
}

// ordinalWordAt reads "second", "twenty-first".
func (t *text) ordinalWordAt(i int) (float64, int, bool) {
	if !t.has(i, fCard|fOrd) {
		return 0, 0, false
	}
	if v, ok := ordinalWords[t.word(i)]; ok {
		return v, i, true
	}
	v, ok := cardinals[t.word(i)]
	if !ok || v < 20 || int(v)%10 != 0 || !t.dash(i+1) || !t.adj(i+1) || !t.adj(i+2) {
		return 0, 0, false
	}
	if u, ok := ordinalWords[t.word(i+2)]; ok && u < 10 {
		return v + u, i + 2, true
	}
	return 0, 0, false
}
