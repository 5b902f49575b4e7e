package claims

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/claims/geo"
	"github.com/crosscheck/crosscheck/claims/value"
)

// counts reads the values of a sentence, numbers, dates and clock times,
// as claims where the parse attaches them (see readValues and whenClaims).
func (x *extractor) counts(si int) {
	vals := x.lex.values.Find(x.sents[si].Text, x.a.Published)
	x.dates, x.datesAt = vals.Dates, si+1
	x.readValues(si, vals)
	x.whenClaims(si, vals)
}

// numberValue turns a number found in text into a claim value.
func numberValue(n value.Number) Value {
	lo, hi := n.Bounds()
	v := Value{Type: NumberValue, Text: n.Text, Lo: lo, Hi: hi, Open: n.Open, Unit: n.Unit}
	if n.Open {
		v.Hi = 0
	}
	v.Norm = n.String()
	return v
}

// adjectiveOf names a slot for a demonym by its country's adjective, from
// the gazetteer ("Spaniards" → "Spanish", "Germans" → "German"); a word
// the gazetteer lacks loses a plural -s after -an.
func adjectiveOf(w string) string {
	if adj := geo.Adjective(demonymCountry(w)); adj != "" {
		return adj
	}
	if strings.HasSuffix(w, "ans") {
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// eventNouns name the event of a verb in a slot a person reads where
// WordNet's first senses give no noun of it: "was born" is a "birth",
// "found" a "discovery", "freed" a "release".
var eventNouns = map[string]string{"bear": "birth", "find": "discovery", "free": "release", "detain": "detention",
	"sentence": "sentencing", "take off": "take-off", "lose contact": "loss of contact", "begin": "start"}

// eventSlot is the attribute of an event's date or time ("date", "time").
func eventSlot(lemma, what string) string {
	n := eventNouns[lemma]
	if n == "" {
		n = lemma
	}
	if strings.Contains(n, " ") {
		return what + " of " + n
	}
	return n + " " + what
}

// clockNorm is a clock time as "HH:MM zone".
func clockNorm(c value.Clock) string {
	s := fmt.Sprintf("%02d:%02d", c.Minute/60, c.Minute%60)
	if c.Zone != "" {
		s += " " + c.Zone
	}
	if c.Approx {
		s = "~" + s
	}
	return s
}
