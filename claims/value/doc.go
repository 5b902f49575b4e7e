// Package value finds and normalises the typed values of news text —
// numbers with their hedges and units, calendar dates, clock times — and
// says when two values agree or conflict.
//
// The finders (FindNumbers, FindDates, FindTimes, ParseNumber) take one
// sentence and return spans with byte offsets into it, in order and never
// overlapping; they never fail and never panic, whatever the bytes. Find
// runs all three over a single scan of the sentence. FindNumbers leaves
// out the digits of dates and times, so "19 December 2016" and "10:53"
// are not also counts. The
// comparisons (Number.Overlaps, CompareNumbers, CompareDates,
// CompareTimes) return a Verdict: Agree, Conflict or Unknown, leaning
// towards agreement, because a false conflict costs more than a missed
// one: "at least eight" agrees with "nine", "about 50" with 53, "100 km"
// with "60 miles", "Monday" with "19 December" given the publication
// date, "16:30 BST" with "22:30 UTC+7".
//
// The words around a value are data, not code: the hedges before and
// after a number ("at least", "some", "or so", "20-odd"), the vague
// quantifiers ("several", "a few", "tens of thousands"), the unit words
// ("kilometres", "mph") and the hedges before a clock time ("around",
// "shortly after") are values.yaml, embedded and built once into the
// Default lexicon, which the package-level finders use. DecodeLexicon
// reads a user's additions from YAML, strictly and with line numbers, and
// Lexicon.Extend returns a new Lexicon with them, whose finders read them
// too. A Lexicon never changes once built, so goroutines can share one.
// Number words, months, weekdays, time zones and the factors that convert
// units are the grammar of the text, and stay in the code.
//
// The rules are a hand-written scanner over words, resolved with the
// standard library's time package; no date-parsing library is used
// (go-dateparser, olebedev/when and tj/go-naturaldate read "we" as
// Wednesday, "62" as 1962 and guess wrong years). The choices the rules
// make where the text is silent:
//
//   - A weekday alone is the publication day when it falls on that
//     weekday (the tense that could say otherwise is not read), else the
//     last such day before it; "last Monday" is strictly before, "next
//     Monday" strictly after. A day and month without a year take the year
//     that puts them nearest the publication, a future day counting twice
//     as far as a past one. Without a publication date, relative dates
//     stay unresolved and keep their weekday or their month and day.
//   - "two days later", "a day after the protests", "the next day" count
//     from an event named elsewhere: they are Anchored, with the shift in
//     days, and never resolved. "three days ago" counts from publication
//     and is resolved.
//   - "May" is a month only next to a day or a year; "march", "may",
//     "sun" in lower case are never dates; a four-digit number is a year
//     after a month or a word such as "in", "since", "by", "early", "mid-".
//   - "more than 8" is [9, +Inf) for whole counts; "fewer than 10" is
//     [0, 9]; "up to" and "as many as" are [0, x]; "several" is [3, 9],
//     "a few" [2, 5], "dozens" [24, 99], "hundreds" [200, 999]. An
//     approximate number widens by 10% (at least one for whole numbers
//     from 3), "nearly" downwards only; a conversion between units allows
//     a further 5%.
//   - Ages: "62-year-old", "62 years old" and "aged 62" carry the unit
//     "year-old"; a bare "62" compares with any unit.
//   - Ordinals ("3rd", "second") are found, marked Ordinal, and never
//     compare with counts. A lone "a" is never read as one by
//     FindNumbers; ParseNumber reads it when asked.
//   - A clock time without a zone is local. Times compare within the
//     larger of their tolerances: 0 for a stated time, 30 minutes for
//     "around 1 a.m.", 10 for "about 10:50", 15 for "just after 9pm".
//     "10.53" is a time only after "at", "by", "until", "from" or before
//     a zone or "pm". IST, CST and AST name several zones and are kept
//     without an offset, as are place names ("Ankara time").
//
// The package must stay pure: no printing, no flags, no I/O, and no
// dependency on other packages of the project.
package value
