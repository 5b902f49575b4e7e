package claims

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims/sense"
	"github.com/crosscheck/crosscheck/sources"
)

// An ArticleEvent is one of the things an article reports happening, typed by
// the news event ontology of claims/sense (crash, fire, attack, die, …).
type ArticleEvent struct {
	Type string // the ontology's type
	Name string // the noun the article names it by most: "derailment", "blaze"
	Main bool   // the story's own event
	// Weight is how much of the article speaks of it: mentions, the
	// headline's and the lead's counting more.
	Weight float64
}

// consequence types follow from an event rather than being the story:
// a crash kills, a fire injures, a flood leads to rescues.
var consequence = map[string]bool{"die": true, "injure": true, "rescue": true, "search": true, "transport": true,
	"travel": true, "announce": true, "order": true, "find": true, "meet": true, "evacuate": true,
	"arrest": true, "detain": true, "charge": true, "release": true, "sue": true, "trial": true}

// findEvents types every verb and noun of the article through the
// ontology and gathers them by type; the type the article speaks of most,
// the headline and the first paragraphs counting more and consequences
// less, is its main event.
func (x *extractor) findEvents() {
	t, err := sense.Default()
	if err != nil || x.parses == nil {
		return
	}
	x.sense = t
	byType := map[string]*ArticleEvent{}
	names := map[string]map[string]int{}
	body := 0
	for si := range x.sents {
		p := x.parses[si]
		if p.s == nil {
			continue
		}
		w := 1.0
		if b := x.sents[si].Block; b < len(x.a.Blocks) && x.a.Blocks[b].Kind == sources.Headline {
			w = 3
		} else if body++; body <= 2 {
			w = 2
		}
		for _, word := range p.s.Words {
			typ := x.eventType(word.Lemma, word.UPOS)
			if typ == "" {
				continue
			}
			e := byType[typ]
			if e == nil {
				e = &ArticleEvent{Type: typ}
				byType[typ] = e
				names[typ] = map[string]int{}
			}
			e.Weight += w
			if word.UPOS == "NOUN" {
				names[typ][strings.ToLower(word.Lemma)]++
			}
		}
	}
	types := make([]string, 0, len(byType))
	for k := range byType {
		types = append(types, k)
	}
	sort.Strings(types)
	main, best := "", 0.0
	for _, k := range types {
		w := byType[k].Weight
		if consequence[k] {
			w *= 0.3
		}
		if w > best {
			main, best = k, w
		}
	}
	for _, k := range types {
		e := byType[k]
		e.Name = x.eventName(k, names[k])
		e.Main = k == main
		x.doc.Events = append(x.doc.Events, *e)
		if e.Main {
			x.main = len(x.doc.Events) - 1
		}
	}
}

// eventType is the ontology type of a word, or "".
func (x *extractor) eventType(lemma, upos string) string {
	if x.sense == nil {
		return ""
	}
	switch upos {
	case "VERB":
		return x.sense.EventType(strings.ToLower(lemma), sense.Verb)
	case "NOUN":
		return x.sense.EventType(strings.ToLower(lemma), sense.Noun)
	}
	return ""
}

// eventName is the noun an article names an event of type typ by most,
// else the type's own name as a noun.
func (x *extractor) eventName(typ string, counts map[string]int) string {
	best, n := "", 0
	for lemma, c := range counts {
		if c > n || c == n && lemma < best {
			best, n = lemma, c
		}
	}
	if best != "" {
		return best
	}
	return x.nounOf(typ)
}

// nounOf names a verb's event as a noun: "die" → "death", "derail" →
// "derailment", through WordNet's derivations; the verb itself when none.
func (x *extractor) nounOf(verb string) string {
	if x.sense != nil {
		ds := x.sense.Derived(verb, sense.Verb)
		for _, d := range ds {
			if d.POS == sense.Noun && x.sense.EventType(d.Lemma, sense.Noun) != "" {
				return d.Lemma
			}
		}
		for _, d := range ds {
			// "bear" → "birth": a noun of what happens, not of who does it
			if d.POS == sense.Noun {
				switch x.sense.Lexname(d.Lemma, sense.Noun) {
				case "noun.event", "noun.act", "noun.process", "noun.phenomenon":
					return d.Lemma
				}
			}
		}
	}
	return verb
}

// mainEvent reports whether predicate word w of sentence si reports the
// article's main event: it is of the main event's type, or it says of a
// noun of that type that it began, happened or ended ("the blaze began").
func (x *extractor) mainEvent(si, w int) bool {
	if x.main < 0 {
		return false
	}
	typ := x.doc.Events[x.main].Type
	p := x.parses[si]
	ws := p.s.Words
	if x.eventType(ws[w].Lemma, ws[w].UPOS) == typ {
		return true
	}
	if pi := p.f.PredOf(w); pi >= 0 {
		for _, a := range p.f.Preds[pi].Args {
			if a.Role == "subject" || a.Role == "object" {
				if x.eventType(ws[a.Word].Lemma, ws[a.Word].UPOS) == typ {
					return true
				}
			}
		}
	}
	return false
}
