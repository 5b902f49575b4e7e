package sense

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/claims/sense/internal/store"
)

// FirstSenses is how many of a lemma's senses, most frequent first, the
// questions that look past the first sense consider: IsA, Derived,
// Similar, Subsumer and Participant. Of those, only the senses in the
// first sense's lexicographer file count (an officer in the army and one
// in the police are both people; a dog is an animal, not the person it
// may figuratively be). WordNet's later senses are rare, figurative or
// technical ("kill" as drinking down a glass), and letting them in makes
// every word a bit of everything.
const FirstSenses = 3

// maxWalk bounds the synsets one walk up the hypernyms visits. WordNet's
// deepest chains have about twenty; the bound only matters for corrupt
// tables, where it stops a cycle.
const maxWalk = 256

// Tables answer questions about word meaning from WordNet. They are
// read-only once loaded and safe for use by many goroutines at once.
type Tables struct {
	d        *store.Data
	lexPOS   []POS
	prefer   map[lemmaPOS]uint32 // the sense news uses of a lemma, if not its first
	events   *ontology
	classes  []classAnchor
	lexClass []Class // per lexicographer file: the class of a noun under no anchor
}

// load decodes tables and resolves the event ontology and the noun
// classes against them.
func load(tables, prefer, events, classes []byte) (*Tables, error) {
	d, err := store.Decode(tables)
	if err != nil {
		return nil, err
	}
	t := &Tables{d: d}
	for _, name := range d.Lexnames {
		t.lexPOS = append(t.lexPOS, posOfLexname(name))
	}
	if t.prefer, err = t.readPrefer(prefer); err != nil {
		return nil, err
	}
	if t.events, err = t.readOntology(events); err != nil {
		return nil, err
	}
	if t.classes, err = t.readClasses(classes); err != nil {
		return nil, err
	}
	return t, nil
}

// key turns a lemma into the form the tables are keyed by: lower case,
// words apart by spaces ("police_officer" → "police officer"). capital
// reports whether the lemma had a capital letter.
func key(lemma string) (k string, capital bool) {
	k = strings.ToLower(lemma)
	capital = k != lemma
	if strings.IndexByte(k, '_') >= 0 {
		k = strings.ReplaceAll(k, "_", " ")
	}
	return k, capital
}

// lemmaIndex finds a key by binary search, or returns -1.
func (t *Tables) lemmaIndex(k string) int {
	lo, hi := 0, len(t.d.KeyOff)-1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.d.Key(m) < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t.d.KeyOff)-1 && t.d.Key(lo) == k {
		return lo
	}
	return -1
}

// senses appends to buf the senses of lemma in pos, in the order news
// reads them: WordNet's, most frequent first, except that a sense
// prefer.yaml names comes first ("charge" as accusing, "hurt" as
// injuring).
func (t *Tables) senses(lemma string, pos POS, buf []uint32) []uint32 {
	return t.collect(lemma, pos, -1, true, buf)
}

// firstSenses is senses cut to the first n.
func (t *Tables) firstSenses(lemma string, pos POS, n int, buf []uint32) []uint32 {
	return t.collect(lemma, pos, n, true, buf)
}

// wordnetSenses appends to buf the senses of lemma in pos in WordNet's
// order, as the data files number them.
func (t *Tables) wordnetSenses(lemma string, pos POS, buf []uint32) []uint32 {
	return t.collect(lemma, pos, -1, false, buf)
}

// collect appends to buf up to limit senses of lemma in pos (all when
// limit < 0), most frequent first, the preferred one first if prefer.
//
// A lemma written with a capital matches only WordNet's capitalised
// spellings: the tagger keeps a proper noun's capital, and "Turkey" the
// country is not the bird, nor "China" porcelain, whereas "May" is the
// month and "may" the hawthorn.
func (t *Tables) collect(lemma string, pos POS, limit int, prefer bool, buf []uint32) []uint32 {
	k, capital := key(lemma)
	i := t.lemmaIndex(k)
	if i < 0 || limit == 0 {
		return buf
	}
	var flag uint8
	if capital {
		flag = store.FlagCapital
	}
	match := func(s uint32) bool {
		return t.synPOS(t.d.SenseSyn[s]) == pos && (!capital || t.d.SenseFlag[s]&store.FlagCapital == flag)
	}
	first, hasFirst := uint32(0), false
	if prefer {
		first, hasFirst = t.prefer[lemmaPOS{i, pos}]
		hasFirst = hasFirst && match(first)
	}
	n := 0
	if hasFirst {
		buf = append(buf, first)
		n++
	}
	for s := t.d.LemmaOff[i]; s < t.d.LemmaOff[i+1] && n != limit; s++ {
		if match(s) && (!hasFirst || s != first) {
			buf = append(buf, s)
			n++
		}
	}
	return buf
}

// closeSenses appends to buf those of the first FirstSenses senses of
// lemma in pos that share the first sense's lexicographer file: the
// senses a reader may mean by the word in one story. A dog is an animal;
// its second sense, a person, is another story.
func (t *Tables) closeSenses(lemma string, pos POS, buf []uint32) []uint32 {
	start := len(buf)
	buf = t.firstSenses(lemma, pos, FirstSenses, buf)
	if len(buf) == start {
		return buf
	}
	lex := t.d.SynLex[t.d.SenseSyn[buf[start]]]
	out := buf[:start+1]
	for _, s := range buf[start+1:] {
		if t.d.SynLex[t.d.SenseSyn[s]] == lex {
			out = append(out, s)
		}
	}
	return out
}

func (t *Tables) synPOS(syn uint32) POS { return t.lexPOS[t.d.SynLex[syn]] }

// lemmaOf returns the lemma a sense belongs to.
func (t *Tables) lemmaOf(sense uint32) int {
	lo, hi := 0, len(t.d.LemmaOff)-1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.d.LemmaOff[m+1] <= sense {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// senseOf finds the sense of lemma i in synset syn, if there is one.
func (t *Tables) senseOf(i int, syn uint32) (uint32, bool) {
	for s := t.d.LemmaOff[i]; s < t.d.LemmaOff[i+1]; s++ {
		if t.d.SenseSyn[s] == syn {
			return s, true
		}
	}
	return 0, false
}

func (t *Tables) up(syn uint32) []uint32 { return t.d.Up[t.d.UpOff[syn]:t.d.UpOff[syn+1]] }

func (t *Tables) parts(syn uint32) []uint32 {
	return t.d.Parts[t.d.PartOff[syn]:t.d.PartOff[syn+1]]
}

func (t *Tables) members(syn uint32) []uint32 {
	return t.d.Members[t.d.MemOff[syn]:t.d.MemOff[syn+1]]
}

func (t *Tables) links(sense uint32) []uint32 {
	return t.d.Links[t.d.LinkOff[sense]:t.d.LinkOff[sense+1]]
}

// walkUp visits start and then its hypernyms, breadth first, each once,
// with its distance from start, until visit returns false or the walk
// has gone maxDepth steps (no limit when maxDepth < 0).
func (t *Tables) walkUp(start uint32, maxDepth int, visit func(syn uint32, depth int) bool) {
	var queue [maxWalk]uint32
	var depth [maxWalk]uint8
	queue[0] = start
	n := 1
	for head := 0; head < n; head++ {
		syn, d := queue[head], int(depth[head])
		if !visit(syn, d) {
			return
		}
		if d == maxDepth {
			continue
		}
	next:
		for _, u := range t.up(syn) {
			for _, q := range queue[:n] {
				if q == u {
					continue next
				}
			}
			if n == maxWalk {
				return
			}
			queue[n], depth[n] = u, uint8(min(d+1, 255))
			n++
		}
	}
}

// A Synset is one meaning in the tables: a set of lemmas that share it.
// Synsets of the same tables compare equal with == when they are the
// same meaning.
type Synset struct {
	t *Tables
	i uint32
}

// Senses returns the meanings of lemma in pos, most frequent first (with
// the sense prefer.yaml names for news first).
func (t *Tables) Senses(lemma string, pos POS) []Synset {
	var buf [32]uint32
	var out []Synset
	for _, s := range t.senses(lemma, pos, buf[:0]) {
		out = append(out, Synset{t, t.d.SenseSyn[s]})
	}
	return out
}

// Members returns the lemmas of the synset, lower case, in WordNet's
// order (the first is the one it is best known by).
func (s Synset) Members() []string {
	if s.t == nil {
		return nil
	}
	var out []string
	for _, m := range s.t.members(s.i) {
		out = append(out, s.t.d.Key(int(m)))
	}
	return out
}

// Lexname returns the synset's lexicographer file ("noun.person").
func (s Synset) Lexname() string {
	if s.t == nil {
		return ""
	}
	return s.t.d.Lexnames[s.t.d.SynLex[s.i]]
}

// POS returns the synset's part of speech.
func (s Synset) POS() POS {
	if s.t == nil {
		return NoPOS
	}
	return s.t.synPOS(s.i)
}

// Hypernyms returns the synset's direct hypernyms, for a named instance
// its classes, and for an adjective satellite the head adjective it is
// similar to.
func (s Synset) Hypernyms() []Synset {
	if s.t == nil {
		return nil
	}
	var out []Synset
	for _, u := range s.t.up(s.i) {
		out = append(out, Synset{s.t, u})
	}
	return out
}

// String names the synset by its first member, part of speech and
// lexicographer file: "ferry (noun.artifact)".
func (s Synset) String() string {
	m := s.Members()
	if len(m) == 0 {
		return "(no synset)"
	}
	return fmt.Sprintf("%s (%s)", m[0], s.Lexname())
}
