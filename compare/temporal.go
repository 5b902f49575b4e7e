package compare

import (
	"fmt"
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
)

// plainSlot is the key of claims whose subject is not an entity: the
// subject as written ("victims", "flight") and the attribute.
type plainSlot struct{ subject, attribute string }

// plainGroups aligns the counts and events of plain subjects, then compares
// each group's values by type and reports agreement or a single source.
func (b *builder) plainGroups() {
	var items []item
	for _, it := range b.items {
		if it.entity < 0 && it.c.SubjectAs != "" && asserted(it.c) && !it.c.Earlier && (it.c.Kind == claims.Count || it.c.Kind == claims.Event) {
			items = append(items, it)
		}
	}
	keys, byKey := groupBy(items, func(it item) plainSlot { return plainSlot{it.c.SubjectAs, it.c.Attribute} })
	groups := make([]group, len(keys))
	for i, k := range keys {
		groups[i] = group{slot: slot{entity: -1, attribute: k.attribute}, items: byKey[i]}
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
	if typ == claims.PlaceValue {
		if !b.placeConflict(g, subject, subject) {
			b.plainSupport(g, subject)
		}
		return
	}
	if typ != claims.NumberValue && typ != claims.DateValue && typ != claims.TimeValue {
		return
	}
	if g.items[0].c.Kind == claims.Count {
		g.items = b.unambiguous(g.items)
		if len(g.items) == 0 {
			return
		}
	}
	sides := b.clusters(g.items)
	if len(sides) > 1 {
		f := b.conflictOf(g, sides, subject, subject)
		b.add(f)
		return
	}
	b.plainSupport(g, subject)
}

// unambiguous drops the counts of an article that gives two values for
// one slot that cannot both hold: it speaks of two groups or two moments,
// and which one another article means cannot be told.
func (b *builder) unambiguous(items []item) []item {
	byDoc := map[int][]item{}
	for _, it := range items {
		byDoc[it.doc] = append(byDoc[it.doc], it)
	}
	var out []item
	for _, it := range items {
		if len(b.clusters(byDoc[it.doc])) == 1 {
			out = append(out, it)
		}
	}
	return out
}

// temporalConflict compares the dates or clock times of one entity's slot
// ("die date" of a person): two values conflict only when no wording of one
// can name the same day or instant as a wording of the other.
func (b *builder) temporalConflict(g group) bool {
	sides := b.clusters(g.items)
	if len(sides) < 2 {
		return false
	}
	e := b.res.Entities[g.slot.entity]
	b.add(b.conflictOf(g, sides, b.entityID(g.slot.entity), e.Name))
	return true
}

// clusters joins the items whose values can both hold, through any chain
// of agreements ("at least 72" joins "72" and "80"); the clusters that are
// left conflict pair by pair, every item with every other. Items are
// compared once per distinct value (a verdict depends on the value as
// written, and for a date on the publication date it is read against), so
// ten thousand articles giving three counts cost three comparisons, not
// fifty million.
func (b *builder) clusters(items []item) [][]item {
	keyOf := func(i int) string {
		v := items[i].c.Value
		k := string(v.Type) + "\x00" + v.Text
		if v.Type == claims.DateValue {
			k += "\x00" + b.published(items[i]).Format(time.DateOnly)
		}
		return k
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	keys, byKey := groupBy(idx, keyOf)
	uf := newUnionFind(len(keys))
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if b.verdict(items[byKey[i][0]], items[byKey[j][0]]) != value.Conflict {
				uf.union(i, j)
			}
		}
	}
	keyIndex := make(map[string]int, len(keys))
	for i, k := range keys {
		keyIndex[k] = i
	}
	_, sets := groupBy(idx, func(i int) int { return uf.find(keyIndex[keyOf(i)]) })
	out := make([][]item, len(sets))
	for s, set := range sets {
		out[s] = make([]item, len(set))
		for k, i := range set {
			out[s][k] = items[i]
		}
	}
	return out
}

// conflictOf builds the finding of sides that cannot both hold: a conflict,
// or an update when the counts only grew from earlier articles to later ones.
func (b *builder) conflictOf(g group, sides [][]item, subject, name string) Finding {
	f := Finding{Kind: KindConflict, Severity: Error, Subject: subject, SubjectName: name, Attribute: g.slot.attribute}
	for _, s := range sides {
		f.Values = append(f.Values, b.side(s))
	}
	f.Rule, f.Type, f.Explanation = ruleOf(g.items[0].c.Value.Type)
	f.Message = fmt.Sprintf("%s: sources disagree on %s: %s", name, g.slot.attribute, sideList(f.Values))
	if g.items[0].c.Kind == claims.Count && b.grows(g.items) {
		f.Rule, f.Kind, f.Severity, f.Type = RuleCountUpdate, KindUpdate, Info, "numeric (update)"
		f.Message = fmt.Sprintf("%s: %s changed between articles: %s", name, g.slot.attribute, sideList(f.Values))
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
// published on a different day, and the later one always gives more.
func (b *builder) grows(items []item) bool {
	for _, x := range items {
		for _, y := range items {
			if b.verdict(x, y) != value.Conflict {
				continue
			}
			px, py := b.published(x), b.published(y)
			if px.IsZero() || py.IsZero() || px.Equal(py) {
				return false
			}
			if px.Before(py) && x.c.Value.Lo >= y.c.Value.Lo {
				return false
			}
		}
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

// verdict compares two claim values of one type, read again from their
// text with the value package; what cannot be read is Unknown.
func (b *builder) verdict(x, y item) value.Verdict {
	switch x.c.Value.Type {
	case claims.NumberValue:
		nx, okx := numberOf(x.c.Value)
		ny, oky := numberOf(y.c.Value)
		if okx && oky {
			return value.CompareNumbers(nx, ny)
		}
	case claims.DateValue:
		dx, okx := firstDate(x.c.Value.Text, b.published(x))
		dy, oky := firstDate(y.c.Value.Text, b.published(y))
		if okx && oky {
			return value.CompareDates(dx, dy)
		}
	case claims.TimeValue:
		tx, ty := value.FindTimes(x.c.Value.Text), value.FindTimes(y.c.Value.Text)
		if len(tx) > 0 && len(ty) > 0 {
			return value.CompareTimes(tx[0].Clock, ty[0].Clock, value.UnknownOffset)
		}
	}
	return value.Unknown
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

// plainSupport reports a plain slot several sources agree on, or one alone.
func (b *builder) plainSupport(g group, subject string) {
	docs := docsOf(g.items)
	f := Finding{Subject: subject, SubjectName: subject, Attribute: g.slot.attribute, Severity: Info,
		Values: []FindingValue{b.side(g.items)}}
	if len(docs) >= 2 {
		f.Rule, f.Kind = RuleCorroborated, KindCorroborated
		f.Message = fmt.Sprintf("%s: %s %q corroborated by %d sources", subject, g.slot.attribute, f.Values[0].Value, len(docs))
	} else {
		f.Rule, f.Kind = RuleSingle, KindSingleSource
		f.Message = fmt.Sprintf("%s: %s %q rests on one source (%s)", subject, g.slot.attribute, f.Values[0].Value, f.Values[0].Sources[0])
	}
	b.add(f)
}
