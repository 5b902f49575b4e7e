package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lemmatiser reads a word's lemma from its form and Penn tag. Words
// seen in training whose lemma the rules would get wrong are kept as
// exceptions; every other word gets the rule learned for the longest
// ending it shares with training words of its tag ("-ies" of NNS → "-y"),
// as UDPipe's lemmatiser does. WordNet's irregular forms ("geese",
// "went") come first for words not seen in training.

// A lemmaRule rewrites a form: set its case, take strip runes off its
// end, and add add.
type lemmaRule struct {
	caseOp uint8
	strip  uint8
	add    string
}

// How a rule sets the case of a form. A rule learned from lower-case
// words says nothing of case (caseAny): its tag's habit decides.
const (
	caseAny uint8 = iota
	caseLower
	caseKeep
	caseTitle
)

func (r lemmaRule) apply(form string) string {
	s := form
	switch r.caseOp {
	case caseLower:
		s = lowerString(s)
	case caseTitle:
		s = titleString(s)
	}
	if r.strip == 0 && r.add == "" {
		return s
	}
	end := len(s)
	for k := 0; k < int(r.strip) && end > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(s[:end])
		end -= n
	}
	return s[:end] + r.add
}

// ruleFor returns the rule that turns form into lemma, the one that
// strips least of those that lower-case, keep or title-case the form. A
// form already in lower case gives a rule of any case.
func ruleFor(form, lemma string) lemmaRule {
	best := lemmaRule{strip: 255}
	for _, c := range []uint8{caseLower, caseKeep, caseTitle} {
		s := form
		switch c {
		case caseLower:
			s = lowerString(form)
		case caseTitle:
			s = titleString(form)
		}
		p := commonPrefix(s, lemma)
		strip := utf8.RuneCountInString(s[p:])
		if strip >= int(best.strip) {
			continue
		}
		best = lemmaRule{caseOp: c, strip: uint8(strip), add: lemma[p:]}
	}
	if best.strip == 255 {
		return lemmaRule{caseOp: caseLower, strip: 255, add: lemma}
	}
	if best.caseOp == caseLower && lowerString(form) == form {
		best.caseOp = caseAny
	}
	return best
}

// general reports whether a rule may stand for words other than the one
// it was learned from: it adds at most one rune more than it strips
// ("-ies" → "-y", "-ing" → "-e"). "Nov" → "November" is no rule for words
// ending in "ov".
func (r lemmaRule) general() bool { return len(r.add) <= int(r.strip)+1 }

// titleString upper-cases the first letter of s and lower-cases the rest.
func titleString(s string) string {
	if s == "" {
		return s
	}
	low := []rune(lowerString(s))
	low[0] = unicode.ToUpper(low[0])
	return string(low)
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[n]) {
		n--
	}
	return n
}

// lowerString lower-cases s, without allocating when it has no capital.
func lowerString(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// maxSuffix is the longest ending, in runes, a rule is keyed on.
const maxSuffix = 5

// suffixKeys writes into keys the hashes of form's lower-case endings of
// 0..maxSuffix runes, shortest first, and returns how many there are. An
// ending that is the whole word has a key of its own, so that "Nov" →
// "November" never becomes a rule for words ending in "nov".
func suffixKeys(keys *[maxSuffix + 1]uint64, form string, xpos int) int {
	var tmp [64]rune
	rs := lowerRunes(tmp[:0], form)
	n := 0
	for k := 0; k <= maxSuffix && k <= len(rs); k++ {
		whole := uint64(0)
		if k == len(rs) {
			whole = 1
		}
		keys[k] = f3(500, uint64(xpos), hashRunes(rs[len(rs)-k:]), whole)
		n++
	}
	return n
}

type lemmatizer struct {
	xpos       map[string]int // Penn tag → number
	rules      []lemmaRule
	ruleIndex  *lexicon // suffix key → rule number + 1 in class
	exceptions *lexicon // f2(xpos, form hash) → string number + 1 in class
	strings    []string
	irregular  *lexicon // f2(WordNet class, lower form hash) → string number + 1 in class
	words      *lexicon // the model's lexicon, for WordNet's classes
	caseOf     []uint8  // by tag: how its lemmas are cased where rules do not say
	// caseOfLower is caseOf for forms in lower case: a proper noun
	// written "chicago" has the lemma "Chicago"
	caseOfLower []uint8
}

// lemma returns the lemma of form with Penn tag xpos.
func (l *lemmatizer) lemma(form, xpos string) string {
	x, ok := l.xpos[xpos]
	if !ok {
		return lowerString(form)
	}
	if len(form) > 64 {
		return form // an address or a run of characters, not a word
	}
	if e := l.exceptions.lookup(f2(501, uint64(x), hashString(form))); e.class > 0 {
		return l.strings[e.class-1]
	}
	lower := lowerString(form)
	if lower != form && l.caseOf[x] == caseLower {
		// "Themselves" at the start of a sentence is "themselves"
		if e := l.exceptions.lookup(f2(501, uint64(x), hashString(lower))); e.class > 0 {
			return l.strings[e.class-1]
		}
	}
	if c := irregularClass(xpos); c != 0 {
		if e := l.irregular.lookup(f2(502, uint64(c), HashLower(form))); e.class > 0 {
			return l.strings[e.class-1]
		}
	}
	var keys [maxSuffix + 1]uint64
	n := suffixKeys(&keys, form, x)
	want := wordNetBits(xpos)
	first := ""
	for k := n - 1; k >= 0; k-- {
		e := l.ruleIndex.lookup(keys[k])
		if e.class == 0 {
			continue
		}
		r := l.rules[e.class-1]
		if r.caseOp == caseAny {
			r.caseOp = l.caseOf[x]
			if lower == form {
				r.caseOp = l.caseOfLower[x]
			}
		}
		lemma := r.apply(form)
		if want == 0 || l.words == nil || l.words.lookup(HashLower(lemma)).wn&want != 0 {
			return lemma
		}
		if first == "" {
			first = lemma
		}
	}
	if first == "" {
		first = lower
	}
	if want != 0 && l.words != nil {
		if stem := l.regularStem(form, want); stem != "" {
			return stem
		}
	}
	return first
}

// regularStem is the first stem of the regular endings that WordNet knows
// in class want, or "".
func (l *lemmatizer) regularStem(form string, want uint8) string {
	var tmp, buf [64]rune
	rs := lowerRunes(tmp[:0], form)
	for _, e := range endings {
		if e.class&want == 0 {
			continue
		}
		stem, ok := e.stem(rs, buf[:0])
		if ok && l.words.lookup(hashRunes(stem)).wn&want != 0 {
			return string(stem)
		}
	}
	return ""
}

// wordNetBits is the WordNet class an inflected Penn tag's lemma must
// have: a rule whose lemma WordNet does not know in that class gives way
// to the rule of a shorter ending that gives one it does ("provoked" is
// "provoke", not "provok").
func wordNetBits(xpos string) uint8 {
	switch xpos {
	case "NNS":
		return wnNoun
	case "VBD", "VBN", "VBZ", "VBG":
		return wnVerb
	case "JJR", "JJS":
		return wnAdj
	}
	return 0
}

// irregularClass is the WordNet class whose irregular forms a Penn tag
// can stand for: 1 nouns, 2 verbs, 3 adjectives and adverbs.
func irregularClass(xpos string) int {
	switch xpos {
	case "NNS":
		return 1
	case "VBD", "VBN", "VBZ", "VBG":
		return 2
	case "JJR", "JJS", "RBR", "RBS":
		return 3
	}
	return 0
}
