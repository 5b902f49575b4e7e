package claims

import (
	"time"

	"github.com/crosscheck/crosscheck/claims/value"
)

// earlierDays is how long before publication a date must end to be an
// earlier occasion: a week or two back is still the news of the article.
const earlierDays = 14

// earlierOccasion returns the date that places the claim at byte span
// [start, end) on an earlier occasion than the article's news: the date
// nearest the claim in its sentence, when it ends more than two weeks
// before publication ("in 2004", "two years ago", "last September"),
// or, the publication date unknown, when it names only a month or a year.
// A day of the news in the claim's reach ("this morning", "on Monday")
// keeps the claim in the news.
// A date after the claim counts only in the claim's clause: in "40 were
// injured in the quake, which revived memories of one in 2002" the year
// dates the earlier quake, not the injuries.
func (x *extractor) earlierOccasion(si, start, end int) (value.Date, bool) {
	s := x.sents[si]
	start, end = start-s.Start, end-s.Start
	best, dist := value.DateSpan{}, -1
	for _, d := range x.datesIn(si) {
		var gap int
		switch {
		case d.End <= start:
			gap = start - d.End
		case d.Start >= end:
			if x.clauseBreak(si, end, d.Start) {
				continue
			}
			gap = d.Start - end
		default:
			gap = 0
		}
		if !earlier(d.Date, x.a.Published) && !d.Anchored && d.Prec != value.PrecMonth && d.Prec != value.PrecYear {
			return value.Date{}, false // "last September … arrested this morning": the news
		}
		if dist < 0 || gap < dist {
			best, dist = d, gap
		}
	}
	if dist < 0 || !earlier(best.Date, x.a.Published) {
		return value.Date{}, false
	}
	return best.Date, true
}

// earlier reports whether a date names an occasion before the news of an
// article published at pub (zero when unknown).
func earlier(d value.Date, pub time.Time) bool {
	if d.Anchored {
		return false // "two days later" is the news itself
	}
	if pub.IsZero() {
		return d.Prec == value.PrecMonth || d.Prec == value.PrecYear
	}
	_, last, ok := d.Range()
	return ok && last.Before(pub.AddDate(0, 0, -earlierDays))
}

// contrasts, like a relative clause (relatives) or a semicolon, end the
// clause of a claim: what follows speaks of something else.
var contrasts = map[string]bool{"where": true, "while": true, "but": true, "although": true, "though": true, "whereas": true, ";": true}

// clauseBreak reports whether a clause break lies between two byte
// offsets of a sentence.
func (x *extractor) clauseBreak(si, from, to int) bool {
	s := x.sents[si]
	for _, t := range s.Tokens {
		if at := t.Start - s.Start; at >= from && at < to && (relatives[lower(t)] || contrasts[lower(t)]) {
			return true
		}
	}
	return false
}
