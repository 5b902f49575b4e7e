package claims

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/sources"
)

type refKind uint8

const (
	refName refKind = iota
	refDescription
	refPronoun
)

// ref is a reference to a person in a sentence: a name, a description
// ("the ambassador") or a pronoun, resolved to an entity of the article.
type ref struct {
	from, to int // token range (the name alone, for names)
	preFrom  int // where the role phrase before a name starts
	entity   int // index into Document.Entities, -1 when unresolved
	kind     refKind
	sure     bool // a description resolved by its role or an appositive name, not by position
}

// findRefs lists the person references of every sentence and decides what
// each sentence is about: its first person reference. A pronoun or a
// description at the head of a sentence continues the person the previous
// sentence was about.
func (x *extractor) findRefs() {
	x.refs = make([][]ref, len(x.sents))
	x.focus = make([]int, len(x.sents))
	prev := -1
	for si := range x.sents {
		rs := append([]ref(nil), x.nameRefs[si]...)
		rs = append(rs, x.otherRefs(si, rs, prev)...)
		sort.Slice(rs, func(i, j int) bool { return rs[i].from < rs[j].from })
		x.refs[si] = rs
		x.describedAs(si, rs)
		x.focus[si] = -1
		for _, r := range rs {
			if r.entity >= 0 {
				x.focus[si] = r.entity
				break
			}
		}
		if x.focus[si] >= 0 && x.inBody(si) {
			prev = x.focus[si]
		}
		if x.isBlockStart(si) && x.focus[si] < 0 {
			prev = -1
		}
	}
}

// describedAs records the definite descriptions of sentence si that were
// resolved to a person by their role or an appositive name; those resolved
// only by position ("The captain …" after a sentence about someone) are
// left out, being the likeliest wrong.
func (x *extractor) describedAs(si int, rs []ref) {
	for _, r := range rs {
		if r.kind == refDescription && r.entity >= 0 && r.sure {
			d := textOf(x.a.Text, x.sents[si].Tokens[r.from:r.to])
			d = strings.ToLower(d[:1]) + d[1:] // "The prosecutor said" as "the prosecutor"
			addUnique(&x.doc.Entities[r.entity].Descriptions, d)
		}
	}
}

// inBody reports whether sentence si is body text, not a headline or caption.
func (x *extractor) inBody(si int) bool {
	b := x.sents[si].Block
	if b >= len(x.a.Blocks) {
		return true
	}
	k := x.a.Blocks[b].Kind
	return k == sources.Paragraph || k == sources.ListItem
}

func (x *extractor) isBlockStart(si int) bool {
	return si == 0 || x.sents[si-1].Block != x.sents[si].Block
}

// tokenRange maps a byte span of the article to a token range of sentence si.
func (x *extractor) tokenRange(si, start, end int) (int, int) {
	toks := x.sents[si].Tokens
	from := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	to := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
	return from, to
}

// otherRefs finds pronouns and definite descriptions of people.
func (x *extractor) otherRefs(si int, names []ref, prev int) []ref {
	toks := x.sents[si].Tokens
	var rs []ref
	covered := func(i int) bool {
		for _, r := range names {
			if i >= r.preFrom && i < r.to {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].flags&(fPronoun|fThe) == 0 || covered(i) {
			continue
		}
		w := lower(toks[i])
		if x.lex.pronouns[w] && (w == "he" || w == "she") {
			e := prev
			if before := lastEntityBefore(names, i); before >= 0 {
				e = before
			}
			if x.personNounBefore(toks, names, i) {
				e = -1 // "… talking to the girl when she was 14": not the named one
			}
			rs = append(rs, ref{from: i, to: i + 1, preFrom: i, entity: e, kind: refPronoun})
			continue
		}
		if w == "the" && i+1 < len(toks) && isAgeWord(lower(toks[i+1])) && x.standsAlone(toks, i+2) {
			// "The 54-year-old, who …": the person the text is about
			e := prev
			if before := lastEntityBefore(names, i); before >= 0 {
				e = before
			}
			rs = append(rs, ref{from: i, to: i + 2, preFrom: i, entity: e, kind: refDescription})
			i++
			continue
		}
		if w == "the" {
			if j := x.descriptionEnd(toks, i+1); j > i+1 && !covered(j) {
				head := x.roleOf(toks[i+1 : j])
				e, sure := x.resolveDescription(si, toks[i+1:j], head, i == 0, prev)
				if a := appositiveName(toks, names, j); a >= 0 && head != "" {
					e, sure = a, true // "the Lyon prosecutor, Ann Lee, said": the name that follows
				}
				rs = append(rs, ref{from: i, to: j, preFrom: i, entity: e, kind: refDescription, sure: sure})
				i = j - 1
			}
		}
	}
	return rs
}

// standsAlone reports whether "the 54-year-old" ends at token i as a noun
// phrase of its own ("the 54-year-old, who …", "the 54-year-old had …"),
// not as the adjective of a noun ("the 24-year-old aircraft").
func (x *extractor) standsAlone(toks []Token, i int) bool {
	if i >= len(toks) || toks[i].Kind != TWord {
		return true
	}
	w := lower(toks[i])
	if x.lex.titles[w] {
		return true // "the 54-year-old captain": a role follows
	}
	switch w {
	case "had", "has", "have", "was", "is", "who", "did", "does", "would", "could", "will", "can",
		"may", "might", "must", "should", "also", "then", "later", "now", "still", "never":
		return true
	}
	return x.lex.reporting[w] || x.lex.order[w]
}

// personNounBefore reports whether a common noun for a person stands
// between the last named reference and the pronoun at i in its sentence.
func (x *extractor) personNounBefore(toks []Token, names []ref, i int) bool {
	from := 0
	for _, r := range names {
		if r.to <= i && r.to > from {
			from = r.to
		}
	}
	for k := from; k < i; k++ {
		// a common noun for a person, or an object pronoun ("raped him
		// when he was 5"): the pronoun may mean that other person
		w := lower(toks[k])
		if x.lex.personNouns[w] && k >= 2 && lower(toks[k-2]) == "as" && (lower(toks[k-1]) == "a" || lower(toks[k-1]) == "an") {
			continue // "as a boy he …": what he was, not someone else
		}
		if x.lex.personNouns[w] || w == "him" || w == "her" || w == "them" {
			return true
		}
	}
	return false
}

// appositiveName returns the entity of a name set off by commas right
// after token i-1: ", Ann Lee," or ", Ann Lee said".
func appositiveName(toks []Token, names []ref, i int) int {
	if i >= len(toks) || toks[i].Text != "," {
		return -1
	}
	for _, r := range names {
		if r.from == i+1 && r.entity >= 0 && (r.to >= len(toks) || toks[r.to].Text == "," || toks[r.to].Kind == TWord) {
			return r.entity
		}
	}
	return -1
}

func lastEntityBefore(rs []ref, i int) int {
	e := -1
	for _, r := range rs {
		if r.to <= i && r.entity >= 0 {
			e = r.entity
		}
	}
	return e
}

// descriptionEnd reads modifiers and titles after "the" and returns the end
// of the description, or i when there is none: "the Russian president",
// "the head of state", "the spokeswoman of the ministry".
func (x *extractor) descriptionEnd(toks []Token, i int) int {
	j := i
	title := false
	for j < len(toks) && toks[j].Kind == TWord {
		w := lower(toks[j])
		switch {
		case x.lex.titles[w]:
			title = true
		case x.lex.modifiers[w] || x.isDemonym(toks[j].Text):
		case !title && toks[j].Upper() && x.isPlace(toks[j].Text): // "the Lyon prosecutor"
		case title && (w == "of") && j+1 < len(toks) && lower(toks[j+1]) == "state":
			j += 2
			return j
		default:
			if title {
				return j
			}
			return i
		}
		j++
	}
	if title {
		return j
	}
	return i
}

// resolveDescription finds the entity a description refers to: the one
// person of the article who holds that role; failing that, at the head of a
// sentence, the person the previous sentence was about.
func (x *extractor) resolveDescription(si int, desc []Token, role string, atHead bool, prev int) (int, bool) {
	if role == "" {
		return -1, false
	}
	head := lastWord(strings.ToLower(role))
	nat := ""
	for _, t := range desc {
		if x.isDemonym(t.Text) {
			nat = x.demonymCountry(t.Text)
		}
	}
	found := -1
	for i, e := range x.doc.Entities {
		if e.Type != Person || len(e.Mentions) == 0 || e.Mentions[0].Sentence > si || !x.nationalityFits(i, nat) {
			continue
		}
		for _, r := range e.Roles {
			if lastWord(strings.ToLower(r)) == head {
				if found >= 0 && found != i {
					return -1, false
				}
				found = i
			}
		}
	}
	if found < 0 {
		for i, e := range x.doc.Entities {
			if e.Type == Person && len(e.Mentions) > 0 && e.Mentions[0].Sentence <= si && roleSynonym(head, e.Roles) {
				if found >= 0 {
					return -1, false
				}
				found = i
			}
		}
	}
	if found >= 0 {
		return found, true
	}
	if atHead && prev >= 0 && !x.hasOtherRole(prev, head) && !x.spokeBefore(si, prev) {
		return prev, false
	}
	return -1, false
}

// spokeBefore reports whether entity e is the speaker of the sentence
// before si ("Lee said the plane was new. The captain had …"): what
// follows is what was said, and its "the captain" someone else.
func (x *extractor) spokeBefore(si, e int) bool {
	if si == 0 {
		return false
	}
	toks := x.sents[si-1].Tokens
	for _, r := range x.refs[si-1] {
		if r.entity == e && r.to < len(toks) && toks[r.to].flags&fReporting != 0 {
			return true
		}
	}
	return false
}

// nationalityFits reports whether an entity may have the nationality (a
// country code; "" fits all): it fits unless the article gives another.
func (x *extractor) nationalityFits(e int, nat string) bool {
	if nat == "" {
		return true
	}
	have, ok := x.nationality[e]
	return !ok || have == nat
}

// hasOtherRole reports whether the entity has roles, none of them head.
func (x *extractor) hasOtherRole(e int, head string) bool {
	roles := x.doc.Entities[e].Roles
	for _, r := range roles {
		if lastWord(strings.ToLower(r)) == head {
			return false
		}
	}
	return len(roles) > 0 && !roleSynonym(head, roles)
}

// roleSynonym: "head of state" and "leader" fit a president, king or prime minister.
func roleSynonym(head string, roles []string) bool {
	if head != "state" && head != "leader" && head != "head" {
		return false
	}
	for _, r := range roles {
		switch lastWord(strings.ToLower(r)) {
		case "president", "king", "queen", "minister", "premier", "chancellor", "leader", "monarch", "emperor":
			return true
		}
	}
	return false
}

// endsRole: words that end a role phrase ("a nurse who lives nearby").
func endsRole(w string) bool {
	switch w {
	case "who", "which", "that", "whose", "whom", "where", "when", "while", "and", "but", "with",
		"from", "in", "at", "on", "for", "since", "after", "before", "during", "by", "as", ",":
		return true
	}
	return false
}

// roleOf returns the role in a role phrase: its title words with their
// modifiers, without articles, descriptors, ages or demonyms.
func (x *extractor) roleOf(toks []Token) string {
	var words []string
	started := false
	for i, t := range toks {
		w := strings.TrimSuffix(lower(t), ".")
		if _, _, ok := x.lex.Descriptor(w); ok || isAgeWord(w) || w == "the" || w == "a" || w == "an" {
			continue
		}
		if !started && x.isDemonym(t.Text) {
			continue
		}
		if started && endsRole(w) {
			break
		}
		if x.lex.titles[w] || x.lex.modifiers[w] || started || isOrdinal(w) || x.titleAt(toks[i:]) > 0 {
			started = true
			words = append(words, t.Text)
		}
	}
	return strings.Join(words, " ")
}
