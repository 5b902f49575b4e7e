package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims/sense"
)

// cand is a name found in a sentence, before resolution inside the article.
type cand struct {
	sent       int
	from, to   int // token range of the name in the sentence
	name       string
	typ        EntityType
	preFrom    int  // token index where the role phrase before the name starts (== from when none)
	titled     bool // a title or honorific stands right before the name
	honorific  string
	lowerGiven bool // a lower-case given name was repaired ("mehmet Yilmaz")
}

// trailingNoun takes in a lower-case place or organisation noun right
// after a capitalised run ("Tham Krabok cave", "Nakhon province", "Red Lions
// football team"): it is part of the name. It returns the new end.
func (x *extractor) trailingNoun(toks []Token, j int) int {
	generic := func(k int) bool {
		if k >= len(toks) || toks[k].Kind != TWord || !toks[k].Lower() {
			return false
		}
		w := lower(toks[k])
		return x.lex.placeWords[w] || x.lex.orgWords[w]
	}
	if generic(j) {
		return j + 1
	}
	if j+1 < len(toks) && toks[j].Kind == TWord && toks[j].Lower() && !x.lowerCommonStop(lower(toks[j])) && generic(j+1) {
		return j + 2 // "football team", "police station"
	}
	return j
}

// lowerCommonStop: function words that never join a name's trailing noun.
func (x *extractor) lowerCommonStop(w string) bool {
	return x.lex.notNames[w] || x.lex.reporting[w] || x.lex.order[w] || isStop(w) || x.lex.titles[w]
}

// isFlight reports whether "flight" and a flight number stand at i:
// "flight 9525", "Flight NA512".
func isFlight(toks []Token, i int) bool {
	if i+1 >= len(toks) || lower(toks[i]) != "flight" {
		return false
	}
	code := toks[i+1].Text
	return hasDigit(code) && len(code) <= 8 && strings.ToUpper(code) == code
}

// isNameToken reports whether a token can be part of a capitalised name.
func (x *extractor) isNameToken(t Token) bool {
	if t.Kind != TWord {
		return false
	}
	if t.Upper() {
		return true
	}
	return x.lex.hasParticlePrefix(t.Text)
}

// findNames appends to out the capitalised runs of a sentence that name someone or
// something, with their type, the role phrase before them and titles peeled.
func (x *extractor) findNames(si int, out []cand) []cand {
	toks := x.sents[si].Tokens
	for i := 0; i < len(toks); {
		if isFlight(toks, i) && (i == 0 || !x.isNameToken(toks[i-1])) {
			out = append(out, cand{sent: si, from: i, to: i + 2, name: joinTokens(toks[i : i+2]), typ: Thing, preFrom: i})
			i += 2
			continue
		}
		if !x.isNameToken(toks[i]) {
			i++
			continue
		}
		j := i + 1
		headline := !x.inBody(si)
		for j < len(toks) && !possessive(toks[j-1].Text) {
			if x.isNameToken(toks[j]) && !x.breaksRun(toks[j], headline) {
				j++
				continue
			}
			// a lower-case particle between two capitalised words
			if j+1 < len(toks) && x.lex.particles[toks[j].Text] && x.isNameToken(toks[j+1]) {
				j += 2
				continue
			}
			break
		}
		if c, ok := x.classifyRun(si, i, j); ok {
			out = append(out, c)
		}
		i = j
	}
	return out
}

// classifyRun peels words that are not part of a name off a capitalised
// run and decides what the rest names.
func (x *extractor) classifyRun(si, i, j int) (cand, bool) {
	toks := x.sents[si].Tokens
	start := i
	// words that only begin the sentence, and titles, come off the front
	for i < j && x.notName(toks, i, start) {
		i++
	}
	for i < j {
		if n := x.titleAt(toks[i:j]); n > 0 {
			i += n
			continue
		}
		if !x.titleWord(toks[i]) {
			break
		}
		i++
	}
	// a role noun inside the run ends the role before the name: "Ports
	// Minister Ann Lee", "Ardel Fire Chief Ann Lee"
	for k := j - 3; k >= i; k-- {
		if x.roleNoun(toks[k]) {
			i = k + 1
			break
		}
	}
	// an acronym before a full name is a unit or a rank: "SEAL Ann Lee"
	for i+2 < j && allUpper(toks[i].Text) {
		i++
	}
	// a place ending a role before a name: "Ambassador to Turkey Ann Lee"
	for i+1 < j && i > 0 && isRoleLink(lower(toks[i-1])) && x.isPlace(toks[i].Text) {
		i++
	}
	if i >= j {
		return cand{}, false
	}
	if !possessive(toks[j-1].Text) {
		j = x.trailingNoun(toks, j)
	}
	if isFlight(toks, j) {
		return cand{sent: si, from: i, to: j + 2, name: joinTokens(toks[i : j+2]), typ: Thing, preFrom: i}, true
	}
	c := cand{sent: si, from: i, to: j}
	c.name = x.join(toks[i:j])
	c.typ = x.runType(toks[i:j], c.name)
	if c.typ == Person && j == i+1 && placeSlot(toks, i) {
		c.typ = Place // "a school in Kettleby." names a place the gazetteer lacks
	}
	if c.typ == Person && i > 0 && lower(toks[i-1]) == "the" {
		c.typ = Organisation // "the Wild Geese", "the Kremlin": a person's name takes no article
	}
	c.preFrom = x.rolePhraseStart(toks, i)
	c.titled = c.preFrom < i
	if c.titled {
		if h := strings.TrimSuffix(lower(toks[i-1]), "."); x.lex.honorifics[h] && toks[i-1].Upper() {
			c.honorific = toks[i-1].Text
		}
	}
	x.repairLowerGiven(&c)
	return c, c.typ != ""
}

// breaksRun reports whether a capitalised word ends a name inside a run:
// a function word ("For", "After"), and in a Title-Case headline a word
// the article writes in lower case ("Arrested").
func (x *extractor) breaksRun(t Token, headline bool) bool {
	w := lower(t)
	if x.lex.particles[w] {
		return false
	}
	return functionWords[w] || headline && x.lowerCount(w) > 0
}

// functionWords never stand inside a name, whatever their case.
var functionWords = map[string]bool{"for": true, "in": true, "on": true, "at": true, "after": true,
	"before": true, "with": true, "to": true, "from": true, "by": true, "as": true, "and": true,
	"or": true, "the": true, "a": true, "an": true, "over": true, "into": true, "amid": true,
	"says": true, "said": true, "is": true, "are": true, "was": true, "were": true, "but": true}

// notName reports whether the token at i is a capitalised common word: a
// function word, or a word the article also uses in lower case, at the
// start of the run.
func (x *extractor) notName(toks []Token, i, runStart int) bool {
	t := toks[i]
	if t.flags&(fNotName|fPronoun) != 0 {
		return true
	}
	if i == runStart && (i == 0 || toks[i-1].Kind == TQuote || toks[i-1].Text == ":") {
		return x.lowerCount(lower(t)) > 0 && !x.lex.titles[lower(t)]
	}
	return false
}

// titleAt returns how many tokens at the start of toks form a multi-word
// title ("Rear Admiral", "Petty Officer"), or 0.
func (x *extractor) titleAt(toks []Token) int {
	if len(toks) < 2 || toks[0].flags&fTitleFirst == 0 {
		return 0
	}
	for n := min(x.lex.maxTitle, len(toks)); n >= 2; n-- {
		if x.lex.titles[strings.ToLower(x.join(toks[:n]))] {
			return n
		}
	}
	return 0
}

// placeEndingAt returns how many capitalised tokens before k name a
// place of more than one word ("Chiang Mai", "New York").
func (x *extractor) placeEndingAt(toks []Token, k int) int {
	for n := min(3, k); n >= 2; n-- {
		if toks[k-n].Upper() && x.isPlace(x.join(toks[k-n:k])) {
			return n
		}
	}
	return 0
}

// titleEndingAt returns how many tokens before k form a multi-word title.
func (x *extractor) titleEndingAt(toks []Token, k int) int {
	if k < 2 || toks[k-1].flags&fTitleLast == 0 {
		return 0
	}
	for n := min(x.lex.maxTitle, k); n >= 2; n-- {
		if x.lex.titles[strings.ToLower(x.join(toks[k-n:k]))] {
			return n
		}
	}
	return 0
}

// roleNoun reports whether a capitalised word is a common noun of a
// person by WordNet's first sense ("Minister", "Chief", "Commissioner"),
// which a name does not take inside it.
func (x *extractor) roleNoun(t Token) bool {
	if x.sense == nil || !t.Upper() || len(t.Text) < 3 || allUpper(t.Text) {
		return false
	}
	return x.sense.NounClass(lower(t)) == sense.Person
}

func (x *extractor) titleWord(t Token) bool {
	return t.flags&(fTitle|fModifier) != 0 || x.isDemonym(t.Text)
}

// runType says what a capitalised run names, or "" when nothing.
func (x *extractor) runType(toks []Token, name string) EntityType {
	last := trimPossessive(lower(toks[len(toks)-1]))
	for _, t := range toks {
		if x.lex.orgWords[trimPossessive(lower(t))] {
			return Organisation
		}
		if hasDigit(t.Text) {
			return Thing // "Airbus A320", "Boeing 737": names have no digits
		}
		if len(toks) > 1 && allUpper(t.Text) {
			return Organisation // "ACME Holdings", "LSC Northport"
		}
	}
	if x.lex.placeWords[last] || x.isPlace(name) {
		return Place
	}
	if len(toks) == 1 {
		w := toks[0].Text
		if x.isDemonym(w) || allUpper(w) || x.lex.notNames[strings.ToLower(w)] || placeCompound(w) {
			return ""
		}
		return Person // a single word: kept only if something supports it (see resolve)
	}
	for _, t := range toks {
		if x.isDemonym(t.Text) || x.lex.notNames[lower(t)] {
			return ""
		}
	}
	return Person
}

// placeSlot reports whether a single capitalised word stands where a
// place goes: right after "in", "near" or "outside" and at the end of a
// clause ("… in Kettleby, where …", "… near Kettleby.").
func placeSlot(toks []Token, i int) bool {
	if i < 1 {
		return false
	}
	switch lower(toks[i-1]) {
	case "in", "near", "outside":
	default:
		return false
	}
	return i+1 == len(toks) || toks[i+1].Kind == TPunct || lower(toks[i+1]) == "and"
}

// rolePhraseStart walks back from a name over a role phrase: titles,
// modifiers, descriptors, demonyms, ages ("the 62-year-old former police
// officer Ann Lee") and returns where the phrase starts.
func (x *extractor) rolePhraseStart(toks []Token, i int) int {
	k := i
	for k > 0 {
		t := toks[k-1]
		if t.Kind != TWord && t.Kind != TNumber {
			break
		}
		if n := x.titleEndingAt(toks, k); n > 1 {
			k -= n
			continue
		}
		if n := x.placeEndingAt(toks, k); n > 1 {
			k -= n // "the Northport harbour master"
			continue
		}
		w := strings.TrimSuffix(lower(t), ".")
		if t.flags&(fTitle|fModifier) != 0 || x.lex.isDescriptor(w) || x.isDemonym(t.Text) || isAgeWord(w) ||
			(t.Upper() && x.isPlace(t.Text)) || isOrdinal(w) {
			k--
			continue
		}
		break
	}
	// "the wife of the President Ann Lee": the title is someone else's
	if k >= 2 && lower(toks[k-1]) == "the" && lower(toks[k-2]) == "of" {
		return i
	}
	// the phrase must hold a title: "former" alone is not a role
	for m := k; m < i; m++ {
		if toks[m].flags&fTitle != 0 || x.titleAt(toks[m:i]) > 0 {
			return k
		}
	}
	return i
}

// repairLowerGiven takes in a lower-case word right before a name when a
// title stands before it: machine translation writes "officer ahmet Kaya".
func (x *extractor) repairLowerGiven(c *cand) {
	toks := x.sents[c.sent].Tokens
	if c.typ != Person || c.from < 2 {
		return
	}
	t := toks[c.from-1]
	if t.Kind != TWord || !t.Lower() || x.lowerCommon(t.Text) {
		return
	}
	prev := lower(toks[c.from-2])
	if !x.lex.titles[prev] {
		return
	}
	c.from--
	c.name = t.Text + " " + c.name
	c.lowerGiven = true
	c.preFrom = x.rolePhraseStart(toks, c.from)
	c.titled = c.preFrom < c.from
}

// lowerCommon reports whether a lower-case word is ordinary English: in a
// lexicon list, or ASCII and used elsewhere in the article.
func (x *extractor) lowerCommon(w string) bool {
	l := strings.ToLower(w)
	if x.lex.notNames[l] || x.lex.titles[l] || x.lex.modifiers[l] || x.lex.reporting[l] || x.lex.order[l] {
		return true
	}
	if _, _, ok := x.lex.Descriptor(l); ok {
		return true
	}
	for _, r := range w {
		if r >= 0x80 {
			return false // "mehmet" as "méhmet": not an English word
		}
	}
	return x.lowerCount(l) > 1 || len(w) <= 3
}

// isRoleLink: the words that join a title to a place ("ambassador to").
func isRoleLink(w string) bool { return w == "to" || w == "of" || w == "in" || w == "from" }

// placeCompound reports whether a hyphenated word joins places or
// nationalities ("Franco-German", "Turkey-Russia").
func placeCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isPlace(p) && !isDemonym(p) {
			return false
		}
	}
	return true
}

// join is joinTokens without a copy when the words stand in the
// article's text one space apart, as names mostly do.
func (x *extractor) join(toks []Token) string {
	n := len(toks)
	if n == 0 {
		return ""
	}
	for i, t := range toks {
		if trimPossessive(t.Text) != t.Text || i > 0 && (t.Start != toks[i-1].End+1 || x.a.Text[t.Start-1] != ' ') {
			return joinTokens(toks)
		}
	}
	return x.a.Text[toks[0].Start:toks[n-1].End]
}

func joinTokens(toks []Token) string {
	if len(toks) == 1 {
		return trimPossessive(toks[0].Text)
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(trimPossessive(t.Text))
	}
	return b.String()
}

// possessive reports whether a word ends in 's: a name does not go on
// past it ("Northport's Grand Hotel").
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

func allUpper(w string) bool {
	n := 0
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
		n++
	}
	return n > 1
}

func isAgeWord(w string) bool {
	return strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-years-old")
}

func isOrdinal(w string) bool {
	for _, s := range []string{"1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"} {
		if w == s {
			return true
		}
	}
	return false
}
