package sense

import (
	"errors"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims/sense/internal/store"
)

const (
	okPrefer  = "prefer: [charge.v.02]\n"
	okEvents  = "types:\n  - name: die\n    seeds: [die.v.01]\n"
	okClasses = "classes:\n  - class: person\n    anchors: [person.n.01]\n"
)

// TestNotSeeds checks that a seed under "not" rules its hyponyms out of
// the type above it, and that nearer seeds win over farther ones.
func TestNotSeeds(t *testing.T) {
	events := "types:\n  - name: die\n    seeds: [kill.v.01]\n    not: [murder.v.01]\n" +
		"  - name: execute\n    seeds: [execute.v.01]\n"
	tb, err := load(tablesFile, nil, []byte(events), nil)
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]string{"kill": "die", "murder": "", "execute": "execute", "slaughter": "die"} {
		if got := tb.EventType(w, Verb); got != want {
			t.Errorf("EventType(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestLoadSmallData(t *testing.T) {
	tb, err := load(tablesFile, []byte(okPrefer), []byte(okEvents), []byte(okClasses))
	if err != nil {
		t.Fatal(err)
	}
	if got := tb.EventType("perish", Verb); got != "die" {
		t.Errorf("EventType(perish) = %q, want die", got)
	}
	if got := tb.NounClass("city"); got != Other {
		t.Errorf("NounClass(city) = %v with no place anchor, want other", got)
	}
}

// TestDataFileErrors checks that a mistake in a data file is reported
// with the file and line.
func TestDataFileErrors(t *testing.T) {
	tests := []struct {
		name                    string
		prefer, events, classes string
		want                    string
	}{
		{"unknown field", okPrefer, "types:\n  - name: die\n    seed: [die.v.01]\n", okClasses, "events.yaml: yaml: unmarshal errors:\n  line 3"},
		{"not a sense name", okPrefer, "types:\n  - name: die\n    seeds: [die]\n", okClasses, `events.yaml:3: "die": want lemma.pos.NN`},
		{"bad part of speech", okPrefer, "types:\n  - name: die\n    seeds: [die.x.01]\n", okClasses, "events.yaml:3: \"die.x.01\": part of speech x"},
		{"bad number", okPrefer, "types:\n  - name: die\n    seeds: [die.v.0]\n", okClasses, "sense number 0"},
		{"too few senses", okPrefer, "types:\n  - name: die\n    seeds:\n      - die.v.01\n      - die.v.99\n", okClasses, "events.yaml:5: \"die.v.99\": WordNet has"},
		{"unknown lemma", okPrefer, "types:\n  - name: die\n    seeds: [zzyzx.n.01]\n", okClasses, "WordNet has 0 noun senses"},
		{"seed twice", okPrefer, "types:\n  - name: die\n    seeds: [die.v.01, perish.v.01]\n", okClasses, "already a seed"},
		{"no seeds", okPrefer, "types:\n  - name: die\n", okClasses, "has no seeds"},
		{"type twice", okPrefer, okEvents + "  - name: die\n    seeds: [kill.v.01]\n", okClasses, "distinct"},
		{"unknown parent", okPrefer, "types:\n  - name: die\n    parent: life\n    seeds: [die.v.01]\n", okClasses, "parent \"life\""},
		{"prefer twice", "prefer: [charge.v.02, charge.v.03]\n", okEvents, okClasses, "prefer.yaml:1: charge.v.03: a sense of this lemma"},
		{"unknown class", okPrefer, okEvents, "classes:\n  - class: thing\n", "unknown class \"thing\""},
		{"verb lexname", okPrefer, okEvents, "classes:\n  - class: event\n    lexnames: [verb.motion]\n", "not a noun lexicographer file"},
		{"bad anchor", okPrefer, okEvents, "classes:\n  - class: person\n    anchors: [person.n.09]\n", "classes.yaml:3:"},
		{"not YAML", okPrefer, "types: [", okClasses, "events.yaml: yaml:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(tablesFile, []byte(tt.prefer), []byte(tt.events), []byte(tt.classes))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("load = %v, want an error with %q", err, tt.want)
			}
		})
	}
}

func TestLoadBadTables(t *testing.T) {
	_, err := load(tablesFile[:len(tablesFile)/2], preferYAML, eventsYAML, classesYAML)
	if !errors.Is(err, store.ErrFormat) {
		t.Errorf("load of half the tables = %v, want an ErrFormat", err)
	}
}

func TestNotice(t *testing.T) {
	for _, s := range []string{"Open English WordNet", "d94538ad0df3d7a4c77837bde6af69d7a6592c32", "CC BY 4.0", "Princeton", "LICENSE-PrincetonWordNet.txt"} {
		if !strings.Contains(Notice, s) {
			t.Errorf("Notice does not name %q", s)
		}
	}
}

// FuzzLoad checks that any tables bytes give tables that answer every
// question without a panic or a hang, or an error. The data files are the
// embedded ones, so most inputs fail on their seeds; the fuzzer also
// builds small tables from the seeds below that pass.
func FuzzLoad(f *testing.F) {
	small := tinyTables()
	f.Add(small)
	f.Add(tablesFile[:4096])
	f.Fuzz(func(t *testing.T, b []byte) {
		tb, err := load(b, nil, nil, nil)
		if err != nil {
			return
		}
		words := []string{"", "a", "boat", "ship", "sail", "Boat", "zz"}
		for _, w := range words {
			for p := NoPOS; p <= Adv+1; p++ {
				tb.Lexname(w, p)
				tb.Hypernyms(w, p)
				tb.Derived(w, p)
				tb.Synonyms(w, p)
				tb.Antonyms(w, p)
				tb.EventType(w, p)
				tb.EventSenses(w, p)
				tb.Senses(w, p)
				for _, v := range words {
					tb.IsA(w, p, v)
					tb.Similar(w, v, p)
					tb.Subsumer(w, v, p)
				}
			}
			tb.NounClass(w)
			tb.Participant(w)
		}
	})
}

// tinyTables encodes a made-up lexicon with a hypernym cycle, which the
// walks must survive: boat and ship (one synset) under vessel, vessel
// under boat.
func tinyTables() []byte {
	d := &store.Data{
		Lexnames:  []string{"noun.artifact", "verb.motion"},
		SynLex:    []uint8{0, 0, 0, 1},
		UpOff:     []uint32{0, 1, 2, 3, 3},
		Up:        []uint32{1, 0, 0},
		PartOff:   []uint32{0, 1, 1, 1, 1},
		Parts:     []uint32{1},
		Keys:      "boatsailshipvessel",
		KeyOff:    []uint32{0, 4, 8, 12, 18},
		LemmaOff:  []uint32{0, 1, 3, 4, 5},
		SenseSyn:  []uint32{1, 2, 3, 1, 0},
		SenseFlag: []uint8{0, 0, 0, 0, 0},
		SensePos:  []uint32{0, 0, 0, 1, 0},
		LinkOff:   []uint32{0, 0, 2, 3, 3, 3},
		Links: []uint32{store.Link(2, store.Derivation, false), store.Link(2, store.Agent, true),
			store.Link(1, store.Derivation, false)},
	}
	b, err := store.Encode(d)
	if err != nil {
		panic(err)
	}
	return b
}

func TestTinyTables(t *testing.T) {
	tb, err := load(tinyTables(), nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !tb.IsA("boat", Noun, "vessel") || !tb.Similar("boat", "ship", Noun) {
		t.Error("tiny tables: boat is not a vessel, or not a ship")
	}
	if got := tb.Hypernyms("boat", Noun); len(got) != maxWalk {
		t.Errorf("Hypernyms through a cycle = %d names, want the walk's bound %d", len(got), maxWalk)
	}
	if tb.IsA("boat", Noun, "sail") {
		t.Error("tiny tables: boat is a sail")
	}
}
