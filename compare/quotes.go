package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare/names"
)

// quoteWords are the content words of a quote, folded.
func quoteWords(s string) map[string]bool {
	ws := map[string]bool{}
	for _, w := range strings.Fields(names.Fold(s)) {
		if len(w) >= 3 && !quoteStop[w] {
			ws[w] = true
		}
	}
	return ws
}

var quoteStop = map[string]bool{"the": true, "and": true, "that": true, "was": true, "for": true,
	"with": true, "his": true, "her": true, "its": true, "are": true, "were": true, "this": true,
	"had": true, "has": true, "have": true, "not": true, "but": true, "from": true, "they": true}

// sameWords reports whether two quotes are the same words: most of the
// shorter one's content words stand in the longer one.
func sameWords(a, b map[string]bool, min int) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < min {
		return len(a) >= 3 && len(a) == len(b) && subset(a, b)
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) >= 0.75*float64(len(a))
}

func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// attribution is what one kind of claim is: words someone said, or an
// order someone gave; the same words given to two people is a conflict.
type attribution struct {
	kind      claims.Kind
	rule      string
	what      string // "quote", "order"
	attribute string // "speaker", "ordered by"
	message   string // the finding's message, with the sides
	why       string // its explanation
	minWords  int    // content words a shorter one needs to match a longer
}

var (
	quoteAttr = attribution{claims.Quote, RuleQuote, "quote", "speaker",
		"the same words are given to different speakers: %s",
		"The quoted (or reported) words match, but the articles name different people as the speaker.", 5}
	orderAttr = attribution{claims.Order, RuleOrder, "order", "ordered by",
		"the same order is given to different people: %s",
		"The orders match in their words, but the articles name different people as the one who gave it.", 4}
)

// quoteAttribution finds the same words given to different speakers by
// different articles, and the same order given to different people.
func (b *builder) quoteAttribution() {
	b.attributions(quoteAttr)
	b.attributions(orderAttr)
}

// attributions compares the claims of one kind by their words. Claims
// are blocked on their rarest words.
func (b *builder) attributions(at attribution) {
	var qs []item
	var words []map[string]bool
	for _, it := range b.items {
		if it.c.Kind == at.kind && it.entity >= 0 && b.res.Entities[it.entity].Type == claims.Person {
			qs = append(qs, it)
			words = append(words, quoteWords(it.c.Value.Text))
		}
	}
	uf := newUnionFind(len(qs))
	index := map[string][]int{}
	for i, ws := range words {
		for w := range ws {
			index[w] = append(index[w], i)
		}
	}
	for i := range qs {
		for _, j := range candidates(words[i], index, i) {
			if qs[i].doc != qs[j].doc && sameWords(words[i], words[j], at.minWords) {
				uf.union(i, j)
			}
		}
	}
	for _, members := range uf.sets() {
		b.attributionFinding(at, qs, members)
	}
}

// candidates returns quotes sharing a word with quote i, skipping words
// too common to block on.
func candidates(ws map[string]bool, index map[string][]int, i int) []int {
	seen := map[int]bool{}
	var out []int
	for w := range ws {
		if len(index[w]) > 50 {
			continue
		}
		for _, j := range index[w] {
			if j > i && !seen[j] {
				seen[j] = true
				out = append(out, j)
			}
		}
	}
	sort.Ints(out)
	return out
}

func (b *builder) attributionFinding(at attribution, qs []item, members []int) {
	if len(members) < 2 {
		return
	}
	var its []item
	for _, m := range members {
		its = append(its, qs[m])
	}
	// one surname, one speaker: "Ann Lee" and "Lee" are not two people
	// the articles disagree on, even where resolution left them apart
	sides := partition(its, func(it item) string { return names.SurnameKey(lastName(b.res.Entities[it.entity].Name)) })
	if len(sides) < 2 || !b.distinctSpeakers(sides) {
		return
	}
	short := its[0].c.Value.Text
	for _, it := range its {
		if len(it.c.Value.Text) < len(short) {
			short = it.c.Value.Text
		}
	}
	f := Finding{Rule: at.rule, Kind: KindConflict, Severity: Error, Type: "attribution",
		Subject: at.what + " " + quote(short), Attribute: at.attribute}
	f.SubjectName = f.Subject
	for _, s := range sides {
		v := b.side(s)
		// the speaker as the first article naming them writes the name
		v.Value = b.docs[s.items[0].doc].Entities[s.items[0].c.Subject].Name
		f.Values = append(f.Values, v)
	}
	f.Message = fmt.Sprintf(at.message, sideList(f.Values))
	f.Explanation = at.why
	if at.kind == claims.Order {
		f.Severity = Warning // an order passes down a chain of command: each may have given it
	}
	if inferredSpeaker(its) {
		f.Severity = Warning
		f.Explanation += " At least one speaker is named only by a pronoun or a description (\"he said\"), resolved from the sentences before."
	}
	b.add(f)
}

// distinctSpeakers reports whether the sides name different people: each
// speaker a full name (a one-word speaker may be an organisation), and no
// side's sentence naming another side's speaker ("said Ann Lee and Tom
// Reed": both said it; "Lee quoted Reed as saying": one reports the other).
func (b *builder) distinctSpeakers(sides []side) bool {
	for _, s := range sides {
		if !strings.Contains(b.res.Entities[s.items[0].entity].Name, " ") {
			return false
		}
	}
	for i, s := range sides {
		for j, o := range sides {
			sur := names.Fold(lastName(b.res.Entities[o.items[0].entity].Name))
			for _, it := range s.items {
				if i != j && strings.Contains(names.Fold(it.c.Said+" "+b.sentence(it)), sur) {
					return false
				}
			}
		}
	}
	return true
}

// inferredSpeaker reports whether a quote's speaker is written as a
// pronoun or a description rather than a name.
func inferredSpeaker(its []item) bool {
	for _, it := range its {
		w := strings.ToLower(strings.Fields(it.c.Said + " x")[0])
		if w == "he" || w == "she" || w == "the" {
			return true
		}
	}
	return false
}

func lastName(n string) string {
	f := strings.Fields(n)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// unionFind groups indices; sets come out in a deterministic order.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra < rb {
		u.parent[rb] = ra
	} else if rb < ra {
		u.parent[ra] = rb
	}
}

func (u *unionFind) sets() [][]int {
	all := make([]int, len(u.parent))
	for i := range all {
		all[i] = i
	}
	_, out := groupBy(all, u.find)
	return out
}
