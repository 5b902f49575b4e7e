package claims

import (
	"github.com/crosscheck/crosscheck/claims/value"
)

// ordeals are the words that make a span of time the length of an
// ordeal, with the slot they fill: "nine days underground", "trapped for
// ten days", "missing for a week", "held for six months".
var ordeals = map[string]string{
	"trapped": "trapped", "underground": "trapped", "stranded": "stranded", "missing": "missing",
	"captivity": "held", "held": "held", "hostage": "held", "adrift": "adrift", "lost": "missing",
	"entombed": "trapped", "buried": "trapped", "besieged": "besieged",
}

// durationClaims reads how long an ordeal lasted: a span of days, weeks or
// months next to an ordeal word. The subject is the ordeal ("trapped"):
// articles on one event that give it different lengths disagree.
func (x *extractor) durationClaims(si int, nums []value.NumberSpan) {
	s := x.sents[si]
	for _, n := range nums {
		if n.Ordinal || !timeUnit(n.Unit) {
			continue
		}
		from, to := x.tokenRange(si, s.Start+n.Start, s.Start+n.End)
		slot := x.ordealNear(si, from, to)
		if slot == "" {
			continue
		}
		days, ok := value.Convert(n.Number, "day")
		if !ok {
			continue
		}
		v := numberValue(days)
		v.Text, v.Unit = n.Text, "day"
		x.add(Claim{Kind: Count, Subject: -1, SubjectAs: slot, Attribute: "days " + slot, Value: v,
			Start: s.Start + n.Start, End: s.Start + n.End}, si)
	}
}

func timeUnit(u string) bool {
	switch u {
	case "day", "week", "month", "hour", "year":
		return true
	}
	return false
}

// ordealNear returns the ordeal slot of a word right after the span ("nine
// days underground") or two words before it ("trapped for ten days").
func (x *extractor) ordealNear(si, from, to int) string {
	toks := x.sents[si].Tokens
	if to < len(toks) {
		if o := ordeals[lower(toks[to])]; o != "" {
			return o
		}
	}
	if from >= 2 && lower(toks[from-1]) == "for" {
		if o := ordeals[lower(toks[from-2])]; o != "" {
			return o
		}
	}
	return ""
}
