package claims

import (
	"sort"
	"strings"
)

// quoteSpan is speech: the words between quotation marks, or the clause
// after "X said (that)"; with the speaker when one is named.
type quoteSpan struct {
	start, end  int // byte span of the words in Article.Text
	sent        int // the sentence that names the speaker (or holds the words)
	speaker     int // entity index, -1 when unknown
	speakerText string
	verb        string
	direct      bool
}

func isOpenQuote(t Token, open bool) bool {
	switch t.Text {
	case "“", "‘", "«", "„":
		return true
	case "\"":
		return !open
	}
	return false
}

func isCloseQuote(t Token, open bool) bool {
	switch t.Text {
	case "”", "’", "»":
		return true
	case "\"":
		return open
	}
	return false
}

// findQuotes finds direct quotes block by block (a quote may run over
// several sentences), then indirect speech sentence by sentence.
func (x *extractor) findQuotes() {
	type pos struct{ sent, tok int }
	var open *pos
	for si, s := range x.sents {
		if x.isBlockStart(si) && open != nil {
			x.directQuote(open.sent, open.tok, si-1, len(x.sents[si-1].Tokens))
			open = nil
		}
		for ti, t := range s.Tokens {
			if t.Kind != TQuote {
				continue
			}
			if open == nil && isOpenQuote(t, false) {
				open = &pos{si, ti}
			} else if open != nil && isCloseQuote(t, true) {
				x.directQuote(open.sent, open.tok, si, ti)
				open = nil
			}
		}
	}
	if open != nil {
		last := len(x.sents) - 1
		x.directQuote(open.sent, open.tok, last, len(x.sents[last].Tokens))
	}
	for si := range x.sents {
		x.indirectQuotes(si)
	}
}

// directQuote records the quote from token (s1,t1) (the opening mark) to
// (s2,t2) (the closing mark, or the end of the block).
func (x *extractor) directQuote(s1, t1, s2, t2 int) {
	open := x.sents[s1].Tokens[t1]
	start := open.End
	end := x.sents[s2].End
	if t2 < len(x.sents[s2].Tokens) {
		end = x.sents[s2].Tokens[t2].Start
	}
	words := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(x.a.Text[start:end]), ",."))
	if len(strings.Fields(words)) < 4 {
		return // a scare quote or a title, not speech
	}
	q := quoteSpan{start: start, end: start + len(words), sent: s2, speaker: -1, direct: true}
	if sp, verb, ok := x.speakerAfter(s2, t2+1); ok {
		q.speaker, q.verb, q.speakerText = sp.entity, verb, x.refText(s2, sp)
	} else if sp, verb, ok := x.speakerBefore(s1, t1); ok {
		q.sent = s1
		q.speaker, q.verb, q.speakerText = sp.entity, verb, x.refText(s1, sp)
	}
	x.addQuote(q)
}

func (x *extractor) refText(si int, r ref) string {
	return textOf(x.a.Text, x.sents[si].Tokens[r.preFrom:r.to])
}

// speakerAfter reads `…," Lee said` and `…" — said the mayor` from token i on.
func (x *extractor) speakerAfter(si, i int) (ref, string, bool) {
	toks := x.sents[si].Tokens
	for i < len(toks) && (toks[i].Text == "," || toks[i].Kind == TDash || toks[i].Kind == TQuote) {
		i++
	}
	if i >= len(toks) {
		return ref{}, "", false
	}
	if v := lower(toks[i]); x.lex.reporting[v] {
		for k, r := range x.refs[si] {
			if r.preFrom >= i+1 && lowerGap(toks[i+1:r.preFrom]) {
				// "said the regional governor, Ann Lee": the name in
				// apposition says who the description is
				if r.kind != refName && k+1 < len(x.refs[si]) && r.to < len(toks) && toks[r.to].Text == "," {
					if n := x.refs[si][k+1]; n.kind == refName && n.preFrom == r.to+1 && n.entity >= 0 {
						return n, v, true
					}
				}
				return r, v, true
			}
		}
		return ref{}, "", false
	}
	for _, r := range x.refs[si] {
		if r.preFrom >= i && lowerGap(toks[i:r.preFrom]) && r.to < len(toks) {
			if v := lower(toks[r.to]); x.lex.reporting[v] {
				return r, v, true
			}
			if r.to+1 < len(toks) && lower(toks[r.to]) == "also" && x.lex.reporting[lower(toks[r.to+1])] {
				return r, lower(toks[r.to+1]), true
			}
		}
	}
	return ref{}, "", false
}

// lowerGap reports whether a few lower-case words stand between two
// tokens: a role the lexicon does not know ("said harbour master Ann Lee").
func lowerGap(ts []Token) bool {
	if len(ts) > 4 {
		return false
	}
	for i, t := range ts {
		if t.Kind != TWord {
			return false
		}
		if !t.Lower() && !placePrefix(ts[:i+1]) && !placePrefix(ts[:min(len(ts), i+2)]) {
			return false
		}
	}
	return true
}

// placePrefix reports whether the tokens name a place ("Northport harbour").
func placePrefix(ts []Token) bool { return isPlace(joinTokens(ts)) }

// speakerBefore reads `Lee said: "…` before the opening mark at token i.
func (x *extractor) speakerBefore(si, i int) (ref, string, bool) {
	toks := x.sents[si].Tokens
	j := i - 1
	for j >= 0 && (toks[j].Text == ":" || toks[j].Text == ",") {
		j--
	}
	if j < 0 || !x.lex.reporting[lower(toks[j])] {
		return ref{}, "", false
	}
	verb := lower(toks[j])
	for k := len(x.refs[si]) - 1; k >= 0; k-- {
		r := x.refs[si][k]
		if r.to <= j && j-r.to <= 2 {
			return r, verb, true
		}
	}
	return ref{}, "", false
}

// indirectQuotes reads "Lee said (that) …" and "…, Lee said."
func (x *extractor) indirectQuotes(si int) {
	toks := x.sents[si].Tokens
	for i, t := range toks {
		if t.flags&fReporting == 0 {
			continue
		}
		v := lower(t)
		if !speechVerb(v) || x.quoteAt(t.Start) != nil {
			continue
		}
		if i+1 < len(toks) && (toks[i+1].Text == ":" || toks[i+1].Kind == TQuote) {
			continue // a direct quote follows
		}
		sp, ok := x.subjectOf(si, i)
		if !ok {
			x.unnamedSpeech(si, i)
			continue
		}
		from, to := x.reportedClause(toks, i, sp)
		if to-from < 4 {
			continue
		}
		x.addQuote(quoteSpan{start: toks[from].Start, end: toks[to-1].End, sent: si,
			speaker: sp.entity, speakerText: x.refText(si, sp), verb: v})
	}
}

// unnamedSpeech records what an unnamed source says: "officials said
// (that) …", "…, police said", "security sources told the paper that …".
func (x *extractor) unnamedSpeech(si, i int) {
	toks := x.sents[si].Tokens
	if i == 0 || !x.lex.unnamed[lower(toks[i-1])] {
		return
	}
	from := i - 1
	for from > 0 && toks[from-1].Kind == TWord && toks[from-1].Lower() && from > i-4 && !x.lex.reporting[lower(toks[from-1])] {
		from--
	}
	who := textOf(x.a.Text, toks[from:i])
	sp := ref{from: from, to: i, preFrom: from, entity: -1}
	var start, end int
	if from > 0 && toks[from-1].Text == "," {
		start, end = 0, from-1 // "…, officials said."
	} else {
		start, end = x.reportedClause(toks, i, sp)
	}
	if end-start < 3 {
		return
	}
	x.addQuote(quoteSpan{start: toks[start].Start, end: toks[end-1].End, sent: si,
		speaker: -1, speakerText: who, verb: lower(toks[i])})
}

// canSpeak reports whether an entity can be a quote's speaker.
func (x *extractor) canSpeak(e int) bool {
	t := x.doc.Entities[e].Type
	return t != Place && t != Thing
}

// speechVerb: the reporting verbs that introduce what someone said.
func speechVerb(v string) bool {
	switch v {
	case "said", "says", "told", "tells", "added", "adds", "stated", "declared", "announced",
		"insisted", "claimed", "warned", "explained", "stressed", "argued", "wrote", "noted", "confirmed":
		return true
	}
	return false
}

// subjectOf finds the person reference right before (or, inverted, right
// after) the reporting verb at i. A relative clause set in commas between
// the name and the verb is skipped ("Ann Lee, who lives next door, said"):
// it is what the name is, never what was said. A pronoun after the verb
// is its subject only at the end of the clause ("…, said he."): in "said
// he had seen it" it begins what was said.
func (x *extractor) subjectOf(si, i int) (ref, bool) {
	toks := x.sents[si].Tokens
	if rc := relativeBefore(toks, i); rc >= 0 && (told(toks[i]) || !x.nameAfter(si, i)) {
		for _, r := range x.refs[si] {
			if r.to == rc && r.entity >= 0 {
				return r, true
			}
		}
	}
	for k := len(x.refs[si]) - 1; k >= 0; k-- {
		r := x.refs[si][k]
		if r.to > i {
			continue
		}
		gap := toks[r.to:i]
		if len(gap) <= 2 && !hasPunct(gap) && r.entity >= 0 {
			return r, true
		}
		break
	}
	for _, r := range x.refs[si] {
		if (r.preFrom == i+1 || r.from == i+1) && r.entity >= 0 {
			if r.kind == refPronoun && !shortTail(toks, r.to) {
				continue
			}
			return r, true
		}
	}
	return ref{}, false
}

// told reports whether a reporting verb takes the one told as its object.
func told(t Token) bool { v := lower(t); return v == "told" || v == "tells" }

// nameAfter reports whether a name follows the verb at i as its inverted
// subject, a few lower-case words of a role between ("said prison
// spokesman Al Quintero").
func (x *extractor) nameAfter(si, i int) bool {
	toks := x.sents[si].Tokens
	for _, r := range x.refs[si] {
		if r.kind == refName && r.entity >= 0 && r.preFrom > i && lowerGap(toks[i+1:r.preFrom]) {
			return true
		}
	}
	return false
}

// relativeBefore finds a relative clause set in commas that ends right
// before token i (", who lives next door, said"): the index of its opening
// comma, or -1. A quotation mark inside ends the search.
func relativeBefore(toks []Token, i int) int {
	if i < 4 || toks[i-1].Text != "," {
		return -1
	}
	for k := i - 3; k >= 0 && k > i-30; k-- {
		switch {
		case toks[k].Kind == TQuote:
			return -1
		case toks[k].Text == "," && isRelative(lower(toks[k+1])):
			return k
		}
	}
	return -1
}

func isRelative(w string) bool { return w == "who" || w == "which" || w == "whose" || w == "whom" }

// reportedClause returns the tokens of what was said: after the verb
// ("said (that) …", "told reporters (that) …"), or before ", X said" when
// only a short tail follows the verb ("…, she said at the meeting.").
func (x *extractor) reportedClause(toks []Token, i int, sp ref) (int, int) {
	if sp.from > i || shortTail(toks, i+1) {
		end := min(i, sp.preFrom)
		for end > 0 && (toks[end-1].Text == "," || toks[end-1].Kind == TDash) {
			end--
		}
		if end == min(i, sp.preFrom) || hasQuote(toks[max(0, end-3):end+1]) {
			return 0, 0 // no comma before the speaker, or right after a direct quote
		}
		return 0, end
	}
	j := i + 1
	if v := lower(toks[i]); v == "told" || v == "tells" {
		// the one told, a name too ("told Orozco", "told the Gazette by
		// phone that …"): up to a "that", or a few words
		k := j
		for k < len(toks) && k < i+12 && lower(toks[k]) != "that" && toks[k].Kind == TWord {
			k++
		}
		if k < len(toks) && lower(toks[k]) == "that" {
			j = k
		} else {
			j = afterAddressee(toks, j)
		}
	}
	if j < len(toks) && lower(toks[j]) == "that" {
		j++
	}
	if j >= len(toks) || (toks[j].Kind != TWord && toks[j].Kind != TNumber) || isPreposition(lower(toks[j])) {
		return j, j
	}
	return j, clauseEnd(toks, j, x.lex)
}

// afterAddressee skips the one told, from token j: a name ("Orozco",
// "the Jakarta Post") or one word ("reporters").
func afterAddressee(toks []Token, j int) int {
	k := j
	if k+1 < len(toks) && (lower(toks[k]) == "the" || lower(toks[k]) == "a") && toks[k+1].Upper() {
		k++
	}
	for k < len(toks) && toks[k].Kind == TWord && toks[k].Upper() {
		k++
	}
	if k == j && k < len(toks) && toks[k].Kind == TWord {
		k++
	}
	return k
}

// shortTail reports whether only a short prepositional phrase (or nothing)
// follows a reporting verb up to the end of the sentence.
func shortTail(toks []Token, i int) bool {
	if i >= len(toks) || toks[i].Kind == TPunct && toks[i].Text != "," && toks[i].Text != ":" {
		return true
	}
	if !isPreposition(lower(toks[i])) && lower(toks[i]) != "reporters" {
		return false
	}
	for j := i; j < len(toks); j++ {
		if toks[j].Kind == TQuote || lower(toks[j]) == "that" || toks[j].Text == ":" {
			return false
		}
	}
	return len(toks)-i <= 10
}

func hasQuote(ts []Token) bool {
	for _, t := range ts {
		if t.Kind == TQuote {
			return true
		}
	}
	return false
}

func isPreposition(w string) bool {
	switch w {
	case "at", "in", "on", "during", "after", "before", "from", "with", "for", "to", "by", "outside", "inside", "near", "via", "through", "late", "earlier", "later", "yesterday", "today", "tonight", "last":
		return true
	}
	return false
}

// addQuote records a speech span, indexed under every sentence it
// overlaps, so that quoteAt looks only at the spans of one sentence.
func (x *extractor) addQuote(q quoteSpan) {
	if x.quotesIn == nil {
		x.quotesIn = make([][]int32, len(x.sents))
	}
	n := int32(len(x.quotes))
	x.quotes = append(x.quotes, q)
	first := max(sort.Search(len(x.sents), func(i int) bool { return x.sents[i].End > q.start }), 0)
	for si := first; si < len(x.sents) && x.sents[si].Start < q.end; si++ {
		x.quotesIn[si] = append(x.quotesIn[si], n)
	}
}

// quoteAt returns the speech span holding the byte offset, or nil: the
// first recorded among the spans of the sentence the offset is in (or
// that ends before it), which every span holding the offset overlaps.
func (x *extractor) quoteAt(off int) *quoteSpan {
	si := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].Start > off }) - 1
	if si < 0 || si >= len(x.quotesIn) {
		return nil
	}
	for _, i := range x.quotesIn[si] {
		if q := &x.quotes[i]; off >= q.start && off < q.end {
			return q
		}
	}
	return nil
}

// quoteClaims makes a claim of every attributed quote whose speaker is a
// person or an organisation: a street or a town does not speak, and a
// pronoun resolved to one is wrong.
func (x *extractor) quoteClaims() {
	for _, q := range x.quotes {
		if q.speaker < 0 || !x.canSpeak(q.speaker) {
			continue
		}
		c := Claim{Kind: Quote, Subject: q.speaker, Attribute: "said", Scope: Speaker, Speaker: q.speaker,
			Said: q.speakerText, Value: Value{Type: QuoteValue, Text: x.a.Text[q.start:q.end]},
			Start: q.start, End: q.end}
		if !q.direct {
			c.Modality = "indirect"
		}
		c.Sentence = q.sent
		x.doc.Claims = append(x.doc.Claims, c)
	}
}

func hasPunct(ts []Token) bool {
	for _, t := range ts {
		if t.Kind != TWord {
			return true
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
