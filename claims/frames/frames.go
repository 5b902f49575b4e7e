package frames

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims/syntax"
)

// A Role is what an argument is to its predicate.
type Role string

// The roles. Subject and Object are grammatical (the doer of an active
// clause, what is done to); the others come from the argument's case word
// or relation.
const (
	Subject     Role = "subject"     // nsubj of an active clause
	Object      Role = "object"      // obj, or nsubj of a passive clause
	Agent       Role = "agent"       // the "by" phrase of a passive clause
	Recipient   Role = "recipient"   // iobj; "told reporters"
	Complement  Role = "complement"  // what a copula or xcomp says of the subject
	Content     Role = "content"     // the clause a reporting verb reports
	Location    Role = "location"    // in, at, on, near, inside, …
	Origin      Role = "origin"      // from, out of
	Destination Role = "destination" // to, into, towards, for (bound)
	Time        Role = "time"        // a temporal phrase
	Instrument  Role = "instrument"  // with, using
	Cause       Role = "cause"       // because of, due to
	Source      Role = "source"      // according to
	Modifier    Role = "modifier"    // what modifies a noun (nmod, amod, compound, nummod)
	Other       Role = "other"
)

// A Pred is one predicate of a sentence: a verb, or the noun or adjective
// of a copular clause, or a noun with arguments of its own.
type Pred struct {
	Word    int    // index of the predicate word
	Lemma   string // its lemma, lower case
	Noun    bool   // a noun or adjective rather than a verb
	Passive bool
	Negated bool   // "not", "never", "no", "n't" on it or its auxiliaries
	Modal   string // the modal or aspectual word that makes it unasserted: may, would, could, plan, …
	Args    []Arg

	Parent int    // the predicate this one is a clause of, or -1
	Rel    string // its relation to the parent word (ccomp, advcl, xcomp, acl:relcl, conj, …)
	// Reported is the index of the predicate of the reporting verb this
	// clause is said under ("X said that …", "… , officials said",
	// "according to X"), or -1.
	Reported int
}

// An Arg is an argument or adjunct of a predicate.
type Arg struct {
	Role Role
	Word int    // the head word of the argument phrase
	Case string // its case word(s), lower case ("at", "according to"), or ""
	Rel  string // its relation to the predicate
}

// A Frame is the predications of one sentence.
type Frame struct {
	S      *syntax.Sentence
	Preds  []Pred
	kids   [][]int // children of each word, in order
	predOf []int   // index into Preds of the predicate each word heads, or -1
}

// Read reads the predications of a parsed sentence.
func Read(s *syntax.Sentence) *Frame {
	n := len(s.Words)
	f := &Frame{S: s, kids: make([][]int, n), predOf: make([]int, n)}
	for i, w := range s.Words {
		f.predOf[i] = -1
		if h := w.Head - 1; h >= 0 && h < n {
			f.kids[h] = append(f.kids[h], i)
		}
	}
	for i := range s.Words {
		if f.isPredicate(i) {
			f.predOf[i] = len(f.Preds)
			f.Preds = append(f.Preds, f.read(i))
		}
	}
	for pi := range f.Preds {
		p := &f.Preds[pi]
		p.Parent, p.Reported = -1, -1
		if h := s.Words[p.Word].Head - 1; h >= 0 {
			p.Parent = f.governing(h)
			p.Rel = s.Words[p.Word].Deprel
		}
	}
	// a conjoined verb shares the subject of the first ("joined the crew
	// and took a break"); a clause modifying a noun has that noun for its
	// subject when it has none ("the train, travelling at 90 mph")
	for pi := range f.Preds {
		p := &f.Preds[pi]
		if p.Parent < 0 || hasRole(p.Args, Subject) || hasRole(p.Args, Object) && p.Passive {
			continue
		}
		switch f.rel(p.Word) {
		case "conj":
			for _, a := range f.Preds[p.Parent].Args {
				if a.Role == Subject || a.Role == Object && f.Preds[p.Parent].Passive && p.Passive {
					a.Rel = "shared " + a.Rel
					p.Args = append(p.Args, a)
					break
				}
			}
		case "acl":
			if h := s.Words[p.Word].Head - 1; h >= 0 && (s.Words[h].UPOS == "NOUN" || s.Words[h].UPOS == "PROPN") {
				role := Subject
				if s.Words[p.Word].XPOS == "VBN" {
					role = Object
				}
				p.Args = append(p.Args, Arg{Role: role, Word: h, Rel: "acl head"})
			}
		}
	}
	for pi := range f.Preds {
		f.Preds[pi].Reported = f.reporter(pi)
	}
	return f
}

func hasRole(args []Arg, r Role) bool {
	for _, a := range args {
		if a.Role == r {
			return true
		}
	}
	return false
}

// Kids returns the children of word i, in order.
func (f *Frame) Kids(i int) []int { return f.kids[i] }

// PredOf returns the index of the predicate word i heads, or -1.
func (f *Frame) PredOf(i int) int { return f.predOf[i] }

// rel is word i's relation without its subtype.
func (f *Frame) rel(i int) string {
	r := f.S.Words[i].Deprel
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

// isPredicate: a verb (not an auxiliary of another), the nominal of a
// copular clause, or the root whatever its tag.
func (f *Frame) isPredicate(i int) bool {
	w := f.S.Words[i]
	switch w.UPOS {
	case "VERB":
		return true
	case "AUX":
		// an auxiliary heading a clause of its own ("there was")
		r := f.rel(i)
		return r == "root" || r == "ccomp" || r == "advcl" || r == "conj" || r == "parataxis"
	}
	for _, k := range f.kids[i] {
		if f.rel(k) == "cop" || f.rel(k) == "nsubj" || f.rel(k) == "csubj" {
			return true
		}
	}
	return w.Head == 0
}

// governing returns the predicate that word h is or belongs to: its own
// predicate, or that of the nearest ancestor that heads one.
func (f *Frame) governing(h int) int {
	for steps := 0; h >= 0 && steps <= len(f.S.Words); steps++ {
		if p := f.predOf[h]; p >= 0 {
			return p
		}
		h = f.S.Words[h].Head - 1
	}
	return -1
}

func (f *Frame) read(i int) Pred {
	w := f.S.Words[i]
	p := Pred{Word: i, Lemma: strings.ToLower(w.Lemma), Noun: w.UPOS != "VERB" && w.UPOS != "AUX"}
	for _, k := range f.kids[i] {
		kw := f.S.Words[k]
		switch f.rel(k) {
		case "aux":
			lem := strings.ToLower(kw.Lemma)
			if kw.Deprel == "aux:pass" {
				p.Passive = true
			} else if modals[lem] {
				p.Modal = lem
			}
		case "advmod", "det":
			if negatives[strings.ToLower(kw.Form)] || negatives[strings.ToLower(kw.Lemma)] {
				p.Negated = true
			}
		}
		if a, ok := f.arg(i, k); ok {
			p.Args = append(p.Args, a)
		}
	}
	if p.Modal == "" {
		// "plans to", "is expected to", "would like to": the xcomp's head
		// governs the clause
		if h := w.Head - 1; h >= 0 && f.S.Words[i].Deprel == "xcomp" && prospective[strings.ToLower(f.S.Words[h].Lemma)] {
			p.Modal = strings.ToLower(f.S.Words[h].Lemma)
		}
	}
	return p
}

// arg reads child k of predicate word i as an argument.
func (f *Frame) arg(i, k int) (Arg, bool) {
	kw := f.S.Words[k]
	a := Arg{Word: k, Rel: kw.Deprel}
	switch kw.Deprel {
	case "nsubj", "csubj":
		a.Role = Subject
		if f.hasPassive(i) {
			a.Role = Object
		}
	case "nsubj:pass", "csubj:pass", "obj":
		a.Role = Object
	case "iobj":
		a.Role = Recipient
	case "obl:agent":
		a.Role, a.Case = Agent, "by"
	case "obl:tmod", "nmod:tmod", "obl:npmod", "nmod:npmod":
		a.Role = Time
	case "xcomp":
		a.Role = Complement
	case "ccomp":
		a.Role = Content
	case "obl", "nmod", "obl:unmarked", "nmod:unmarked", "advcl":
		a.Case = f.caseOf(k)
		a.Role = caseRole(a.Case)
		if kw.Deprel == "advcl" && a.Case == "" {
			return a, false
		}
	case "advmod":
		if temporalAdverbs[strings.ToLower(kw.Lemma)] {
			a.Role = Time
		} else {
			return a, false
		}
	case "amod", "compound", "nummod", "nmod:poss", "appos", "flat":
		a.Role = Modifier
	default:
		return a, false
	}
	return a, true
}

func (f *Frame) hasPassive(i int) bool {
	for _, k := range f.kids[i] {
		if f.S.Words[k].Deprel == "aux:pass" {
			return true
		}
	}
	return false
}

// caseOf is the case word of the phrase headed by k ("at", "according
// to", "out of"), lower case, or "".
func (f *Frame) caseOf(k int) string {
	var parts []string
	for _, c := range f.kids[k] {
		if r := f.rel(c); r == "case" || r == "mark" {
			parts = append(parts, strings.ToLower(f.S.Words[c].Form))
			for _, g := range f.kids[c] {
				if f.rel(g) == "fixed" {
					parts = append(parts, strings.ToLower(f.S.Words[g].Form))
				}
			}
		}
	}
	return strings.Join(parts, " ")
}

// caseRole gives the role a case word marks.
func caseRole(c string) Role {
	switch c {
	case "in", "at", "on", "near", "inside", "outside", "across", "along", "off", "beside", "behind",
		"under", "above", "below", "beneath", "within", "around", "throughout", "between", "among", "amid", "over", "past":
		return Location
	case "from", "out of", "out", "away from":
		return Origin
	case "to", "into", "towards", "toward", "onto", "for":
		return Destination
	case "with", "using", "by":
		return Instrument
	case "because of", "due to", "because", "after", "following":
		return Cause
	case "according to":
		return Source
	case "during", "before", "since", "until", "till", "by the time":
		return Time
	}
	return Other
}

// reporter returns the reporting predicate clause pi is said under, or -1:
// its parent when pi is the parent's content ("said that …"), the head of
// a parataxis or inverted report (", officials said"), or the predicate
// with an "according to" source.
func (f *Frame) reporter(pi int) int {
	p := f.Preds[pi]
	for _, a := range p.Args {
		if a.Role == Source {
			return pi
		}
	}
	if p.Parent < 0 {
		// "…, officials said." parses the report as a child of the said
		// clause: the root clause is reported by its child
		for _, k := range f.kids[p.Word] {
			if r := f.rel(k); (r == "parataxis" || r == "ccomp") && f.predOf[k] >= 0 && f.isSay(f.predOf[k]) && k > p.Word {
				return f.predOf[k]
			}
		}
		return -1
	}
	if f.isSay(p.Parent) {
		switch f.S.Words[p.Word].Deprel {
		case "ccomp", "parataxis":
			return p.Parent
		}
	}
	return -1
}

// isSay reports whether predicate pi has a subject and a content clause:
// the shape of a report whatever its verb ("said", "told", "announced").
func (f *Frame) isSay(pi int) bool {
	p := f.Preds[pi]
	hasSubj := false
	for _, a := range p.Args {
		if a.Role == Subject {
			hasSubj = true
		}
	}
	return hasSubj
}

// Phrase returns the first and last word of the subtree of word i.
func (f *Frame) Phrase(i int) (first, last int) {
	first, last = i, i
	var walk func(j, depth int)
	walk = func(j, depth int) {
		if depth > len(f.S.Words) {
			return
		}
		for _, k := range f.kids[j] {
			first, last = min(first, k), max(last, k)
			walk(k, depth+1)
		}
	}
	walk(i, 0)
	return first, last
}

// Path returns the dependency path from word a up to its ancestor b, as
// relations and lemmas ("nummod people obj kill"), or "" when b is not
// above a.
func (f *Frame) Path(a, b int) string {
	var parts []string
	for steps := 0; a != b && steps <= len(f.S.Words); steps++ {
		w := f.S.Words[a]
		parts = append(parts, w.Deprel)
		a = w.Head - 1
		if a < 0 {
			return ""
		}
		parts = append(parts, strings.ToLower(f.S.Words[a].Lemma))
	}
	if a != b {
		return ""
	}
	return strings.Join(parts, " ")
}

// The function words the reading knows.
var (
	modals = set("may", "might", "could", "would", "should", "must", "can", "shall", "will")
	// prospective verbs make the clause they take unasserted: "plans to
	// fly", "is expected to resign"
	prospective = set("plan", "expect", "intend", "hope", "want", "aim", "threaten", "promise", "propose",
		"seek", "try", "attempt", "schedule", "set", "likely", "going", "prepare", "consider", "wish")
	negatives       = set("not", "n't", "never", "no", "neither", "nor", "nobody", "nothing", "none")
	temporalAdverbs = set("yesterday", "today", "tonight", "tomorrow", "now", "later", "earlier", "overnight",
		"recently", "previously", "then", "soon", "ago", "meanwhile", "afterwards", "afterward", "before", "since")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// An Attachment is where a phrase hangs in its sentence: the predicate it
// is an argument of, by which role, and the nouns it modifies on the way.
type Attachment struct {
	Pred  int    // index into Preds, or -1
	Arg   Arg    // the argument of Pred the phrase is, or is inside
	Owner int    // the nearest noun the phrase modifies on the way up ("toll" of "a toll of 7"), or -1
	Path  string // relations and lemmas from the phrase up to the predicate
}

// Attach climbs from word i to the predicate whose argument phrase holds
// it. A conjunct takes the place of the first conjunct ("killed two
// men and three women": both are objects); a word that modifies a noun
// makes that noun its owner and climbs on from it.
func (f *Frame) Attach(i int) Attachment {
	at := Attachment{Pred: -1, Owner: -1}
	var path []string
	x := i
	for steps := 0; steps <= len(f.S.Words); steps++ {
		w := f.S.Words[x]
		h := w.Head - 1
		if h < 0 {
			if p := f.predOf[x]; p >= 0 && x != i {
				at.Pred = p
			}
			break
		}
		path = append(path, w.Deprel, strings.ToLower(f.S.Words[h].Lemma))
		rel := f.rel(x)
		if rel == "conj" || rel == "appos" || rel == "flat" || rel == "fixed" {
			x = h
			continue
		}
		if p := f.predOf[h]; p >= 0 {
			for _, a := range f.Preds[p].Args {
				if a.Word == x && a.Role != Modifier {
					at.Pred, at.Arg = p, a
					at.Path = strings.Join(path, " ")
					return at
				}
			}
		}
		if at.Owner < 0 && x != i && (f.S.Words[x].UPOS == "NOUN" || f.S.Words[x].UPOS == "PROPN") {
			at.Owner = x
		}
		if at.Owner < 0 && (rel == "nmod" || rel == "nummod" || rel == "amod" || rel == "compound" || rel == "det") {
			if u := f.S.Words[h].UPOS; u == "NOUN" || u == "PROPN" {
				at.Owner = h
			}
		}
		x = h
	}
	at.Path = strings.Join(path, " ")
	return at
}
