package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims/frames"
	"github.com/crosscheck/crosscheck/claims/sense"
)

// arguments reads claims from the arguments of each predicate of sentence
// si that name someone or somewhere: who did it (the subject of an active
// clause, the agent of a passive one) when that is a person or an
// organisation the article names, and where it happened, came from or
// went to when that is a place. "The fire service declared a major
// incident" and "a major incident was declared by the mayor" give the
// same slot two agents; "a train travelling from Dunmore to Kettleby"
// gives the train an origin and a destination.
func (x *extractor) arguments(si int) {
	if x.parses == nil || x.parses[si].s == nil {
		return
	}
	p := x.parses[si]
	for pi, pr := range p.f.Preds {
		if pr.Noun || bareVerbs[pr.Lemma] {
			continue
		}
		if !x.lex.reporting[pr.Lemma] && !x.orderedTo(si, pi) {
			x.agentClaim(si, pi) // a speaker is the quotes' to name, "ordered Y to" the orders'
		}
		for _, a := range pr.Args {
			switch a.Role {
			case frames.Origin, frames.Destination, frames.Location:
				x.placeClaim(si, pi, a)
			}
		}
	}
	x.boundClaims(si)
}

// agentClaim records who did what predicate pi says was done, when the
// doer is a named person or organisation: the slot is the predicate and
// what it was done to.
func (x *extractor) agentClaim(si, pi int) {
	p := x.parses[si]
	pr := p.f.Preds[pi]
	doer, what := -1, -1
	for _, a := range pr.Args {
		switch {
		case a.Role == frames.Agent || a.Role == frames.Subject && !pr.Passive:
			doer = a.Word
		case a.Role == frames.Object, a.Role == frames.Content:
			if what < 0 {
				what = a.Word
			}
		}
	}
	if doer < 0 || what < 0 {
		return
	}
	e, mention := x.namedAt(si, doer)
	if e < 0 {
		return
	}
	t := x.doc.Entities[e].Type
	if t != Person && t != Organisation {
		return
	}
	object := x.objectWords(si, what)
	if object == "" {
		return
	}
	v := Value{Type: AgentValue, Text: mention, Norm: x.doc.Entities[e].Name}
	c := Claim{Kind: Attribute, Subject: -1, SubjectAs: object, Attribute: x.participle(si, pr.Word) + " by",
		Value: v, Pred: pr.Lemma, Role: "agent", Path: p.f.Path(doer, pr.Word), Agent: e}
	c.Start, c.End = x.wordSpan(si, min(doer, pr.Word), max(doer, pr.Word))
	if pr.Negated {
		c.Modality = "not"
	} else if pr.Modal != "" {
		c.Modality = x.modal(pr.Modal)
	}
	x.add(c, si)
}

// objectWords names what a predicate was done to: the object's head noun
// with its modifiers ("a major incident" → "major incident"), or the head
// predicate of a reported clause with its object.
func (x *extractor) objectWords(si, w int) string {
	p := x.parses[si]
	ws := p.s.Words
	if pi := p.f.PredOf(w); pi >= 0 && ws[w].UPOS == "VERB" {
		// a clause: "announced that an eighth body had been found"
		pr := p.f.Preds[pi]
		for _, a := range pr.Args {
			if a.Role == frames.Object {
				return x.countedPhrase(si, a.Word) + " " + x.participle(si, w)
			}
		}
		return x.participle(si, w)
	}
	if ws[w].UPOS != "NOUN" && ws[w].UPOS != "PROPN" {
		return ""
	}
	return x.countedPhrase(si, w)
}

// namedAt returns the entity named at word w of sentence si, with the
// mention as written with its title ("Fire Commissioner Ann Lee"), or -1.
// People are found among the sentence's resolved references, others among
// the mentions of the article's entities.
func (x *extractor) namedAt(si, w int) (int, string) {
	ws := x.parses[si].s.Words
	start, end := x.sents[si].Start+ws[w].Start, x.sents[si].Start+ws[w].End
	toks := x.sents[si].Tokens
	for _, r := range x.refs[si] {
		if r.entity < 0 || r.kind != refName || r.from >= r.to || r.to > len(toks) {
			continue
		}
		if toks[r.from].Start < end && toks[r.to-1].End > start {
			from := r.preFrom
			if from > r.from || from < 0 {
				from = r.from
			}
			return r.entity, textOf(x.a.Text, toks[from:r.to])
		}
	}
	for _, m := range x.mentionsIn(si) {
		if m.start < end && m.end > start {
			return m.entity, x.a.Text[m.start:m.end]
		}
	}
	// "the guard Ann Lee": a noun with the name set beside it
	for j, d := range ws {
		if d.Head == w+1 && d.UPOS == "PROPN" && (d.Deprel == "appos" || d.Deprel == "compound" || d.Deprel == "flat") {
			if e, m := x.namedAt(si, j); e >= 0 {
				return e, m
			}
		}
	}
	// "Ann Lee, a 41-year-old sergeant": a noun set beside the name
	if d := ws[w]; d.Deprel == "appos" && d.UPOS == "NOUN" && d.Head > 0 && ws[d.Head-1].UPOS == "PROPN" {
		return x.namedAt(si, d.Head-1)
	}
	return -1, ""
}

// sentMention is a mention of an entity in a sentence.
type sentMention struct{ entity, start, end int }

// mentionsIn lists the mentions of every entity in sentence si, indexed
// once for the article.
func (x *extractor) mentionsIn(si int) []sentMention {
	if x.mentions == nil {
		x.mentions = make([][]sentMention, len(x.sents))
		for e, en := range x.doc.Entities {
			for _, m := range en.Mentions {
				if m.Sentence >= 0 && m.Sentence < len(x.sents) {
					x.mentions[m.Sentence] = append(x.mentions[m.Sentence], sentMention{e, m.Start, m.End})
				}
			}
		}
	}
	return x.mentions[si]
}

// placeClaim records where predicate pi happened, came from or went to,
// when the argument is a place the gazetteer or the article knows.
func (x *extractor) placeClaim(si, pi int, a frames.Arg) {
	p := x.parses[si]
	pr := p.f.Preds[pi]
	first, last := p.f.Phrase(a.Word)
	for first <= last && (p.s.Words[first].Deprel == "case" || p.s.Words[first].UPOS == "ADV" && first < a.Word) {
		first++ // "later in hospital"
	}
	name := x.phraseText(si, first, last)
	site := false // a common noun of a place: "the scene", "hospital"
	if name == "" || !x.placeName(si, a.Word, name) {
		w := p.s.Words[a.Word]
		if of := x.namedBy(si, a.Word); of != "" {
			name = of // "near the village of Sarnelle"
		} else if a.Role == frames.Location && w.UPOS == "NOUN" && x.sense != nil && x.eventType(pr.Lemma, "VERB") == "die" {
			c := x.sense.NounClass(strings.ToLower(w.Lemma))
			if c != sense.Place && c != sense.Facility {
				return
			}
			site = true
		} else {
			return
		}
	}
	what := string(a.Role)
	subject := pr.Lemma
	for _, b := range pr.Args {
		if b.Role == frames.Subject || b.Role == frames.Object && pr.Passive {
			if e, _ := x.namedAt(si, b.Word); e >= 0 {
				subject = x.doc.Entities[e].Name
			} else if n := x.countedPhrase(si, b.Word); n != "" && p.s.Words[b.Word].UPOS == "NOUN" {
				subject = n
			}
			break
		}
	}
	v := Value{Type: PlaceValue, Text: name, Norm: strings.ToLower(name)}
	c := Claim{Kind: Event, Subject: -1, SubjectAs: subject, Attribute: pr.Lemma + " " + what, Value: v,
		Pred: pr.Lemma, Role: what, Path: p.f.Path(a.Word, pr.Word)}
	if site {
		c.Attribute = "place of " + x.nounOf("die") // "killed at the scene", "died in hospital"
		for _, b := range pr.Args {
			if b.Role == frames.Subject && !pr.Passive || b.Role == frames.Object && pr.Passive {
				if e, _ := x.namedAt(si, b.Word); e >= 0 && x.doc.Entities[e].Type == Person {
					c.Subject, c.SubjectAs = e, ""
				}
			}
		}
	}
	if x.mainEvent(si, pr.Word) && what == string(frames.Location) && !site {
		ev := x.doc.Events[x.main]
		c.Main, c.SubjectAs, c.Attribute, c.EventType = true, ev.Name, "location", ev.Type
	}
	c.Start, c.End = x.wordSpan(si, first, last)
	if pr.Negated {
		c.Modality = "not"
	} else if pr.Modal != "" {
		c.Modality = x.modal(pr.Modal)
	}
	x.add(c, si)
}

// placeName reports whether the phrase at word w names a place: a name
// the gazetteer knows, or a name the article resolved as a place.
func (x *extractor) placeName(si, w int, name string) bool {
	if e, _ := x.namedAt(si, w); e >= 0 {
		return x.doc.Entities[e].Type == Place
	}
	if p := x.parses[si].s.Words[w]; p.UPOS != "PROPN" {
		return false
	}
	return x.isPlace(name)
}

// boundClaims reads "a New York-bound train": the place before "-bound"
// is where the noun was going.
func (x *extractor) boundClaims(si int) {
	p := x.parses[si]
	ws := p.s.Words
	for i, w := range ws {
		if strings.ToLower(w.Form) != "bound" || i < 2 || ws[i-1].Form != "-" {
			continue
		}
		last := i - 2
		first := last
		for first > 0 && ws[first-1].UPOS == "PROPN" && ws[first-1].End+1 >= ws[first].Start {
			first--
		}
		name := x.phraseText(si, first, last)
		if !x.isPlace(name) {
			continue
		}
		noun := w.Head - 1
		subject := "journey"
		if noun >= 0 && ws[noun].UPOS == "NOUN" {
			subject = x.countedPhrase(si, noun)
		}
		v := Value{Type: PlaceValue, Text: name, Norm: strings.ToLower(name)}
		c := Claim{Kind: Event, Subject: -1, SubjectAs: subject, Attribute: "destination", Value: v, Role: string(frames.Destination)}
		c.Start, c.End = x.wordSpan(si, first, i)
		x.add(c, si)
	}
}

// namedBy returns the name a place noun is the place of: "the village of
// Sarnelle", "the commune of Vauclair" give the name after "of", when the
// noun is a kind of place.
func (x *extractor) namedBy(si, w int) string {
	p := x.parses[si]
	ws := p.s.Words
	if ws[w].UPOS != "NOUN" || x.sense == nil || x.sense.NounClass(strings.ToLower(ws[w].Lemma)) != sense.Place {
		return ""
	}
	for _, k := range p.f.Kids(w) {
		if k > w && ws[k].UPOS == "PROPN" && ws[k].Deprel == "nmod" && x.caseWord(si, k) == "of" {
			f, l := p.f.Phrase(k)
			for f <= l && ws[f].Deprel == "case" {
				f++
			}
			return x.phraseText(si, f, l)
		}
	}
	return ""
}

// orderedTo reports whether predicate pi is an order or a request, which
// the orders read ("ordered the harbour master to close the port",
// "ordered the demolition").
func (x *extractor) orderedTo(si, pi int) bool {
	p := x.parses[si]
	pr := p.f.Preds[pi]
	form := strings.ToLower(p.s.Words[pr.Word].Form)
	return x.lex.order[form] || x.lex.request[form]
}
