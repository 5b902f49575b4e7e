package claims

import "strings"

// orders reads who ordered what: "X ordered (Y) to do Z", "Z, ordered by
// X", and "X asked Y to do Z". The value is what was ordered; the
// recipient, when named, is kept apart.
func (x *extractor) orders(si int) {
	toks := x.sents[si].Tokens
	for i, t := range toks {
		if t.flags&(fOrder|fRequest) == 0 {
			continue
		}
		request := t.flags&fRequest != 0
		if request && !toFollows(toks, i+1, 8) {
			continue
		}
		if i+1 < len(toks) && lower(toks[i+1]) == "by" {
			x.passiveOrder(si, i)
			continue
		}
		agent, aStart := x.agentBefore(si, i)
		if agent < 0 {
			continue
		}
		recipient, vFrom := x.recipient(toks, i+1)
		vTo := x.clauseEnd(si, vFrom)
		if vTo-vFrom < 2 {
			continue
		}
		c := Claim{Kind: Order, Subject: agent, Attribute: "ordered",
			Value:     Value{Type: TextValue, Text: textOf(x.a.Text, toks[vFrom:vTo])},
			Recipient: recipient, Start: toks[aStart].Start, End: toks[vTo-1].End}
		if request {
			c.Attribute = "asked"
		}
		c.When = x.dateIn(si)
		x.add(c, si)
	}
}

// agentBefore finds the person who gives an order at token i: the nearest
// person reference before it, with at most a few adverbs in between.
func (x *extractor) agentBefore(si, i int) (int, int) {
	for k := len(x.refs[si]) - 1; k >= 0; k-- {
		r := x.refs[si][k]
		if r.to > i {
			continue
		}
		toks := x.sents[si].Tokens
		gap := toks[r.to:i]
		if len(gap) > 0 && gap[0].Text == "," && r.preFrom > 0 && toks[r.preFrom-1].Text == "," {
			gap = gap[1:] // "The mayor, Ann Lee, ordered": the comma closes the appositive
		}
		if len(gap) > 3 || hasPunct(gap) {
			break
		}
		if r.entity >= 0 {
			return r.entity, r.preFrom
		}
		break
	}
	// "I ask you to …" inside a quote: the speaker orders
	if i > 0 && lower(x.sents[si].Tokens[i-1]) == "i" {
		if q := x.quoteAt(x.sents[si].Tokens[i].Start); q != nil && q.speaker >= 0 {
			return q.speaker, i - 1
		}
	}
	return -1, 0
}

func hasPunct(ts []Token) bool {
	for _, t := range ts {
		if t.Kind != TWord {
			return true
		}
	}
	return false
}

// passiveOrder reads "the measures ordered by President X aimed at Y".
func (x *extractor) passiveOrder(si, i int) {
	toks := x.sents[si].Tokens
	var agent ref
	found := false
	for _, r := range x.refs[si] {
		if r.preFrom == i+2 || r.from == i+2 {
			agent, found = r, true
			break
		}
	}
	if !found || agent.entity < 0 {
		return
	}
	from := i
	for from > 0 && toks[from-1].Kind == TWord && i-from < 6 {
		from--
		if w := lower(toks[from]); w == "the" || w == "a" || w == "an" {
			break
		}
	}
	vTo := x.clauseEnd(si, agent.to)
	text := textOf(x.a.Text, toks[from:i])
	if vTo > agent.to {
		text += " " + textOf(x.a.Text, toks[agent.to:vTo])
	}
	x.add(Claim{Kind: Order, Subject: agent.entity, Attribute: "ordered",
		Value: Value{Type: TextValue, Text: strings.TrimSpace(text)},
		Start: toks[from].Start, End: toks[max(vTo, agent.to)-1].End}, si)
}

// recipient reads "intelligence agencies" in "ordered intelligence
// agencies to strengthen …"; it returns where the ordered action starts.
func (x *extractor) recipient(toks []Token, i int) (string, int) {
	if i < len(toks) && lower(toks[i]) == "to" {
		return "", i + 1
	}
	for j := i; j < len(toks) && j < i+10; j++ {
		if toks[j].Kind != TWord {
			break
		}
		if lower(toks[j]) == "to" {
			if j+1 < len(toks) && lower(toks[j+1]) == "be" {
				return "", i // "ordered security to be stepped up"
			}
			return textOf(x.a.Text, toks[i:j]), j + 1
		}
	}
	return "", i
}

func toFollows(toks []Token, i, within int) bool {
	for j := i; j < len(toks) && j < i+within; j++ {
		if lower(toks[j]) == "to" {
			return true
		}
		if toks[j].Kind == TPunct {
			return false
		}
	}
	return false
}

// clauseEnd returns where the clause starting at i ends: at the end of the
// sentence, a semicolon, or "and said".
func clauseEnd(toks []Token, i int, lex *Lexicon) int {
	for j := i; j < len(toks); j++ {
		t := toks[j]
		if t.Text == ";" || (t.Kind == TPunct && (t.Text == "." || t.Text == "!" || t.Text == "?")) {
			return j
		}
		if lower(t) == "and" && j+1 < len(toks) && lex.reporting[lower(toks[j+1])] {
			return j
		}
	}
	return len(toks)
}

// clauseEnd is clauseEnd that also stops before ", X said".
func (x *extractor) clauseEnd(si, i int) int {
	toks := x.sents[si].Tokens
	end := clauseEnd(toks, i, x.lex)
	for _, r := range x.refs[si] {
		if r.preFrom > i && r.preFrom < end && toks[r.preFrom-1].Text == "," &&
			r.to < len(toks) && x.lex.reporting[lower(toks[r.to])] {
			return r.preFrom - 1
		}
	}
	return end
}

// dateIn returns the first date of a sentence, resolved against the
// publication date where one is known ("On 20 March, X ordered …").
func (x *extractor) dateIn(si int) string {
	for _, d := range x.datesIn(si) {
		if !d.Anchored {
			return d.Date.String()
		}
	}
	return ""
}

// textOf returns the article text a token range spans.
func textOf(text string, ts []Token) string {
	if len(ts) == 0 {
		return ""
	}
	return text[ts[0].Start:ts[len(ts)-1].End]
}
