package compare

import (
	"sort"

	"github.com/crosscheck/crosscheck/claims"
)

// slot is the key claims are aligned on: one entity, one attribute.
type slot struct {
	entity    int
	attribute string
}

// group is the claims of every article on one slot.
type group struct {
	slot  slot
	items []item
}

// alignable says which claims are aligned and compared: attributes and
// orders of resolved entities. Quotes are compared by their words instead.
func alignable(it item) bool {
	if it.entity < 0 || !asserted(it.c) {
		return false
	}
	switch it.c.Kind {
	case claims.Attribute, claims.Order, claims.Count, claims.Event:
		return true
	}
	return false
}

// asserted reports whether a claim asserts its value: a negated, denied,
// speculative or prospective claim ("was not", "denied being", "may have
// been", "must be") is shown but not set against other articles.
func asserted(c *claims.Claim) bool {
	switch c.Modality {
	case "not", "denied", "may", "prospective":
		return false
	}
	return true
}

// align blocks the claims on their slot: one pass, a map, so the cost
// grows with the number of claims, not with its square.
func (b *builder) align() []group {
	var items []item
	for _, it := range b.items {
		if alignable(it) {
			items = append(items, it)
		}
	}
	keys, byKey := groupBy(items, func(it item) slot { return slot{entity: it.entity, attribute: it.c.Attribute} })
	groups := make([]group, len(keys))
	for i, k := range keys {
		groups[i] = group{slot: k, items: byKey[i]}
	}
	sort.SliceStable(groups, func(i, j int) bool {
		if groups[i].slot.entity != groups[j].slot.entity {
			return groups[i].slot.entity < groups[j].slot.entity
		}
		return groups[i].slot.attribute < groups[j].slot.attribute
	})
	return groups
}

// sources returns the distinct documents of the items, in order.
func docsOf(items []item) []int {
	seen := map[int]bool{}
	var out []int
	for _, it := range items {
		if !seen[it.doc] {
			seen[it.doc] = true
			out = append(out, it.doc)
		}
	}
	sort.Ints(out)
	return out
}
