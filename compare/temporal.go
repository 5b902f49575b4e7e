package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/value"
)

// Rule ids of dates, clock times and counts.
const (
	RuleDate        = "date-conflict"
	RuleTime        = "time-conflict"
	RuleCountUpdate = "count-update"
	RuleCountSpread = "count-spread"
)

// plainSlot is the key of claims whose subject is not an entity: the
// subject as written ("victims", "flight") and the attribute.
type plainSlot struct{ subject, attribute string }

// lineUp says which claims without an entity subject are lined up
// across articles: those about the story's own event, the counts of its
// casualties, what an event of the ontology (a crash, a fire, a death)
// did or when and where, who did what, and the measure of a named thing.
// A date on a verb that names no event ("gave", "stepped") says too
// little of what it dates to be set against another.
func lineUp(c *claims.Claim) bool {
	switch {
	case c.Value.Type == claims.AgentValue, c.Role == "modifier":
		return true
	case c.Kind == claims.Count:
		return casualties[c.SubjectAs] || c.EventType != ""
	case c.Kind == claims.Event:
		return c.EventType != "" || c.Main || c.Pred == ""
	case c.Kind == claims.Attribute && c.Value.Unit != "":
		return c.EventType != "" // the speed, distance or length of an event
	}
	return false
}

// casualties are the plain subjects of the counts of what befell people.
var casualties = map[string]bool{"dead": true, "injured": true, "missing": true, "rescued": true,
	"evacuated": true, "arrested": true, "trapped": true, "on board": true, "nationals": true}

// eventKey begins the key of an event's slots: the claims about one type
// of event (a derailment, a fire) are about one event in articles of one
// story, however each names it ("the blaze", "the fire").
const eventKey = "\x00event "

// storyName names the main event as most of the claims do.
func storyName(items []item) string {
	n := map[string]int{}
	best := ""
	for _, it := range items {
		n[it.c.SubjectAs]++
		if c := n[it.c.SubjectAs]; c > n[best] || c == n[best] && it.c.SubjectAs < best {
			best = it.c.SubjectAs
		}
	}
	return "the " + best
}

// plainGroups aligns the counts and events of plain subjects, then compares
// each group's values by type and reports agreement or a single source.
func (b *builder) plainGroups() {
	var items []item
	for _, it := range b.items {
		if it.entity < 0 && it.c.SubjectAs != "" && asserted(it.c) && !it.c.Earlier && lineUp(it.c) {
			items = append(items, it)
		}
	}
	// the claims about each article's main event are about one event,
	// however each article names it ("the derailment", "the crash")
	keys, byKey := groupBy(items, func(it item) plainSlot {
		if it.c.Kind == claims.Event && it.c.EventType != "" {
			return plainSlot{eventKey + it.c.EventType, it.c.Attribute}
		}
		return plainSlot{it.c.SubjectAs, it.c.Attribute}
	})
	groups := make([]group, len(keys))
	for i, k := range keys {
		groups[i] = group{slot: slot{entity: -1, attribute: k.attribute}, items: byKey[i]}
		if strings.HasPrefix(k.subject, eventKey) {
			keys[i].subject = storyName(byKey[i])
		}
	}
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, c := keys[order[i]], keys[order[j]]
		return a.subject < c.subject || (a.subject == c.subject && a.attribute < c.attribute)
	})
	for _, i := range order {
		b.comparePlain(groups[i], keys[i].subject)
	}
}

// comparePlain compares one group of a plain subject.
func (b *builder) comparePlain(g group, subject string) {
	typ := g.items[0].c.Value.Type
	if typ == claims.AgentValue {
		b.agentConflict(g, subject)
		return
	}
	if typ == claims.PlaceValue {
		if !b.placeConflict(g, subject, subject) {
			b.plainSupport(g, side{items: g.items, show: g.items[0].c.Value.Text}, subject)
		}
		return
	}
	if typ != claims.NumberValue && typ != claims.DateValue && typ != claims.TimeValue {
		return
	}
	var dropped []item
	g.items, dropped = b.unambiguous(g.items)
	if len(g.items) == 0 {
		if dropped[0].c.Kind == claims.Count {
			b.spread(g, dropped, subject)
		}
		return
	}
	sides := b.sides(g.items)
	if len(sides) > 1 {
		f := b.conflictOf(g, sides, subject, subject)
		b.add(f)
		return
	}
	b.plainSupport(g, sides[0], subject)
}

// unambiguous drops the counts of an article that gives two values for
// one slot that cannot both hold: it speaks of two groups or two moments,
// and which one another article means cannot be told.
func (b *builder) unambiguous(items []item) (kept, dropped []item) {
	docs, byDoc := groupBy(items, func(it item) int { return it.doc })
	clear := make(map[int]bool, len(docs))
	for i, d := range docs {
		clear[d] = b.oneSide(byDoc[i])
	}
	for _, it := range items {
		if clear[it.doc] {
			kept = append(kept, it)
		} else {
			dropped = append(dropped, it)
		}
	}
	return kept, dropped
}

// spread reports the counts of a slot that only articles giving several
// values carry (a live blog's running toll): every value is shown, never
// one for all, and none is compared.
func (b *builder) spread(g group, items []item, subject string) {
	sides := b.sides(items)
	f := Finding{Rule: RuleCountSpread, Kind: KindUnresolved, Severity: Info, Subject: subject, SubjectName: subject,
		Attribute: g.slot.attribute}
	for _, s := range sides {
		f.Values = append(f.Values, b.side(s))
	}
	f.Message = fmt.Sprintf("%s: %s: %s: changing over time?", subject, g.slot.attribute, spreadList(f.Values))
	f.Explanation = "Each article that gives this count gives several values that cannot all hold at once " +
		"(two moments or two groups), so which one another article means cannot be told: none is compared."
	b.add(f)
}

// temporalConflict compares the dates or clock times of one entity's slot
// ("date of death" of a person): two values conflict only when no wording
// of one can name the same day or instant as a wording of the other.
func (b *builder) temporalConflict(g group) bool {
	sides := b.sides(g.items)
	if len(sides) < 2 {
		return false
	}
	e := b.res.Entities[g.slot.entity]
	b.add(b.conflictOf(g, sides, b.entityID(g.slot.entity), e.Name))
	return true
}

// conflictOf builds the finding of sides that cannot both hold: a conflict,
// or an update when the counts only grew from earlier articles to later ones.
func (b *builder) conflictOf(g group, sides []side, subject, name string) (f Finding) {
	f = Finding{Kind: KindConflict, Severity: Error, Subject: subject, SubjectName: name, Attribute: g.slot.attribute}
	for _, s := range sides {
		f.Values = append(f.Values, b.side(s))
	}
	distinguish(f.Values, sides)
	f.Rule, f.Type, f.Explanation = ruleOf(g.items[0].c.Value.Type)
	f.Message = fmt.Sprintf("%s: sources disagree on %s: %s", name, g.slot.attribute, sideList(f.Values))
	defer func() { f.Explanation += b.bridgeNote(sides) }()
	if g.items[0].c.Kind == claims.Count && b.grows(g.items) {
		f.Rule, f.Kind, f.Severity, f.Type = RuleCountUpdate, KindUpdate, Info, "numeric (update)"
		f.Message = fmt.Sprintf("%s: %s changed between articles: %s", name, g.slot.attribute, spreadList(f.Values))
		f.Explanation = "Later articles give a higher count than earlier ones: a toll that grew, not a contradiction."
		return f
	}
	if len(docsOf(g.items)) == 1 {
		f.Rule += "-within-article"
		f.Type += " (self-contradiction)"
	}
	if allWeak(sides) {
		f.Severity = Warning
	}
	if g.items[0].c.Kind == claims.Count && !b.allDated(g.items) {
		f.Severity = Warning
		f.Message = fmt.Sprintf("%s: %s differs between sources: %s: changing over time?", name, g.slot.attribute, spreadList(f.Values))
		f.Explanation += " Not every article has a publication date, so this may be a toll that changed over time rather than a contradiction."
	}
	if g.items[0].c.Value.Type == claims.DateValue && anyUnresolved(g.items) {
		f.Severity = Warning
		f.Explanation += " At least one side is a weekday or a day without a year that no publication date pins down."
	}
	return f
}

func ruleOf(t claims.ValueType) (rule, typ, why string) {
	switch t {
	case claims.DateValue:
		return RuleDate, "date", "The dates, each resolved against its article's publication date, name different days."
	case claims.TimeValue:
		return RuleTime, "time", "The clock times name different instants, beyond the precision each one states."
	}
	return RuleNumber, "numeric", "The values are numbers (or ranges) that do not overlap, so they cannot both be right."
}

// anyUnresolved reports whether a date of the items is not pinned to a day.
func anyUnresolved(items []item) bool {
	for _, it := range items {
		if strings.Contains(it.c.Value.Norm, "unresolved") || strings.HasPrefix(it.c.Value.Norm, "--") {
			return true
		}
	}
	return false
}

// allDated reports whether every item's article has a publication date.
func (b *builder) allDated(items []item) bool {
	for _, it := range items {
		if !b.docs[it.doc].Article.HasPublished() {
			return false
		}
	}
	return true
}

// grows reports whether every article that differs from another was
// published on a different day, and the later one always gives more: per
// domain of the counts, no undated value clashes with another, the values
// of one day agree, and no later value lies wholly below an earlier one
// (one sweep over the days, in order).
func (b *builder) grows(items []item) bool {
	sv := b.values(items)
	byDomain := map[string][]int{}
	for i := range items {
		if r := sv.rs[sv.of[i]]; r.kind == readInterval {
			byDomain[r.domain] = append(byDomain[r.domain], i)
		}
	}
	for _, is := range byDomain {
		if !b.growsIn(items, is, func(i int) reading { return sv.rs[sv.of[i]] }) {
			return false
		}
	}
	return true
}

// growsIn is grows over the items is of one domain of intervals.
func (b *builder) growsIn(items []item, is []int, r func(int) reading) bool {
	minHi, maxLo := math.Inf(1), math.Inf(-1)
	for _, i := range is {
		minHi, maxLo = min(minHi, r(i).hi), max(maxLo, r(i).lo)
	}
	var dated []int
	for _, i := range is {
		if !b.published(items[i]).IsZero() {
			dated = append(dated, i)
		} else if r(i).lo > minHi || r(i).hi < maxLo {
			return false // an undated value clashes with another
		}
	}
	slices.SortStableFunc(dated, func(x, y int) int { return b.published(items[x]).Compare(b.published(items[y])) })
	earlierLo := math.Inf(-1) // the highest lower bound of the earlier days
	for start := 0; start < len(dated); {
		day := b.published(items[dated[start]])
		end := start
		dayLo, dayHi := math.Inf(-1), math.Inf(1)
		for ; end < len(dated) && b.published(items[dated[end]]).Equal(day); end++ {
			v := r(dated[end])
			if v.hi < earlierLo {
				return false // a later article gives less
			}
			dayLo, dayHi = max(dayLo, v.lo), min(dayHi, v.hi)
		}
		if dayLo > dayHi {
			return false // two articles of one day disagree
		}
		earlierLo, start = max(earlierLo, dayLo), end
	}
	return true
}

func (b *builder) published(it item) time.Time {
	a := b.docs[it.doc].Article
	if a == nil || !a.HasPublished() {
		return time.Time{}
	}
	y, m, d := a.Published.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// numberOf reads a claim's number again from its text, with its hedge,
// in the unit the claim was normalised to ("some 60 miles" in km).
func numberOf(v claims.Value) (value.Number, bool) {
	if n, ok := value.ParseNumber(v.Text); ok {
		return n, true
	}
	ns := value.FindNumbers(v.Text)
	if len(ns) == 0 {
		return value.Number{}, false
	}
	n := ns[0].Number
	if v.Unit != "" && n.Unit != v.Unit {
		if c, ok := value.Convert(n, v.Unit); ok {
			return c, true
		}
	}
	return n, true
}

func firstDate(text string, published time.Time) (value.Date, bool) {
	ds := value.FindDates(text, published)
	if len(ds) == 0 {
		return value.Date{}, false
	}
	return ds[0].Date, true
}

// plainSupport reports a plain slot several sources agree on, or one
// alone: the side's most precise wording is its value.
func (b *builder) plainSupport(g group, s side, subject string) {
	docs := docsOf(s.items)
	f := Finding{Subject: subject, SubjectName: subject, Attribute: g.slot.attribute, Severity: Info,
		Values: []FindingValue{b.side(s)}}
	if len(docs) >= 2 {
		f.Rule, f.Kind = RuleCorroborated, KindCorroborated
		f.Message = fmt.Sprintf("%s: %s %s corroborated by %d sources", subject, g.slot.attribute, quote(f.Values[0].Value), len(docs))
	} else {
		f.Rule, f.Kind = RuleSingle, KindSingleSource
		f.Message = fmt.Sprintf("%s: %s %s rests on one source (%s)", subject, g.slot.attribute, quote(f.Values[0].Value), f.Values[0].Sources[0])
	}
	b.add(f)
}
