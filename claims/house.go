package claims

import (
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/claims/value"
)

// The values of findings are written in one house style, whatever the
// article wrote, so that they read alike; the sentence a value comes with
// keeps the article's own words.

// houseTime writes the clock times of a value in one style, "2 a.m.",
// whatever the article wrote ("2am", "2 AM", "2a.m."), so that the
// values of a finding read alike; the sentence keeps the article's words.
func houseTime(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		m, n := meridiem(s[j:])
		if m == "" {
			continue
		}
		b.WriteString(" " + m)
		i = j + n - 1
	}
	return b.String()
}

// meridiem reads "am", "a.m.", "AM", "pm", … at the start of s, as a word
// of its own, and returns it in house style with the bytes it took.
func meridiem(s string) (string, int) {
	if len(s) < 2 {
		return "", 0
	}
	var m string
	switch s[0] | 0x20 {
	case 'a':
		m = "a.m."
	case 'p':
		m = "p.m."
	default:
		return "", 0
	}
	n := 1
	if s[n] == '.' {
		n++
	}
	if n >= len(s) || s[n]|0x20 != 'm' {
		return "", 0
	}
	n++
	if n < len(s) && s[n] == '.' {
		n++
	}
	if n < len(s) && isWordRune(rune(s[n])) {
		return "", 0 // "2 amps", "3 pmol"
	}
	return m, n
}

// houseQuantity writes a quantity in one style, whatever the article
// wrote: "11-month" and "six-week" as "11 months" and "six weeks", "5km"
// as "5 km", so that the values of a finding read alike; the sentence
// keeps the article's words. A quantity written as an adjective is
// rewritten when it ends in a unit of length or time of units.
func houseQuantity(s string, units *value.Lexicon) string {
	if h := strings.LastIndexByte(s, '-'); h > 0 && lengthOrTime(s[h+1:], units) {
		num, unit := s[:h], s[h+1:]
		switch {
		case isOne(num) || len(unit) <= 2 || strings.HasSuffix(unit, "s"):
		case unit == "foot":
			unit = "feet"
		case unit == "inch":
			unit = "inches"
		default:
			unit += "s" // "an 11-month break": eleven months
		}
		return num + " " + unit
	}
	d := strings.LastIndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if d < 0 || d+1 >= len(s) || !unicode.IsLetter(rune(s[d+1])) {
		return s
	}
	if strings.IndexFunc(s[d+1:], func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return s
	}
	return s[:d+1] + " " + s[d+1:] // "5km"
}

// lengthOrTime reports whether a word is a unit of length or of time.
func lengthOrTime(w string, units *value.Lexicon) bool {
	u, ok := units.Unit(w)
	if !ok || u == "" {
		return false
	}
	_, length := value.Convert(value.Number{Unit: u}, "m")
	_, time := value.Convert(value.Number{Unit: u}, "s")
	return length || time
}

// isOne reports whether a number as written is one: "1", "a 1", "one".
func isOne(num string) bool {
	w := num[strings.LastIndexByte(num, ' ')+1:]
	return w == "1" || strings.EqualFold(w, "one") || strings.EqualFold(w, "a")
}
