package sense

import (
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func tables(t testing.TB) *Tables {
	t.Helper()
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestLexname(t *testing.T) {
	tb := tables(t)
	tests := []struct {
		lemma string
		pos   POS
		want  string
	}{
		{"nurse", Noun, "noun.person"},
		{"kill", Verb, "verb.contact"},
		{"week", Noun, "noun.time"},
		{"ferry", Noun, "noun.artifact"},
		{"police officer", Noun, "noun.person"},
		{"police_officer", Noun, "noun.person"},
		{"charge", Verb, "verb.communication"}, // prefer.yaml: accusing first
		{"quickly", Adv, "adv.all"},
		{"fatal", Adj, "adj.all"},
		{"nurse", Adv, ""},
		{"zzyzx", Noun, ""},
		{"", Noun, ""},
	}
	for _, tt := range tests {
		t.Run(tt.lemma+"/"+tt.pos.String(), func(t *testing.T) {
			if got := tb.Lexname(tt.lemma, tt.pos); got != tt.want {
				t.Errorf("Lexname(%q, %v) = %q, want %q", tt.lemma, tt.pos, got, tt.want)
			}
		})
	}
}

func TestHypernyms(t *testing.T) {
	tb := tables(t)
	got := tb.Hypernyms("pistol", Noun)
	if len(got) < 3 || !slices.Equal(got[:3], []string{"firearm", "gun", "weapon"}) {
		t.Errorf("Hypernyms(pistol) = %v, want firearm, gun, weapon, …", got)
	}
	if got[len(got)-1] != "entity" {
		t.Errorf("Hypernyms(pistol) ends in %q, want entity", got[len(got)-1])
	}
	if got := tb.Hypernyms("entity", Noun); len(got) != 0 {
		t.Errorf("Hypernyms(entity) = %v, want none", got)
	}
	if got := tb.Hypernyms("zzyzx", Noun); got != nil {
		t.Errorf("Hypernyms(zzyzx) = %v, want nil", got)
	}
}

func TestIsA(t *testing.T) {
	tb := tables(t)
	yes := []struct{ lemma, ancestor string }{
		{"pistol", "weapon"},
		{"pistol", "gun"},
		{"ferry", "vessel"},
		{"ferry", "boat"},
		{"tanker", "ship"},
		{"nurse", "person"},
		{"police officer", "person"},
		{"child", "person"},
		{"hospital", "building"},
		{"car", "vehicle"},
		{"handgun", "pistol"}, // a synonym: the same synset
		{"weapon", "weapon"},
	}
	for _, tt := range yes {
		if !tb.IsA(tt.lemma, Noun, tt.ancestor) {
			t.Errorf("IsA(%q, %q) = false, want true", tt.lemma, tt.ancestor)
		}
	}
	no := []struct{ lemma, ancestor string }{
		{"weapon", "pistol"},
		{"pistol", "person"},
		{"dog", "person"}, // the figurative sense is in another lexicographer file
		{"ferry", "ship"}, // WordNet has a ferry as a boat, not a ship
		{"nurse", "zzyzx"},
		{"zzyzx", "person"},
		{"Paris", "city"}, // no proper nouns in this WordNet
	}
	for _, tt := range no {
		if tb.IsA(tt.lemma, Noun, tt.ancestor) {
			t.Errorf("IsA(%q, %q) = true, want false", tt.lemma, tt.ancestor)
		}
	}
	if !tb.IsA("murder", Verb, "kill") {
		t.Error("IsA(murder, kill) as verbs = false, want true")
	}
}

func TestDerived(t *testing.T) {
	tb := tables(t)
	tests := []struct {
		lemma string
		pos   POS
		want  []Word
	}{
		{"kill", Verb, []Word{{"killer", Noun}, {"killing", Noun}}},
		{"die", Verb, []Word{{"death", Noun}}},
		{"injure", Verb, []Word{{"injury", Noun}}},
		{"collide", Verb, []Word{{"collision", Noun}}},
		{"derailment", Noun, []Word{{"derail", Verb}}},
		{"death", Noun, []Word{{"die", Verb}}},
		{"arrest", Verb, []Word{{"arrest", Noun}}},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			got := tb.Derived(tt.lemma, tt.pos)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Derived(%q) = %v, missing %v", tt.lemma, got, w)
				}
			}
			if slices.Contains(got, Word{tt.lemma, tt.pos}) {
				t.Errorf("Derived(%q) = %v holds the lemma itself", tt.lemma, got)
			}
		})
	}
	// Only the senses of the first one's kind: firing is the shooting
	// sense's (noun.act), not the burning's (noun.event).
	if got := tb.Derived("fire", Noun); slices.Contains(got, Word{"firing", Noun}) {
		t.Errorf("Derived(fire, noun) = %v reaches the shooting sense", got)
	}
}

func TestSynonymsAntonyms(t *testing.T) {
	tb := tables(t)
	tests := []struct {
		lemma   string
		pos     POS
		syn     []string // must be among the synonyms
		ant     []string // the antonyms, exactly
		notSyns []string
	}{
		{"injure", Verb, []string{"wound"}, nil, []string{"injure"}},
		{"handgun", Noun, []string{"pistol"}, nil, nil},
		{"dead", Adj, nil, []string{"alive"}, nil},
		{"injured", Adj, nil, []string{"uninjured"}, nil},
		{"wounded", Adj, []string{"hurt"}, []string{"uninjured"}, nil}, // through its head, injured
		{"fire", Noun, nil, nil, []string{"firing"}},                   // first sense only
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			syn := tb.Synonyms(tt.lemma, tt.pos)
			for _, s := range tt.syn {
				if !slices.Contains(syn, s) {
					t.Errorf("Synonyms(%q) = %v, missing %q", tt.lemma, syn, s)
				}
			}
			for _, s := range tt.notSyns {
				if slices.Contains(syn, s) {
					t.Errorf("Synonyms(%q) = %v, holds %q", tt.lemma, syn, s)
				}
			}
			if got := tb.Antonyms(tt.lemma, tt.pos); !slices.Equal(got, tt.ant) {
				t.Errorf("Antonyms(%q) = %v, want %v", tt.lemma, got, tt.ant)
			}
		})
	}
}

func TestSimilar(t *testing.T) {
	tb := tables(t)
	yes := []struct {
		a, b string
		pos  POS
	}{
		{"ferry", "boat", Noun},
		{"tanker", "ship", Noun},
		{"vessel", "ship", Noun},
		{"ferry", "vessel", Noun},
		{"car", "automobile", Noun},
		{"policeman", "police officer", Noun},
		{"people", "person", Noun}, // a group and the kind of its members
		{"crew", "sailor", Noun},
		{"police", "officer", Noun},
		{"wound", "injure", Verb},
		{"hurt", "injure", Verb},
		{"wounded", "injured", Adj},
		{"wounded", "hurt", Adj},
		{"injured", "hurt", Adj},
		{"nurse", "nurse", Noun},
	}
	for _, tt := range yes {
		if !tb.Similar(tt.a, tt.b, tt.pos) || !tb.Similar(tt.b, tt.a, tt.pos) {
			t.Errorf("Similar(%q, %q) = false, want true both ways", tt.a, tt.b)
		}
	}
	no := []struct {
		a, b string
		pos  POS
	}{
		{"ferry", "tanker", Noun}, // two kinds of vessel are two vessels
		{"nurse", "doctor", Noun},
		{"car", "bus", Noun},
		{"dead", "alive", Adj},
		{"army", "ship", Noun},
		{"zzyzx", "zzyzx", Noun},
		{"dog", "man", Noun},
	}
	for _, tt := range no {
		if tb.Similar(tt.a, tt.b, tt.pos) {
			t.Errorf("Similar(%q, %q) = true, want false", tt.a, tt.b)
		}
	}
}

func TestSubsumer(t *testing.T) {
	tb := tables(t)
	tests := []struct {
		a, b   string
		want   string
		da, db int
	}{
		{"ferry", "tanker", "vessel", 2, 3},
		{"nurse", "doctor", "health professional", 1, 2},
		{"pistol", "gun", "gun", 2, 0},
		{"ferry", "ferry", "ferry", 0, 0},
		{"ferry", "zzyzx", "", -1, -1},
	}
	for _, tt := range tests {
		got, da, db := tb.Subsumer(tt.a, tt.b, Noun)
		if got != tt.want || da != tt.da || db != tt.db {
			t.Errorf("Subsumer(%q, %q) = %q, %d, %d; want %q, %d, %d", tt.a, tt.b, got, da, db, tt.want, tt.da, tt.db)
		}
	}
}

func TestCapitals(t *testing.T) {
	tb := tables(t)
	tests := []struct {
		lemma string
		want  Class
	}{
		{"turkey", Animal},
		{"Turkey", Other}, // a proper noun WordNet lacks is not the bird
		{"china", Artifact},
		{"China", Other},
		{"may", Other}, // the hawthorn, a plant
		{"May", Time},
		{"March", Time}, // the title-case spelling before "MArch"
	}
	for _, tt := range tests {
		if got := tb.NounClass(tt.lemma); got != tt.want {
			t.Errorf("NounClass(%q) = %v, want %v", tt.lemma, got, tt.want)
		}
	}
}

func TestNounClass(t *testing.T) {
	tb := tables(t)
	tests := []struct {
		want  Class
		nouns []string
	}{
		{Person, []string{"nurse", "man", "gunman", "victim", "police officer", "passenger", "child"}},
		{Organization, []string{"police", "government", "army", "company", "court", "parliament"}},
		{Group, []string{"people", "crowd", "fleet"}},
		{Place, []string{"city", "village", "country", "region", "river", "island", "border"}},
		{Facility, []string{"hospital", "airport", "bridge", "road", "building"}},
		{Time, []string{"week", "day", "hour", "monday", "morning", "year"}},
		{Event, []string{"death", "fire", "attack", "explosion", "meeting", "accident"}},
		{Artifact, []string{"car", "ferry", "pistol", "bomb", "knife"}},
		{Animal, []string{"dog", "horse", "cattle"}},
		{Substance, []string{"water", "fuel", "food"}},
		{Quantity, []string{"dollar", "mile", "ton", "percent"}},
		{Other, []string{"idea", "anger", "statement", "zzyzx", "Paris"}},
	}
	for _, tt := range tests {
		for _, n := range tt.nouns {
			if got := tb.NounClass(n); got != tt.want {
				t.Errorf("NounClass(%q) = %v, want %v", n, got, tt.want)
			}
		}
	}
}

func TestSenses(t *testing.T) {
	tb := tables(t)
	ss := tb.Senses("ferry", Noun)
	if len(ss) < 2 {
		t.Fatalf("Senses(ferry) = %v, want two or more", ss)
	}
	if got := ss[0].String(); got != "ferry (noun.artifact)" {
		t.Errorf("first sense = %q", got)
	}
	if ss[0].POS() != Noun || !slices.Contains(ss[0].Members(), "ferryboat") {
		t.Errorf("first sense %v: POS %v, members %v", ss[0], ss[0].POS(), ss[0].Members())
	}
	if h := ss[0].Hypernyms(); len(h) == 0 || h[0].Members()[0] != "boat" {
		t.Errorf("first sense's hypernyms = %v, want boat", h)
	}
	if ss[0] == ss[1] || tb.Senses("ferryboat", Noun)[0] != ss[0] {
		t.Error("synsets do not compare as meanings")
	}
	var zero Synset
	if zero.Members() != nil || zero.Lexname() != "" || zero.POS() != NoPOS || zero.String() != "(no synset)" {
		t.Error("the zero Synset is not empty")
	}
}

func TestFromUPOS(t *testing.T) {
	got := []POS{FromUPOS("NOUN"), FromUPOS("PROPN"), FromUPOS("VERB"), FromUPOS("ADJ"), FromUPOS("ADV"), FromUPOS("AUX"), FromUPOS("")}
	want := []POS{Noun, Noun, Verb, Adj, Adv, NoPOS, NoPOS}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
}

// TestConcurrent asks the same tables from many goroutines (run with
// -race).
func TestConcurrent(t *testing.T) {
	tb := tables(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				if tb.EventType("killing", Noun) != "die" || !tb.IsA("pistol", Noun, "weapon") || tb.NounClass("nurse") != Person {
					t.Error("answers differ under concurrency")
					return
				}
			}
		})
	}
	wg.Wait()
}
