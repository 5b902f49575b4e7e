package sense

import (
	"fmt"

	"github.com/crosscheck/crosscheck/claims/sense/internal/store"
)

// An EventKind is one type of the event ontology (events.yaml).
type EventKind struct {
	Name   string // "die", "end-position", "fire"
	ACE    string // the nearest ACE 2005 / ERE subtype ("life.die"), or ""
	Parent string // a broader type ("accident" for "derail"), or ""
}

// The ontology as the tables hold it: seed synsets with their type.
type ontology struct {
	kinds []EventKind
	seeds map[uint32]int32 // synset → kind index, or notEvent
}

const notEvent int32 = -1

type ontologyFile struct {
	Types []struct {
		Name   string      `yaml:"name"`
		ACE    string      `yaml:"ace"`
		Parent string      `yaml:"parent"`
		Seeds  []senseName `yaml:"seeds"`
		Not    []senseName `yaml:"not"`
	} `yaml:"types"`
}

const eventsFile = "events.yaml"

func (t *Tables) readOntology(b []byte) (*ontology, error) {
	var f ontologyFile
	if err := decodeStrict(eventsFile, b, &f); err != nil {
		return nil, err
	}
	o := &ontology{seeds: map[uint32]int32{}}
	names := map[string]bool{}
	seedOf := map[uint32]string{}
	add := func(n senseName, kind int32, what string) error {
		s, err := t.resolve(eventsFile, n)
		if err != nil {
			return err
		}
		syn := t.d.SenseSyn[s]
		if prev, ok := seedOf[syn]; ok {
			return fmt.Errorf("%s:%d: %s: the synset is already a seed (%s)", eventsFile, n.line, n.text, prev)
		}
		seedOf[syn] = n.text + " of " + what
		o.seeds[syn] = kind
		return nil
	}
	for _, ty := range f.Types {
		if ty.Name == "" || names[ty.Name] {
			return nil, fmt.Errorf("%s: type %q: names must be given and distinct", eventsFile, ty.Name)
		}
		if len(ty.Seeds) == 0 {
			return nil, fmt.Errorf("%s: type %q has no seeds", eventsFile, ty.Name)
		}
		names[ty.Name] = true
		kind := int32(len(o.kinds))
		if ty.Parent != "" && !names[ty.Parent] {
			return nil, fmt.Errorf("%s: type %q: parent %q is not a type above it", eventsFile, ty.Name, ty.Parent)
		}
		o.kinds = append(o.kinds, EventKind{ty.Name, ty.ACE, ty.Parent})
		for _, n := range ty.Seeds {
			if err := add(n, kind, ty.Name); err != nil {
				return nil, err
			}
		}
		for _, n := range ty.Not {
			if err := add(n, notEvent, "not "+ty.Name); err != nil {
				return nil, err
			}
		}
	}
	return o, nil
}

// EventKinds returns the types of the event ontology, in the order of
// events.yaml.
func (t *Tables) EventKinds() []EventKind { return append([]EventKind(nil), t.events.kinds...) }

// EventType returns the event type of lemma in pos ("die" for kill,
// killing, death, die, fatal), or "" when it names none. Membership is
// computed, not listed: a sense has the type of the nearest seed synset
// among its hypernyms (murder → kill → die), or one step further, of the
// nearest seed above a sense it is derived from (derailment → derail;
// injury → injure). An event noun or adjective can be reached that way,
// and a verb from an event noun; a person or artifact noun cannot
// (killer is the die event's participant, not its trigger: see
// Participant).
//
// Which sense: the first, as news reads it (prefer.yaml puts charge as
// accusing before rushing at, hurt as injuring before aching). Later senses are not tried: their types
// would make every word a bit of every event (killer's second sense is a
// cause of death). The caller passes the part of speech: fire as a noun
// is a fire (burning); as a verb it is shooting, its first verb sense,
// and the dismissal sense (fourth) is end-position in EventSenses, for a
// caller that reads the sense from context.
func (t *Tables) EventType(lemma string, pos POS) string {
	var buf [8]uint32
	senses := t.firstSenses(lemma, pos, 1, buf[:0])
	if len(senses) == 0 {
		return ""
	}
	if k := t.senseEvent(senses[0]); k >= 0 {
		return t.events.kinds[k].Name
	}
	return ""
}

// EventSenses returns the event type of each sense of lemma in pos, most
// frequent first, "" for a sense with none, for a caller that picks the
// sense from context: fire (verb) → shoot, shoot, "", end-position, …
func (t *Tables) EventSenses(lemma string, pos POS) []string {
	var buf [64]uint32
	senses := t.senses(lemma, pos, buf[:0])
	if len(senses) == 0 {
		return nil
	}
	out := make([]string, len(senses))
	for i, s := range senses {
		if k := t.senseEvent(s); k >= 0 {
			out[i] = t.events.kinds[k].Name
		}
	}
	return out
}

// Participant returns the event type a noun's sense takes part in and its
// role, from WordNet's morphosemantic links between a verb sense and the
// noun senses of its roles: killer → die, agent; a noun with none gives
// "", "". Event nouns (blaze, killing) are not participants. The first
// FirstSenses senses in the first's lexicographer file are tried in
// order. Roles are WordNet's: agent, undergoer, instrument, result,
// location, vehicle, by_means_of, body_part, destination, material,
// property, state, uses (the event link is EventType's business).
func (t *Tables) Participant(lemma string) (event, role string) {
	var buf [8]uint32
	for _, s := range t.closeSenses(lemma, Noun, buf[:0]) {
		for _, l := range t.links(s) {
			target, rel, inverse := store.Unlink(l)
			if !inverse || rel < store.Agent || rel == store.Event || t.synPOS(t.d.SenseSyn[target]) != Verb {
				continue
			}
			if t.eventLike(t.d.SenseSyn[s]) {
				break // an event noun is EventType's, not a participant
			}
			if k := t.senseEvent(target); k >= 0 {
				return t.events.kinds[k].Name, rel.String()
			}
		}
	}
	return "", ""
}

// senseEvent returns the kind of a sense, or a negative number.
func (t *Tables) senseEvent(sense uint32) int32 {
	syn := t.d.SenseSyn[sense]
	kind, dist := t.nearestSeed(syn)
	switch {
	case kind == notEvent && dist >= 0: // under a synset events.yaml rules out
		return notEvent
	case dist == 0 || !t.eventLike(syn) || t.synPOS(syn) == Verb: // a seed itself, or not to be derived
		return kind
	}
	for _, l := range t.links(sense) {
		target, rel, inverse := store.Unlink(l)
		if inverse || (rel != store.Derivation && rel != store.Participle && rel != store.Pertainym) {
			continue
		}
		tsyn := t.d.SenseSyn[target]
		if !t.hopAllowed(syn, tsyn) || !t.isFirstSense(target) {
			continue
		}
		if k, d := t.nearestSeed(tsyn); k != notEvent && (kind == notEvent || d+1 < dist) {
			kind, dist = k, d+1
		}
	}
	return kind
}

// nearestSeed returns the kind of the nearest seed at or above syn, and
// its distance: notEvent and a distance when the nearest rules the type
// out, notEvent and -1 when there is none.
func (t *Tables) nearestSeed(syn uint32) (int32, int) {
	kind, dist := notEvent, -1
	t.walkUp(syn, -1, func(s uint32, d int) bool {
		k, ok := t.events.seeds[s]
		if ok {
			kind, dist = k, d
		}
		return !ok
	})
	return kind, dist
}

// hopAllowed reports whether a derivation from synset from to synset to
// carries to's type: from an event noun to a verb, or from an adjective
// to a verb or an event noun. Verbs take their types from their own
// hypernyms: WordNet links a verb sense to many senses of its noun
// (depart to departure as a euphemism for death), so a hop from a verb
// reads too much.
func (t *Tables) hopAllowed(from, to uint32) bool {
	fp, tp := t.synPOS(from), t.synPOS(to)
	switch {
	case !t.eventLike(from) || !t.eventLike(to):
		return false
	case fp == Noun:
		return tp == Verb
	case fp == Adj:
		return tp == Verb || tp == Noun
	}
	return false
}

// isFirstSense reports whether a sense is its lemma's commonest in its
// part of speech. A derivation is followed only to a first sense: the
// link from injury to injure means the injure of injuring, not of
// offending.
func (t *Tables) isFirstSense(sense uint32) bool {
	pos := t.synPOS(t.d.SenseSyn[sense])
	for s := t.d.LemmaOff[t.lemmaOf(sense)]; s < sense; s++ {
		if t.synPOS(t.d.SenseSyn[s]) == pos {
			return false
		}
	}
	return true
}

// eventNouns are the lexicographer files of nouns that can name an event:
// a derivation from one of them to a verb carries the verb's type.
var eventNouns = map[string]bool{
	"noun.act": true, "noun.event": true, "noun.phenomenon": true,
	"noun.process": true, "noun.state": true, "noun.communication": true,
}

// eventLike reports whether a synset may take an event type through a
// derivation: verbs, adjectives and event nouns.
func (t *Tables) eventLike(syn uint32) bool {
	switch t.synPOS(syn) {
	case Verb, Adj:
		return true
	case Noun:
		return eventNouns[t.d.Lexnames[t.d.SynLex[syn]]]
	}
	return false
}
