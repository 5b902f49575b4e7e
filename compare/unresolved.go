package compare

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// RuleUnresolved reports a relative date that could not be resolved.
const RuleUnresolved = "unresolved-date"

// unresolvedDates reports the dates that could not be pinned to a day
// because their article has no publication date ("died on Thursday" in an
// undated article): they are compared only by weekday, and a person should
// know the report could not do more.
func (b *builder) unresolvedDates() {
	for _, it := range b.items {
		c := it.c
		if c.Value.Type != claims.DateValue || !strings.Contains(c.Value.Norm, "unresolved") {
			continue
		}
		name := b.subjectName(it)
		f := Finding{Rule: RuleUnresolved, Kind: KindUnresolved, Severity: Info, Type: "date",
			Subject: b.subjectOf(it), SubjectName: name, Attribute: c.Attribute,
			Values: []FindingValue{b.side(side{items: []item{it}, show: c.Value.Text})}}
		why := "the article has no publication date"
		if b.docs[it.doc].Article.HasPublished() {
			why = "the text gives no day to count from"
		}
		f.Message = fmt.Sprintf("%s: %s %s could not be resolved to a day: %s", name, c.Attribute, quote(c.Value.Text), why)
		f.Explanation = "Relative dates (a weekday, \"yesterday\") are resolved against the article's publication date; give one with --published FILE=DATE to resolve this one."
		b.add(f)
	}
}
