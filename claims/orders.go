package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims/frames"
)

// orders reads who ordered what from the predications of sentence si: an
// order verb's doer (its subject, or the "by" phrase of a passive) and
// what it ordered (the clause it governs, "ordered the harbour master to
// close the port", "ordered the port closed"; its object, "ordered an
// evacuation"; or what a passive's subject names, "the operation was
// ordered by"). The one told to do it, when named, is kept apart as the
// recipient. A request ("asked residents to leave") needs the clause.
func (x *extractor) orders(si int) {
	p := x.parses[si]
	ws := p.s.Words
	for _, pr := range p.f.Preds {
		form := strings.ToLower(ws[pr.Word].Form)
		request := x.lex.request[form]
		if pr.Noun || !x.lex.order[form] && !request {
			continue
		}
		doer, object, clause := -1, -1, -1
		for _, a := range pr.Args {
			switch {
			case a.Role == frames.Agent || a.Role == frames.Subject && !pr.Passive:
				if doer < 0 {
					doer = a.Word
				}
			case a.Role == frames.Object:
				if object < 0 {
					object = a.Word
				}
			case a.Role == frames.Complement && ws[a.Word].UPOS != "NOUN":
				if clause < 0 {
					clause = a.Word
				}
			}
		}
		if clause < 0 {
			// the parse may hang "to close the port" on the verb as an
			// adverbial clause, or on the one told as a noun's clause
			clause = x.toClause(si, pr.Word, "advcl")
			if clause < 0 && object >= 0 {
				clause = x.toClause(si, object, "acl")
			}
		}
		if doer < 0 || request && clause < 0 {
			continue
		}
		agent := x.orderAgent(si, doer)
		if agent < 0 {
			continue
		}
		var recipient string
		first, last := -1, -1
		switch {
		case clause >= 0 && object >= 0 && x.takesInfinitive(si, clause):
			// "ordered the harbour master to close the port"
			f, l := x.phraseOf(si, object)
			recipient = x.phraseText(si, f, l)
			first, last = x.phraseOf(si, clause)
		case clause >= 0 && object >= 0:
			// "ordered the port closed"
			f, _ := x.phraseOf(si, object)
			_, l := x.phraseOf(si, clause)
			first, last = f, l
		case clause >= 0:
			first, last = x.phraseOf(si, clause)
		case object >= 0:
			first, last = x.phraseOf(si, object)
		}
		for first >= 0 && first < last && (ws[first].Deprel == "mark" || ws[first].UPOS == "PUNCT") {
			first++ // "to close the port"
		}
		if first < 0 || last-first < 1 && ws[first].UPOS == "PRON" {
			continue // "ordered it": nothing a reader can check
		}
		v := x.phraseText(si, first, last)
		c := Claim{Kind: Order, Subject: agent, Attribute: "ordered",
			Value: Value{Type: TextValue, Text: v}, Recipient: recipient,
			Pred: pr.Lemma, Path: p.f.Path(first, pr.Word)}
		if request {
			c.Attribute = "asked"
		}
		from, to := min(first, doer, pr.Word), max(last, doer, pr.Word)
		c.Start, c.End = x.wordSpan(si, from, to)
		c.When = x.dateIn(si)
		if pr.Negated {
			c.Modality = "not"
		} else if pr.Modal != "" {
			c.Modality = x.modal(pr.Modal)
		}
		x.add(c, si)
	}
}

// orderAgent is the entity who gives an order at word w: a named person
// or organisation, or the speaker of the quote an "I" speaks in.
func (x *extractor) orderAgent(si, w int) int {
	if e, _ := x.namedAt(si, w); e >= 0 {
		return e
	}
	if e := x.entityAt(si, w); e >= 0 {
		return e
	}
	ws := x.parses[si].s.Words
	if strings.EqualFold(ws[w].Form, "i") {
		if q := x.quoteAt(x.sents[si].Start + ws[w].Start); q != nil && q.speaker >= 0 {
			return q.speaker
		}
	}
	return -1
}

// phraseOf is the first and last word of the phrase headed by word w,
// without the punctuation, the coordinated clauses and the relative
// clauses that hang from it.
func (x *extractor) phraseOf(si, w int) (int, int) {
	p := x.parses[si]
	ws := p.s.Words
	first, last := w, w
	for _, k := range p.f.Kids(w) {
		switch ws[k].Deprel {
		case "punct", "cc", "conj", "parataxis", "acl:relcl":
			continue
		}
		f, l := p.f.Phrase(k)
		first, last = min(first, f), max(last, l)
	}
	for last > first && ws[last].UPOS == "PUNCT" {
		last--
	}
	return first, last
}

// toClause returns the child of word w by relation rel that is a clause
// marked by "to", or -1.
func (x *extractor) toClause(si, w int, rel string) int {
	p := x.parses[si]
	for _, k := range p.f.Kids(w) {
		if p.s.Words[k].Deprel == rel && x.takesInfinitive(si, k) {
			return k
		}
	}
	return -1
}

// takesInfinitive reports whether clause word c is marked by "to".
func (x *extractor) takesInfinitive(si, c int) bool {
	p := x.parses[si]
	for _, k := range p.f.Kids(c) {
		if w := p.s.Words[k]; w.Deprel == "mark" && strings.EqualFold(w.Form, "to") {
			return true
		}
	}
	return false
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
