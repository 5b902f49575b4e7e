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
	alias := x.aliases(cands)
	entOf := make([]int, len(cands))
	for i := range entOf {
		entOf[i] = -1
	}
	// an alias joins the entity of the name it follows; one given after a
	// single word waits for that word
	deferred := func(i int) bool {
		t, ok := alias[i]
		return ok && !strings.Contains(cands[t].name, " ")
	}
	add := func(c cand, idx int) {
		e := &x.doc.Entities[idx]
		x.addMention(e, c)
		if e.Type == Person {
			x.nameRefs[c.sent] = append(x.nameRefs[c.sent], ref{from: c.from, to: c.to, preFrom: c.preFrom, entity: idx})
		}
	}
	asAlias := func(i int) bool {
		t, ok := alias[i]
		if !ok || entOf[t] < 0 {
			return false
		}
		entOf[i] = entOf[t]
		add(cands[i], entOf[i])
		x.markAlias(entOf[i], cands[i])
		return true
	}
	full := func(i int) {
		c := cands[i]
		idx := x.findFull(c, byKey)
		if idx < 0 {
			idx = x.newEntity(c)
			byKey[x.fold(c.name)] = idx
		}
		entOf[i] = idx
		add(c, idx)
	}
	// multi-word names first so shorter forms fold into them
	for i, c := range cands {
		if strings.Contains(c.name, " ") && !deferred(i) && !asAlias(i) {
			full(i)
		}
	}
	for i, c := range cands {
		if strings.Contains(c.name, " ") && !deferred(i) || asAlias(i) {
			continue
		}
		if strings.Contains(c.name, " ") {
			full(i)
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
		entOf[i] = idx
		add(c, idx)
	}
}

// markAlias records the names an alias candidate added to an entity.
func (x *extractor) markAlias(idx int, c cand) {
	e := &x.doc.Entities[idx]
	addUnique(&e.Aliases, c.name)
	if c.honorific != "" {
		addUnique(&e.Aliases, c.honorific+" "+c.name)
	}
}

// aliases maps a name candidate to the person candidate it gives another
// name for: "Ann Lee, known as Nan", "Lee (nicknamed Skip)", "Lee, whom
// the crew call Skip".
func (x *extractor) aliases(cands []cand) map[int]int {
	var out map[int]int
	for j := 1; j < len(cands); j++ {
		i := j - 1
		a, b := cands[i], cands[j]
		if a.sent != b.sent || a.typ != Person || a.to >= b.preFrom {
			continue
		}
		if x.aliasCue(x.sents[a.sent].Tokens[a.to:b.preFrom]) {
			if out == nil {
				out = map[int]int{}
			}
			out[j] = i
		}
	}
	return out
}

// aliasCue reports whether the tokens between two names say the second
// is another name for the first: a comma, bracket or dash, then an alias
// cue ("known as") or a relative clause with a naming verb ("whom the
// crew call"), then perhaps an opening quotation mark.
func (x *extractor) aliasCue(between []Token) bool {
	for len(between) > 0 && between[len(between)-1].Kind == TQuote {
		between = between[:len(between)-1]
	}
	if len(between) < 2 || !(between[0].Text == "," || between[0].Text == "(" || between[0].Kind == TDash) {
		return false
	}
	words := make([]string, 0, len(between)-1)
	for _, t := range between[1:] {
		if t.Kind != TWord {
			return false
		}
		words = append(words, lower(t))
	}
	if len(words) <= x.lex.maxAliasCue && x.lex.aliasCues[strings.Join(words, " ")] {
		return true
	}
	n := len(words)
	switch {
	case words[0] == "whom" && n >= 3 && n <= 7:
		return x.lex.naming[words[n-1]]
	case words[0] == "who" && n >= 3 && n <= 7:
		// "who friends call", not "who later called": a past tense
		// after "who" is more often a telephone call
		v := words[n-1]
		return x.lex.naming[v] && !strings.HasSuffix(v, "ed")
	case words[0] == "known" && n >= 3 && n <= 6: // "known to friends as"
		return words[n-1] == "as"
	}
	return false
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
