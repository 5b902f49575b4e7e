// Package wordnet reads Open English WordNet from its source YAML files
// (the entries-*.yaml lexicon and the synsets of each lexicographer file).
// It is used by the generators and trainers that derive compact tables
// from WordNet; nothing at run time reads WordNet itself.
package wordnet

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// An Entry is one lemma with one part of speech: n, v, a, s (adjective
// satellite) or r.
type Entry struct {
	Lemma  string
	POS    string
	Forms  []string // irregular inflected forms ("went", "geese")
	Senses []Sense
}

// A Sense is a lemma's membership of a synset, with its sense relations.
// All relations hold sense ids. Derivation, Antonym, Pertainym and
// Participle are WordNet's lexical relations; the rest are the
// morphosemantic links of a verb sense to the noun senses of its roles
// (kill → killer as Agent, kill → killing as Event).
type Sense struct {
	ID         string
	Synset     string
	Derivation []string // sense ids
	Antonym    []string
	Pertainym  []string
	Participle []string

	Agent       []string
	BodyPart    []string
	ByMeansOf   []string
	Destination []string
	Event       []string
	Instrument  []string
	Location    []string
	Material    []string
	Property    []string
	Result      []string
	State       []string
	Undergoer   []string
	Uses        []string
	Vehicle     []string
}

// A Synset is one concept: its members, lexicographer file and relations.
type Synset struct {
	ID         string
	POS        string
	Lexname    string // noun.person, verb.contact, …
	Members    []string
	Definition string
	Hypernym   []string
	Similar    []string
	Entails    []string
	Attribute  []string
	// InstanceHypernym holds the classes of a named instance (a city for
	// a city's name); releases without proper nouns have none.
	InstanceHypernym []string
	// MeroMember holds the synsets whose members make up this one: a
	// crew's crewmen, a fleet's ships.
	MeroMember []string
}

// WordNet is the whole lexicon.
type WordNet struct {
	Entries []Entry            // sorted by lemma, then part of speech
	Synsets map[string]*Synset // by id
}

type yamlSense struct {
	ID         string   `yaml:"id"`
	Synset     string   `yaml:"synset"`
	Derivation []string `yaml:"derivation"`
	Antonym    []string `yaml:"antonym"`
	Pertainym  []string `yaml:"pertainym"`
	Participle []string `yaml:"participle"`

	Agent       []string `yaml:"agent"`
	BodyPart    []string `yaml:"body_part"`
	ByMeansOf   []string `yaml:"by_means_of"`
	Destination []string `yaml:"destination"`
	Event       []string `yaml:"event"`
	Instrument  []string `yaml:"instrument"`
	Location    []string `yaml:"location"`
	Material    []string `yaml:"material"`
	Property    []string `yaml:"property"`
	Result      []string `yaml:"result"`
	State       []string `yaml:"state"`
	Undergoer   []string `yaml:"undergoer"`
	Uses        []string `yaml:"uses"`
	Vehicle     []string `yaml:"vehicle"`
}

type yamlEntry struct {
	Form  []string    `yaml:"form"`
	Sense []yamlSense `yaml:"sense"`
}

type yamlSynset struct {
	Definition   []string `yaml:"definition"`
	Hypernym     []string `yaml:"hypernym"`
	Members      []string `yaml:"members"`
	PartOfSpeech string   `yaml:"partOfSpeech"`
	Similar      []string `yaml:"similar"`
	Entails      []string `yaml:"entails"`
	Attribute    []string `yaml:"attribute"`
	Instance     []string `yaml:"instance_hypernym"`
	MeroMember   []string `yaml:"mero_member"`
}

// Read reads the YAML files of dir. With synsets false only the entries
// are read, which is much quicker.
func Read(dir string, synsets bool) (*WordNet, error) {
	files, err := filepath.Glob(filepath.Join(dir, "entries-*.yaml"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no entries-*.yaml files", dir)
	}
	sort.Strings(files)
	wn := &WordNet{Synsets: map[string]*Synset{}}
	for _, f := range files {
		var doc map[string]map[string]yamlEntry
		if err := decode(f, &doc); err != nil {
			return nil, err
		}
		for lemma, byPOS := range doc {
			for pos, e := range byPOS {
				en := Entry{Lemma: lemma, POS: pos, Forms: e.Form}
				for _, s := range e.Sense {
					en.Senses = append(en.Senses, Sense(s))
				}
				wn.Entries = append(wn.Entries, en)
			}
		}
	}
	slices.SortFunc(wn.Entries, func(a, b Entry) int {
		if c := strings.Compare(a.Lemma, b.Lemma); c != 0 {
			return c
		}
		return strings.Compare(a.POS, b.POS)
	})
	if !synsets {
		return wn, nil
	}
	lex, err := filepath.Glob(filepath.Join(dir, "*.*.yaml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(lex)
	for _, f := range lex {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		if strings.HasPrefix(name, "entries-") || name == "frames" {
			continue
		}
		var doc map[string]yamlSynset
		if err := decode(f, &doc); err != nil {
			return nil, err
		}
		for id, s := range doc {
			def := ""
			if len(s.Definition) > 0 {
				def = s.Definition[0]
			}
			wn.Synsets[id] = &Synset{ID: id, POS: s.PartOfSpeech, Lexname: name, Members: s.Members,
				Definition: def, Hypernym: s.Hypernym, Similar: s.Similar, Entails: s.Entails, Attribute: s.Attribute,
				InstanceHypernym: s.Instance, MeroMember: s.MeroMember}
		}
	}
	return wn, nil
}

func decode(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := yaml.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
