package syntax

import (
	"strings"
	"unicode/utf8"
)

// Tokenize splits text into the syntactic words UD English EWT counts,
// setting each word's Form, Start, End and Joined; see AppendTokens.
func Tokenize(text string) []Word { return AppendTokens(nil, text) }

// AppendTokens appends the words of text to dst and returns the extended
// slice. The text may be one sentence or more; it is not split into
// sentences.
//
// The words are those of the treebank: clitics are words of their own
// within one orthographic token ("Lee's" is Lee + 's, "don't" do + n't,
// "cannot" can + not, "gonna" gon + na; Joined marks the second word),
// punctuation is split off, a hyphen between words is a word unless it
// follows a prefix ("well - informed", but "non-stop", "e-mail"),
// abbreviations keep their stop ("Dr.", "U.S."), and numbers, times,
// dates, phone numbers, URLs, e-mail addresses and emoticons are one word
// each. The lists these rules use are data, in tokens.yaml.
//
// Every byte of text is either white space or in exactly one word, the
// words are in order, and each Form is the text it spans. Any input is
// accepted: an invalid UTF-8 byte is a word of its own.
func AppendTokens(dst []Word, text string) []Word {
	t := tokenizer{text: text, out: dst, lex: loadTokenLexicon()}
	for i := 0; i < len(text); {
		r, n := runeAt(text, i)
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := runeAt(text, j)
			if isSpace(r) {
				break
			}
			j += n
		}
		t.chunk(i, j)
		i = j
	}
	return t.out
}

// A tokenizer splits one text.
type tokenizer struct {
	text string
	out  []Word
	lex  *tokenLexicon
	// quoteOpen is set by a single quotation mark that opens a quotation
	// and cleared by one that closes it: while it is set, "s'" ends a
	// quotation rather than marking a plural possessive.
	quoteOpen bool
	// noEmail is where the last search for an e-mail address stopped:
	// no word before it starts one.
	noEmail int
}

// A seg is a run of letters and digits in a word, and the joiner (a
// stop, hyphen, apostrophe, …) that links it to the next run.
type seg struct {
	start, end int // the run
	jend       int // the end of the joiner after it; end when there is none
	cut        cut // what happens at the joiner
	at         int // where the next word starts, for a clitic
	// group counts the numbers that hyphens and slashes link this one
	// with ("713-555-0100" is 3 for each), 0 for a run that is no number.
	group int
}

// A cut says whether a joiner splits a word.
type cut uint8

const (
	keep   cut = iota // the joiner is inside the word: "U.S", "6,000", "e-mail"
	split             // the joiner is a word of its own: "well - informed"
	clitic            // a new word of the same token starts at seg.at: "do|n't"
	after             // the joiner ends the word and a new token starts: "Dr.|Lee"
)

func (t *tokenizer) emit(start, end int, joined bool) {
	t.out = append(t.out, Word{Form: t.text[start:end], Start: start, End: end, Joined: joined})
}

// chunk splits a run of text without white space.
func (t *tokenizer) chunk(a, b int) {
	for p := a; p < b; {
		r, n := runeAt(t.text, p)
		switch {
		case isWordRune(r):
			p = t.word(p, b)
		case isApostrophe(r):
			p = t.apostrophe(p, r, n, b)
		default:
			p = t.punct(p, r, n, b)
		}
	}
}

// emoticon returns the length of the emoticon at p, or 0.
func (t *tokenizer) emoticon(p, b int) int {
	s := t.text[p:b]
	for _, e := range t.lex.emoticons {
		if len(e) <= len(s) && s[:len(e)] == e {
			if len(e) == len(s) || !isWordRune(firstRune(s[len(e):])) {
				return len(e)
			}
		}
	}
	return 0
}

// punct emits the punctuation or symbol at p and returns where it ends:
// an emoticon, a run of stops ("...") or of ! and ? ("?!"), a stop that
// starts a number or a file extension (".5", ".doc"), a handle
// ("@lee"), a hashtag, a number's sign ("+44"), a line or arrow
// ("----", "-->"), or a run of one symbol ("**", "$$$"). Quotation marks
// are one word each.
func (t *tokenizer) punct(p int, r rune, n, b int) int {
	if e := t.emoticon(p, b); e > 0 {
		t.emit(p, p+e, false)
		return p + e
	}
	end := p + n
	next := firstRune(t.text[end:b])
	switch {
	case r == utf8.RuneError && n == 1:
		// an invalid byte
	case r == '.' && (isDigit(next) || t.extension(end, b)),
		(r == '@' || r == '#') && isLetter(next), r == '+' && isDigit(next):
		return t.prefixed(p, end, b)
	case r == '.' || r == '…':
		end = t.stops(p, b)
	case r == '!' || r == '?':
		for end < b && (t.text[end] == '!' || t.text[end] == '?') {
			end++
		}
		if end < b && t.text[end] == '.' && (end+1 == b || t.text[end+1] != '.') {
			end++ // "!."
		}
	case isQuote(r):
		// one at a time: "" is two quotation marks
	case strings.ContainsRune(lineChars, r):
		for end < b && strings.IndexByte(lineChars+"<>{}", t.text[end]) >= 0 {
			end++
		}
	default:
		for end < b {
			r2, n2 := runeAt(t.text, end)
			if r2 != r {
				break
			}
			end += n2
		}
		end = t.arrow(p, r, end, b)
	}
	t.emit(p, end, false)
	return end
}

// lineChars draw lines and arrows: a run of them is one word ("----==",
// "-->", "*~*~*").
const lineChars = "-=*~_+|"

// extension reports whether a file name extension starts at q: two to
// four letters after a stop (".doc"), then no more letters.
func (t *tokenizer) extension(q, b int) bool {
	e := q
	for e < b && isLetterByte(t.text[e]) {
		e++
	}
	return 2 <= e-q && e-q <= 4 && (e == b || !isWordRune(firstRune(t.text[e:b])))
}

// arrow extends a run of - or = that ends at end into an arrow ("->",
// "==>"), and a < into one ("<-", "<==").
func (t *tokenizer) arrow(p int, r rune, end, b int) int {
	switch {
	case (r == '-' || r == '=') && end < b && t.text[end] == '>':
		return end + 1
	case r == '<' && end == p+1 && end < b && (t.text[end] == '-' || t.text[end] == '='):
		c := t.text[end]
		for end < b && t.text[end] == c {
			end++
		}
	}
	return end
}

// stops returns the end of a run of stops and ellipses at p; one or two
// stops take the ! and ? after them (".?", "..?"), a longer ellipsis does
// not ("... ?").
func (t *tokenizer) stops(p, b int) int {
	end := p
	for end < b {
		r, n := runeAt(t.text, end)
		if r != '.' && r != '…' {
			break
		}
		end += n
	}
	if end <= p+2 && t.text[p] == '.' {
		for end < b && (t.text[end] == '!' || t.text[end] == '?') {
			end++
		}
	}
	return end
}

// prefixed emits a word that a symbol ending at q starts (".5", ".doc",
// "+44", "#topic", "@lee", "@example.com") and returns where it ends.
func (t *tokenizer) prefixed(p, q, b int) int {
	end := wordRunEnd(t.text, q, b)
	for end+1 < b && isWordRune(firstRune(t.text[end+1:b])) {
		c := t.text[end]
		number := (c == '.' || c == ',') && isDigitByte(t.text[end-1]) && isDigitByte(t.text[end+1])
		domain := t.text[p] == '@' && (c == '.' || c == '-' || c == '_')
		if !number && !domain {
			break
		}
		end = wordRunEnd(t.text, end+1, b)
	}
	t.emit(p, end, false)
	return end
}

// apostrophe handles an apostrophe or single quotation mark at p that
// does not follow a word: a doubled mark (two apostrophes, or ‘’) is
// one quotation mark, a word may begin with one ('em, '07), and otherwise it opens or
// closes a quotation.
func (t *tokenizer) apostrophe(p int, r rune, n, b int) int {
	end := p + n
	if end < b {
		r2, n2 := runeAt(t.text, end)
		if isApostrophe(r2) {
			t.emit(p, end+n2, false)
			return end + n2
		}
		if isWordRune(r2) {
			e := wordRunEnd(t.text, end, b)
			w := t.text[end:e]
			if !t.joins(e, b) {
				if _, ok := has(t.lex.apostropheWords, w); ok || isDecade(w) {
					t.emit(p, e, false)
					return e
				}
			}
			t.emit(p, end, false)
			t.quoteOpen = true
			return end
		}
	}
	t.emit(p, end, false)
	if r != '‘' {
		t.quoteOpen = false
	}
	return end
}

// isDecade reports a year or decade written short after an apostrophe:
// "07" in "'07", "60s" in "'60s".
func isDecade(w string) bool {
	if len(w) == 3 && (w[2] == 's' || w[2] == 'S') {
		w = w[:2]
	}
	return len(w) == 2 && allDigits(w)
}

// word splits the word that starts at p (a letter or digit) and returns
// where it ends.
func (t *tokenizer) word(p, b int) int {
	if e := urlEnd(t.text, p, b); e > 0 {
		t.emit(p, e, false)
		return e
	}
	if p >= t.noEmail {
		e, scanned := emailEnd(t.text, p, b)
		if e > 0 {
			t.emit(p, e, false)
			return e
		}
		t.noEmail = scanned
	}
	var buf [16]seg // room for the parts of most words
	segs := t.segments(buf[:0], p, b)
	t.groupNumbers(segs)
	for i := 0; i+1 < len(segs); i++ {
		segs[i].cut, segs[i].at = t.joint(segs, i)
	}
	end := segs[len(segs)-1].end
	if len(segs) == 1 && t.contraction(p, end, b) {
		return t.after(p, end, b)
	}
	wordStart, joined := p, false
	for _, s := range segs[:len(segs)-1] {
		switch s.cut {
		case split:
			t.piece(wordStart, s.end, joined)
			t.emit(s.end, s.jend, false)
			wordStart, joined = s.jend, false
		case clitic:
			t.piece(wordStart, s.at, joined)
			wordStart, joined = s.at, true
		case after:
			t.piece(wordStart, s.jend, joined)
			wordStart, joined = s.jend, false
		}
	}
	t.piece(wordStart, end, joined)
	return t.after(wordStart, end, b)
}

// joins reports whether a joiner at q links the word before it to a
// word after it.
func (t *tokenizer) joins(q, b int) bool {
	if q >= b {
		return false
	}
	r, n := runeAt(t.text, q)
	return isJoiner(r) && q+n < b && isWordRune(firstRune(t.text[q+n:b]))
}

// segments appends to segs the runs of letters and digits from p on that
// joiners link into one word.
func (t *tokenizer) segments(segs []seg, p, b int) []seg {
	for q := p; ; {
		e := wordRunEnd(t.text, q, b)
		s := seg{start: q, end: e, jend: e}
		if t.joins(e, b) {
			_, n := runeAt(t.text, e)
			s.jend = e + n
			segs = append(segs, s)
			q = s.jend
			continue
		}
		segs = append(segs, s)
		break
	}
	return segs
}

// piece emits one word of a word's parts, splitting a unit off a number
// ("7pm" is "7" + "pm") and an article off a clitic it was run into
// ("I'ma" is "I'm a", "isn'ta" "isn't a").
func (t *tokenizer) piece(start, end int, joined bool) {
	if joined && isCliticArticle(t.text[start:end]) {
		t.emit(start, end-1, true)
		t.emit(end-1, end, false)
		return
	}
	if !joined {
		if k := t.unitStart(start, end); k > 0 {
			t.emit(start, k, false)
			t.emit(k, end, false)
			return
		}
	}
	t.emit(start, end, joined)
}

// isCliticArticle reports "'ma" and "n'ta", a clitic with "a" run into
// it.
func isCliticArticle(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 'a' && w[n-1] != 'A' {
		return false
	}
	w = w[:n-1]
	return endsWithFold(w, "'m") || endsWithFold(w, "’m") || endsWithFold(w, "n't") || endsWithFold(w, "n’t")
}

// unitStart returns where a unit starts in a piece that is a number and
// a unit, or 0.
func (t *tokenizer) unitStart(start, end int) int {
	k := end
	for k > start && isLetterByte(t.text[k-1]) {
		k--
	}
	if k == end || k == start || !isNumber(t.text[start:k]) {
		return 0
	}
	if _, ok := has(t.lex.units, t.text[k:end]); ok {
		return k
	}
	return 0
}

// isNumber reports digits, with stops, commas and colons between them.
func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigitByte(c) && (i == 0 || c != '.' && c != ',' && c != ':') {
			return false
		}
	}
	return s != "" && isDigitByte(s[len(s)-1])
}

// contraction splits a word written without its apostrophe ("dont",
// "cannot", and "its" where the next word shows it stands for "it is")
// and reports whether it did.
func (t *tokenizer) contraction(p, end, b int) bool {
	w := t.text[p:end]
	parts, ok := has(t.lex.contractions, w)
	if !ok {
		c, ok := has(t.lex.before, w)
		if !ok || !t.nextIn(c.next, end, b) {
			return false
		}
		parts = c.parts
	}
	q := p
	for i, n := range parts {
		t.emit(q, q+n, i > 0)
		q += n
	}
	return true
}

// nextIn reports whether the word after one ending at end (in a chunk
// ending at b) is in words.
func (t *tokenizer) nextIn(words map[string]bool, end, b int) bool {
	if end != b {
		return false
	}
	q := b
	for q < len(t.text) {
		r, n := runeAt(t.text, q)
		if !isSpace(r) {
			break
		}
		q += n
	}
	e := q
	for e < len(t.text) && isLetterByte(t.text[e]) {
		e++
	}
	_, ok := has(words, t.text[q:e])
	return e > q && ok
}

// after handles what follows a word ending at end whose last word starts
// at last: a stop that belongs to an abbreviation, or the apostrophe of a
// plural possessive ("parents'"). It returns where the word ends.
func (t *tokenizer) after(last, end, b int) int {
	if end >= b {
		return end
	}
	switch c := t.text[end]; {
	case c == '$' && isLetterByte(t.text[end-1]):
		t.extend(end + 1) // "U$", "Thi$": a dollar sign written for an s
		return end + 1
	case c == '.':
		if t.abbreviation(last, end, b) {
			t.extend(end + 1)
			return end + 1
		}
	case c == '\'' || c == 0xE2 && firstRune(t.text[end:b]) == '’':
		_, n := utf8.DecodeRuneInString(t.text[end:])
		if t.quoteOpen || end+n < b && isWordRune(firstRune(t.text[end+n:b])) {
			return end
		}
		switch w := t.text[last:end]; {
		case endsWithFold(w, "s") || endsWithFold(w, "x") || endsWithFold(w, "z"):
			t.emit(end, end+n, true)
			return end + n
		case endsWithFold(w, "in"):
			t.extend(end + n)
			return end + n
		}
	}
	return end
}

// extend makes the last word end at end.
func (t *tokenizer) extend(end int) {
	w := &t.out[len(t.out)-1]
	w.End = end
	w.Form = t.text[w.Start:end]
}

// abbreviation reports whether the stop at end belongs to the word
// starting at last: an initial ("J."), letters joined by stops ("U.S.",
// "a.m."), or a listed abbreviation ("Dr.", "etc."). At the end of the
// text, and before an ellipsis, the stop is a word of its own.
func (t *tokenizer) abbreviation(last, end, b int) bool {
	if t.out[len(t.out)-1].Start != last || t.atTextEnd(end+1) {
		return false
	}
	w := t.text[last:end]
	if end+1 < b && t.text[end+1] == '.' && (end+2 < b && t.text[end+2] == '.') {
		return false // "etc..." is "etc" and an ellipsis; "Inc.." is "Inc." and a stop
	}
	dotted := isDotted(w)
	if _, ok := has(t.lex.abbrevs, w); ok || dotted || len(w) == 1 && isLetterByte(w[0]) {
		return true
	}
	_, ok := has(t.lex.beforeNumber, w)
	return ok && t.numberFollows(end+1)
}

// isDotted reports whether w is short runs of letters joined by stops:
// "U.S", "a.m", "Ph.D".
func isDotted(w string) bool {
	run, dots := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isLetterByte(c):
			run++
			if run > 2 {
				return false
			}
		case c == '.' && run > 0:
			run, dots = 0, dots+1
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}

// atTextEnd reports whether only closing quotation marks, brackets and
// white space follow q.
func (t *tokenizer) atTextEnd(q int) bool {
	for q < len(t.text) {
		r, n := runeAt(t.text, q)
		if !isSpace(r) && !isCloser(r) {
			return false
		}
		q += n
	}
	return true
}

// numberFollows reports whether the next word after q starts with a digit.
func (t *tokenizer) numberFollows(q int) bool {
	for q < len(t.text) && (t.text[q] == ' ' || t.text[q] == '\t') {
		q++
	}
	return q < len(t.text) && isDigitByte(t.text[q])
}

// joint decides what the joiner after segs[i] does.
func (t *tokenizer) joint(segs []seg, i int) (cut, int) {
	l, r := segs[i], segs[i+1]
	left, right := t.text[l.start:l.end], t.text[r.start:r.end]
	switch j := t.text[l.end:l.jend]; j {
	case ".":
		if t.abbreviationBefore(segs, i) {
			return after, 0
		}
		return keep, 0
	case "_", "@", "*":
		return keep, 0
	case "$":
		if isLetterByte(left[len(left)-1]) && isLetterByte(right[0]) {
			return keep, 0 // "co$t"
		}
		if isLetterByte(left[len(left)-1]) {
			return after, 0 // "US$|4.5"
		}
	case ",":
		if allDigits(left) && leadingDigits(right) > 0 {
			return keep, 0 // "6,000", and a decimal comma: "7,5"
		}
	case ":":
		if allDigits(left) && leadingDigits(right) > 0 {
			return keep, 0
		}
	case "&":
		if len(left) <= 3 && len(right) <= 3 {
			return keep, 0
		}
	case "/":
		if t.slashKept(segs, i) {
			return keep, 0
		}
	case "-", "‐", "‑":
		if t.hyphenKept(segs, i) {
			return keep, 0
		}
	default: // an apostrophe
		return t.apostropheJoint(l, left, right)
	}
	return split, 0
}

// abbreviationBefore reports whether the stop after segs[i] ends an
// abbreviation that a word follows with no space: "Dr.Lee", "Nov.28",
// "S.Korea", "P.O.Box". Other stops are inside their word ("U.S", "1.5",
// "example.com").
func (t *tokenizer) abbreviationBefore(segs []seg, i int) bool {
	left, right := t.text[segs[i].start:segs[i].end], t.text[segs[i+1].start:segs[i+1].end]
	if _, ok := has(t.lex.abbrevs, left); ok && (i == 0 || t.text[segs[i-1].end:segs[i-1].jend] != ".") {
		return allLetters(right) && len(right) >= 2 || allDigits(right)
	}
	if !allLetters(right) {
		return false
	}
	if len(right) < 3 || !isUpperByte(right[0]) || isUpperByte(right[1]) {
		return false
	}
	for k := i; k >= 0; k-- {
		w := t.text[segs[k].start:segs[k].end]
		if len(w) > 2 || !allLetters(w) || k < i && t.text[segs[k].end:segs[k].jend] != "." {
			return false
		}
	}
	return isUpperByte(left[0])
}

// apostropheJoint splits a clitic off a word: "'s", "'m", "'re", "'ve",
// "'ll" and "'d" after the apostrophe, "n't" before it. Other
// apostrophes are inside the word ("Shi'ite", "o'clock", "50's").
//
// Between numbers an apostrophe is a word (feet and inches: "5 ' 2"),
// and after a number it is inside the word ("50's", "AK47's").
func (t *tokenizer) apostropheJoint(l seg, left, right string) (cut, int) {
	switch {
	case allDigits(left) && allDigits(right):
		return split, 0
	case isDigitByte(left[len(left)-1]):
		return keep, 0
	}
	for _, c := range [...]string{"s", "m", "re", "ve", "ll", "d", "ma"} {
		if strings.EqualFold(right, c) {
			return clitic, l.end
		}
	}
	if n := len(left); n > 1 && (left[n-1] == 'n' || left[n-1] == 'N') && (strings.EqualFold(right, "t") || strings.EqualFold(right, "ta")) {
		return clitic, l.end - 1
	}
	return keep, 0
}

// hyphenKept reports whether the hyphen after segs[i] is inside the word:
// after a prefix ("non-stop", "mid-2003"), and in phone numbers, postal
// codes and dates written with hyphens; not in ranges ("1969 - 1970",
// "20 - 22").
func (t *tokenizer) hyphenKept(segs []seg, i int) bool {
	left, right := t.text[segs[i].start:segs[i].end], t.text[segs[i+1].start:segs[i+1].end]
	if _, ok := has(t.lex.prefixes, left); ok {
		// a one-letter prefix comes before a word in lower case: "e-mail",
		// not "E - J"
		return len(left) > 1 || 'a' <= right[0] && right[0] <= 'z'
	}
	if n, ok := t.numberGroup(segs, i); ok {
		return n >= 3 || len(left) != 4 && len(right) == 4
	}
	return false
}

// slashKept reports whether the slash after segs[i] is inside the word:
// in dates ("9/11", "16/11/2004") and between single letters ("w/o"), not
// between words ("and / or") or in fractions ("3 / 4").
func (t *tokenizer) slashKept(segs []seg, i int) bool {
	left, right := t.text[segs[i].start:segs[i].end], t.text[segs[i+1].start:segs[i+1].end]
	if n, ok := t.numberGroup(segs, i); ok {
		return n >= 3 || atoi(left) <= 12 && len(right) == 2 && atoi(right) <= 31
	}
	alone := (i == 0 || t.text[segs[i-1].end:segs[i-1].jend] != "/") &&
		(i+2 >= len(segs) || t.text[segs[i+1].end:segs[i+1].jend] != "/")
	return alone && utf8.RuneCountInString(left) == 1 && utf8.RuneCountInString(right) == 1
}

// numberGroup reports whether segs[i] and segs[i+1] are numbers, and how
// many numbers hyphens and slashes link around them ("713-555-0100" is 3).
func (t *tokenizer) numberGroup(segs []seg, i int) (int, bool) {
	if segs[i].group == 0 || segs[i+1].group == 0 {
		return 0, false
	}
	return segs[i].group, true
}

// groupNumbers sets the group of every seg that is a number to the count
// of numbers hyphens and slashes link it with, itself included.
func (t *tokenizer) groupNumbers(segs []seg) {
	for i := 0; i < len(segs); {
		if !allDigits(t.text[segs[i].start:segs[i].end]) {
			i++
			continue
		}
		j := i + 1
		for j < len(segs) && isNumberLink(t.text[segs[j-1].end:segs[j-1].jend]) && allDigits(t.text[segs[j].start:segs[j].end]) {
			j++
		}
		for k := i; k < j; k++ {
			segs[k].group = j - i
		}
		i = j
	}
}

func isNumberLink(j string) bool { return j == "-" || j == "/" }
