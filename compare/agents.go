package compare

import (
	"fmt"

	"github.com/crosscheck/crosscheck/compare/names"
)

// RuleAgent is the rule of who did what: the same thing done, announced,
// ordered or declared by different people or organisations.
const RuleAgent = "agent-attribution"

// agentConflict compares the agents of one slot ("a major incident ·
// declared by"): the articles name different people or organisations as
// the one who did it. Agents are told apart by their entity as resolved
// across the articles, and one surname is one agent.
func (b *builder) agentConflict(g group, subject string) {
	key := func(it item) string {
		if e, ok := b.res.Of[EntityRef{Doc: it.doc, Local: it.c.Agent}]; ok {
			return names.SurnameKey(lastName(b.res.Entities[e].Name))
		}
		return names.SurnameKey(lastName(it.c.Value.Norm))
	}
	sides := partition(g.items, key)
	for i := range sides {
		sides[i].show = sides[i].items[0].c.Value.Text
	}
	if len(sides) < 2 || len(docsOf(g.items)) < 2 || !b.acrossArticles(sides) {
		b.plainSupport(g, sides[0], subject)
		return
	}
	f := Finding{Rule: RuleAgent, Kind: KindConflict, Severity: Warning, Type: "attribution",
		Subject: subject, SubjectName: subject, Attribute: g.slot.attribute}
	for _, s := range sides {
		f.Values = append(f.Values, b.side(s))
	}
	f.Message = fmt.Sprintf("%s: sources disagree on who it was %s: %s", subject, g.slot.attribute, sideList(f.Values))
	f.Explanation = "The articles say the same thing was done, but name different people or organisations as the ones who did it. " +
		"One may have acted for another, so this is a warning to check, not a contradiction."
	b.add(f)
}

// acrossArticles reports whether no article stands on two sides: an
// article naming two agents of one act (the mayor and the governor
// declared it) gives two agents, not a disagreement.
func (b *builder) acrossArticles(sides []side) bool {
	seen := map[int]int{}
	for i, s := range sides {
		for _, it := range s.items {
			if j, ok := seen[it.doc]; ok && j != i {
				return false
			}
			seen[it.doc] = i
		}
	}
	return true
}
