package value

import "time"

// dateMatch is a date found at a token, with its last token.
type dateMatch struct {
	Date
	last int
}

// FindDates returns every date expression in s with the default lexicon:
// see Lexicon.FindDates.
func FindDates(s string, published time.Time) []DateSpan {
	return Default().FindDates(s, published)
}

// FindDates returns every date expression in s, in order, without
// overlaps, resolved against published (the zero time when unknown:
// relative dates then stay unresolved, keeping their weekday or text).
func (l *Lexicon) FindDates(s string, published time.Time) []DateSpan {
	t := l.scan(s)
	defer t.release()
	return t.findDates(newResolver(published))
}

func (t *text) findDates(r resolver) []DateSpan {
	var out []DateSpan
	for i := 0; i < t.n(); {
		if !t.mayStartDate(i) {
			i++
			continue
		}
		m, ok := t.dateAtCtx(i, r, false)
		if !ok {
			i++
			continue
		}
		start, end := t.span(i, m.last)
		m.Text = t.s[start:end]
		out = append(out, DateSpan{start, end, m.Date})
		i = m.last + 1
	}
	return out
}

// timeWords are the lower-case words that can start a date. The hedges
// that can start a clock time are the lexicon's time hedges.
var timeWords = map[string]bool{
	"today": true, "tonight": true, "yesterday": true, "tomorrow": true,
	"last": true, "next": true, "this": true, "earlier": true, "later": true,
	"early": true, "late": true, "mid": true, "the": true, "a": true, "an": true,
	"noon": true, "midnight": true, "midday": true, "days": true, "weeks": true,
	"months": true, "years": true,
}

// mayStartDate is a cheap test before dateAt.
func (t *text) mayStartDate(i int) bool { return t.startsAny(i, fDate) }

// dateAt reads a date starting at token i, against no publication date.
func (t *text) dateAt(i int) (dateMatch, bool) {
	return t.dateAtCtx(i, resolver{}, false)
}

// dateAtCtx reads a date at i; ctx says a word before it ("early",
// "mid-") already marks a date, so a bare month or year is enough.
func (t *text) dateAtCtx(i int, r resolver, ctx bool) (dateMatch, bool) {
	if i >= t.n() {
		return dateMatch{}, false
	}
	switch t.toks[i].kind {
	case tNum:
		return t.numericDateAt(i, r, ctx)
	case tWord:
		return t.wordDateAt(i, r, ctx)
	}
	return dateMatch{}, false
}

// wordDateAt reads a date starting with a word.
func (t *text) wordDateAt(i int, r resolver, ctx bool) (dateMatch, bool) {
	w, f := t.word(i), t.toks[i].flags
	if f&fWeekday != 0 {
		return t.weekdayDateAt(i, i+1, weekdays[w], r, wdBare)
	}
	if f&fWdAbbr != 0 && t.capital(i) {
		return t.abbrDateAt(i, weekdayAbbr[w], r)
	}
	if f&fMonth != 0 && t.capital(i) {
		return t.monthDateAt(i, r, ctx)
	}
	switch w {
	case "today", "tonight", "yesterday", "tomorrow":
		return t.dayWordAt(i, r)
	case "last", "next", "this", "coming":
		return t.lastNextAt(i, r)
	case "earlier", "later":
		return t.earlierLaterAt(i, r)
	case "early", "late", "mid":
		return t.prefixAt(i, r)
	case "the":
		return t.theAt(i, r)
	}
	return t.countDateAt(i, r)
}

// weekdayDateAt reads a weekday at i, either before an explicit date
// ("Monday, Dec. 19, 2016", "Monday 19 December") or alone ("Monday",
// "Tuesday night"), resolved by mode.
func (t *text) weekdayDateAt(i, j int, wd time.Weekday, r resolver, mode int) (dateMatch, bool) {
	k := i + 1
	if t.punct(k, ",") {
		k++
	}
	if m, ok := t.explicitAt(k, r, wd, true); ok {
		return m, true
	}
	if t.is(i-1, "the") && t.capital(i+1) || t.capital(i-1) && namedDays[t.word(i-1)] {
		return dateMatch{}, false // "the Sunday Times", "Good Friday"
	}
	m := dateMatch{Date: r.weekday(wd, mode), last: j - 1}
	return t.withPart(m), true
}

// namedDays are the words that make a weekday part of a name when
// written with a capital before it: "Good Friday", "Bloody Sunday".
var namedDays = map[string]bool{
	"good": true, "black": true, "bloody": true, "palm": true, "easter": true,
	"super": true, "ash": true, "cyber": true, "holy": true, "maundy": true,
}

// abbrDateAt reads "Mon., Dec. 19, 2016": an abbreviated weekday counts
// only before an explicit date.
func (t *text) abbrDateAt(i int, wd time.Weekday, r resolver) (dateMatch, bool) {
	k := i + 1
	if t.punct(k, ".") {
		k++
	}
	if t.punct(k, ",") {
		k++
	}
	return t.explicitAt(k, r, wd, true)
}

// withPart extends a day by a part of the day that follows it.
func (t *text) withPart(m dateMatch) dateMatch {
	if w := t.word(m.last + 1); dayParts[w] {
		m.Part, m.last = w, m.last+1
	}
	return m
}

// explicitAt reads a day and month at i, in either order, with an
// optional year.
func (t *text) explicitAt(i int, r resolver, wd time.Weekday, hasWD bool) (dateMatch, bool) {
	if t.isNum(i) {
		return t.dayMonthAt(i, r, wd, hasWD)
	}
	if _, _, ok := t.month(i); ok {
		return t.monthDayAt(i, r, wd, hasWD)
	}
	return dateMatch{}, false
}

// dayNumberAt reads a day of the month: "19", "19th".
func (t *text) dayNumberAt(i int) (int, int, bool) {
	v, ok := t.intAt(i)
	if !ok || t.digits(i) > 2 || v < 1 || v > 31 {
		return 0, 0, false
	}
	if t.adj(i+1) && ordinalSuffix[t.word(i+1)] {
		return v, i + 1, true
	}
	return v, i, true
}

// yearAfter reads an optional ", 2016" or " 2016" after token end.
func (t *text) yearAfter(end int) (int, int) {
	j := end + 1
	if t.punct(j, ",") {
		j++
	}
	if y, ok := t.intAt(j); ok && isYear(t, j) && !t.is(j+1, "s") {
		return y, j
	}
	return 0, end
}

// dayMonthAt reads "19 December 2016", "19th of Dec.", "19 December".
func (t *text) dayMonthAt(i int, r resolver, wd time.Weekday, hasWD bool) (dateMatch, bool) {
	d, j, ok := t.dayNumberAt(i)
	if !ok {
		return dateMatch{}, false
	}
	j++
	if t.is(j, "of") {
		j++
	}
	m, mend, ok := t.month(j)
	if !ok {
		return dateMatch{}, false
	}
	y, end := t.yearAfter(mend)
	return t.fullDate(y, m, d, end, r, wd, hasWD)
}

// monthDayAt reads "December 19, 2016", "Dec. 19th", "December 19".
func (t *text) monthDayAt(i int, r resolver, wd time.Weekday, hasWD bool) (dateMatch, bool) {
	m, mend, _ := t.month(i)
	d, j, ok := t.dayNumberAt(mend + 1)
	if !ok || t.punct(j+1, ":") || t.punct(j+1, ".") && t.isNum(j+2) {
		return dateMatch{}, false
	}
	y, end := t.yearAfter(j)
	return t.fullDate(y, m, d, end, r, wd, hasWD)
}

// fullDate builds a day-precision date; a zero year is resolved.
func (t *text) fullDate(y int, m time.Month, d, end int, r resolver, wd time.Weekday, hasWD bool) (dateMatch, bool) {
	if y == 0 {
		y = t.borrowYear(end, m)
	}
	if y == 0 {
		if !validDay(2000, m, d) {
			return dateMatch{}, false
		}
		return dateMatch{Date: r.monthDay(m, d, wd, hasWD), last: end}, true
	}
	if !validDay(y, m, d) {
		return dateMatch{}, false
	}
	date := dayDate(dayNum(y, m, d))
	if hasWD {
		date.Weekday, date.HasWeekday = wd, true
	}
	return dateMatch{Date: date, last: end}, true
}

// borrowYear reads the year of the second date of a range after end:
// "23 June - 10 July 2018", "between 3 and 5 May 2016" do not repeat it.
// A first month after the second one falls in the year before.
func (t *text) borrowYear(end int, m time.Month) int {
	j := end + 1
	if !t.dash(j) && !t.is(j, "to") && !t.is(j, "and") && !t.is(j, "until") && !t.is(j, "till") {
		return 0
	}
	j++
	if _, e, ok := t.dayNumberAt(j); ok {
		j = e + 1
		if t.is(j, "of") {
			j++
		}
	}
	m2, mend, ok := t.month(j)
	if !ok {
		return 0
	}
	if _, e, ok := t.dayNumberAt(mend + 1); ok {
		mend = e
	}
	y, _ := t.yearAfter(mend)
	if y != 0 && m > m2 {
		y--
	}
	return y
}

// monthPrev are the words after which a month or year alone is a date.
var monthPrev = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true,
	"from": true, "during": true, "before": true, "after": true, "early": true,
	"late": true, "mid": true, "through": true, "throughout": true, "last": true,
	"next": true, "this": true, "of": true, "between": true, "and": true,
}

// monthDateAt reads a date starting with a month: "December 19, 2016",
// "September 2013", and a bare month after a word that marks a date ("in
// September"). "May" alone is never a month.
func (t *text) monthDateAt(i int, r resolver, ctx bool) (dateMatch, bool) {
	if m, ok := t.monthDayAt(i, r, 0, false); ok {
		return m, true
	}
	mo, mend, _ := t.month(i)
	if y, end := t.yearAfter(mend); y != 0 {
		return dateMatch{Date: Date{Year: y, Month: mo, Prec: PrecMonth, Resolved: true}, last: end}, true
	}
	full := len(t.word(i)) >= 5 || t.word(i) == "june" || t.word(i) == "july"
	if !full || !(ctx || monthPrev[t.word(i-1)]) || t.word(i) == "may" {
		return dateMatch{}, false
	}
	return dateMatch{Date: r.monthOnly(mo), last: mend}, true
}

// yearPrev are the words after which a four-digit number is a year.
var yearPrev = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true,
	"from": true, "during": true, "before": true, "after": true, "early": true,
	"late": true, "mid": true, "through": true, "throughout": true,
	"year": true, "summer": true, "winter": true, "spring": true, "autumn": true,
}

// numericDateAt reads a date starting with digits: "2016-12-19",
// "19.12.2016", "19/12/2016", "19 December 2016", "in 2008".
func (t *text) numericDateAt(i int, r resolver, ctx bool) (dateMatch, bool) {
	if m, ok := t.isoAt(i); ok {
		return m, true
	}
	if m, ok := t.dottedAt(i); ok {
		return m, true
	}
	if m, ok := t.slashAt(i); ok {
		return m, true
	}
	if m, ok := t.dayMonthAt(i, r, 0, false); ok {
		return m, true
	}
	return t.yearAt(i, ctx)
}

// yearAt reads a four-digit year after a word that marks one ("in
// 2008", "mid-2015"), or after a month.
func (t *text) yearAt(i int, ctx bool) (dateMatch, bool) {
	y, ok := t.intAt(i)
	if !ok || !isYear(t, i) || t.adj(i+1) && t.toks[i+1].kind == tWord {
		return dateMatch{}, false
	}
	if !ctx && !yearPrev[t.word(i-1)] {
		return dateMatch{}, false
	}
	if _, unit := t.lex.units[t.word(i+1)]; unit {
		return dateMatch{}, false
	}
	return dateMatch{Date: Date{Year: y, Prec: PrecYear, Resolved: true}, last: i}, true
}

// ymdSlashAt reads the numbers of 2016/12/19 or 2016-12-19, the
// separators already checked.
func (t *text) ymdSlashAt(i int) (dateMatch, bool) {
	y, _ := t.intAt(i)
	m, ok1 := t.intAt(i + 2)
	d, ok2 := t.intAt(i + 4)
	if !ok1 || !ok2 || t.digits(i+2) > 2 || t.digits(i+4) > 2 || !validDay(y, time.Month(m), d) {
		return dateMatch{}, false
	}
	return dateMatch{Date: dayDate(dayNum(y, time.Month(m), d)), last: i + 4}, true
}

// isoAt reads 2016-12-19.
func (t *text) isoAt(i int) (dateMatch, bool) {
	if t.digits(i) != 4 || !t.dash(i+1) || !t.adj(i+1) || !t.adj(i+2) || !t.dash(i+3) || !t.adj(i+3) || !t.adj(i+4) {
		return dateMatch{}, false
	}
	return t.ymdSlashAt(i)
}

// dottedAt reads a day-month-year written with points: 19.12.2016.
func (t *text) dottedAt(i int) (dateMatch, bool) {
	raw := t.raw(i)
	var parts [3]int
	k, n := 0, 0
	for j := 0; j < len(raw); j++ {
		switch c := raw[j]; {
		case c == '.':
			k, n = k+1, 0
			if k > 2 {
				return dateMatch{}, false
			}
		case isDigit(c) && n < 4:
			parts[k], n = parts[k]*10+int(c-'0'), n+1
		default:
			return dateMatch{}, false
		}
	}
	if k != 2 || n != 4 || !validDay(parts[2], time.Month(parts[1]), parts[0]) {
		return dateMatch{}, false
	}
	return dateMatch{Date: dayDate(dayNum(parts[2], time.Month(parts[1]), parts[0])), last: i}, true
}

// slashAt reads 19/12/2016 or 12/19/2016, only when the order is plain:
// one of the first two numbers above 12, or both the same; and 2016/12/19.
func (t *text) slashAt(i int) (dateMatch, bool) {
	if !t.punct(i+1, "/") || !t.punct(i+3, "/") || !t.adj(i+1) || !t.adj(i+2) || !t.adj(i+3) || !t.adj(i+4) {
		return dateMatch{}, false
	}
	if t.digits(i) == 4 {
		return t.ymdSlashAt(i)
	}
	a, ok1 := t.intAt(i)
	b, ok2 := t.intAt(i + 2)
	y, ok3 := t.intAt(i + 4)
	if !ok1 || !ok2 || !ok3 || t.digits(i+4) != 4 || t.digits(i) > 2 || t.digits(i+2) > 2 {
		return dateMatch{}, false
	}
	d, m := a, b
	switch {
	case a == b, a > 12:
	case b > 12:
		d, m = b, a
	default:
		return dateMatch{}, false
	}
	if !validDay(y, time.Month(m), d) {
		return dateMatch{}, false
	}
	return dateMatch{Date: dayDate(dayNum(y, time.Month(m), d)), last: i + 4}, true
}
