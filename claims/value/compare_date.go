package value

// CompareDates says whether two dates can name the same day. Resolved
// dates agree when their intervals overlap (a day agrees with the month
// holding it; an approximate span widens by a day on each side) and
// conflict when they are disjoint. A lone weekday agrees with a date on
// that weekday and conflicts with one on another; a day without a year
// compares by month and day. Dates anchored to another event are Unknown.
func CompareDates(a, b Date) Verdict {
	switch {
	case a.Anchored || b.Anchored:
		return Unknown
	case a.Resolved && b.Resolved:
		return compareIntervals(a, b)
	case a.Prec == PrecWeekday || b.Prec == PrecWeekday:
		return compareWeekdays(a, b)
	case a.Month != 0 && b.Month != 0:
		return compareMonthDays(a, b)
	}
	return Unknown
}

func compareIntervals(a, b Date) Verdict {
	a1, a2 := a.widened()
	b1, b2 := b.widened()
	if a1 <= b2 && b1 <= a2 {
		return Agree
	}
	return Conflict
}

// widened is the interval of a resolved date, approximate spans one day
// wider on each side.
func (d Date) widened() (int, int) {
	first, last := d.interval()
	if d.Approx && d.Prec == PrecSpan {
		first, last = first-1, last+1
	}
	return first, last
}

// compareWeekdays compares when one side is a lone weekday: only a day
// (or another lone weekday, or a date that states its weekday) can say.
func compareWeekdays(a, b Date) Verdict {
	wa, okA := a.knownWeekday()
	wb, okB := b.knownWeekday()
	switch {
	case !okA || !okB:
		return Unknown
	case wa == wb:
		return Agree
	}
	return Conflict
}

// knownWeekday is the weekday a date names or falls on.
func (d Date) knownWeekday() (int, bool) {
	switch {
	case d.HasWeekday:
		return int(d.Weekday), true
	case d.Resolved && d.Prec == PrecDay:
		return int(dayTime(dayNum(d.Year, d.Month, d.Day)).Weekday()), true
	}
	return 0, false
}

// compareMonthDays compares dates of which one lacks a year: by month,
// and by day when both have one.
func compareMonthDays(a, b Date) Verdict {
	if a.Prec == PrecSpan || b.Prec == PrecSpan || a.Prec == PrecYear || b.Prec == PrecYear {
		return Unknown
	}
	if a.Month != b.Month {
		return Conflict
	}
	if a.Day != 0 && b.Day != 0 && a.Day != b.Day {
		return Conflict
	}
	return Agree
}

// DayRange is the interval of days (counted from 1970-01-01) that a resolved
// date can name, as CompareDates compares two resolved dates: two such
// dates agree exactly when their intervals overlap. ok is false for a date
// that is not resolved or anchored to another event.
func (d Date) DayRange() (first, last int, ok bool) {
	if !d.Resolved || d.Anchored {
		return 0, 0, false
	}
	first, last = d.widened()
	return first, last, true
}
