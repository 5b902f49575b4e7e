package claims

import "strings"

// statements reads characterisations: who called what by which name. The
// speaker may be a person, an organisation or a place standing for its
// government ("Northland branded the attack an act of war").
func (x *extractor) statements(si int) {
	toks := x.sents[si].Tokens
	for i, t := range toks {
		if t.flags&fStatement == 0 || (i > 0 && lower(toks[i-1]) == "was") {
			continue
		}
		agent, aStart := x.entityBefore(si, i)
		if agent < 0 {
			continue
		}
		from, to, ok := x.characterisation(toks, i+1)
		if !ok {
			continue
		}
		c := Claim{Kind: Statement, Subject: agent, Attribute: "characterised " + x.objectOf(toks, i+1, from),
			Value: Value{Type: TextValue, Text: strings.Trim(textOf(x.a.Text, toks[from:to]), " ‘’'\"“”")},
			Start: toks[aStart].Start, End: toks[to-1].End}
		x.add(c, si)
	}
}

// characterisation finds the words a verb gives its object: in quotation
// marks within the clause, or after "as".
func (x *extractor) characterisation(toks []Token, i int) (int, int, bool) {
	end := clauseEnd(toks, i, x.lex)
	for j := i; j < end && j < i+10; j++ {
		if toks[j].Kind == TQuote && isOpenQuote(toks[j], false) {
			k := j + 1
			for k < end && !(toks[k].Kind == TQuote && isCloseQuote(toks[k], true)) {
				k++
			}
			if k > j+1 {
				return j + 1, k, true
			}
		}
	}
	for j := i; j < end && j < i+8; j++ {
		if lower(toks[j]) == "as" && j+1 < end {
			return j + 1, end, true
		}
	}
	return 0, 0, false
}

// objectOf names what was characterised: the words between the verb and
// the characterisation, "it" when none.
func (x *extractor) objectOf(toks []Token, i, from int) string {
	var ws []string
	for j := i; j < from && j < len(toks); j++ {
		w := lower(toks[j])
		if toks[j].Kind == TWord && w != "as" && w != "a" && w != "an" {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return "it"
	}
	return strings.Join(ws, " ")
}

// entityBefore finds the entity of any type named right before token i, with
// at most an auxiliary between ("Northland has branded").
func (x *extractor) entityBefore(si, i int) (int, int) {
	toks := x.sents[si].Tokens
	best, bestStart, bestEnd := -1, 0, -1
	for ei, e := range x.doc.Entities {
		for _, m := range e.Mentions {
			if m.Sentence != si || m.End > toks[i].Start || m.End <= bestEnd {
				continue
			}
			from, to := x.tokenRange(si, m.Start, m.End)
			if gap := toks[to:i]; len(gap) <= 2 && auxiliaries(gap) {
				best, bestStart, bestEnd = ei, from, m.End
			}
		}
	}
	for _, r := range x.refs[si] {
		if r.entity >= 0 && r.to <= i && r.to >= i-2 && auxiliaries(toks[r.to:i]) && toks[r.preFrom].End > bestEnd {
			best, bestStart = r.entity, r.preFrom
		}
	}
	return best, bestStart
}

func auxiliaries(ts []Token) bool {
	for _, t := range ts {
		switch lower(t) {
		case "has", "have", "had", "also", "publicly", "quickly", "later", "tonight", "today", "yesterday", "earlier", "again":
		default:
			return false
		}
	}
	return true
}
