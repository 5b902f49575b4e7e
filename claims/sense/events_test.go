package sense

import (
	"slices"
	"strings"
	"testing"
)

func TestEventType(t *testing.T) {
	tb := tables(t)
	tests := []struct {
		want  string
		pos   POS
		words []string
	}{
		{"die", Verb, []string{"die", "kill", "murder", "assassinate", "drown"}},
		{"die", Noun, []string{"death", "killing", "murder", "fatality"}},
		{"die", Adj, []string{"dead", "fatal", "deadly", "lethal"}},
		{"injure", Verb, []string{"injure", "wound", "hurt"}},
		{"injure", Noun, []string{"injury"}},
		{"injure", Adj, []string{"injured", "wounded", "hurt"}},
		{"attack", Noun, []string{"attack", "war"}},
		{"attack", Verb, []string{"attack", "stab", "assault"}},
		{"shoot", Verb, []string{"shoot", "fire"}}, // fire's first verb sense is shooting
		{"shoot", Noun, []string{"shooting", "gunfire", "shot"}},
		{"bomb", Noun, []string{"bombing"}},
		{"explosion", Noun, []string{"explosion", "blast", "detonation"}},
		{"explosion", Verb, []string{"explode", "detonate"}},
		{"fire", Noun, []string{"fire", "blaze", "wildfire", "conflagration"}},
		{"derail", Noun, []string{"derailment"}},
		{"derail", Verb, []string{"derail"}},
		{"crash", Noun, []string{"crash", "collision"}},
		{"crash", Verb, []string{"crash", "collide"}},
		{"accident", Noun, []string{"accident"}},
		{"sink", Verb, []string{"sink", "capsize"}},
		{"collapse", Verb, []string{"collapse"}},
		{"earthquake", Noun, []string{"earthquake", "quake", "aftershock"}},
		{"flood", Noun, []string{"flood"}},
		{"storm", Noun, []string{"storm", "hurricane", "tornado", "blizzard"}},
		{"evacuate", Verb, []string{"evacuate"}},
		{"rescue", Noun, []string{"rescue"}},
		{"search", Noun, []string{"search", "manhunt"}},
		{"arrest", Verb, []string{"arrest"}},
		{"arrest", Noun, []string{"arrest"}},
		{"detain", Verb, []string{"detain", "jail", "imprison"}},
		{"detain", Noun, []string{"detention", "custody"}},
		{"charge", Verb, []string{"charge", "accuse", "indict"}},
		{"charge", Noun, []string{"charge", "indictment"}},
		{"trial", Noun, []string{"trial"}},
		{"convict", Verb, []string{"convict"}},
		{"convict", Noun, []string{"conviction"}},
		{"sentence", Verb, []string{"sentence"}},
		{"sentence", Noun, []string{"sentence"}},
		{"release", Verb, []string{"free"}},
		{"fine", Verb, []string{"fine"}},
		{"sue", Verb, []string{"sue"}},
		{"sue", Noun, []string{"lawsuit"}},
		{"transport", Verb, []string{"transport", "carry"}},
		{"travel", Verb, []string{"visit", "flee"}},
		{"travel", Noun, []string{"trip", "journey", "visit"}},
		{"meet", Noun, []string{"meeting", "talks", "conference"}},
		{"start-position", Verb, []string{"hire", "appoint"}},
		{"end-position", Verb, []string{"resign", "retire", "oust"}}, // dismiss and sack: first senses ignoring and plundering
		{"end-position", Noun, []string{"resignation", "dismissal"}},
		{"elect", Noun, []string{"election"}},
		{"vote", Verb, []string{"vote"}},
		{"sale", Verb, []string{"sell", "buy", "purchase"}},
		{"sale", Noun, []string{"sale", "purchase"}},
		{"recall", Noun, []string{"recall"}},
		{"announce", Verb, []string{"announce", "declare"}},
		{"order", Verb, []string{"order", "command"}},
		{"find", Verb, []string{"find", "discover"}},
		{"build", Verb, []string{"build", "construct"}},
		{"build", Noun, []string{"construction"}},
		{"close", Noun, []string{"shutdown"}},
		{"strike", Noun, []string{"strike", "walkout"}},
		{"kidnap", Verb, []string{"kidnap", "abduct"}},
		{"demonstrate", Noun, []string{"demonstration", "riot"}},
	}
	for _, tt := range tests {
		for _, w := range tt.words {
			if got := tb.EventType(w, tt.pos); got != tt.want {
				t.Errorf("EventType(%q, %v) = %q, want %q", w, tt.pos, got, tt.want)
			}
		}
	}
}

// TestNoEventType lists words that name no event: people and things
// taking part in one, and common words whose later senses would.
func TestNoEventType(t *testing.T) {
	tb := tables(t)
	none := []struct {
		pos   POS
		words []string
	}{
		{Noun, []string{"killer", "victim", "gunman", "bomb", "gun", "police", "car", "report", "protest", "statement", "zzyzx"}},
		{Verb, []string{"say", "go", "make", "depart", "walk", "beat", "surrender", "suggest", "testify", "strike", "close", "recall"}},
		{Adj, []string{"new", "former", "safe"}},
	}
	for _, tt := range none {
		for _, w := range tt.words {
			if got := tb.EventType(w, tt.pos); got != "" {
				t.Errorf("EventType(%q, %v) = %q, want none", w, tt.pos, got)
			}
		}
	}
}

// TestAmbiguous shows the choices for words with events in several
// senses: the caller's part of speech decides first, then the first sense
// as news reads it, and EventSenses lists the rest.
func TestAmbiguous(t *testing.T) {
	tb := tables(t)
	if got := tb.EventType("fire", Noun); got != "fire" {
		t.Errorf("fire as a noun = %q, want fire (burning)", got)
	}
	if got := tb.EventType("fire", Verb); got != "shoot" {
		t.Errorf("fire as a verb = %q, want shoot", got)
	}
	senses := tb.EventSenses("fire", Verb)
	if len(senses) < 4 || senses[3] != "end-position" {
		t.Errorf("EventSenses(fire, verb) = %v, want end-position fourth (dismissing)", senses)
	}
	// charge: rushing at (attack) is WordNet's first verb sense; news
	// means accusing, which prefer.yaml puts first.
	if got := tb.EventType("charge", Verb); got != "charge" {
		t.Errorf("charge as a verb = %q, want charge", got)
	}
	if s := tb.EventSenses("charge", Verb); !slices.Contains(s, "attack") {
		t.Errorf("EventSenses(charge, verb) = %v, want attack among them", s)
	}
	// strike: the labour strike as a noun; as a verb its first sense is a
	// blow, which names no event, and the others wait in EventSenses.
	if got := tb.EventType("strike", Noun); got != "strike" {
		t.Errorf("strike as a noun = %q, want strike", got)
	}
	if s := tb.EventSenses("strike", Verb); !slices.Contains(s, "attack") || !slices.Contains(s, "strike") {
		t.Errorf("EventSenses(strike, verb) = %v, want attack and strike among them", s)
	}
	if got := tb.EventSenses("zzyzx", Verb); got != nil {
		t.Errorf("EventSenses(zzyzx) = %v, want nil", got)
	}
}

func TestParticipant(t *testing.T) {
	tb := tables(t)
	tests := []struct{ noun, event, role string }{
		{"killer", "die", "agent"},
		{"murderer", "die", "agent"},
		{"killing", "", ""}, // an event noun is the event itself
		{"nurse", "", ""},
		{"zzyzx", "", ""},
	}
	for _, tt := range tests {
		if e, r := tb.Participant(tt.noun); e != tt.event || r != tt.role {
			t.Errorf("Participant(%q) = %q, %q; want %q, %q", tt.noun, e, r, tt.event, tt.role)
		}
	}
}

// TestEventKinds checks the ontology: every type reaches some words, and
// parents and ACE names are well formed.
func TestEventKinds(t *testing.T) {
	tb := tables(t)
	kinds := tb.EventKinds()
	if len(kinds) < 40 {
		t.Errorf("%d event types, want the forty or more of events.yaml", len(kinds))
	}
	names := map[string]bool{}
	for _, k := range kinds {
		names[k.Name] = true
		if k.Parent != "" && !names[k.Parent] {
			t.Errorf("%s: parent %q is not a type above it", k.Name, k.Parent)
		}
		if k.ACE != "" && strings.Count(k.ACE, ".") != 1 {
			t.Errorf("%s: ACE name %q is not type.subtype", k.Name, k.ACE)
		}
	}
	kinds[0].Name = "changed"
	if tb.EventKinds()[0].Name == "changed" {
		t.Error("EventKinds shares its slice with the tables")
	}
	// every seed's own lemma has the type in that sense
	for syn, k := range tb.events.seeds {
		if k < 0 {
			continue
		}
		found := false
		for _, m := range tb.members(syn) {
			if s, ok := tb.senseOf(int(m), syn); ok && tb.senseEvent(s) == k {
				found = true
			}
		}
		if !found {
			t.Errorf("seed %v of %s does not have its type", Synset{tb, syn}, tb.events.kinds[k].Name)
		}
	}
}
