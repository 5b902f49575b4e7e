package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims/sense"
	"github.com/crosscheck/crosscheck/claims/syntax"
)

// descriptions reads what the parse says each person of sentence si is:
// the words that modify the name ("NTSB board member Ann Lee", "off-duty
// nurse Ann Lee"), an appositive on either side ("Ann Lee, 43, a retired
// engineer", "the ship's purser, Ann Lee"), a copula ("Lee was a trainee
// nurse", "she is 25") and a relative clause ("Lee, who was about 50").
// Each phrase is classed by describe (role, status, rank, age,
// nationality).
func (x *extractor) descriptions(si int) {
	if x.parses == nil || x.parses[si].s == nil {
		return
	}
	toks := x.sents[si].Tokens
	base := x.sents[si].Start
	for _, r := range x.refs[si] {
		if r.entity < 0 || r.from >= r.to || r.to > len(toks) {
			continue
		}
		wf, wl := x.wordsIn(si, toks[r.from].Start-base, toks[r.to-1].End-base)
		if wf < 0 {
			continue
		}
		h := x.headIn(si, wf, wl)
		x.describeAround(si, r.entity, h, wf, wl, r.kind == refName)
	}
}

// describeAround reads the descriptions hanging on the head word h of a
// reference to entity e spanning words wf..wl.
func (x *extractor) describeAround(si, e, h, wf, wl int, name bool) {
	p := x.parses[si]
	ws := p.s.Words
	if name {
		// the words before the name that modify it: a role phrase
		first, title := wf, -1
		for _, k := range p.f.Kids(h) {
			switch r := ws[k].Deprel; {
			case k >= wf:
			case r == "compound" || r == "amod" || r == "nmod:poss" || r == "nmod:desc":
				f, _ := p.f.Phrase(k)
				first = min(first, f)
				if r != "amod" && ws[k].UPOS == "NOUN" && x.personNoun(ws[k]) {
					title = k // "board member Ann Lee"
				}
			}
		}
		if first < wf {
			x.describeWords(si, e, first, wf-1, first, wl, false)
		}
		if title >= 0 {
			x.treeRole(si, e, first, title, first, wl)
		}
		x.affiliation(si, e, h, wf, wl, func(attr, text string) {
			v := Value{Type: TextValue, Text: text, Norm: strings.ToLower(text)}
			c := Claim{Kind: Attribute, Subject: e, Attribute: attr, Value: v}
			c.Start, c.End = x.wordSpan(si, wf, wl)
			x.add(c, si)
		})
	}
	for _, k := range p.f.Kids(h) {
		if k <= wl {
			continue
		}
		switch ws[k].Deprel {
		case "appos":
			x.describeNoun(si, e, k, wf, false)
		case "amod", "nummod", "nmod:unmarked", "parataxis":
			if ws[k].UPOS == "NUM" && !x.score(si, k) {
				x.describeWords(si, e, k, k, wf, k, false)
			}
		case "acl:relcl":
			x.describeClause(si, e, k, wf)
		}
	}
	// the name is the appositive of a description: "the ship's purser,
	// Ann Lee"
	if hd := ws[h].Head - 1; hd >= 0 && ws[h].Deprel == "appos" && hd < wf && (ws[hd].UPOS == "NOUN") {
		// "The mayor of Northport, Ann Lee, said": the definite
		// description puts the role in the present
		f, _ := p.f.Phrase(hd)
		x.describeNoun(si, e, hd, hd, strings.EqualFold(ws[f].Form, "the"))
	}
	// a copula: "Lee was a trainee nurse", "she is 25"
	if hd := ws[h].Head - 1; hd >= 0 && strings.HasPrefix(ws[h].Deprel, "nsubj") {
		if cop := x.copulaOf(si, hd); cop >= 0 {
			present := strings.EqualFold(ws[cop].Form, "is") || strings.EqualFold(ws[cop].Form, "are")
			if ws[hd].UPOS == "NUM" {
				x.describeWords(si, e, hd, hd, wf, hd, false)
			} else {
				x.describeNoun(si, e, hd, wf, present)
			}
		}
	}
}

// copulaOf returns the copula of predicate word i, or -1.
func (x *extractor) copulaOf(si, i int) int {
	p := x.parses[si]
	for _, k := range p.f.Kids(i) {
		if p.s.Words[k].Deprel == "cop" {
			return k
		}
	}
	return -1
}

// describeNoun describes entity e by the noun phrase headed by n: the
// head with the words before it ("a retired engineer", "the brigade's
// deputy commissioner"); a relative clause or a prepositional phrase
// after it is left out, save "of" ("a member of the fire brigade").
func (x *extractor) describeNoun(si, e, n, evFrom int, present bool) {
	p := x.parses[si]
	ws := p.s.Words
	if ws[n].UPOS == "NUM" {
		x.describeWords(si, e, n, n, min(evFrom, n), n, false)
		return
	}
	first, last := n, n
	for _, k := range p.f.Kids(n) {
		switch {
		case k < n && ws[k].Deprel != "punct" && ws[k].Deprel != "cc":
			if f, _ := p.f.Phrase(k); f < first {
				first = f
			}
		case k > n && ws[k].Deprel == "nmod" && x.caseWord(si, k) == "of":
			if _, l := p.f.Phrase(k); l > last {
				last = l
			}
		}
	}
	if ws[first].UPOS == "PUNCT" {
		first++
	}
	x.describeWords(si, e, first, last, min(evFrom, first), max(last, n), present)
	x.treeRole(si, e, first, n, min(evFrom, first), max(last, n))
}

// treeRole reads the role a person noun gives entity e, with the words
// that classify it ("a trainee nurse", "the brigade's deputy
// commissioner"), the relation a kinship noun gives ("her fiancé"), and
// the organisation a role is held in ("a nurse at Kettleby General", "a
// member of the fire brigade", "an engineer with the water board").
func (x *extractor) treeRole(si, e, first, n, evFrom, evTo int) {
	p := x.parses[si]
	ws := p.s.Words
	if !x.personNoun(ws[n]) || x.citizens(ws[n].Lemma) {
		return // "a Danish national" says a nationality, no role
	}
	var words []string
	for i := x.roleStart(si, first, n); i <= n; i++ {
		// a hyphenated compound ("off-duty", "41-year-old") is one word
		b, j := i, i
		for b >= 2 && ws[b-1].Form == "-" && ws[b-1].Start == ws[b-2].End && ws[b].Start == ws[b-1].End {
			b -= 2
		}
		for j+2 <= n && ws[j+1].Form == "-" && ws[j+1].Start == ws[j].End && ws[j+2].Start == ws[j+1].End {
			j += 2
		}
		if j > b {
			lw := strings.ToLower(x.sents[si].Text[ws[b].Start:ws[j].End])
			if _, _, desc := x.lex.Descriptor(lw); !desc && !isAgeWord(lw) && j == n {
				words = append(words, lw)
			}
			i = j
			continue
		}
		w := ws[i]
		lw := strings.ToLower(w.Form)
		if _, _, desc := x.lex.Descriptor(lw); desc || x.isDemonym(w.Form) || isAgeWord(lw) || w.UPOS == "PUNCT" {
			continue
		}
		if w.UPOS == "NOUN" || w.UPOS == "ADJ" || w.UPOS == "PROPN" && i == n {
			words = append(words, w.Form)
		}
	}
	if len(words) == 0 {
		return
	}
	role := strings.Join(words, " ")
	attr := "role"
	if x.kinship(ws[n].Lemma) {
		attr = "relation"
	}
	add := func(attr, text string) {
		v := Value{Type: TextValue, Text: text, Norm: strings.ToLower(text)}
		c := Claim{Kind: Attribute, Subject: e, Attribute: attr, Value: v}
		c.Start, c.End = x.wordSpan(si, evFrom, evTo)
		x.add(c, si)
	}
	add(attr, role)
	if attr == "role" {
		addUnique(&x.doc.Entities[e].Roles, role)
	}
	x.affiliation(si, e, n, evFrom, evTo, add)
}

// affiliation reads the organisation a role noun or a name is held in:
// its "of", "at", "with" or "for" phrase.
func (x *extractor) affiliation(si, e, n, evFrom, evTo int, add func(attr, text string)) {
	p := x.parses[si]
	ws := p.s.Words
	for _, k := range p.f.Kids(n) {
		if k < n || ws[k].Deprel != "nmod" {
			continue
		}
		switch x.caseWord(si, k) {
		case "of", "at", "with", "for", "from":
		default:
			continue
		}
		if ws[k].UPOS != "PROPN" && ws[k].UPOS != "NOUN" {
			continue
		}
		f, l := p.f.Phrase(k)
		for f <= l && (ws[f].Deprel == "case" || ws[f].Deprel == "det") {
			f++
		}
		if f <= l {
			add("affiliation", x.phraseText(si, f, l))
		}
	}
}

// kinship reports whether a noun names a relation to another person:
// a relative, a spouse or partner.
func (x *extractor) kinship(lemma string) bool {
	if x.sense == nil {
		return false
	}
	l := strings.ToLower(lemma)
	for _, a := range []string{"relative", "spouse", "lover", "fiance", "fiancée", "fiancé", "partner", "friend"} {
		if x.sense.IsA(l, sense.Noun, a) {
			return true
		}
	}
	return false
}

// roleStart is where the words of a role start within first..n: after
// the determiner, the possessor and the age ("the brigade's deputy
// commissioner" → "deputy commissioner").
func (x *extractor) roleStart(si, first, n int) int {
	ws := x.parses[si].s.Words
	start := first
	for i := first; i < n; i++ {
		switch ws[i].Deprel {
		case "det", "nmod:poss", "case", "nummod", "punct":
			start = i + 1
		default:
			if ws[i].UPOS == "NUM" || isAgeWord(strings.ToLower(ws[i].Form)) {
				start = i + 1
			}
		}
	}
	return start
}

// describeClause reads a relative clause on a person: "who was about
// 50", "who is a serving officer".
func (x *extractor) describeClause(si, e, k, evFrom int) {
	p := x.parses[si]
	ws := p.s.Words
	if x.copulaOf(si, k) < 0 {
		return
	}
	if ws[k].UPOS == "NUM" {
		x.describeWords(si, e, k, k, evFrom, k, false)
		return
	}
	x.describeNoun(si, e, k, evFrom, false)
}

// describeWords hands words first..last of sentence si to describe, with
// words evFrom..evTo as the evidence.
func (x *extractor) describeWords(si, e, first, last, evFrom, evTo int, present bool) {
	phrase := x.tokensOf(si, first, last)
	if len(phrase) == 0 {
		return
	}
	evidence := x.tokensOf(si, evFrom, evTo)
	if len(evidence) == 0 {
		evidence = phrase
	}
	x.describe(si, e, phrase, evidence, present)
}

// tokensOf returns the tokens of sentence si that words first..last
// cover.
func (x *extractor) tokensOf(si, first, last int) []Token {
	ws := x.parses[si].s.Words
	if first < 0 || last < first || last >= len(ws) {
		return nil
	}
	base := x.sents[si].Start
	from, to := x.tokenRange(si, base+ws[first].Start, base+ws[last].End)
	toks := x.sents[si].Tokens
	if from >= to || to > len(toks) {
		return nil
	}
	return toks[from:to]
}

// wordSpan is the byte span in the article of words first..last.
func (x *extractor) wordSpan(si, first, last int) (int, int) {
	ws := x.parses[si].s.Words
	base := x.sents[si].Start
	return base + ws[first].Start, base + ws[last].End
}

// caseWord is the case word of the phrase headed by word k, lower case.
func (x *extractor) caseWord(si, k int) string {
	p := x.parses[si]
	for _, c := range p.f.Kids(k) {
		if p.s.Words[c].Deprel == "case" {
			return strings.ToLower(p.s.Words[c].Form)
		}
	}
	return ""
}

// personNoun reports whether a noun names what a person is: a title, a
// noun of people in the lexicon, or one that WordNet files under
// noun.person.
func (x *extractor) personNoun(w syntax.Word) bool {
	lem := strings.ToLower(w.Lemma)
	if w.UPOS != "NOUN" {
		return false
	}
	if x.lex.titles[lem] || x.lex.peopleNouns[lem] != "" || x.lex.personNouns[lem] {
		return true
	}
	return x.sense != nil && x.sense.NounClass(lem) == sense.Person
}

// score reports whether number k is half of a score or record ("31–2"),
// not an age.
func (x *extractor) score(si, k int) bool {
	ws := x.parses[si].s.Words
	if k+2 >= len(ws) {
		return false
	}
	d := ws[k+1].Form
	return (d == "-" || d == "–" || d == "—") && ws[k+1].Start == ws[k].End && ws[k+2].UPOS == "NUM"
}
