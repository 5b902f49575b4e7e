package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/geo"
	"github.com/crosscheck/crosscheck/sources"
)

// Rule ids.
const (
	RuleDescriptor   = "descriptor-conflict"
	RuleNumber       = "number-conflict"
	RuleQuote        = "quote-attribution"
	RuleOrder        = "order-attribution"
	RuleVariant      = "name-variant"
	RuleCorroborated = "corroborated"
	RuleSingle       = "single-source"
	RuleNationality  = "nationality-conflict"
	RulePlace        = "place-conflict"
)

// silent attributes are compared but never listed as corroborated or
// single-source: roles and nationalities are context, not facts to check.
var silent = map[string]bool{"role": true, "nationality": true}

// compareGroup compares the values of one slot and adds what it finds.
func (b *builder) compareGroup(g group) {
	var conflicted bool
	if g.slot.attribute == "nationality" {
		b.nationalityConflict(g)
		return
	}
	switch g.items[0].c.Value.Type {
	case claims.DescriptorValue:
		conflicted = b.descriptorConflict(g)
	case claims.NumberValue:
		conflicted = b.numberConflict(g)
	case claims.DateValue, claims.TimeValue:
		conflicted = b.temporalConflict(g)
	case claims.PlaceValue:
		conflicted = b.placeConflict(g, b.entityID(g.slot.entity), b.res.Entities[g.slot.entity].Name)
	}
	if conflicted || silent[g.slot.attribute] {
		return
	}
	b.support(g)
}

// partition splits items into sides by a key, sides in order of first
// source, each shown by its first item's wording.
func partition(items []item, key func(item) string) []side {
	_, parts := groupBy(items, key)
	sides := make([]side, len(parts))
	for i, p := range parts {
		sides[i] = side{items: p, show: p[0].c.Value.Text}
	}
	return sides
}

// descriptorConflict: members of exclusive groups of one class ("off-duty"
// and "former") cannot both describe the person. A group may refine
// another ("serving/off-duty" within "serving"): the two hold together,
// two refinements of one group do not.
func (b *builder) descriptorConflict(g group) bool {
	sides := partition(g.items, func(it item) string { return it.c.Value.Norm })
	if len(sides) < 2 {
		return false
	}
	clash, implied, clashing := clashes(sides)
	if !clash {
		return false
	}
	// a group that holds with every other ("serving" beside "off-duty" and
	// "on-duty") takes no side
	sides = slices.DeleteFunc(sides, func(s side) bool { return !clashing[s.items[0].c.Value.Norm] })
	f := b.finding(g, sides, RuleDescriptor, "status")
	if implied {
		f.Severity = Warning
	}
	f.Message = fmt.Sprintf("%s: sources disagree on %s: %s", f.SubjectName, g.slot.attribute, sideList(f.Values))
	f.Explanation = fmt.Sprintf("In the class %s, %s cannot hold together: a person is not both at once.",
		quote(g.slot.attribute), groupNames(sides))
	if implied {
		f.Explanation += " One side is implied, not stated: the article puts the role in the present tense without saying former or retired."
	}
	b.add(f)
	return true
}

// compatibleGroups reports whether two descriptor groups can hold
// together: the same group, or one a refinement of the other.
func compatibleGroups(a, c string) bool {
	return a == c || strings.HasPrefix(a, c+"/") || strings.HasPrefix(c, a+"/")
}

// roleSet is what one side of a descriptor slot says, for clashes: the
// roles its stated and its implied values apply to ("" for none).
type roleSet struct{ stated, implied map[string]bool }

func rolesOf(s side) roleSet {
	rs := roleSet{stated: map[string]bool{}, implied: map[string]bool{}}
	for _, it := range s.items {
		if it.c.Value.Implied {
			rs.implied[it.c.Value.Role] = true
		} else {
			rs.stated[it.c.Value.Role] = true
		}
	}
	return rs
}

// meet reports whether a value of roles a and one of roles c apply to one
// role: the same role, or either without one.
func meet(a, c map[string]bool) bool {
	if len(a) == 0 || len(c) == 0 {
		return false
	}
	if a[""] || c[""] {
		return true
	}
	if len(a) > len(c) {
		a, c = c, a
	}
	for r := range a {
		if c[r] {
			return true
		}
	}
	return false
}

// clashes reports whether two sides of groups that cannot hold together
// hold claims on the same role (or a claim without a role) of which at
// least one is stated, not implied; whether every such clash involves an
// implied value; and the groups that clash with another. Each side is
// summed up once by its roles, so the cost grows with the claims, not with
// their pairs.
func clashes(sides []side) (clash, implied bool, clashing map[string]bool) {
	clashing = map[string]bool{}
	roles := make([]roleSet, len(sides))
	for i, s := range sides {
		roles[i] = rolesOf(s)
	}
	stated := false
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if compatibleGroups(sides[i].items[0].c.Value.Norm, sides[j].items[0].c.Value.Norm) {
				continue
			}
			a, c := roles[i], roles[j]
			ss := meet(a.stated, c.stated)
			if ss || meet(a.stated, c.implied) || meet(a.implied, c.stated) {
				clash, stated = true, stated || ss
				clashing[sides[i].items[0].c.Value.Norm] = true
				clashing[sides[j].items[0].c.Value.Norm] = true
			}
		}
	}
	return clash, clash && !stated, clashing
}

// nationalityConflict: two articles that give one person two different
// nationalities. A warning, not an error: people hold two passports, and an
// adjective before a title may be the office's country, not the person's.
func (b *builder) nationalityConflict(g group) {
	sides := partition(g.items, func(it item) string { return it.c.Value.Norm })
	if len(sides) < 2 || len(docsOf(g.items)) < 2 {
		return
	}
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if sameDocs(sides[i].items, sides[j].items) {
				return // one article gives both
			}
		}
	}
	f := b.finding(g, sides, RuleNationality, "nationality")
	f.Severity = Warning
	f.Message = fmt.Sprintf("%s: sources disagree on nationality: %s", f.SubjectName, sideList(f.Values))
	f.Explanation = "The articles call the person by the adjectives of different countries."
	b.add(f)
}

// placeConflict: two articles that put one event in two places of which
// neither holds the other and which are not near each other. When the
// gazetteer knows both, the finding is an error; when it lacks one (a
// small commune), a warning, for the two may be neighbours.
func (b *builder) placeConflict(g group, subject, name string) bool {
	sides := partition(g.items, func(it item) string { return it.c.Value.Norm })
	if len(sides) < 2 || len(docsOf(g.items)) < 2 {
		return false
	}
	unknown := false
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			si, sj := sides[i].items, sides[j].items
			if sameDocs(si, sj) || b.names(si, sj[0].c.Value.Text) || b.names(sj, si[0].c.Value.Text) {
				return false // one article gives both, or names the other place too
			}
			switch geo.Relate(si[0].c.Value.Text, sj[0].c.Value.Text) {
			case geo.VerdictUnknown:
				if geo.Regional(si[0].c.Value.Text) || geo.Regional(sj[0].c.Value.Text) {
					return false // a region the gazetteer cannot place may hold the town
				}
				unknown = true
			case geo.VerdictDisjoint:
			default:
				return false // the same place, one within the other, or near
			}
		}
	}
	f := b.findingOf(g, sides, RulePlace, "place", subject, name)
	f.Message = fmt.Sprintf("%s: sources disagree on %s: %s", f.SubjectName, g.slot.attribute, sideList(f.Values))
	f.Explanation = "The articles name different places of the same kind, neither inside the other and not known to be near each other."
	if unknown {
		f.Severity = Warning
		f.Explanation += " The gazetteer lacks at least one of them, so they may be neighbours: check a map."
	}
	b.add(f)
	return true
}

// names reports whether an article of the side writes the name anywhere:
// "crashed near A, in the commune of B" against "came down near B" is no
// disagreement.
func (b *builder) names(side []item, name string) bool {
	for _, it := range side {
		if a := b.docs[it.doc].Article; a != nil && strings.Contains(a.Text, name) {
			return true
		}
	}
	return false
}

// sameDocs reports whether two sides share an article.
func sameDocs(a, b []item) bool {
	docs := make(map[int]bool, len(a))
	for _, x := range a {
		docs[x.doc] = true
	}
	for _, y := range b {
		if docs[y.doc] {
			return true
		}
	}
	return false
}

// numberConflict: two values whose intervals do not overlap cannot both
// be true, whatever a vaguer value says of both.
func (b *builder) numberConflict(g group) bool {
	sides := b.sides(g.items)
	if len(sides) < 2 {
		return false
	}
	f := b.finding(g, sides, RuleNumber, "numeric")
	f.Message = fmt.Sprintf("%s: sources disagree on %s: %s", f.SubjectName, g.slot.attribute, sideList(f.Values))
	f.Explanation = "The values are numbers (or ranges) that do not overlap, so they cannot both be right." + b.bridgeNote(sides)
	b.add(f)
	return true
}

func groupNames(sides []side) string {
	var ns []string
	for _, s := range sides {
		n := s.items[0].c.Value.Norm
		ns = append(ns, quote(n[strings.LastIndex(n, "/")+1:]))
	}
	return strings.Join(ns, " and ")
}

// quote sets a value in double quotes for a message, without escaping:
// a message is read by a person, in text, html or json alike.
func quote(s string) string { return `"` + s + `"` }

// finding builds a conflict finding with one value per side.
func (b *builder) finding(g group, sides []side, rule, typ string) Finding {
	return b.findingOf(g, sides, rule, typ, b.entityID(g.slot.entity), b.res.Entities[g.slot.entity].Name)
}

// findingOf is finding for any subject, an entity's or a plain one.
func (b *builder) findingOf(g group, sides []side, rule, typ, subject, name string) Finding {
	f := Finding{Rule: rule, Kind: KindConflict, Severity: Error, Type: typ,
		Subject: subject, SubjectName: name, Attribute: g.slot.attribute}
	docs := map[int]bool{}
	for _, s := range sides {
		f.Values = append(f.Values, b.side(s))
		for _, it := range s.items {
			docs[it.doc] = true
		}
	}
	distinguish(f.Values, sides)
	if len(docs) == 1 {
		f.Rule += "-within-article"
		f.Type += " (self-contradiction)"
	}
	if allWeak(sides) {
		f.Severity = Warning
	}
	return f
}

// distinguish adds its normal form to the wording of each side that
// another side words alike: "Monday" in articles published weeks apart
// names two days, shown as "Monday (2013-07-01)" and "Monday (2013-09-16)".
func distinguish(vs []FindingValue, sides []side) {
	n := map[string]int{}
	for _, v := range vs {
		n[v.Value]++
	}
	for i := range vs {
		if norm := sides[i].items[0].c.Value.Norm; n[vs[i].Value] > 1 && norm != "" && norm != vs[i].Value {
			vs[i].Value += " (" + norm + ")"
		}
	}
}

// allWeak: every side rests only on captions or headlines.
func allWeak(sides []side) bool {
	for _, s := range sides {
		strong := false
		for _, it := range s.items {
			if !it.c.Caption {
				strong = true
			}
		}
		if strong {
			return false
		}
	}
	return true
}

// side is one value of a finding with every source and sentence behind it.
func (b *builder) side(s side) FindingValue {
	v := FindingValue{Value: s.show}
	seen := map[string]bool{}
	for _, it := range s.items {
		id := b.sourceID(it.doc)
		if !seen[id] {
			seen[id] = true
			v.Sources = append(v.Sources, id)
		}
		v.Evidence = append(v.Evidence, b.evidence(it))
	}
	slices.SortFunc(v.Sources, sources.NaturalCompare)
	return v
}

func sideList(vs []FindingValue) string {
	var parts []string
	for _, v := range vs {
		parts = append(parts, fmt.Sprintf("%s (%s)", quote(v.Value), strings.Join(v.Sources, ", ")))
	}
	return strings.Join(parts, " vs ")
}

// spreadList lists differing values as a spread: "1 (s1) / 5 (s2) / 24 (s3)".
func spreadList(vs []FindingValue) string {
	var parts []string
	for _, v := range vs {
		parts = append(parts, fmt.Sprintf("%s (%s)", v.Value, strings.Join(v.Sources, ", ")))
	}
	return strings.Join(parts, " / ")
}

// support reports, for each value of a slot, whether several sources
// agree on it or one source alone carries it. Implied values are left out.
func (b *builder) support(g group) {
	var stated []item
	for _, it := range g.items {
		if !it.c.Value.Implied {
			stated = append(stated, it)
		}
	}
	for _, s := range partition(stated, func(it item) string { return it.c.Value.Norm + "\x00" + it.c.Value.Role }) {
		b.supportSide(g, s)
	}
}

func (b *builder) supportSide(g group, s side) {
	docs := docsOf(s.items)
	f := Finding{Subject: b.entityID(g.slot.entity), SubjectName: b.res.Entities[g.slot.entity].Name,
		Attribute: g.slot.attribute, Severity: Info, Values: []FindingValue{b.side(s)}}
	if len(docs) >= 2 {
		f.Rule, f.Kind = RuleCorroborated, KindCorroborated
		f.Message = fmt.Sprintf("%s: %s %s corroborated by %d sources", f.SubjectName, g.slot.attribute, quote(f.Values[0].Value), len(docs))
	} else {
		f.Rule, f.Kind = RuleSingle, KindSingleSource
		f.Message = fmt.Sprintf("%s: %s %s rests on one source (%s)", f.SubjectName, g.slot.attribute, quote(f.Values[0].Value), f.Values[0].Sources[0])
	}
	b.add(f)
}

func (b *builder) add(f Finding) { b.r.Findings = append(b.r.Findings, f) }
