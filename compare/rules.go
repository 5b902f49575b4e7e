package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/geo"
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

// partition splits items into sides by a key, sides in order of first source.
func partition(items []item, key func(item) string) [][]item {
	_, sides := groupBy(items, key)
	return sides
}

// descriptorConflict: members of exclusive groups of one class ("off-duty"
// and "former") cannot both describe the person.
func (b *builder) descriptorConflict(g group) bool {
	sides := partition(g.items, func(it item) string { return it.c.Value.Norm })
	if len(sides) < 2 {
		return false
	}
	clash, implied := clashes(sides)
	if !clash {
		return false
	}
	f := b.finding(g, sides, RuleDescriptor, "status")
	if implied {
		f.Severity = Warning
	}
	f.Message = fmt.Sprintf("%s: sources disagree on %s: %s", f.SubjectName, g.slot.attribute, sideList(f.Values))
	f.Explanation = fmt.Sprintf("In the class %q, %s cannot hold together: a person is not both at once.",
		g.slot.attribute, groupNames(sides))
	if implied {
		f.Explanation += " One side is implied, not stated: the article puts the role in the present tense without saying former or retired."
	}
	b.add(f)
	return true
}

// clashes reports whether two sides hold claims on the same role (or a
// claim without a role) of which at least one is stated, not implied; and
// whether every such clash involves an implied value.
func clashes(sides [][]item) (clash, implied bool) {
	implied = true
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			for _, a := range sides[i] {
				for _, c := range sides[j] {
					va, vc := a.c.Value, c.c.Value
					if va.Implied && vc.Implied || (va.Role != "" && vc.Role != "" && va.Role != vc.Role) {
						continue
					}
					clash = true
					implied = implied && (va.Implied || vc.Implied)
				}
			}
		}
	}
	return clash, clash && implied
}

// nationalityConflict: two articles that give one person two different
// nationalities. A warning, not an error: people hold two passports, and an
// adjective before a title may be the office's country, not the person's.
func (b *builder) nationalityConflict(g group) {
	sides := partition(g.items, func(it item) string { return it.c.Value.Norm })
	if len(sides) < 2 || len(docsOf(g.items)) < 2 {
		return
	}
	for _, s := range sides {
		for _, o := range sides {
			if &s[0] != &o[0] && sameDocs(s, o) {
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
			if sameDocs(sides[i], sides[j]) || b.names(sides[i], sides[j][0].c.Value.Text) || b.names(sides[j], sides[i][0].c.Value.Text) {
				return false // one article gives both, or names the other place too
			}
			switch geo.Relate(sides[i][0].c.Value.Text, sides[j][0].c.Value.Text) {
			case geo.VerdictUnknown:
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
	for _, x := range a {
		for _, y := range b {
			if x.doc == y.doc {
				return true
			}
		}
	}
	return false
}

// numberConflict: values whose intervals do not overlap cannot both be true.
func (b *builder) numberConflict(g group) bool {
	sides := partition(g.items, func(it item) string { return it.c.Value.Norm })
	if len(sides) < 2 {
		return false
	}
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if overlaps(sides[i][0].c.Value, sides[j][0].c.Value) {
				return false // some wordings agree: leave the slot alone
			}
		}
	}
	f := b.finding(g, sides, RuleNumber, "numeric")
	f.Message = fmt.Sprintf("%s: sources disagree on %s: %s", f.SubjectName, g.slot.attribute, sideList(f.Values))
	f.Explanation = "The values are numbers (or ranges) that do not overlap, so they cannot both be right."
	b.add(f)
	return true
}

func overlaps(a, b claims.Value) bool {
	ahi, bhi := a.Hi, b.Hi
	if a.Open {
		ahi = 1e18
	}
	if b.Open {
		bhi = 1e18
	}
	return a.Lo <= bhi && b.Lo <= ahi
}

func groupNames(sides [][]item) string {
	var ns []string
	for _, s := range sides {
		ns = append(ns, fmt.Sprintf("%q", s[0].c.Value.Norm))
	}
	return strings.Join(ns, " and ")
}

// finding builds a conflict finding with one value per side.
func (b *builder) finding(g group, sides [][]item, rule, typ string) Finding {
	return b.findingOf(g, sides, rule, typ, b.entityID(g.slot.entity), b.res.Entities[g.slot.entity].Name)
}

// findingOf is finding for any subject, an entity's or a plain one.
func (b *builder) findingOf(g group, sides [][]item, rule, typ, subject, name string) Finding {
	f := Finding{Rule: rule, Kind: KindConflict, Severity: Error, Type: typ,
		Subject: subject, SubjectName: name, Attribute: g.slot.attribute}
	docs := map[int]bool{}
	for _, s := range sides {
		f.Values = append(f.Values, b.side(s))
		for _, it := range s {
			docs[it.doc] = true
		}
	}
	if len(docs) == 1 {
		f.Rule += "-within-article"
		f.Type += " (self-contradiction)"
	}
	if allWeak(sides) {
		f.Severity = Warning
	}
	return f
}

// allWeak: every side rests only on captions or headlines.
func allWeak(sides [][]item) bool {
	for _, s := range sides {
		strong := false
		for _, it := range s {
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
func (b *builder) side(items []item) FindingValue {
	v := FindingValue{Value: items[0].c.Value.Text}
	seen := map[string]bool{}
	for _, it := range items {
		id := b.sourceID(it.doc)
		if !seen[id] {
			seen[id] = true
			v.Sources = append(v.Sources, id)
		}
		v.Evidence = append(v.Evidence, b.evidence(it))
	}
	sort.Strings(v.Sources)
	return v
}

func sideList(vs []FindingValue) string {
	var parts []string
	for _, v := range vs {
		parts = append(parts, fmt.Sprintf("%q (%s)", v.Value, strings.Join(v.Sources, ", ")))
	}
	return strings.Join(parts, " vs ")
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
	for _, side := range partition(stated, func(it item) string { return it.c.Value.Norm + "\x00" + it.c.Value.Role }) {
		b.supportSide(g, side)
	}
}

func (b *builder) supportSide(g group, items []item) {
	docs := docsOf(items)
	f := Finding{Subject: b.entityID(g.slot.entity), SubjectName: b.res.Entities[g.slot.entity].Name,
		Attribute: g.slot.attribute, Severity: Info, Values: []FindingValue{b.side(items)}}
	if len(docs) >= 2 {
		f.Rule, f.Kind = RuleCorroborated, KindCorroborated
		f.Message = fmt.Sprintf("%s: %s %q corroborated by %d sources", f.SubjectName, g.slot.attribute, f.Values[0].Value, len(docs))
	} else {
		f.Rule, f.Kind = RuleSingle, KindSingleSource
		f.Message = fmt.Sprintf("%s: %s %q rests on one source (%s)", f.SubjectName, g.slot.attribute, f.Values[0].Value, f.Values[0].Sources[0])
	}
	b.add(f)
}

func (b *builder) add(f Finding) { b.r.Findings = append(b.r.Findings, f) }
