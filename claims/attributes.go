package claims

import (
	"strconv"
	"strings"
)

// attributes reads what a sentence says a person is: the role phrase
// before a name ("the former police officer Ann Lee"), appositives after
// it ("Ann Lee, 62, the city's mayor,") or before it ("The mayor of
// Northport, Ann Lee, said"), and copulas ("Lee was 62", "she is a nurse").
func (x *extractor) attributes(si int) {
	toks := x.sents[si].Tokens
	for _, r := range x.refs[si] {
		if r.entity < 0 {
			continue
		}
		if r.kind == refName && r.preFrom < r.from {
			x.describe(si, r.entity, toks[r.preFrom:r.from], toks[r.preFrom:r.from], false)
		}
		if r.kind == refDescription && r.to-r.from == 2 && isAgeWord(lower(toks[r.from+1])) {
			x.describe(si, r.entity, toks[r.from+1:r.to], toks[r.from:r.to], false)
		}
		if r.kind != refPronoun {
			x.appositiveAfter(si, r)
			x.appositiveBefore(si, r)
		}
		x.copula(si, r)
	}
}

// describe turns a role phrase into claims: status descriptors, rank, age,
// nationality and the role itself. present says the text puts the role in
// the present ("she is a nurse", "The mayor of X, Ann Lee, said"): without
// a descriptor, that implies the person serves in it.
func (x *extractor) describe(si, e int, phrase, evidence []Token, present bool) {
	if len(phrase) == 0 {
		return
	}
	start, end := evidence[0].Start, evidence[len(evidence)-1].End
	role := x.roleOf(phrase)
	if x.lex.address[strings.ToLower(strings.TrimSuffix(role, "."))] {
		role = "" // "Mr", "Frau": a courtesy, not a role
	}
	head := x.lex.RoleHead(role)
	described := false
	seenClass := map[string]bool{}
	for i, t := range phrase {
		w := lower(t)
		if class, group, ok := x.lex.Descriptor(w); ok && role != "" && !seenClass[class] {
			// "former acting chief": the first descriptor scopes over the rest
			seenClass[class] = true
			v := Value{Type: DescriptorValue, Text: strings.TrimSpace(t.Text + " " + role), Norm: group, Class: class, Role: head}
			x.add(Claim{Kind: Attribute, Subject: e, Attribute: class, Value: v, Start: start, End: end}, si)
			described = described || class == employmentStatus
		}
		if n, ok := ageOf(phrase, i); ok {
			x.add(Claim{Kind: Attribute, Subject: e, Attribute: "age", Value: ageValue(t.Text, n), Start: start, End: end}, si)
		}
		if i == firstContent(phrase) && x.isDemonym(t.Text) {
			v := Value{Type: PlaceValue, Text: t.Text, Norm: x.demonymCountry(t.Text)}
			x.add(Claim{Kind: Attribute, Subject: e, Attribute: "nationality", Value: v, Start: start, End: end}, si)
		}
	}
	if present && !described && role != "" {
		v := Value{Type: DescriptorValue, Text: role, Norm: "serving", Class: employmentStatus, Role: head, Implied: true}
		x.add(Claim{Kind: Attribute, Subject: e, Attribute: employmentStatus, Value: v, Start: start, End: end}, si)
	}
	if base, ord, ok := rankOf(role); ok {
		v := Value{Type: DescriptorValue, Text: role, Norm: ord, Class: "rank", Role: base}
		x.add(Claim{Kind: Attribute, Subject: e, Attribute: "rank (" + base + ")", Value: v, Start: start, End: end}, si)
	}
	if role != "" {
		v := Value{Type: TextValue, Text: role, Norm: strings.ToLower(role)}
		x.add(Claim{Kind: Attribute, Subject: e, Attribute: "role", Value: v, Start: start, End: end}, si)
		addUnique(&x.doc.Entities[e].Roles, role)
	}
}

// employmentStatus is the descriptor class of serving and former.
const employmentStatus = "employment status"

var ordinals = map[string]string{"1st": "1", "2nd": "2", "3rd": "3", "4th": "4", "5th": "5"}

// rankOf reads a graded rank: "Petty Officer 2nd Class" and "2nd Petty
// Officer" are both grade 2 of "petty officer".
func rankOf(role string) (base, grade string, ok bool) {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if g, isOrd := ordinals[w]; isOrd && grade == "" {
			grade = g
			continue
		}
		if w != "class" && w != "grade" {
			words = append(words, w)
		}
	}
	if grade == "" || len(words) == 0 {
		return "", "", false
	}
	return strings.Join(words, " "), grade, true
}

func firstContent(phrase []Token) int {
	for i, t := range phrase {
		switch lower(t) {
		case "a", "an", "the", "his", "her", "their", "its", "our":
			continue
		}
		return i
	}
	return len(phrase)
}

// ageOf reads an age at phrase[i]: "62-year-old", or a bare number that is
// the whole phrase (an appositive ", 62,") or follows "aged".
func ageOf(phrase []Token, i int) (int, bool) {
	if len(phrase) == 2 && i == 1 && lower(phrase[0]) == "aged" {
		phrase, i = phrase[1:], 0
	}
	w := lower(phrase[i])
	if isAgeWord(w) {
		n, ok := numberWord(w[:strings.Index(w, "-year")])
		return n, ok && n > 0 && n < 130
	}
	if len(phrase) == 1 && phrase[0].Kind == TNumber {
		n, err := strconv.Atoi(phrase[0].Text)
		return n, err == nil && n > 0 && n < 130
	}
	return 0, false
}

func ageValue(text string, n int) Value {
	f := float64(n)
	return Value{Type: NumberValue, Text: text, Norm: strconv.Itoa(n), Lo: f, Hi: f, Unit: "years"}
}

var smallNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// numberWord reads digits or an English number word up to ninety-nine.
func numberWord(w string) (int, bool) {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		n, err := strconv.Atoi(w)
		return n, err == nil
	}
	if n, ok := smallNumbers[w]; ok {
		return n, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		if tens, ok1 := smallNumbers[a]; ok1 && tens >= 20 {
			if ones, ok2 := smallNumbers[b]; ok2 && ones < 10 {
				return tens + ones, true
			}
		}
	}
	return 0, false
}

// appositiveAfter reads ", 62," and ", the mayor of Northport," after a name.
func (x *extractor) appositiveAfter(si int, r ref) {
	toks := x.sents[si].Tokens
	i := r.to
	// "Ann Lee (62)", the press's short form of an age
	if i+2 < len(toks) && toks[i].Text == "(" && toks[i+2].Text == ")" && toks[i+1].Kind == TNumber {
		x.describe(si, r.entity, toks[i+1:i+2], toks[r.from:i+3], false)
		return
	}
	for n := 0; n < 3 && i < len(toks) && toks[i].Text == ","; n++ {
		j := i + 1
		for j < len(toks) && toks[j].Text != "," && toks[j].Kind != TPunct && toks[j].Kind != TQuote && toks[j].Kind != TDash && !relatives[lower(toks[j])] {
			j++
		}
		seg := toks[i+1 : j]
		if !x.appositive(seg) || (len(seg) == 1 && j < len(toks) && toks[j].Text != "," && toks[j].Text != "." && toks[j].Text != ")") {
			return // ", 58-3 with …" is a record, not an age
		}
		x.describe(si, r.entity, seg, seg, false)
		if j < len(toks) && relatives[lower(toks[j])] {
			return // "a retired engineer who worked …": the clause is not another appositive
		}
		i = j
	}
}

// relatives begin a relative clause, which ends the noun phrase before it.
var relatives = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true}

// appositiveBefore reads "The mayor of Northport, Ann Lee, said".
func (x *extractor) appositiveBefore(si int, r ref) {
	toks := x.sents[si].Tokens
	if r.preFrom < 2 || toks[r.preFrom-1].Text != "," {
		return
	}
	j := r.preFrom - 1
	i := j
	for i > 0 && toks[i-1].Text != "," && toks[i-1].Kind != TPunct && toks[i-1].Kind != TQuote {
		i--
	}
	seg := toks[i:j]
	if len(seg) == 0 || r.to >= len(toks) || toks[r.to].Text != "," {
		return
	}
	if x.appositive(seg) && x.lex.titles[lower(seg[len(seg)-1])] || x.hasTitleBeforeOf(seg) {
		x.describe(si, r.entity, seg, seg, lower(seg[0]) == "the")
	}
}

func (x *extractor) hasTitleBeforeOf(seg []Token) bool {
	for i, t := range seg {
		if lower(t) == "of" && i > 0 && x.lex.titles[lower(seg[i-1])] {
			return true
		}
	}
	return false
}

// appositive reports whether a segment between commas describes a person:
// a bare age, or a noun phrase with a title.
func (x *extractor) appositive(seg []Token) bool {
	if len(seg) == 0 || len(seg) > 12 {
		return false
	}
	if len(seg) == 1 && seg[0].Kind == TNumber {
		_, ok := ageOf(seg, 0)
		return ok
	}
	if len(seg) == 2 && lower(seg[0]) == "aged" && seg[1].Kind == TNumber {
		_, ok := ageOf(seg[1:], 0)
		return ok // ", aged 62,"
	}
	first := lower(seg[0])
	det := first == "a" || first == "an" || first == "the" || first == "his" || first == "her" || first == "their"
	hasTitle := false
	for _, t := range seg {
		if x.lex.titles[lower(t)] {
			hasTitle = true
		}
		if x.lex.reporting[lower(t)] || x.lex.order[lower(t)] {
			return false
		}
	}
	if hasTitle && (det || x.lex.titles[first] || x.lex.modifiers[first] || x.isDemonym(seg[0].Text)) {
		return true
	}
	// "a 28-year-old German", "a 40-year-old"
	return det && len(seg) >= 2 && len(seg) <= 3 && isAgeWord(lower(seg[1])) && (len(seg) == 2 || x.isDemonym(seg[2].Text))
}

// copula reads "Lee was 62", "he is 25", "Lee, 56, is a nurse".
func (x *extractor) copula(si int, r ref) {
	toks := x.sents[si].Tokens
	i := r.to
	if i < len(toks) && toks[i].Text == "," && r.preFrom > 0 && toks[r.preFrom-1].Text == "," {
		i++ // "The designer, Ann Lee, is …": the comma closes the appositive before the name
	}
	for i < len(toks) && toks[i].Text == "," { // skip an appositive
		j := i + 1
		for j < len(toks) && toks[j].Text != "," {
			j++
		}
		if j-i > 4 {
			return
		}
		i = j + 1
	}
	if i+1 >= len(toks) {
		return
	}
	v := lower(toks[i])
	if v != "is" && v != "was" {
		return
	}
	next := toks[i+1 : min(len(toks), i+8)]
	if n, ok := ageOf(next[:1], 0); ok && (len(next) == 1 || next[1].Kind == TPunct || ageFollower(lower(next[1]))) {
		t := toks[i+1]
		x.add(Claim{Kind: Attribute, Subject: r.entity, Attribute: "age", Value: ageValue(t.Text, n), Start: toks[r.from].Start, End: t.End}, si)
		return
	}
	if w := lower(next[0]); w == "a" || w == "an" {
		end := 1
		for end < len(next) && next[end].Kind == TWord && !isStop(lower(next[end])) {
			end++
		}
		if role := x.roleOf(next[1:end]); role != "" {
			x.describe(si, r.entity, next[1:end], toks[r.from:i+1+end], v == "is")
		}
	}
}

// ageFollower: words that may follow "was 62" when 62 is an age.
func ageFollower(w string) bool {
	switch w {
	case "and", "but", "when", "years", "at", "yet", "so":
		return true
	}
	return false
}

func isStop(w string) bool {
	switch w {
	case "in", "at", "from", "of", "for", "with", "and", "who", "which", "that", "on", "to":
		return true
	}
	return false
}
