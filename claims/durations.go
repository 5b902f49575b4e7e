package claims

import (
	"github.com/crosscheck/crosscheck/claims/value"
)

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
		v.Text, v.Unit = houseQuantity(n.Text, x.lex.values), "day"
		x.add(Claim{Kind: Count, Subject: -1, SubjectAs: slot, Attribute: "days " + slot, Value: v,
			Start: s.Start + n.Start, End: s.Start + n.End}, si)
	}
}

// pauses are the nouns of a break in someone's work or training, after
// its length ("an 11-month break"); pausedBy are the verbs before it
// ("interrupted for seven months").
var (
	pauses   = map[string]bool{"break": true, "hiatus": true, "pause": true, "interruption": true, "absence": true, "suspension": true, "sabbatical": true}
	pausedBy = map[string]bool{"interrupted": true, "suspended": true, "paused": true, "halted": true}
)

// pauseClaims reads how long a person's break lasted: "took an 11-month
// break", "her studies were suspended for about eight months". The
// person is the last one the sentence names before the length, leaving
// out the speaker of "he said".
func (x *extractor) pauseClaims(si int, nums []value.NumberSpan) {
	s := x.sents[si]
	toks := s.Tokens
	for _, n := range nums {
		if n.Ordinal || !timeUnit(n.Unit) || n.Unit == "hour" {
			continue
		}
		from, to := x.tokenRange(si, s.Start+n.Start, s.Start+n.End)
		after := to < len(toks) && pauses[lower(toks[to])]
		before := from >= 2 && lower(toks[from-1]) == "for" && pausedBy[lower(toks[from-2])]
		if !after && !before {
			continue
		}
		person := -1
		for _, r := range x.refs[si] {
			if r.to > from || r.entity < 0 || x.doc.Entities[r.entity].Type != Person {
				continue
			}
			if r.to < len(toks) && toks[r.to].flags&fReporting != 0 {
				continue // "he said": the speaker, not the one who paused
			}
			person = r.entity
		}
		if person < 0 {
			person = x.possessorBefore(si, from)
		}
		days, ok := value.Convert(n.Number, "day")
		if person < 0 || !ok {
			continue
		}
		v := numberValue(days)
		v.Text, v.Unit = houseQuantity(n.Text, x.lex.values), "day"
		x.add(Claim{Kind: Attribute, Subject: person, Attribute: "length of break", Value: v,
			Start: s.Start + n.Start, End: s.Start + n.End}, si)
	}
}

// possessorBefore returns whom "his" or "her" before token i of sentence
// si means when the sentence names no one: the person the closest earlier
// sentence of the same paragraph is about.
func (x *extractor) possessorBefore(si, i int) int {
	toks := x.sents[si].Tokens
	found := false
	for k := 0; k < i; k++ {
		if w := lower(toks[k]); w == "his" || w == "her" {
			found = true
		}
	}
	for k := si - 1; found && k >= 0 && x.sents[k].Block == x.sents[si].Block; k-- {
		if x.focus[k] >= 0 {
			return x.focus[k]
		}
	}
	return -1
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
		if o := x.lex.ordeals[lower(toks[to])]; o != "" {
			return o
		}
	}
	if from >= 2 && lower(toks[from-1]) == "for" {
		if o := x.lex.ordeals[lower(toks[from-2])]; o != "" {
			return o
		}
	}
	return ""
}
