package sense

import (
	"slices"

	"github.com/crosscheck/crosscheck/claims/sense/internal/store"
)

// A Word is a lemma with its part of speech.
type Word struct {
	Lemma string
	POS   POS
}

// similarSteps is how far up the hypernyms Similar looks for the other
// word: a ferry is a boat (one step) and a vessel (two); a car is a motor
// vehicle (one) but only a "container" six steps up.
const similarSteps = 3

// Lexname returns the lexicographer file of lemma's first sense in pos
// ("noun.person", "verb.contact", "noun.time"), or "" when WordNet does
// not have the lemma in that part of speech.
func (t *Tables) Lexname(lemma string, pos POS) string {
	var buf [8]uint32
	s := t.firstSenses(lemma, pos, 1, buf[:0])
	if len(s) == 0 {
		return ""
	}
	return t.d.Lexnames[t.d.SynLex[t.d.SenseSyn[s[0]]]]
}

// Hypernyms returns the hypernym chain of lemma's first sense in pos, each
// synset named by its first member, nearest first: pistol → firearm, gun,
// weapon, instrument, device, … Where a synset has several hypernyms the
// chain follows the first.
func (t *Tables) Hypernyms(lemma string, pos POS) []string {
	var buf [8]uint32
	s := t.firstSenses(lemma, pos, 1, buf[:0])
	if len(s) == 0 {
		return nil
	}
	var out []string
	syn := t.d.SenseSyn[s[0]]
	for range maxWalk {
		up := t.up(syn)
		if len(up) == 0 {
			break
		}
		syn = up[0]
		out = append(out, t.name(syn))
	}
	return out
}

// name returns a synset's first member.
func (t *Tables) name(syn uint32) string {
	m := t.members(syn)
	if len(m) == 0 {
		return ""
	}
	return t.d.Key(int(m[0]))
}

// IsA reports whether one of the first FirstSenses senses of lemma in pos
// is, or has among its hypernyms (instance hypernyms included), a synset
// of which ancestor is a member, in any of ancestor's senses: a pistol is
// a weapon, a ferry a vessel, a derailment an accident, a nurse a person.
// A lemma is a kind of itself and of its synonyms.
func (t *Tables) IsA(lemma string, pos POS, ancestor string) bool {
	var abuf [64]uint32
	anc := t.senses(ancestor, pos, abuf[:0])
	if len(anc) == 0 {
		return false
	}
	for i, s := range anc {
		anc[i] = t.d.SenseSyn[s]
	}
	var buf [8]uint32
	found := false
	for _, s := range t.closeSenses(lemma, pos, buf[:0]) {
		t.walkUp(t.d.SenseSyn[s], -1, func(syn uint32, _ int) bool {
			found = slices.Contains(anc, syn)
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// Derived returns the lemmas WordNet's derivation relation links to
// lemma in pos, in both directions: kill → kill (noun), killer, killing;
// die → death; collide → collision. The relation links senses, not
// words, and only the first FirstSenses senses in the first sense's
// lexicographer file are followed: the noun fire, a burning, gives the
// verb fire, but not firing, which derives from fire as shooting. Words
// come in the order of the senses they derive from, each once.
func (t *Tables) Derived(lemma string, pos POS) []Word {
	var buf [8]uint32
	var out []Word
	for _, s := range t.closeSenses(lemma, pos, buf[:0]) {
		for _, l := range t.links(s) {
			target, rel, _ := store.Unlink(l)
			if rel != store.Derivation {
				continue
			}
			w := t.wordOf(target)
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// wordOf returns a sense's lemma and part of speech.
func (t *Tables) wordOf(sense uint32) Word {
	return Word{t.d.Key(t.lemmaOf(sense)), t.synPOS(t.d.SenseSyn[sense])}
}

// Synonyms returns the other members of the synset of lemma's first sense
// in pos, in WordNet's order: injure → wound. Other senses' synonyms are
// left out, since "fire" the burning is not "firing" the shooting; Senses
// gives every synset for a caller that has chosen one.
func (t *Tables) Synonyms(lemma string, pos POS) []string {
	var buf [8]uint32
	s := t.firstSenses(lemma, pos, 1, buf[:0])
	if len(s) == 0 {
		return nil
	}
	self := t.lemmaOf(s[0])
	var out []string
	for _, m := range t.members(t.d.SenseSyn[s[0]]) {
		if int(m) != self {
			out = append(out, t.d.Key(int(m)))
		}
	}
	return out
}

// Antonyms returns the antonyms of lemma's first sense in pos: dead →
// alive, injured → uninjured. An adjective satellite without antonyms of
// its own takes those of its head adjective, as WordNet's indirect
// antonymy does (wounded, like injured, → uninjured).
func (t *Tables) Antonyms(lemma string, pos POS) []string {
	var buf [8]uint32
	s := t.firstSenses(lemma, pos, 1, buf[:0])
	if len(s) == 0 {
		return nil
	}
	out := t.antonyms(s[0], nil)
	if len(out) == 0 && pos == Adj {
		syn := t.d.SenseSyn[s[0]]
		for _, head := range t.up(syn) {
			for _, m := range t.members(head) {
				if hs, ok := t.senseOf(int(m), head); ok {
					out = t.antonyms(hs, out)
				}
			}
		}
	}
	return out
}

func (t *Tables) antonyms(sense uint32, out []string) []string {
	for _, l := range t.links(sense) {
		target, rel, _ := store.Unlink(l)
		if rel == store.Antonym {
			if k := t.d.Key(t.lemmaOf(target)); !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// Similar reports whether a and b may name the same thing, for lining up
// counted nouns and their verbs: the same lemma; a shared synset among
// their first FirstSenses senses (injure and wound); one a hypernym of
// the other within three steps (a ferry and a boat, a tanker and a ship);
// a group and the kind of its members (people and persons, a crew and
// its crewmen); for adjectives, the same cluster of similar adjectives
// (wounded, injured and hurt). Two kinds of one thing are not similar: a ferry is
// not a tanker, a nurse not a doctor (Subsumer says what they share).
func (t *Tables) Similar(a, b string, pos POS) bool {
	ka, _ := key(a)
	kb, _ := key(b)
	if ka == kb {
		return t.lemmaIndex(ka) >= 0
	}
	var abuf, bbuf [8]uint32
	as := t.closeSenses(a, pos, abuf[:0])
	bs := t.closeSenses(b, pos, bbuf[:0])
	for _, x := range as {
		for _, y := range bs {
			if t.similarSynsets(t.d.SenseSyn[x], t.d.SenseSyn[y], pos) {
				return true
			}
		}
	}
	return false
}

func (t *Tables) similarSynsets(x, y uint32, pos POS) bool {
	if x == y {
		return true
	}
	if pos == Adj {
		hx, hy := t.up(x), t.up(y)
		return slices.Contains(hx, y) || slices.Contains(hy, x) ||
			slices.ContainsFunc(hx, func(h uint32) bool { return slices.Contains(hy, h) })
	}
	return t.within(x, y, similarSteps) || t.within(y, x, similarSteps) ||
		t.memberOf(x, y) || t.memberOf(y, x)
}

// memberOf reports whether syn is, or is near, the kind of member group
// is made of: person for people, crewman (or a sailor, a kind of one)
// for crew.
func (t *Tables) memberOf(syn, group uint32) bool {
	for _, p := range t.parts(group) {
		if p == syn || t.within(syn, p, similarSteps) || t.within(p, syn, 1) {
			return true
		}
	}
	return false
}

// within reports whether anc is among syn's hypernyms at most steps up.
func (t *Tables) within(syn, anc uint32, steps int) bool {
	found := false
	t.walkUp(syn, steps, func(s uint32, _ int) bool {
		found = s == anc
		return !found
	})
	return found
}

// Subsumer returns the nearest synset that a sense of a and a sense of b
// (each among its first FirstSenses) both are, or are kinds of, named by
// its first member, and the hypernym steps from a and from b up to it:
// ferry and tanker → "vessel"; nurse and doctor → "health professional".
// It returns "", -1, -1 when they share nothing. How general an answer is
// too general ("entity", "person") is for the caller to judge.
func (t *Tables) Subsumer(a, b string, pos POS) (ancestor string, stepsA, stepsB int) {
	var abuf, bbuf [8]uint32
	as := t.closeSenses(a, pos, abuf[:0])
	bs := t.closeSenses(b, pos, bbuf[:0])
	best, bestA, bestB := uint32(0), -1, -1
	for _, x := range as {
		var up [maxWalk]uint32
		var upD [maxWalk]int
		n := 0
		t.walkUp(t.d.SenseSyn[x], -1, func(s uint32, d int) bool {
			up[n], upD[n] = s, d
			n++
			return true
		})
		for _, y := range bs {
			t.walkUp(t.d.SenseSyn[y], -1, func(s uint32, d int) bool {
				if bestA >= 0 && d >= bestA+bestB {
					return false
				}
				if i := slices.Index(up[:n], s); i >= 0 && (bestA < 0 || upD[i]+d < bestA+bestB) {
					best, bestA, bestB = s, upD[i], d
				}
				return true
			})
		}
	}
	if bestA < 0 {
		return "", -1, -1
	}
	return t.name(best), bestA, bestB
}
