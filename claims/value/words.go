package value

import "time"

// The tables of this file are the grammar of English numbers and dates,
// and stay in the code. The words a config can extend (hedges,
// quantifiers, units, time hedges) are data: values.yaml, see Lexicon.

// cardinals are the number words below a hundred that stand alone.
var cardinals = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// scales multiply what comes before them.
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// ordinalWords are the ordinal number words.
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"hundredth": 100, "thousandth": 1000,
}

// ordinalSuffix are the letters written after digits in an ordinal.
var ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// months maps month names and their abbreviations to months.
var months = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March,
	"april": time.April, "may": time.May, "june": time.June, "july": time.July,
	"august": time.August, "september": time.September, "october": time.October,
	"november": time.November, "december": time.December,
	"jan": time.January, "feb": time.February, "mar": time.March,
	"apr": time.April, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "sept": time.September, "oct": time.October,
	"nov": time.November, "dec": time.December,
}

// weekdays maps weekday names to weekdays.
var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sunday": time.Sunday,
}

// weekdayAbbr are weekday abbreviations, read only before an explicit date.
var weekdayAbbr = map[string]time.Weekday{
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday,
	"thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
	"sun": time.Sunday,
}

// dayParts are the parts of a day that may follow a day word.
var dayParts = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true,
	"lunchtime": true, "overnight": true,
}

// month returns the month named by the word at i: written with a capital,
// an abbreviation optionally followed by a full stop.
func (t *text) month(i int) (time.Month, int, bool) {
	m, ok := months[t.word(i)]
	if !ok || !t.capital(i) {
		return 0, i, false
	}
	end := i
	if w := t.word(i); len(w) <= 4 && w != "may" && w != "june" && w != "july" && t.punct(i+1, ".") && t.adj(i+1) {
		end = i + 1
	}
	return m, end, true
}
