package claims

import (
	"fmt"
	"math"
	"strings"

	"github.com/crosscheck/crosscheck/claims/geo"
	"github.com/crosscheck/crosscheck/claims/value"
)

// counts reads the counts of a sentence ("45 Spaniards were among the
// victims", "the blast injured 12 people") and the dates and clock times of
// its events ("died on Friday", "took off at 10:01 a.m.").
func (x *extractor) counts(si int) {
	vals := x.lex.values.Find(x.sents[si].Text, x.a.Published)
	x.dates, x.datesAt = vals.Dates, si+1
	x.readValues(si, vals)
	x.whenClaims(si, vals)
	x.crashSite(si)
}

// hasEventWord reports whether a sentence holds a word an event verb may
// start with (see eventAt).
func (x *extractor) hasEventWord(si int) bool {
	for _, t := range x.sents[si].Tokens {
		if t.flags&fEvent != 0 {
			return true
		}
	}
	return false
}

// mayCount reports whether a sentence holds a digit or a number word: most
// sentences hold neither, and are not scanned for numbers.
func (x *extractor) mayCount(si int) bool {
	for _, t := range x.sents[si].Tokens {
		if t.Kind == TNumber || hasDigit(t.Text) {
			return true
		}
		if t.flags&fNumber != 0 || t.Kind == TWord && strings.IndexByte(t.Text, '-') > 0 && mayBeNumber(lower(t)) {
			return true
		}
	}
	return false
}

// scaleWords are the scales a count may start with ("hundred and ten");
// the vague quantifiers of the value lexicon ("several", "hundreds of",
// "a few") are marked fNumber beside them (see buildFlags).
var scaleWords = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true}

// mayBeNumber reports whether a lower-case word may be or start a number.
func mayBeNumber(w string) bool {
	if w == "" || strings.IndexByte("otfsendhm", w[0]) < 0 {
		return false // no number word starts otherwise
	}
	if scaleWords[w] {
		return true
	}
	if _, ok := smallNumbers[w]; ok {
		return true
	}
	_, ok := numberWord(w) // "twenty-five"
	return ok
}

// counted is the noun phrase after a number: what is counted.
type counted struct {
	noun       string // slot word: "people", "passengers", "nationals"
	country    string // ISO code when the people are nationals of a country
	demonym    string // the adjective the slot is written with: "German"
	additional bool   // "three more people": an increment, not a total
	end        int    // token index after the phrase
}

// countClaims adds a Count claim for every number directly followed by a
// noun phrase of people, with a predicate of presence or of an event.
func (x *extractor) countClaims(si int, nums []value.NumberSpan) {
	s := x.sents[si]
	for _, n := range nums {
		if n.Ordinal || n.Unit != "" || strings.HasPrefix(n.Text, "0") {
			continue // "0" leads no count: "31, 000" is a broken thousand
		}
		from, to := x.tokenRange(si, s.Start+n.Start, s.Start+n.End)
		if x.eachFrom(si, n, from, to) {
			continue
		}
		subject, slot, np, ok := x.tollAt(si, from, to)
		if !ok {
			if np, ok = x.countedAt(si, to); !ok {
				continue
			}
			if subject, slot, ok = x.predicate(si, from, np); !ok {
				continue
			}
		}
		v := numberValue(n.Number)
		x.add(Claim{Kind: Count, Subject: -1, SubjectAs: subject, Attribute: slot, Value: v,
			Start: s.Start + n.Start, End: s.Tokens[np.end-1].End}, si)
	}
}

// tollLinks join a toll to its figure.
var tollLinks = map[string]bool{"to": true, "at": true, "of": true, "is": true, "was": true,
	"reached": true, "hit": true, "stands": true, "stood": true, "rose": true, "climbed": true}

// tollAt reads a count given as a toll ("the death toll rose to 52") or
// with its predicate and no noun ("more than 200 injured", "12 remain
// missing", "injuring 300 others").
func (x *extractor) tollAt(si, from, to int) (string, string, counted, bool) {
	toks := x.sents[si].Tokens
	k := from
	for k > 0 && tollLinks[lower(toks[k-1])] && from-k < 3 {
		k--
	}
	if k < from && k >= 1 && lower(toks[k-1]) == "toll" && k >= 2 {
		if p := x.lex.tolls[lower(toks[k-2])]; p != "" {
			return p, "people " + p, counted{noun: "people", end: to}, true
		}
	}
	j := to
	if j < len(toks) {
		if p := x.lex.tollNouns[lower(toks[j])]; p != "" {
			return p, "people " + p, counted{noun: "people", end: j + 1}, true // "16 deaths"
		}
	}
	if j < len(toks) && lower(toks[j]) == "others" {
		if from > 0 {
			if p := x.lex.victimVerbs[lower(toks[from-1])]; p != "" {
				return p, "people " + p, counted{noun: "people", end: j + 1}, true
			}
		}
		return "", "", counted{}, false
	}
	for j < len(toks) && j < to+2 && (lower(toks[j]) == "remain" || lower(toks[j]) == "remained" || lower(toks[j]) == "still" || lower(toks[j]) == "were" || lower(toks[j]) == "are") {
		j++
	}
	if j < len(toks) && j > to-1 {
		if p := x.lex.predicates[lower(toks[j])]; p != "" && (p == "dead" || p == "injured" || p == "missing") {
			if j == to && (to == len(toks)-1 || toks[j+1].Kind == TPunct || lower(toks[j+1]) == "and") || j > to {
				return p, "people " + p, counted{noun: "people", end: j + 1}, true
			}
		}
	}
	return "", "", counted{}, false
}

// numberValue turns a number found in text into a claim value.
func numberValue(n value.Number) Value {
	lo, hi := n.Bounds()
	v := Value{Type: NumberValue, Text: n.Text, Lo: lo, Hi: hi, Open: n.Open, Unit: n.Unit}
	if n.Open {
		v.Hi = 0
	}
	v.Norm = n.String()
	return v
}

// countedAt reads the noun phrase of people at token i: "more people",
// "German citizens", "Spaniards", "of its citizens".
func (x *extractor) countedAt(si, i int) (counted, bool) {
	toks := x.sents[si].Tokens
	var c counted
	if i < len(toks) {
		switch lower(toks[i]) {
		case "more", "other", "additional", "further":
			c.additional = true
			i++
		}
	}
	if i+2 < len(toks) && lower(toks[i]) == "of" && isPossessive(lower(toks[i+1])) {
		c.country, c.demonym = x.soleDemonym(si)
		i += 2
	}
	if i < len(toks) && x.isDemonym(toks[i].Text) {
		c.country, c.demonym = x.demonymCountry(toks[i].Text), toks[i].Text
		if i+1 >= len(toks) || x.lex.peopleNouns[lower(toks[i+1])] == "" {
			c.noun, c.end = "nationals", i+1 // "45 Spaniards"
			return c, c.country != "" && !isAdjectiveOnly(toks[i].Text)
		}
		i++
	}
	if i >= len(toks) || x.lex.peopleNouns[lower(toks[i])] == "" {
		return c, false
	}
	c.noun, c.end = x.lex.peopleNouns[lower(toks[i])], i+1
	if c.noun == "people" && c.country != "" {
		c.noun = "nationals"
	}
	return c, c.noun != "nationals" || c.country != ""
}

// isAdjectiveOnly: a demonym that is an adjective, not a plural noun of
// people ("German", "Spanish"), cannot end the phrase on its own.
func isAdjectiveOnly(w string) bool {
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ese")
}

func isPossessive(w string) bool {
	return w == "its" || w == "their" || w == "our" || w == "his" || w == "her"
}

// soleDemonym returns the country of the only nationality the sentence
// names, for "Spain's government said 51 of its citizens …".
func (x *extractor) soleDemonym(si int) (string, string) {
	code, word := "", ""
	for _, t := range x.sents[si].Tokens {
		c := ""
		switch {
		case x.isDemonym(t.Text):
			c = x.demonymCountry(t.Text)
		case t.Upper() && x.isPlace(t.Text):
			// "Spain says 51 of its citizens": the country speaks of its own
			if p := geo.Lookup(t.Text); len(p) > 0 && p[0].Kind == geo.KindCountry {
				c = p[0].Country
			}
		}
		if c == "" {
			continue
		}
		if code != "" && c != code {
			return "", ""
		}
		code, word = c, t.Text
		if adj := geo.Adjective(c); adj != "" {
			word = adj
		}
	}
	return code, word
}

// predicate finds what the sentence says of the people counted and returns
// the claim's plain subject and slot.
func (x *extractor) predicate(si, from int, np counted) (string, string, bool) {
	toks := x.sents[si].Tokens
	what := np.noun
	if np.country != "" {
		what = adjectiveOf(np.demonym) + " " + np.noun
	}
	if np.additional {
		what = "additional " + what
	}
	if from > 0 {
		if p := x.lex.victimVerbs[lower(toks[from-1])]; p != "" {
			return p, what + " " + p, true
		}
	}
	if np.country != "" && listed(toks, from) {
		return "victims", what + " on board", true
	}
	for i := np.end; i < len(toks) && i < np.end+12; i++ {
		w := lower(toks[i])
		if w == ";" || w == ":" || (toks[i].Kind == TQuote) {
			break
		}
		if x.presence(toks, i) {
			if np.country != "" {
				return "victims", what + " on board", true
			}
			return "people on board", what + " on board", true
		}
		if p := x.lex.predicates[w]; p != "" {
			if np.country != "" && p == "dead" {
				return "victims", what + " on board", true
			}
			return p, what + " " + p, true
		}
	}
	return "", "", false
}

// eachFrom reads a count spread over a list of countries, "two people
// each from Chile, Peru and Ghana", "one each from the Netherlands and
// Japan", when the sentence lists the passengers or the victims: one
// claim of nationals per country.
func (x *extractor) eachFrom(si int, n value.NumberSpan, from, to int) bool {
	toks := x.sents[si].Tokens
	i := to
	if i < len(toks) && x.lex.peopleNouns[lower(toks[i])] != "" {
		i++
	}
	if i+1 >= len(toks) || lower(toks[i]) != "each" || lower(toks[i+1]) != "from" {
		return false
	}
	if !listed(toks, from) && !x.onBoardAfter(toks, i+2) {
		return false
	}
	found := false
	for k := i + 2; k < len(toks); {
		w := lower(toks[k])
		if w == "the" || w == "and" || toks[k].Text == "," {
			k++
			continue
		}
		if !toks[k].Upper() {
			break
		}
		e := k
		for e < len(toks) && toks[e].Upper() && toks[e].Kind == TWord {
			e++
		}
		place := joinTokens(toks[k:e])
		if ps := geo.Lookup(place); len(ps) > 0 && ps[0].Kind == geo.KindCountry {
			if adj := geo.Adjective(ps[0].Country); adj != "" {
				x.add(Claim{Kind: Count, Subject: -1, SubjectAs: "victims", Attribute: adj + " nationals on board",
					Value: numberValue(n.Number), Start: x.sents[si].Start + n.Start, End: toks[e-1].End}, si)
				found = true
			}
		}
		k = e
	}
	return found
}

// listed reports whether the words before token i say a list of the
// people aboard includes what follows: "the airline's list includes",
// "the passenger list showed", back to the start of the sentence.
func listed(toks []Token, i int) bool {
	for k := i - 1; k > 0; k-- {
		switch lower(toks[k]) {
		case "includes", "included", "include", "including", "showed", "shows", "named", "names":
			for m := k - 1; m >= 0 && m >= k-3; m-- {
				if w := lower(toks[m]); w == "list" || w == "manifest" {
					return true
				}
			}
		}
	}
	return false
}

// onBoardAfter reports whether the clause from token i says the people
// were aboard.
func (x *extractor) onBoardAfter(toks []Token, i int) bool {
	for k := i; k < len(toks) && k < i+20; k++ {
		if toks[k].Text == ";" {
			return false
		}
		if x.presence(toks, k) {
			return true
		}
	}
	return false
}

// presence reads "on board", "aboard", "on the plane", "among the victims".
func (x *extractor) presence(toks []Token, i int) bool {
	w := lower(toks[i])
	if w == "aboard" {
		return true
	}
	if i+1 >= len(toks) {
		return false
	}
	next := lower(toks[i+1])
	if w == "on" && next == "board" {
		return true
	}
	if i+2 >= len(toks) || (w != "on" && w != "among") || next != "the" {
		return false
	}
	obj := lower(toks[i+2])
	if w == "on" && toks[i+2].Upper() && i+3 < len(toks) {
		obj = lower(toks[i+3]) // "on the Northair plane"
	}
	if w == "among" {
		return obj == "victims" || obj == "dead" || obj == "killed" || obj == "passengers"
	}
	return x.lex.vehicles[obj] != ""
}

// adjectiveOf names a slot for a demonym by its country's adjective, from
// the gazetteer ("Spaniards" → "Spanish", "Germans" → "German"); a word
// the gazetteer lacks loses a plural -s after -an.
func adjectiveOf(w string) string {
	if adj := geo.Adjective(demonymCountry(w)); adj != "" {
		return adj
	}
	if strings.HasSuffix(w, "ans") {
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// event is an event verb found in a sentence.
type event struct {
	lemma    string // "die", "crash", "lose contact"
	at, end  int    // token range of the verb
	person   bool   // the subject is a person ("died"), else a thing ("crashed")
	thingFor string // the plain subject when the verb has one of its own ("descent")
}

// eventAt reads an event verb at token i: "died", "was killed", "crashed",
// "lost contact", "disappeared from radar", "took off", "began", "was found".
func eventAt(toks []Token, i int) (event, bool) {
	w, prev, next := lower(toks[i]), wordAt(toks, i-1), wordAt(toks, i+1)
	passive := prev == "was" || prev == "were" || prev == "been"
	switch {
	case w == "died":
		return event{lemma: "die", at: i, end: i + 1, person: true}, true
	case w == "killed" && passive:
		return event{lemma: "kill", at: i, end: i + 1, person: true}, true
	case w == "shot" && passive:
		return event{lemma: "shoot", at: i, end: i + 1, person: true}, true
	case w == "found" && passive:
		return event{lemma: "find", at: i, end: i + 1, person: true}, true
	case w == "lost" && next == "consciousness", (w == "passed" || w == "blacked") && next == "out":
		return event{lemma: "lose consciousness", at: i, end: i + 2, person: true}, true
	case w == "ran" && next == "out" && wordAt(toks, i+2) == "of" && (wordAt(toks, i+3) == "air" || wordAt(toks, i+3) == "oxygen"):
		return event{lemma: "lose consciousness", at: i, end: i + 4, person: true}, true
	case w == "collapsed":
		return event{lemma: "lose consciousness", at: i, end: i + 1, person: true}, true
	case w == "born" && (passive || i == 0 || toks[i-1].Text == "(" || toks[i-1].Text == ","):
		return event{lemma: "birth", at: i, end: i + 1, person: true}, true
	case passive && passiveEvents[w] != "":
		return event{lemma: passiveEvents[w], at: i, end: i + 1, person: true}, true
	case w == "crashed":
		return event{lemma: "crash", at: i, end: i + 1}, true
	case w == "took" && next == "off":
		return event{lemma: "take off", at: i, end: i + 2}, true
	case (w == "lost" && next == "contact") || (w == "lost" && passive && wordAt(toks, i-2) == "contact"):
		return event{lemma: "lose contact", at: i, end: i + 2}, true
	case (w == "disappeared" || w == "vanished") && next == "from" && wordAt(toks, i+2) == "radar":
		return event{lemma: "lose contact", at: i, end: i + 3}, true
	case (w == "disappeared" || w == "vanished") && next == "from" && i+3 < len(toks) && toks[i+2].Upper() && wordAt(toks, i+3) == "radar":
		return event{lemma: "lose contact", at: i, end: i + 4}, true // "from French radar"
	case (w == "began" || w == "started") && next == "to" && (wordAt(toks, i+2) == "descend" ||
		wordAt(toks, i+2) == "lose" && (wordAt(toks, i+3) == "height" || wordAt(toks, i+3) == "altitude")):
		return event{lemma: "begin descent", at: i, end: i + 3, thingFor: "descent"}, true // "began to lose height"
	case (w == "began" || w == "started") && (next == "descending" || next == "descent" ||
		(next == "its" || next == "the" || next == "a") && wordAt(toks, i+2) == "descent"):
		return event{lemma: "begin descent", at: i, end: i + 2, thingFor: "descent"}, true
	case (w == "began" || w == "started") && prev == "descent":
		return event{lemma: "begin descent", at: i, end: i + 1, thingFor: "descent"}, true // "the descent began"
	case w == "left" && (next == "its" || next == "the") && (wordAt(toks, i+2) == "altitude" || wordAt(toks, i+3) == "altitude"):
		return event{lemma: "begin descent", at: i, end: i + 3, thingFor: "descent"}, true // "left its cruising altitude"
	case (w == "began" || w == "started") && i > 0 && toks[i-1].Lower() && !stopBefore[prev]:
		return event{lemma: "begin", at: i, end: i + 1, thingFor: prev}, true
	}
	return event{}, false
}

// passiveEvents are the verbs of what is done to a person, read in the
// passive ("was charged"), and their lemmas.
var passiveEvents = map[string]string{"arrested": "arrest", "detained": "detain", "charged": "charge",
	"sentenced": "sentence", "released": "release", "freed": "free"}

// eventNouns name the event of a lemma in a slot a person reads: the
// "death date", the "take-off time", the "time of loss of contact".
var eventNouns = map[string]string{"die": "death", "kill": "killing", "shoot": "shooting", "find": "discovery",
	"lose consciousness": "loss of consciousness", "birth": "birth", "arrest": "arrest", "detain": "detention",
	"charge": "charge", "sentence": "sentencing", "release": "release", "free": "release", "crash": "crash",
	"take off": "take-off", "lose contact": "loss of contact", "begin descent": "descent", "begin": "start"}

// eventSlot is the attribute of an event's date or time ("date", "time").
func eventSlot(lemma, what string) string {
	n := eventNouns[lemma]
	if n == "" {
		n = lemma
	}
	if strings.Contains(n, " ") {
		return what + " of " + n
	}
	return n + " " + what
}

// stopBefore are words before "began" that are not its subject.
var stopBefore = map[string]bool{"and": true, "it": true, "they": true, "which": true, "that": true,
	"who": true, "then": true, "had": true, "has": true, "have": true, "was": true, "soon": true, "also": true}

func wordAt(toks []Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return lower(toks[i])
}

// eventClaims adds the date and the clock time of each event verb of a
// sentence, when one stands close to it. Unless found, the dates and
// times of vals are read at the first event verb.
func (x *extractor) eventClaims(si int, vals value.Values, found bool) {
	s := x.sents[si]
	toks := s.Tokens
	for i := 0; i < len(toks); i++ {
		if toks[i].flags&fEvent == 0 {
			continue
		}
		ev, ok := eventAt(toks, i)
		if !ok {
			continue
		}
		if !found {
			vals.Dates, vals.Times, found = x.datesIn(si), x.lex.values.FindTimes(s.Text), true
		}
		x.eventClaim(si, ev, vals)
		i = ev.end - 1
	}
}

// eventClaim adds the claims of one event verb.
func (x *extractor) eventClaim(si int, ev event, vals value.Values) {
	dates, times := vals.Dates, vals.Times
	subject, as := x.eventSubject(si, ev)
	if subject < 0 && as == "" {
		return
	}
	c := Claim{Kind: Event, Subject: subject, SubjectAs: as}
	if ev.lemma == "die" || ev.lemma == "kill" {
		x.deathPlace(si, ev, c)
	}
	for _, d := range dates {
		if !d.Anchored && x.near(si, ev, d.Start, d.End) {
			c.Attribute = eventSlot(ev.lemma, "date")
			c.Value = Value{Type: DateValue, Text: d.Text, Norm: d.Date.String()}
			c.Start, c.End = x.sents[si].Start+d.Start, x.sents[si].Start+d.End
			x.add(c, si)
			break
		}
	}
	for _, t := range times {
		if x.near(si, ev, t.Start, t.End) {
			c.Attribute = eventSlot(ev.lemma, "time")
			c.Value = Value{Type: TimeValue, Text: houseTime(t.Text), Norm: clockNorm(t.Clock)}
			c.Start, c.End = x.sents[si].Start+t.Start, x.sents[si].Start+t.End
			x.add(c, si)
			return
		}
	}
	if r, ok := x.relativeTime(si, ev, vals); ok {
		c.Attribute = eventSlot(ev.lemma, "time")
		c.Value = Value{Type: TimeValue, Text: r.text, Norm: clockNorm(r.clock)}
		c.Start, c.End = r.start, r.end
		x.add(c, si)
	}
}

// relative is a clock time read as an interval after another one.
type relative struct {
	clock      value.Clock
	text       string // "about 10:46 (one minute after 10:45)"
	start, end int    // the words "one minute later", in the article
}

// relativeTime reads "one minute later", "about ten minutes later" before
// an event verb of its clause, and counts from the last clock time written
// before it, in the sentence or the one before in the same paragraph:
// "levelled off at 9:20. About two minutes later it started its descent"
// puts the descent at about 09:22. The span of time is a
// number read with its hedge and unit, or "a minute", "an hour"; a span
// with no upper bound ("more than two minutes later") gives no time.
func (x *extractor) relativeTime(si int, ev event, vals value.Values) (relative, bool) {
	s := x.sents[si]
	toks := s.Tokens
	for k := ev.at - 1; k >= 2 && k >= ev.at-6; k-- {
		if lower(toks[k]) != "later" {
			continue
		}
		span, ok := x.spanBefore(si, k, vals.Numbers)
		if !ok {
			return relative{}, false
		}
		per := 1.0
		if span.Unit == "h" {
			per = 60
		}
		lo, hi := span.Lo*per, span.Hi*per
		hedged := span.Approx || lo != hi
		anchor, ok := x.anchorTime(si, toks[span.from].Start-s.Start, vals.Times)
		if !ok {
			return relative{}, false
		}
		c := anchor
		c.Minute = (anchor.Minute + int(math.Round((lo+hi)/2))) % (24 * 60)
		c.Approx = anchor.Approx || hedged
		if hedged {
			// "roughly one minute later": give or take a minute
			c.Prec = max(c.Prec, int((hi-lo)/2+lo/4)+1)
		}
		text := strings.TrimPrefix(clockNorm(c), "~")
		if c.Approx {
			text = "about " + text
		}
		text += " (" + strings.ToLower(joinTokens(toks[span.words:k])) + " after " + houseTime(anchor.Text) + ")"
		return relative{clock: c, text: text, start: toks[span.from].Start, end: toks[k].End}, true
	}
	return relative{}, false
}

// timeSpan is a span of minutes or hours written before token k, with the
// token it starts at and the token its number words start at, after the
// hedge.
type timeSpan struct {
	value.Number
	from, words int
}

// spanBefore returns the span of time that ends right before token k of
// sentence si: a number of nums in minutes or hours ("about two minutes",
// "four or five minutes"), or "a minute", "an hour".
func (x *extractor) spanBefore(si, k int, nums []value.NumberSpan) (timeSpan, bool) {
	s := x.sents[si]
	toks := s.Tokens
	end := toks[k-1].End - s.Start
	for _, n := range nums {
		if n.End != end || n.Unit != "min" && n.Unit != "h" || n.Open || n.Ordinal {
			continue
		}
		from, _ := x.tokenRange(si, s.Start+n.Start, s.Start+n.End)
		words := from
		for words < k-1 && toks[words].Kind != TNumber && toks[words].flags&fNumber == 0 && !mayBeNumber(lower(toks[words])) {
			if a := lower(toks[words]); (a == "a" || a == "an") && toks[words+1].flags&fNumber != 0 {
				break // "a few"
			}
			words++ // the hedge: "about", "some"
		}
		return timeSpan{Number: n.Number, from: from, words: words}, true
	}
	if a := lower(toks[k-2]); a == "a" || a == "an" {
		switch lower(toks[k-1]) {
		case "minute":
			return timeSpan{Number: value.Number{Lo: 1, Hi: 1, Unit: "min"}, from: k - 2, words: k - 2}, true
		case "hour":
			return timeSpan{Number: value.Number{Lo: 1, Hi: 1, Unit: "h"}, from: k - 2, words: k - 2}, true
		}
	}
	return timeSpan{}, false
}

// anchorTime returns the last clock time before byte off of sentence si,
// or else the last of the sentence before in the same paragraph.
func (x *extractor) anchorTime(si, off int, times []value.TimeSpan) (value.Clock, bool) {
	var last *value.TimeSpan
	for i := range times {
		if times[i].End <= off {
			last = &times[i]
		}
	}
	if last != nil {
		return last.Clock, true
	}
	if si == 0 || x.sents[si-1].Block != x.sents[si].Block {
		return value.Clock{}, false
	}
	prev := x.lex.values.FindTimes(x.sents[si-1].Text)
	if len(prev) == 0 {
		return value.Clock{}, false
	}
	return prev[len(prev)-1].Clock, true
}

// deathPlace reads where someone died when the text says it plainly: "at
// the scene" (or "on the spot", "instantly") against "in hospital" (or "on
// the way to hospital"). The two cannot both be true of one death.
func (x *extractor) deathPlace(si int, ev event, c Claim) {
	toks := x.sents[si].Tokens
	for j := ev.end; j < len(toks) && j < ev.end+8; j++ {
		w := lower(toks[j])
		if toks[j].Kind == TPunct && w != "," {
			return
		}
		place := ""
		switch {
		case w == "scene" && j >= 2 && lower(toks[j-2]) == "at", w == "spot" && lower(toks[j-1]) == "the" && j >= 2 && lower(toks[j-2]) == "on", w == "instantly":
			place = "at the scene"
		case w == "hospital":
			place = "in hospital"
		}
		if place != "" {
			c.Attribute = "place of death"
			c.Value = Value{Type: DescriptorValue, Text: textOf(x.a.Text, toks[ev.at:j+1]), Norm: place, Class: "place of death"}
			c.Start, c.End = toks[ev.at].Start, toks[j].End
			x.add(c, si)
			return
		}
	}
}

// clockNorm is a clock time as "HH:MM zone".
func clockNorm(c value.Clock) string {
	s := fmt.Sprintf("%02d:%02d", c.Minute/60, c.Minute%60)
	if c.Zone != "" {
		s += " " + c.Zone
	}
	if c.Approx {
		s = "~" + s
	}
	return s
}

// near reports whether a value at byte span [start, end) of the sentence
// belongs to the event: within eight tokens after the verb with no other
// clause between, or at the head of the sentence ("On Friday, …").
// dateBreaks stand between an event verb and a date that is not its
// own: another event ("after", "before"), another clause ("and"), or
// another verb ("when he was arrested were released Wednesday").
var dateBreaks = map[string]bool{"and": true, "after": true, "before": true, "was": true, "were": true,
	"is": true, "are": true, "has": true, "have": true, "had": true, "will": true, "would": true}

func (x *extractor) near(si int, ev event, start, end int) bool {
	s := x.sents[si]
	from, to := x.tokenRange(si, s.Start+start, s.Start+end)
	toks := s.Tokens
	if from >= ev.end {
		if from-ev.end > 8 {
			return false
		}
		for _, t := range toks[ev.end:from] {
			if t.Text == "," || t.Text == ";" || t.Kind == TQuote || dateBreaks[lower(t)] {
				return false
			}
		}
		return true
	}
	return to <= ev.at && from <= 1 && to < len(toks) && toks[to].Text == ","
}

// eventSubject is the person the event is about (the nearest person
// reference before the verb) or a plain subject: the vehicle of a crash or
// a lost contact, or the noun before "began".
func (x *extractor) eventSubject(si int, ev event) (int, string) {
	if ev.person {
		e := -1
		for _, r := range x.refs[si] {
			if r.to <= ev.at && r.entity >= 0 && x.doc.Entities[r.entity].Type == Person {
				e = r.entity
			}
		}
		return e, ""
	}
	if ev.thingFor != "" && ev.lemma != "begin descent" {
		return -1, ev.thingFor
	}
	toks := x.sents[si].Tokens
	for i := ev.at - 1; i >= 0; i-- {
		if v := x.lex.vehicles[lower(toks[i])]; v != "" {
			return -1, v
		}
	}
	for i := ev.end; i < min(len(toks), ev.end+4); i++ {
		if v := x.lex.vehicles[lower(toks[i])]; v != "" {
			return -1, v
		}
	}
	// "… the airliner levelled off. Soon after it started its descent":
	// "it" is the vehicle of the sentence before
	if ev.at > 0 && lower(toks[ev.at-1]) == "it" {
		for k := si - 1; k >= 0 && k >= si-2 && x.sents[k].Block == x.sents[si].Block; k-- {
			for _, t := range x.sents[k].Tokens {
				if v := x.lex.vehicles[lower(t)]; v != "" {
					return -1, v
				}
			}
		}
	}
	return -1, ev.thingFor // "the descent began at 10:31", no vehicle named
}
