package value

import "time"

// resolver places relative dates on the calendar from a publication date.
// Its choices prefer the past, as news reports mostly do.
type resolver struct {
	known bool
	day   int // publication day, days since 1970-01-01
	year  int
	month time.Month
	wd    time.Weekday
}

func newResolver(pub time.Time) resolver {
	if pub.IsZero() {
		return resolver{}
	}
	y, m, d := pub.Date()
	n := dayNum(y, m, d)
	return resolver{known: true, day: n, year: y, month: m, wd: dayTime(n).Weekday()}
}

// Ways to read a weekday.
const (
	wdBare = iota // "Monday": the publication day itself, else the one before
	wdLast        // "last Monday": strictly before the publication day
	wdNext        // "next Monday": strictly after
)

// weekday resolves a weekday. A bare weekday on the publication's own
// weekday is the publication day: the tense that could say otherwise is
// not read.
func (r resolver) weekday(w time.Weekday, mode int) Date {
	if !r.known {
		return Date{Weekday: w, HasWeekday: true, Prec: PrecWeekday}
	}
	back := (int(r.wd) - int(w) + 7) % 7
	switch {
	case mode == wdNext:
		fwd := (int(w) - int(r.wd) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return r.withWeekday(r.day + fwd)
	case mode == wdLast && back == 0:
		back = 7
	}
	return r.withWeekday(r.day - back)
}

func (r resolver) withWeekday(n int) Date {
	d := dayDate(n)
	d.HasWeekday = true
	return d
}

// shifted is the publication day moved by n days, or an unresolved date
// keeping the text when the publication date is unknown.
func (r resolver) shifted(n int) Date {
	if !r.known {
		return Date{Prec: PrecDay}
	}
	return dayDate(r.day + n)
}

// weekStart is the Monday of the week holding day n.
func weekStart(n int) int {
	wd := int(dayTime(n).Weekday())
	return n - (wd+6)%7
}

// span is the interval [day+from, day+to], approximate.
func (r resolver) span(from, to int) Date {
	if !r.known {
		return Date{Prec: PrecSpan, Approx: true}
	}
	d := spanDate(r.day+from, r.day+to)
	d.Approx = true
	return d
}

// week is the Monday-to-Sunday week k weeks from the publication's.
func (r resolver) week(k int) Date {
	if !r.known {
		return Date{Prec: PrecSpan, Approx: true}
	}
	first := weekStart(r.day) + 7*k
	d := spanDate(first, first+6)
	d.Approx = true
	return d
}

// monthFrom is the month k months from the publication's.
func (r resolver) monthFrom(k int) Date {
	if !r.known {
		return Date{Prec: PrecMonth}
	}
	t := time.Date(r.year, r.month+time.Month(k), 1, 12, 0, 0, 0, time.UTC)
	return Date{Year: t.Year(), Month: t.Month(), Prec: PrecMonth, Resolved: true}
}

// yearFrom is the year k years from the publication's.
func (r resolver) yearFrom(k int) Date {
	if !r.known {
		return Date{Prec: PrecYear}
	}
	return Date{Year: r.year + k, Prec: PrecYear, Resolved: true}
}

// monthDay resolves a day and month without a year: of the years around
// the publication, the nearest, a future day counting twice as far as a
// past one. A stated weekday picks the year it falls on when one does.
func (r resolver) monthDay(m time.Month, day int, wd time.Weekday, hasWD bool) Date {
	if !r.known {
		return Date{Month: m, Day: day, Weekday: wd, HasWeekday: hasWD, Prec: PrecDay}
	}
	best, bestCost := 0, 1<<30
	for y := r.year - 1; y <= r.year+1; y++ {
		if !validDay(y, m, day) {
			continue
		}
		n := dayNum(y, m, day)
		cost := r.day - n
		if cost < 0 {
			cost = -2 * cost
		}
		if hasWD && dayTime(n).Weekday() != wd {
			cost += 1 << 20
		}
		if cost < bestCost {
			best, bestCost = y, cost
		}
	}
	if best == 0 {
		return Date{Month: m, Day: day, Prec: PrecDay}
	}
	d := dayDate(dayNum(best, m, day))
	d.HasWeekday = hasWD
	return d
}

// monthOnly resolves a month without a year the same way: the nearest,
// a future month counting twice.
func (r resolver) monthOnly(m time.Month) Date {
	if !r.known {
		return Date{Month: m, Prec: PrecMonth}
	}
	diff := int(r.month) - int(m) // months back
	y := r.year
	switch {
	case diff < 0 && -2*diff > 12+diff:
		y--
	case diff > 0 && 2*(12-diff) < diff:
		y++
	}
	return Date{Year: y, Month: m, Prec: PrecMonth, Resolved: true}
}
