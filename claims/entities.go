package claims

import (
	"strings"
)

// resolve turns the name candidates of an article into entities: full
// names first, then surname-only and given-name-only mentions linked to
// the one full name they fit, single words kept only when a title or a
// reporting verb vouches for them.
func (x *extractor) resolve(cands []cand) {
	byKey := map[string]int{}
	add := func(c cand, idx int) {
		e := &x.doc.Entities[idx]
		x.addMention(e, c)
		if e.Type == Person {
			x.nameRefs[c.sent] = append(x.nameRefs[c.sent], ref{from: c.from, to: c.to, preFrom: c.preFrom, entity: idx})
		}
	}
	// multi-word names, longest first so shorter forms fold into them
	order := make([]int, 0, len(cands))
	for i, c := range cands {
		if strings.Contains(c.name, " ") {
			order = append(order, i)
		}
	}
	for _, i := range order {
		c := cands[i]
		idx := x.findFull(c, byKey)
		if idx < 0 {
			idx = x.newEntity(c)
			byKey[x.fold(c.name)] = idx
		}
		add(c, idx)
	}
	for i, c := range cands {
		if strings.Contains(c.name, " ") {
			continue
		}
		idx := x.findPart(c)
		if k, ok := byKey[x.fold(c.name)]; idx < 0 && ok {
			idx = k
		}
		if idx == ambiguous {
			// two spellings of one surname in the article ("Ann Lee",
			// "Anne Lee"): keep the mention; resolution across
			// articles decides whose it is
			idx = x.newEntity(c)
			byKey[x.fold(c.name)] = idx
		}
		if idx < 0 {
			if c.typ == Person && !c.titled && !x.reportsNear(c) {
				continue
			}
			idx = x.newEntity(c)
			byKey[x.fold(c.name)] = idx
		}
		_ = i
		add(c, idx)
	}
}

// fold is the package's fold, remembered by the worker: entity names are
// folded again for every mention that might join them.
func (x *extractor) fold(s string) string { return remember(x.ws.folds, s, fold) }

func (x *extractor) newEntity(c cand) int {
	x.doc.Entities = append(x.doc.Entities, Entity{Type: c.typ, Name: c.name})
	x.keys = append(x.keys, x.keyOf(c.name))
	return len(x.doc.Entities) - 1
}

// nameKey holds the folded words an entity's name is matched by.
type nameKey struct {
	multi       bool   // more than one word
	first, last string // folded first and last words
}

func (x *extractor) keyOf(name string) nameKey {
	return nameKey{multi: strings.Contains(name, " "), first: x.fold(firstWord(name)), last: x.fold(lastWord(name))}
}

// findFull links a multi-word person name to an entity of the same article
// with the same surname and compatible given names ("Ann Lee" and "Ann
// Mary Lee"); other types link on equal names.
func (x *extractor) findFull(c cand, byKey map[string]int) int {
	if idx, ok := byKey[x.fold(c.name)]; ok {
		return idx
	}
	if c.typ != Person {
		return -1
	}
	sur := x.fold(lastWord(c.name))
	for i, e := range x.doc.Entities {
		if e.Type != Person || !x.keys[i].multi || x.keys[i].last != sur {
			continue
		}
		if givenCompatible(strings.Fields(x.fold(c.name)), strings.Fields(x.fold(e.Name))) {
			if len(c.name) > len(e.Name) {
				x.doc.Entities[i].Name = c.name
				x.keys[i] = x.keyOf(c.name)
			}
			return i
		}
	}
	return -1
}

// givenCompatible: the given names of a are equal to, an initial of, or a
// subsequence of those of b, or the other way round.
func givenCompatible(a, b []string) bool {
	ga, gb := a[:len(a)-1], b[:len(b)-1]
	if len(ga) > len(gb) {
		ga, gb = gb, ga
	}
	if len(ga) == 0 {
		return true
	}
	j := 0
	for _, g := range gb {
		if j < len(ga) && sameGiven(ga[j], g) {
			j++
		}
	}
	return j == len(ga) && sameGiven(ga[0], gb[0])
}

func sameGiven(a, b string) bool {
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if a == b {
		return true
	}
	return (len(a) == 1 && strings.HasPrefix(b, a)) || (len(b) == 1 && strings.HasPrefix(a, b))
}

// findPart links a one-word mention to the single full-name entity whose
// surname (or else given name) it is.
func (x *extractor) findPart(c cand) int {
	w := x.fold(c.name)
	for _, surname := range []bool{true, false} {
		found := -1
		for i, e := range x.doc.Entities {
			k := x.keys[i]
			if !k.multi || surname && k.last != w || !surname && k.first != w {
				continue
			}
			// a person of the article beats a town of the same name
			if e.Type != c.typ && !(e.Type == Person && c.typ == Place) {
				continue
			}
			if found >= 0 && found != i {
				found = -2 // two people fit: leave it
				break
			}
			found = i
		}
		if found != -1 {
			return found
		}
	}
	return -1
}

// ambiguous is what findPart returns when two full names fit a mention.
const ambiguous = -2

// reportsNear reports whether a reporting verb stands right after the name
// ("Kaya said") or right before it ("said Kaya").
func (x *extractor) reportsNear(c cand) bool {
	toks := x.sents[c.sent].Tokens
	if c.to < len(toks) && x.lex.reporting[lower(toks[c.to])] {
		return true
	}
	return c.from > 0 && x.lex.reporting[lower(toks[c.from-1])]
}

func (x *extractor) addMention(e *Entity, c cand) {
	toks := x.sents[c.sent].Tokens
	m := Mention{Start: toks[c.preFrom].Start, End: toks[c.to-1].End, Name: c.name, Sentence: c.sent}
	m.Text = x.a.Text[m.Start:m.End]
	e.Mentions = append(e.Mentions, m)
	addUnique(&e.Names, c.name)
	if c.typ == Thing && strings.Contains(c.name, " ") && isFlight(toks, c.to-2) && c.to-2 > c.from {
		addUnique(&e.Names, joinTokens(toks[c.to-2:c.to])) // "flight NA512" of "Northair flight NA512"
	}
	if c.honorific != "" {
		addUnique(&e.Names, c.honorific+" "+c.name)
	}
	if c.typ == Place && c.preFrom == c.from && c.from > 0 && possessive(toks[c.from-1].Text) {
		// "Bangkok's Lakeside airport": the place before names where it is
		if in := strings.TrimSuffix(strings.TrimSuffix(toks[c.from-1].Text, "'s"), "’s"); in != c.name && x.isPlace(in) {
			addUnique(&e.Names, toks[c.from-1].Text+" "+joinTokens(toks[c.from:c.to]))
			if e.Within == "" {
				e.Within = in
			}
		}
	}
	for _, t := range toks[c.preFrom:c.from] {
		if x.isDemonym(t.Text) {
			x.nationality[x.entityIndex(e)] = x.demonymCountry(t.Text)
		}
	}
	if c.titled {
		if role := x.roleOf(toks[c.preFrom:c.from]); role != "" {
			addUnique(&e.Roles, role)
		}
	}
}

func (x *extractor) entityIndex(e *Entity) int {
	for i := range x.doc.Entities {
		if &x.doc.Entities[i] == e {
			return i
		}
	}
	return -1
}

func addUnique(list *[]string, s string) {
	for _, v := range *list {
		if v == s {
			return
		}
	}
	*list = append(*list, s)
}
