package value

// dayWordAt reads "today", "tonight", "yesterday", "tomorrow", with a part
// of the day after: "yesterday evening", "tomorrow morning".
func (t *text) dayWordAt(i int, r resolver) (dateMatch, bool) {
	shift := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[t.word(i)]
	m := dateMatch{Date: r.shifted(shift), last: i}
	if t.is(i, "tonight") {
		m.Part = "night"
		return m, true
	}
	return t.withPart(m), true
}

// lastNextAt reads "last Monday", "last night", "last week", "this
// morning", "next month", "last December".
func (t *text) lastNextAt(i int, r resolver) (dateMatch, bool) {
	w, j := t.word(i), i+1
	if wd, ok := weekdays[t.word(j)]; ok {
		mode := map[string]int{"last": wdLast, "next": wdNext, "coming": wdNext}[w]
		return t.weekdayDateAt(j, j+1, wd, r, mode)
	}
	k := map[string]int{"last": -1, "this": 0, "next": 1, "coming": 1}[w]
	var d Date
	switch t.word(j) {
	case "night":
		if w != "last" {
			return dateMatch{}, false
		}
		d = r.shifted(-1)
		d.Part = "night"
	case "morning", "afternoon", "evening":
		if w != "this" {
			return dateMatch{}, false
		}
		d = r.shifted(0)
		d.Part = t.word(j)
	case "week":
		d = r.week(k)
	case "weekend":
		d = r.weekend(k)
	case "month":
		d = r.monthFrom(k)
	case "year":
		d = r.yearFrom(k)
	default:
		return t.lastMonthAt(i, r, k)
	}
	return dateMatch{Date: d, last: j}, true
}

// lastMonthAt reads "last December", "next March": a month name after
// last, this or next.
func (t *text) lastMonthAt(i int, r resolver, k int) (dateMatch, bool) {
	mo, mend, ok := t.month(i + 1)
	if !ok || len(t.word(i+1)) < 4 {
		return dateMatch{}, false
	}
	d := r.monthOnly(mo)
	if r.known {
		switch {
		case k < 0 && (d.Year > r.year || d.Year == r.year && mo >= r.month):
			d.Year = r.year - 1
			if mo < r.month {
				d.Year = r.year
			}
		case k > 0 && (d.Year < r.year || d.Year == r.year && mo <= r.month):
			d.Year = r.year + 1
			if mo > r.month {
				d.Year = r.year
			}
		}
	}
	return dateMatch{Date: d, last: mend}, true
}

// weekend is the Saturday and Sunday: the last one before the publication
// day for k < 0, the one of its week otherwise, shifted by k weeks.
func (r resolver) weekend(k int) Date {
	if !r.known {
		return Date{Prec: PrecSpan, Approx: true}
	}
	sat := weekStart(r.day) + 5
	switch {
	case k < 0:
		for sat >= r.day {
			sat -= 7
		}
	case k > 0:
		sat += 7 * (k - 1)
		if sat <= r.day {
			sat += 7
		}
	}
	return spanDate(sat, sat+1)
}

// earlierLaterAt reads "earlier today", "earlier this week", "later this
// month", "earlier this morning".
func (t *text) earlierLaterAt(i int, r resolver) (dateMatch, bool) {
	earlier := t.is(i, "earlier")
	if t.is(i+1, "today") || t.is(i+1, "tonight") {
		return dateMatch{Date: r.shifted(0), last: i + 1}, true
	}
	if !t.is(i+1, "this") {
		return dateMatch{}, false
	}
	var d Date
	switch w := t.word(i + 2); w {
	case "morning", "afternoon", "evening":
		d = r.shifted(0)
		d.Part = w
	case "week":
		d = r.restOfWeek(earlier)
	case "month":
		d = r.monthFrom(0)
		d.Approx = true
	case "year":
		d = r.yearFrom(0)
		d.Approx = true
	default:
		return dateMatch{}, false
	}
	return dateMatch{Date: d, last: i + 2}, true
}

// restOfWeek is the part of the publication's week before it (earlier)
// or after it (later), or the day itself at the week's edge.
func (r resolver) restOfWeek(earlier bool) Date {
	if !r.known {
		return Date{Prec: PrecSpan, Approx: true}
	}
	mon := weekStart(r.day)
	sun := mon + 6
	switch {
	case earlier && mon == r.day, !earlier && sun == r.day:
		return r.span(0, 0)
	case earlier:
		return r.span(mon-r.day, -1)
	}
	return r.span(1, sun-r.day)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// prefixAt reads "early", "late" and "mid" before a date: "early December"
// and "mid-2015" are approximate, "early this morning" and "late on
// Friday" keep their day.
func (t *text) prefixAt(i int, r resolver) (dateMatch, bool) {
	j := i + 1
	if t.dash(j) && t.adj(j) && t.adj(j+1) {
		j++
	} else if t.is(j, "on") {
		j++
	}
	m, ok := t.dateAtCtx(j, r, true)
	if !ok || m.Anchored {
		return dateMatch{}, false
	}
	if m.Prec != PrecDay && m.Prec != PrecWeekday {
		m.Approx = true
	}
	return m, true
}

// anchoredPhrases are expressions after "the" that count from an event
// the text names elsewhere, or from the publication day (pub).
var anchoredPhrases = []struct {
	words []string
	shift int
	part  string
	pub   bool
}{
	{[]string{"the", "day", "before", "yesterday"}, -2, "", true},
	{[]string{"the", "day", "after", "tomorrow"}, 2, "", true},
	{[]string{"the", "day", "before"}, -1, "", false},
	{[]string{"the", "day", "after"}, 1, "", false},
	{[]string{"the", "next", "day"}, 1, "", false},
	{[]string{"the", "following", "day"}, 1, "", false},
	{[]string{"the", "previous", "day"}, -1, "", false},
	{[]string{"the", "next", "morning"}, 1, "morning", false},
	{[]string{"the", "following", "morning"}, 1, "morning", false},
	{[]string{"the", "previous", "night"}, -1, "night", false},
	{[]string{"the", "night", "before"}, -1, "night", false},
	{[]string{"the", "previous", "evening"}, -1, "evening", false},
	{[]string{"the", "same", "day"}, 0, "", false},
	{[]string{"the", "following", "week"}, 7, "", false},
	{[]string{"the", "previous", "week"}, -7, "", false},
}

// theAt reads "the day before", "the next day", "the day before
// yesterday".
func (t *text) theAt(i int, r resolver) (dateMatch, bool) {
	switch t.word(i + 1) {
	case "day", "next", "following", "previous", "night", "same":
	default:
		return dateMatch{}, false
	}
	for _, p := range anchoredPhrases {
		if j, ok := t.matchSeq(i, p.words); ok {
			d := Date{Prec: PrecDay, Anchored: true, Shift: p.shift, Part: p.part}
			if p.pub {
				d = r.shifted(p.shift)
			}
			return dateMatch{Date: d, last: j - 1}, true
		}
	}
	return dateMatch{}, false
}

// periodDays are the lengths of the periods counted in relative dates.
var periodDays = map[string]int{
	"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30,
	"year": 365, "years": 365, "night": 1, "nights": 1,
}

// directions say which way a counted period goes, and from what.
var directions = map[string]int{
	"ago": -1, "later": 1, "earlier": -1, "after": 1, "before": -1,
	"afterwards": 1, "afterward": 1, "previously": -1, "prior": -1,
}

// countDateAt reads "two days later", "a day after", "three weeks ago",
// "days later": periods counted from the publication day ("ago") are
// resolved, periods counted from another event are anchored.
func (t *text) countDateAt(i int, r resolver) (dateMatch, bool) {
	n, j := t.periodCount(i)
	per, ok := periodDays[t.word(j)]
	if !ok || j == i && n != 0 {
		return dateMatch{}, false
	}
	dir, ok := directions[t.word(j+1)]
	if !ok {
		return dateMatch{}, false
	}
	if !t.is(j+1, "ago") {
		return dateMatch{Date: Date{Prec: PrecDay, Anchored: true, Shift: dir * n * shiftUnit(per)}, last: j + 1}, true
	}
	if n == 0 {
		return dateMatch{}, false
	}
	return dateMatch{Date: r.ago(n, per), last: j + 1}, true
}

// shiftUnit is the day count of a period when it shifts an anchor, 0 for
// months and years whose length in days the text does not give.
func shiftUnit(per int) int {
	if per > 7 {
		return 0
	}
	return per
}

// periodCount reads the count before a period: digits, number words, "a",
// "an"; none ("days later") gives 0 and i.
func (t *text) periodCount(i int) (int, int) {
	switch {
	case t.is(i, "a") || t.is(i, "an"):
		return 1, i + 1
	case t.digits(i) > 0 && t.digits(i) <= 3:
		v, _ := t.intAt(i)
		return v, i + 1
	}
	if v, e, ok := t.tensAt(i); ok && v > 0 {
		return int(v), e + 1
	}
	return 0, i
}

// ago resolves "n periods ago": days exactly, weeks as a span around the
// day, months and years at their precision, approximately.
func (r resolver) ago(n, per int) Date {
	switch per {
	case 1:
		return r.shifted(-n)
	case 7:
		return r.span(-7*n-3, -7*n+3)
	case 30:
		d := r.monthFrom(-n)
		d.Approx = true
		return d
	}
	d := r.yearFrom(-n)
	d.Approx = true
	return d
}
