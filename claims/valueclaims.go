package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims/frames"
	"github.com/crosscheck/crosscheck/claims/geo"
	"github.com/crosscheck/crosscheck/claims/value"
)

// readValues reads a claim from every number of sentence si where the
// parse attaches it: the noun it counts, the predicate that noun is an
// argument of and the role it fills there. A count of people killed, of
// cars derailed, of storeys, a speed, a distance or a duration are one
// mechanism: what the claim is about comes from the words of the tree,
// not from a list of stories.
func (x *extractor) readValues(si int, vals value.Values) {
	if x.parses == nil || x.parses[si].s == nil {
		return
	}
	for _, n := range vals.Numbers {
		x.numberClaim(si, n)
	}
}

// numberClaim reads one number.
func (x *extractor) numberClaim(si int, n value.NumberSpan) {
	p := x.parses[si]
	ws := p.s.Words
	first, last := x.wordsIn(si, n.Start, n.End)
	if first < 0 {
		return
	}
	h := x.numberWord(si, first, last, n)
	if x.agedOf(si, h, n) || x.identifier(si, h, n) || x.ageOfName(si, h) {
		return
	}
	if n.Unit != "" {
		// "12 tonnes of gravel": the measure of the gravel
		for _, k := range p.f.Kids(h) {
			if k > h && ws[k].Deprel == "nmod" && x.caseWord(si, k) == "of" && ws[k].UPOS == "NOUN" {
				x.measureOf(si, h, k, first, last, n)
				return
			}
		}
	}
	at := p.f.Attach(h)
	counted := -1
	switch {
	case n.Unit != "":
		counted = h // the unit word heads the quantity: "106 mph"
	case ws[h].Deprel == "nummod" || (n.Ordinal || numberLike(ws[h].Form)) && (ws[h].Deprel == "amod" || ws[h].Deprel == "compound"):
		counted = ws[h].Head - 1
	}
	if counted < 0 && at.Owner >= 0 {
		counted = at.Owner // "a toll of 7"
	}
	if n.Ordinal && (counted < 0 || !x.indefinite(si, counted)) {
		return // "the second floor" ranks; "an eighth body" counts
	}
	if at.Pred >= 0 && x.lex.reporting[p.f.Preds[at.Pred].Lemma] {
		if at.Arg.Role == frames.Subject {
			return // "several survivors said": who said, not a count
		}
		// a count the parse hangs on "said" belongs to what was said,
		// whose verb it missed: the verb after it ("and 16 are
		// missing"), or none, and it counts its noun alone
		at.Pred = -1
		if k := x.verbAfter(si, h); k >= 0 && p.f.PredOf(k) >= 0 {
			at = frames.Attachment{Pred: p.f.PredOf(k), Arg: frames.Arg{Role: frames.Subject, Word: h}, Owner: -1}
		}
	}
	if n.Unit != "" && (ws[h].Deprel == "compound" || ws[h].Deprel == "amod") && ws[h].Head > 0 {
		if u := ws[ws[h].Head-1].UPOS; u != "NOUN" && u != "PROPN" {
			return // a modifier the parse hangs on a verb describes nothing it can name
		}
		// "a 14-month break", "a 19-tonne lorry": the measure of the noun
		x.measureOf(si, h, ws[h].Head-1, first, last, n)
		return
	}
	if counted >= 0 && (ws[counted].Deprel == "compound" || ws[counted].Deprel == "amod") && ws[counted].Head > 0 && n.Unit == "" {
		// "a 24-storey tower": the count is the tower's
		owner := ws[counted].Head - 1
		c := Claim{Kind: Count, Subject: -1, SubjectAs: x.countedPhrase(si, owner), Attribute: plural(x.countedPhrase(si, counted)),
			Value: numberValue(n.Number), Path: p.f.Path(h, owner), Role: string(frames.Modifier),
			Start: x.sents[si].Start + n.Start, End: x.sents[si].Start + n.End}
		if e, _ := x.namedAt(si, owner); e >= 0 {
			c.Subject, c.SubjectAs = e, ""
		}
		x.add(c, si)
		return
	}
	c := Claim{Kind: Count, Subject: -1, Value: numberValue(n.Number), Path: at.Path,
		Start: x.sents[si].Start + n.Start, End: x.sents[si].Start + n.End}
	if n.Ordinal {
		// "an eighth body was found": the count reached the rank
		c.Value.Norm = value.Number{Lo: n.Lo, Hi: n.Lo}.String()
	}
	if at.Pred >= 0 {
		pr := p.f.Preds[at.Pred]
		c.Pred, c.Role = pr.Lemma, string(at.Arg.Role)
		if pr.Negated {
			c.Modality = "not"
		} else if pr.Modal != "" {
			c.Modality = x.modal(pr.Modal)
		}
	}
	what := x.countedPhrase(si, counted)
	if n.Unit != "" {
		c.Kind = Attribute
		what = unitClass(n.Unit)
	}
	c.Attribute = x.countAttribute(si, what, at)
	if c.Attribute == "" {
		return
	}
	c.SubjectAs = x.countSubject(si, at, counted)
	if n.Unit != "" && unitClass(n.Unit) == "distance" {
		ref := x.referencePlace(si, h)
		if ref == "" && at.Pred >= 0 {
			// "crashed 20 km from Lyon", the "from" phrase on the verb
			for _, a := range p.f.Preds[at.Pred].Args {
				if a.Role == frames.Origin && ws[a.Word].UPOS == "PROPN" && x.caseWord(si, a.Word) == "from" {
					f, l := p.f.Phrase(a.Word)
					for f < l && ws[f].Deprel == "case" {
						f++
					}
					ref = canonicalPlace(x.phraseText(si, f, l))
				}
			}
		}
		if ref != "" {
			// "80 km south-east of Lyon", "20 km from Lyon": how far from
			// the place named, whichever way
			c.Attribute = "distance from " + ref
			if at.Pred >= 0 && x.mainEvent(si, p.f.Preds[at.Pred].Word) {
				ev := x.doc.Events[x.main]
				c.Main, c.SubjectAs, c.EventType = true, ev.Name, ev.Type
				x.add(c, si)
				return
			}
		}
	}
	if e := x.ownerEntity(si, at, counted); e >= 0 {
		c.Subject, c.SubjectAs = e, ""
	} else if n.Unit == "" {
		class := x.casualty(si, at, counted)
		people := x.peopleClass(si, counted)
		if counted < 0 {
			people = x.peopleClass(si, h) // "15 of its citizens"
		}
		switch {
		case class != "":
			// people killed, hurt, missing, rescued: the story's toll, in
			// one slot however the sentence words it
			c.SubjectAs, c.Attribute = class, people+" "+class
			if class == "on board" && people == "people" && x.crew(si, counted) {
				// "six crew members on board": the crew apart from the
				// people a ship or plane carried
				c.Attribute = "crew on board"
			}
		case people != "people" && (counted < 0 || x.peopleNoun(si, counted)):
			// "67 Germans", "72 German citizens": the nationals among the
			// people of the story
			c.SubjectAs, c.Attribute = "nationals", people
		}
		if class == "" && counted >= 0 && c.SubjectAs != "nationals" {
			if typ := x.eventType(ws[counted].Lemma, ws[counted].UPOS); typ != "" {
				// "nine shots", "three explosions": a count of events,
				// however the sentence says it happened
				c.SubjectAs, c.Attribute, c.EventType = typ, plural(strings.ToLower(ws[counted].Lemma)), typ
			}
		}
		if strings.HasSuffix(people, " nationals") && (c.SubjectAs == "dead" || c.SubjectAs == "on board" || c.SubjectAs == "nationals") {
			// a story's nationals are counted among its victims or its
			// passengers: in a crash, one group
			c.SubjectAs, c.Attribute = "nationals", people+" on board"
		}
	}
	x.add(c, si)
}

// casualty is the class of what befell the people a count counts: dead,
// injured, missing, rescued, evacuated, arrested or trapped, from the
// predicate ("killed", "were injured"), the counted noun ("16 deaths")
// or the toll the count is the figure of ("the death toll rose to 52").
func (x *extractor) casualty(si int, at frames.Attachment, counted int) string {
	p := x.parses[si]
	ws := p.s.Words
	if counted >= 0 {
		lw := strings.ToLower(ws[counted].Form)
		if c := x.lex.tollNouns[lw]; c != "" {
			return c
		}
		if c := x.lex.predicates[lw]; c != "" {
			return c // "more than 200 injured", "the dead"
		}
		for _, k := range p.f.Kids(counted) {
			// "61 people dead", "dead passengers"
			if r := ws[k].Deprel; r == "amod" || r == "acl" || r == "xcomp" {
				if c := x.lex.predicates[strings.ToLower(ws[k].Form)]; c != "" {
					return c
				}
			}
		}
		if strings.ToLower(ws[counted].Lemma) == "toll" {
			for _, k := range p.f.Kids(counted) {
				if c := x.lex.tolls[strings.ToLower(ws[k].Form)]; c != "" {
					return c
				}
			}
			return "dead"
		}
		if !x.peopleNoun(si, counted) {
			return ""
		}
	}
	if counted >= 0 && x.aboard(si, counted) {
		return "on board"
	}
	if counted >= 0 {
		// "three deaths: two French passengers and …": a part of the toll
		if h := ws[counted].Head - 1; h >= 0 && h < counted {
			switch ws[counted].Deprel {
			case "appos", "list", "dep", "parataxis":
				if c := x.lex.tollNouns[strings.ToLower(ws[h].Form)]; c != "" {
					return c
				}
			}
		}
	}
	if at.Pred >= 0 {
		// "67 Germans were among the victims", "among the passengers were …"
		for _, a := range p.f.Preds[at.Pred].Args {
			if x.caseWord(si, a.Word) != "among" {
				continue
			}
			lw := strings.ToLower(ws[a.Word].Form)
			switch {
			case x.lex.tollNouns[lw] != "" || x.lex.predicates[lw] != "":
				return x.lex.tollNouns[lw] + x.lex.predicates[lw]
			case x.lex.peopleNouns[lw] == "passengers" || strings.ToLower(ws[a.Word].Lemma) == "victim":
				if strings.ToLower(ws[a.Word].Lemma) == "victim" {
					return "dead"
				}
				return "on board"
			}
		}
	}
	if at.Pred < 0 {
		return ""
	}
	pr := p.f.Preds[at.Pred]
	form := strings.ToLower(ws[pr.Word].Form)
	if pr.Lemma == "carry" && at.Arg.Role == frames.Object || x.aboard(si, pr.Word) {
		return "on board" // "carrying 243 people", "243 people were aboard"
	}
	if c := x.lex.predicates[form]; c != "" {
		return c
	}
	if c := x.lex.victimVerbs[form]; c != "" {
		return c
	}
	if at.Arg.Role == frames.Object {
		// "fire injures 12": any form of a victim verb, by its participle
		for _, f := range []string{pr.Lemma + "ed", pr.Lemma + "d"} {
			if c := x.lex.victimVerbs[f]; c != "" {
				return c
			}
		}
	}
	for _, a := range pr.Args {
		switch {
		case a.Role == frames.Complement:
			// "12 remain missing", "were left dead"
			if c := x.lex.predicates[strings.ToLower(ws[a.Word].Form)]; c != "" {
				return c
			}
		case a.Role == frames.Subject && counted < 0 && (pr.Noun || bareVerbs[pr.Lemma]):
			// "the toll was 7", "the death toll rose to 52": the subject
			// says what the figure counts
			if a.Word != at.Arg.Word {
				return x.casualty(si, frames.Attachment{Pred: -1}, a.Word)
			}
		}
	}
	return ""
}

// peopleNoun reports whether a counted noun counts people.
func (x *extractor) peopleNoun(si, n int) bool {
	w := x.parses[si].s.Words[n]
	lw := strings.ToLower(w.Form)
	return x.lex.peopleNouns[lw] != "" || x.isDemonym(w.Form) || x.personNoun(w) || lw == "others" || lw == "dead" || lw == "injured"
}

// verbAfter is the verb or adjective that follows word h past its
// auxiliaries and adverbs ("16 are still missing"), or -1.
func (x *extractor) verbAfter(si, h int) int {
	ws := x.parses[si].s.Words
	for k := h + 1; k < len(ws); k++ {
		switch ws[k].UPOS {
		case "AUX", "ADV", "PART":
			continue
		case "VERB", "ADJ":
			return k
		}
		return -1
	}
	return -1
}

// referencePlace is the place a distance at unit word h is measured
// from: "40 km south of Genoa", "20 km from Lyon", or "".
func (x *extractor) referencePlace(si, h int) string {
	p := x.parses[si]
	ws := p.s.Words
	from := func(w int) string {
		for _, k := range p.f.Kids(w) {
			if r := ws[k].Deprel; (r == "obl" || r == "nmod") && ws[k].UPOS == "PROPN" {
				if c := x.caseWord(si, k); c == "of" || c == "from" {
					f, l := p.f.Phrase(k)
					for f < l && ws[f].Deprel == "case" {
						f++
					}
					return canonicalPlace(x.phraseText(si, f, l))
				}
			}
		}
		return ""
	}
	if r := from(h); r != "" {
		return r
	}
	for _, k := range p.f.Kids(h) {
		if ws[k].Deprel == "advmod" || ws[k].Deprel == "amod" {
			if r := from(k); r != "" {
				return r // "south of", "south-east of"
			}
		}
	}
	if d := ws[h]; d.Head > 0 && (strings.HasSuffix(d.Deprel, ":unmarked") || d.Deprel == "obl:npmod" || d.Deprel == "nmod:npmod") {
		return from(d.Head - 1) // "40 km south of Genoa" with "south" heading
	}
	return ""
}

// canonicalPlace is a place's name as the gazetteer knows it ("Zena" →
// "Genoa" where a lexicon names it so), else the name as written.
func canonicalPlace(name string) string {
	if ps := geo.Lookup(name); len(ps) > 0 && !ps[0].Common && ps[0].Name != "" {
		return ps[0].Name
	}
	return name
}

// crew reports whether noun n counts a crew: "crew", "crew members",
// "crewmen".
func (x *extractor) crew(si, n int) bool {
	if n < 0 {
		return false
	}
	p := x.parses[si]
	if x.lex.peopleNouns[strings.ToLower(p.s.Words[n].Form)] == "crew" || strings.HasPrefix(strings.ToLower(p.s.Words[n].Lemma), "crew") {
		return true
	}
	for _, k := range p.f.Kids(n) {
		if w := p.s.Words[k]; w.Deprel == "compound" && x.lex.peopleNouns[strings.ToLower(w.Form)] == "crew" {
			return true
		}
	}
	return false
}

// peopleClass names the people counted: "people", or the nationals of a
// country ("British nationals") when the noun or its modifier is a
// demonym.
func (x *extractor) peopleClass(si, n int) string {
	if n < 0 {
		return "people"
	}
	p := x.parses[si]
	ws := p.s.Words
	if x.isDemonym(ws[n].Form) {
		if adj := adjectiveOf(ws[n].Form); adj != "" {
			return adj + " nationals"
		}
	}
	for _, k := range p.f.Kids(n) {
		if k < n && x.isDemonym(ws[k].Form) {
			return adjectiveOf(ws[k].Form) + " nationals"
		}
		if f := strings.ToLower(ws[k].Form); (f == "its" || f == "their") && x.citizens(ws[n].Lemma) {
			// "Norway says 15 of its citizens": the country of the sentence
			if adj := x.soleCountry(si); adj != "" {
				return adj + " nationals"
			}
		}
	}
	for _, k := range p.f.Kids(n) {
		// "15 of its citizens": the number heads, the people are its nmod
		if k > n && ws[k].Deprel == "nmod" && x.caseWord(si, k) == "of" && x.citizens(ws[k].Lemma) {
			return x.peopleClass(si, k)
		}
	}
	return "people"
}

// citizens reports whether a noun names the people of a country.
func (x *extractor) citizens(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "citizen", "national", "subject", "resident":
		return true
	}
	return false
}

// soleCountry is the adjective of the one country sentence si names, by
// its name or a demonym, or "".
func (x *extractor) soleCountry(si int) string {
	code := ""
	for _, w := range x.parses[si].s.Words {
		c := ""
		switch {
		case x.isDemonym(w.Form):
			c = x.demonymCountry(w.Form)
		case w.UPOS == "PROPN":
			if ps := geo.Lookup(w.Form); len(ps) > 0 && ps[0].Kind == geo.KindCountry {
				c = ps[0].Country
			}
		}
		if c == "" {
			continue
		}
		if code != "" && c != code {
			return ""
		}
		code = c
	}
	return geo.Adjective(code)
}

// numberWord is the word of a number's span that the parse hangs the
// number by: the unit word of a quantity ("106 mph"), else the last word
// that is a numeral, past the hedge ("more than 200").
func (x *extractor) numberWord(si, first, last int, n value.NumberSpan) int {
	ws := x.parses[si].s.Words
	for i := last; i >= first; i-- {
		if ws[i].UPOS == "NUM" || hasDigit(ws[i].Form) {
			if n.Unit != "" {
				// the unit phrase, past the hedge: "in the region of 40 km"
				f := i
				for f > first && ws[f-1].Form != "of" && (ws[f-1].UPOS == "NUM" || ws[f-1].UPOS == "PUNCT" || ws[f-1].UPOS == "SYM") {
					f--
				}
				return x.headIn(si, f, last)
			}
			return i
		}
	}
	return x.headIn(si, first, last)
}

// identifier reports whether a number names rather than counts: it
// follows the noun it belongs to ("Flight 9525", "Train 188", "Route 66",
// "page 3") or stands in a name.
func (x *extractor) identifier(si, h int, n value.NumberSpan) bool {
	ws := x.parses[si].s.Words
	if n.Unit != "" {
		return false
	}
	head := ws[h].Head - 1
	if head >= 0 && head < h {
		switch ws[h].Deprel {
		case "nummod", "flat", "compound", "appos", "nmod:unmarked", "list", "dep":
			u := ws[head].UPOS
			return u == "PROPN" || u == "NOUN" && h == head+1
		}
	}
	if numberLike(ws[h].Form) {
		return false // "Forty fire engines", a number word read as a name
	}
	return ws[h].Deprel == "flat" || ws[h].Deprel == "compound" && ws[h].UPOS == "PROPN"
}

// countedPhrase is the noun a number counts, with the nouns and
// adjectives that classify it ("passenger cars", "fire engines",
// "British nationals"), in lower case; "" when the number stands alone.
func (x *extractor) countedPhrase(si, noun int) string { return x.nounPhrase(si, noun, -1, -1) }

// nounPhrase is countedPhrase leaving out words skipFrom..skipTo (the
// value's own words: "month" of "a 14-month break").
func (x *extractor) nounPhrase(si, noun, skipFrom, skipTo int) string {
	if noun < 0 {
		return ""
	}
	p := x.parses[si]
	ws := p.s.Words
	var parts []string
	for _, k := range p.f.Kids(noun) {
		if k > noun || k >= skipFrom && k <= skipTo {
			continue
		}
		switch ws[k].Deprel {
		case "compound", "amod":
			if ws[k].UPOS == "NUM" || ws[k].UPOS == "VERB" && ws[k].XPOS == "VBG" || hasDigit(ws[k].Form) || numberLike(ws[k].Form) {
				continue
			}
			parts = append(parts, strings.ToLower(ws[k].Form))
		}
	}
	return strings.Join(append(parts, strings.ToLower(ws[noun].Form)), " ")
}

// countAttribute names what a number says: the counted phrase with the
// predicate that holds it ("people killed", "cars derailed"), the
// counted phrase alone where the predicate says no more than that it is
// ("storeys", "the death toll"), or the predicate alone where nothing is
// counted ("killed").
func (x *extractor) countAttribute(si int, what string, at frames.Attachment) string {
	if at.Pred < 0 {
		return what
	}
	p := x.parses[si]
	pr := p.f.Preds[at.Pred]
	verb := x.participle(si, pr.Word)
	switch {
	case pr.Noun || bareVerbs[pr.Lemma]:
		if what == "" {
			// the number is what a subject amounts to: "the toll was 7",
			// "the toll rose to 7"
			for _, a := range pr.Args {
				if a.Role == frames.Subject {
					return x.countedPhrase(si, a.Word)
				}
			}
			return ""
		}
		return what
	case what == "":
		return verb
	case at.Arg.Role == frames.Subject && !pr.Passive:
		return what + " that " + verb
	}
	return what + " " + verb
}

// bareVerbs say only that a count is, or what it came to: "there were
// 243 people", "the tower has 24 storeys", "the toll rose to seven".
var bareVerbs = map[string]bool{"be": true, "have": true, "include": true, "number": true, "total": true,
	"reach": true, "rise": true, "climb": true, "stand": true, "hit": true, "exceed": true, "top": true,
	"contain": true, "comprise": true, "count": true}

// participle is how a predicate reads after a counted noun: as written
// when a past form ("killed", "derailed"), else its lemma.
func (x *extractor) participle(si, i int) string {
	w := x.parses[si].s.Words[i]
	if w.XPOS == "VBN" || w.XPOS == "VBD" {
		return strings.ToLower(w.Form)
	}
	return strings.ToLower(w.Lemma)
}

// countSubject names what a count is about when no entity owns it: the
// predicate's own subject phrase where it is not the count itself, else
// the predicate.
func (x *extractor) countSubject(si int, at frames.Attachment, counted int) string {
	if at.Pred < 0 {
		return ""
	}
	p := x.parses[si]
	pr := p.f.Preds[at.Pred]
	return pr.Lemma
}

// ownerEntity is the entity a count belongs to: the one named as the
// subject of a predicate that says what it has ("the tower has 24
// storeys", "the train carried 243 people"), or the noun the count
// modifies when that is a name.
func (x *extractor) ownerEntity(si int, at frames.Attachment, counted int) int {
	if at.Pred < 0 {
		return -1
	}
	pr := x.parses[si].f.Preds[at.Pred]
	if !bareVerbs[pr.Lemma] && pr.Lemma != "carry" {
		return -1
	}
	for _, a := range pr.Args {
		if a.Role == frames.Subject && a.Word != counted {
			return x.entityAt(si, a.Word)
		}
	}
	return -1
}

// unitClass names what a unit measures.
func unitClass(u string) string {
	switch u {
	case "km/h", "mph", "kn", "m/s":
		return "speed"
	case "km", "mi", "m", "ft", "yd", "cm", "in", "nmi":
		return "distance"
	case "kg", "t", "lb", "g", "st":
		return "weight"
	case "min", "h", "s", "day", "week", "month", "year":
		return "duration"
	case "year-old":
		return "age"
	case "%":
		return "share"
	case "°C", "°F":
		return "temperature"
	}
	if len(u) == 3 && strings.ToUpper(u) == u {
		return "amount"
	}
	return u
}

// whenClaims reads the date or time of every predicate that the parse
// gives one: the date or clock time is an argument of the predicate (or
// inside one), and the claim is the predicate's date or time. What
// happened is the predicate; who it happened to is its subject when that
// is a person the article names.
func (x *extractor) whenClaims(si int, vals value.Values) {
	for _, d := range vals.Dates {
		if d.Anchored {
			continue
		}
		v := Value{Type: DateValue, Text: d.Text, Norm: d.Date.String()}
		x.whenClaim(si, d.Start, d.End, "date", v)
	}
	for _, t := range vals.Times {
		v := Value{Type: TimeValue, Text: houseTime(t.Text), Norm: clockNorm(t.Clock)}
		x.whenClaim(si, t.Start, t.End, "time", v)
	}
}

func (x *extractor) whenClaim(si, start, end int, what string, v Value) {
	p := x.parses[si]
	first, last := x.wordsIn(si, start, end)
	if first < 0 {
		return
	}
	at := p.f.Attach(x.headIn(si, first, last))
	if at.Pred < 0 {
		return
	}
	pr := p.f.Preds[at.Pred]
	if bareVerbs[pr.Lemma] || pr.Lemma == "say" {
		return
	}
	slot := x.whenSlot(pr.Lemma, what)
	if x.nounOf(pr.Lemma) == pr.Lemma && eventNouns[pr.Lemma] == "" && !aspectual[pr.Lemma] && x.eventType(pr.Lemma, "VERB") == "" {
		// a verb that names no event by itself names it with its object:
		// "lost consciousness" → "lose consciousness time"
		for _, a := range pr.Args {
			if w := p.s.Words[a.Word]; a.Role == frames.Object && !pr.Passive && w.UPOS == "NOUN" {
				slot = pr.Lemma + " " + strings.ToLower(w.Lemma) + " " + what
				break
			}
		}
	}
	c := Claim{Kind: Event, Subject: -1, SubjectAs: x.nounOf(pr.Lemma), Attribute: slot, Value: v,
		Pred: pr.Lemma, Role: string(at.Arg.Role), Path: at.Path,
		Start: x.sents[si].Start + start, End: x.sents[si].Start + end}
	if x.mainEvent(si, pr.Word) {
		ev := x.doc.Events[x.main]
		c.Main, c.SubjectAs, c.EventType = true, ev.Name, ev.Type
	}
	for _, a := range pr.Args {
		if a.Role == frames.Subject || a.Role == frames.Object && pr.Passive {
			if e := x.entityAt(si, a.Word); e >= 0 && x.doc.Entities[e].Type == Person {
				c.Subject, c.SubjectAs = e, ""
				break
			}
		}
	}
	if pr.Negated {
		c.Modality = "not"
	} else if pr.Modal != "" {
		c.Modality = x.modal(pr.Modal)
	}
	x.add(c, si)
}

// numberLike reports whether a word is a number word ("Twelve").
func numberLike(w string) bool {
	_, ok := numberWord(strings.ToLower(w))
	return ok
}

// plural is a counted noun as a count names it: "storey" → "storeys".
func plural(s string) string {
	if s == "" || strings.HasSuffix(s, "s") {
		return s
	}
	if strings.HasSuffix(s, "y") && len(s) > 1 && !strings.ContainsRune("aeiou", rune(s[len(s)-2])) {
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}

// indefinite reports whether noun n has the article "a" or "an".
func (x *extractor) indefinite(si, n int) bool {
	p := x.parses[si]
	for _, k := range p.f.Kids(n) {
		if w := strings.ToLower(p.s.Words[k].Form); p.s.Words[k].Deprel == "det" && (w == "a" || w == "an") {
			return true
		}
	}
	return false
}

// ageOfName reports whether a number is the age of a named person: it
// hangs on a name ("Ann Lee, 43,"); descriptions read it.
func (x *extractor) ageOfName(si, h int) bool {
	ws := x.parses[si].s.Words
	head := ws[h].Head - 1
	if head < 0 || ws[head].UPOS != "PROPN" {
		return false
	}
	switch ws[h].Deprel {
	case "amod", "nummod", "appos", "nmod:unmarked", "parataxis", "dep":
		return x.entityAt(si, head) >= 0
	}
	return false
}

// measureOf reads a quantity that modifies a noun: "a 14-month break" is
// the length of a break, "a 19-tonne lorry" the weight of a lorry. The
// claim is the noun's, or the named doer's when the noun is what was
// done ("Ann Lee took a 14-month break").
func (x *extractor) measureOf(si, h, noun, first, last int, n value.NumberSpan) {
	p := x.parses[si]
	name := x.nounPhrase(si, noun, first, last)
	attr := measureName(n.Unit) + " of " + name
	if n.Unit == "year-old" {
		attr = "age"
		if e := x.entityAt(si, noun); e >= 0 {
			defer func() { x.ageOf(si, e, n) }()
			return
		}
	}
	c := Claim{Kind: Attribute, Subject: -1, SubjectAs: name, Attribute: attr,
		Value: numberValue(n.Number), Path: p.f.Path(h, noun), Role: string(frames.Modifier),
		Start: x.sents[si].Start + n.Start, End: x.sents[si].Start + n.End}
	at := p.f.Attach(noun)
	if at.Pred >= 0 {
		pr := p.f.Preds[at.Pred]
		c.Pred = pr.Lemma
		if at.Arg.Role == frames.Object {
			for _, a := range pr.Args {
				if a.Role == frames.Subject {
					if e, _ := x.namedAt(si, a.Word); e >= 0 && x.doc.Entities[e].Type == Person {
						c.Subject, c.SubjectAs = e, ""
					}
				}
			}
		}
	}
	x.add(c, si)
}

// measureName names what a quantity says of the noun it modifies.
func measureName(unit string) string {
	switch c := unitClass(unit); c {
	case "distance", "duration":
		return "length"
	default:
		return c
	}
}

// ageOf records a person's age read from "the 41-year-old sergeant".
func (x *extractor) ageOf(si, e int, n value.NumberSpan) {
	v := ageValue(n.Text, int(n.Lo))
	x.add(Claim{Kind: Attribute, Subject: e, Attribute: "age", Value: v,
		Start: x.sents[si].Start + n.Start, End: x.sents[si].Start + n.End}, si)
}

// whenSlot names the date or time of a predicate's event: "start time"
// for what began or broke out, else the event's noun ("death date",
// "derailment time").
func (x *extractor) whenSlot(lemma, what string) string {
	if aspectual[lemma] {
		return "start " + what
	}
	if n := x.nounOf(lemma); n != lemma {
		return n + " " + what
	}
	return eventSlot(lemma, what)
}

// aspectual verbs say that something began.
var aspectual = map[string]bool{"begin": true, "start": true, "erupt": true, "commence": true, "break": true, "spark": true, "ignite": true}

// aboard reports whether word w has "aboard" or "on board" among its
// dependents, or is that phrase itself.
func (x *extractor) aboard(si, w int) bool {
	p := x.parses[si]
	ws := p.s.Words
	is := func(k int) bool {
		f := strings.ToLower(ws[k].Form)
		if f == "aboard" {
			return true
		}
		return f == "board" && x.caseWord(si, k) == "on"
	}
	if is(w) {
		return true
	}
	for _, k := range p.f.Kids(w) {
		if is(k) {
			return true
		}
	}
	return false
}

// agedOf reads "Ann Lee, aged 62," and "the driver, aged 31,": the
// number is the age of what "aged" describes.
func (x *extractor) agedOf(si, h int, n value.NumberSpan) bool {
	ws := x.parses[si].s.Words
	a := ws[h].Head - 1
	if a < 0 || !strings.EqualFold(ws[a].Form, "aged") {
		return false
	}
	owner := ws[a].Head - 1
	if owner < 0 {
		return false
	}
	if e := x.entityAt(si, owner); e >= 0 {
		x.ageOf(si, e, n)
		return true
	}
	v := ageValue(n.Text, int(n.Lo))
	x.add(Claim{Kind: Attribute, Subject: -1, SubjectAs: x.countedPhrase(si, owner), Attribute: "age", Value: v,
		Start: x.sents[si].Start + n.Start, End: x.sents[si].Start + n.End}, si)
	return true
}
