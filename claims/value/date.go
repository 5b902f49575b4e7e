package value

import (
	"fmt"
	"time"
)

// Precision is how much of a date the text states.
type Precision int

// The precisions, from finest to coarsest; PrecWeekday is a weekday that
// could not be placed on the calendar.
const (
	PrecNone    Precision = iota
	PrecDay               // 2016-12-19
	PrecSpan              // a run of Days days from Year-Month-Day: "last week", "earlier this week"
	PrecMonth             // 2016-12
	PrecYear              // 2016
	PrecWeekday           // "Friday" without a publication date
)

// Date is a calendar date read from text. A Resolved date has a Year;
// an unresolved one keeps what the text says: a weekday, a month and day
// without a year, or an offset from another event (Anchored).
type Date struct {
	Year       int
	Month      time.Month
	Day        int
	Days       int // length of a PrecSpan interval, in days
	Weekday    time.Weekday
	HasWeekday bool // the text names the weekday
	Prec       Precision
	Resolved   bool
	Approx     bool   // "early December", "mid-2015", "last week", "three months ago"
	Part       string // part of the day when stated: "morning", "afternoon", "evening", "night"
	Anchored   bool   // relative to another event: "two days later", "a day after the protests"
	Shift      int    // days after (negative: before) the anchor, 0 when unknown ("days later")
	Text       string
}

// DateSpan is a Date with its byte span in the searched string.
type DateSpan struct {
	Start, End int
	Date
}

// String gives the ISO 8601 form at the date's precision: "2016-12-19",
// "2016-12", "2016", "2018-07-02/2018-07-04" for a span, "--12-19" for a
// day without a year, "Friday (unresolved)" for a lone weekday. An
// approximate date starts with "~"; other unresolved dates show their text.
func (d Date) String() string {
	s := d.iso()
	if d.Approx && s != "" {
		s = "~" + s
	}
	return s
}

func (d Date) iso() string {
	switch {
	case d.Anchored:
		return fmt.Sprintf("%s (anchored, %+d days)", d.Text, d.Shift)
	case d.Prec == PrecWeekday:
		return d.Weekday.String() + " (unresolved)"
	case !d.Resolved && d.Month != 0 && d.Day != 0:
		return fmt.Sprintf("--%02d-%02d", int(d.Month), d.Day)
	case !d.Resolved && d.Month != 0:
		return fmt.Sprintf("--%02d", int(d.Month))
	case !d.Resolved:
		return d.Text + " (unresolved)"
	case d.Prec == PrecYear:
		return fmt.Sprintf("%04d", d.Year)
	case d.Prec == PrecMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case d.Prec == PrecSpan:
		first, last := d.interval()
		return dayString(first) + "/" + dayString(last)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Range is the first and last day a resolved date covers, at midnight UTC.
// It reports false for an unresolved date.
func (d Date) Range() (first, last time.Time, ok bool) {
	if !d.Resolved {
		return time.Time{}, time.Time{}, false
	}
	a, b := d.interval()
	return dayTime(a), dayTime(b), true
}

// interval is the first and last day of a resolved date, in days since
// 1970-01-01.
func (d Date) interval() (int, int) {
	switch d.Prec {
	case PrecYear:
		return dayNum(d.Year, 1, 1), dayNum(d.Year+1, 1, 1) - 1
	case PrecMonth:
		return dayNum(d.Year, d.Month, 1), dayNum(d.Year, d.Month+1, 1) - 1
	case PrecSpan:
		first := dayNum(d.Year, d.Month, d.Day)
		return first, first + max(d.Days, 1) - 1
	}
	n := dayNum(d.Year, d.Month, d.Day)
	return n, n
}

// dayNum counts days since 1970-01-01; time.Date normalises overflow
// ("month 13" is January of the next year).
func dayNum(y int, m time.Month, d int) int {
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
	n := u / 86400
	if u%86400 != 0 && u < 0 {
		n--
	}
	return int(n)
}

func dayTime(n int) time.Time { return time.Unix(int64(n)*86400, 0).UTC() }

func dayString(n int) string { return dayTime(n).Format("2006-01-02") }

// dayDate is a resolved day-precision Date for day number n.
func dayDate(n int) Date {
	t := dayTime(n)
	return Date{Year: t.Year(), Month: t.Month(), Day: t.Day(), Weekday: t.Weekday(), Prec: PrecDay, Resolved: true}
}

// spanDate is a resolved interval of days [first, last].
func spanDate(first, last int) Date {
	d := dayDate(first)
	d.Prec, d.Days = PrecSpan, last-first+1
	return d
}

// validDay reports whether y-m-d is a day of the calendar.
func validDay(y int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t.Month() == m && t.Day() == d
}
