package claims

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed lexicon/lexicon.yaml
var defaultLexicon []byte

// LexiconData is the YAML schema of a lexicon, embedded or from a config.
type LexiconData struct {
	Titles            []string                       `yaml:"titles"`
	Honorifics        []string                       `yaml:"honorifics"`
	TitleModifiers    []string                       `yaml:"title_modifiers"`
	Descriptors       map[string]map[string][]string `yaml:"descriptors"`
	ReportingVerbs    []string                       `yaml:"reporting_verbs"`
	OrderVerbs        []string                       `yaml:"order_verbs"`
	RequestVerbs      []string                       `yaml:"request_verbs"`
	Modality          map[string][]string            `yaml:"modality"`
	OrganisationWords []string                       `yaml:"organisation_words"`
	PlaceWords        []string                       `yaml:"place_words"`
	NotNames          []string                       `yaml:"not_names"`
	PersonPronouns    []string                       `yaml:"person_pronouns"`
	RoleSynonyms      map[string][]string            `yaml:"role_synonyms"`
	UnnamedSources    []string                       `yaml:"unnamed_sources"`
}

// Lexicon holds the word lists the extractor uses, as sets for lookup.
// The defaults are embedded YAML; a user's config can extend them.
type Lexicon struct {
	data LexiconData

	titles     map[string]bool // single- and multi-word titles, lower case
	maxTitle   int             // most words in a title
	titleFirst map[string]bool // first words of multi-word titles
	titleLast  map[string]bool // last words of multi-word titles
	honorifics map[string]bool
	modifiers  map[string]bool
	descriptor map[string]descriptorEntry
	reporting  map[string]bool
	order      map[string]bool
	request    map[string]bool
	modality   map[string]string // word → modality
	orgWords   map[string]bool
	placeWords map[string]bool
	notNames   map[string]bool
	pronouns   map[string]bool
	roleHead   map[string]string // role or synonym → canonical role
	unnamed    map[string]bool
	flags      map[string]uint32 // word → flags (see flags.go)
}

type descriptorEntry struct {
	class, group string
}

// DefaultLexicon returns the embedded lexicon.
func DefaultLexicon() *Lexicon {
	l, err := parseLexicon(defaultLexicon, "lexicon.yaml", nil)
	if err != nil {
		panic("embedded lexicon: " + err.Error()) // a build defect, caught by tests
	}
	return l
}

// Extend returns a copy of the lexicon with the entries of a YAML document
// (the same schema as the embedded lexicon) added. file names the document
// in errors, which carry its line numbers.
func (l *Lexicon) Extend(doc []byte, file string) (*Lexicon, error) {
	return parseLexicon(doc, file, &l.data)
}

func parseLexicon(doc []byte, file string, base *LexiconData) (*Lexicon, error) {
	var d LexiconData
	dec := yaml.NewDecoder(strings.NewReader(string(doc)))
	dec.KnownFields(true)
	if err := dec.Decode(&d); err != nil && err.Error() != "EOF" {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if base != nil {
		d = mergeLexicon(*base, d)
	}
	return buildLexicon(d), nil
}

func mergeLexicon(a, b LexiconData) LexiconData {
	out := a
	out.Titles = append(append([]string{}, a.Titles...), b.Titles...)
	out.Honorifics = append(append([]string{}, a.Honorifics...), b.Honorifics...)
	out.TitleModifiers = append(append([]string{}, a.TitleModifiers...), b.TitleModifiers...)
	out.ReportingVerbs = append(append([]string{}, a.ReportingVerbs...), b.ReportingVerbs...)
	out.OrderVerbs = append(append([]string{}, a.OrderVerbs...), b.OrderVerbs...)
	out.RequestVerbs = append(append([]string{}, a.RequestVerbs...), b.RequestVerbs...)
	out.OrganisationWords = append(append([]string{}, a.OrganisationWords...), b.OrganisationWords...)
	out.PlaceWords = append(append([]string{}, a.PlaceWords...), b.PlaceWords...)
	out.NotNames = append(append([]string{}, a.NotNames...), b.NotNames...)
	out.PersonPronouns = append(append([]string{}, a.PersonPronouns...), b.PersonPronouns...)
	out.UnnamedSources = append(append([]string{}, a.UnnamedSources...), b.UnnamedSources...)
	out.Descriptors = map[string]map[string][]string{}
	for _, src := range []map[string]map[string][]string{a.Descriptors, b.Descriptors} {
		for c, groups := range src {
			if out.Descriptors[c] == nil {
				out.Descriptors[c] = map[string][]string{}
			}
			for g, ws := range groups {
				out.Descriptors[c][g] = append(out.Descriptors[c][g], ws...)
			}
		}
	}
	out.RoleSynonyms = map[string][]string{}
	for _, src := range []map[string][]string{a.RoleSynonyms, b.RoleSynonyms} {
		for r, ws := range src {
			out.RoleSynonyms[r] = append(out.RoleSynonyms[r], ws...)
		}
	}
	out.Modality = map[string][]string{}
	for _, src := range []map[string][]string{a.Modality, b.Modality} {
		for m, ws := range src {
			out.Modality[m] = append(out.Modality[m], ws...)
		}
	}
	return out
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
}

func buildLexicon(d LexiconData) *Lexicon {
	l := &Lexicon{
		data: d, titles: set(d.Titles), honorifics: set(d.Honorifics), modifiers: set(d.TitleModifiers),
		reporting: set(d.ReportingVerbs), order: set(d.OrderVerbs), request: set(d.RequestVerbs),
		orgWords: set(d.OrganisationWords), placeWords: set(d.PlaceWords), notNames: set(d.NotNames),
		pronouns: set(d.PersonPronouns), unnamed: set(d.UnnamedSources), descriptor: map[string]descriptorEntry{}, modality: map[string]string{},
	}
	l.titleFirst, l.titleLast = map[string]bool{}, map[string]bool{}
	for t := range l.titles {
		ws := strings.Fields(t)
		if len(ws) > l.maxTitle {
			l.maxTitle = len(ws)
		}
		if len(ws) > 1 {
			l.titleFirst[ws[0]] = true
			l.titleLast[ws[len(ws)-1]] = true
		}
	}
	classes := make([]string, 0, len(d.Descriptors))
	for c := range d.Descriptors {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	for _, c := range classes {
		for g, ws := range d.Descriptors[c] {
			for _, w := range ws {
				l.descriptor[strings.ToLower(w)] = descriptorEntry{class: c, group: g}
			}
		}
	}
	for m, ws := range d.Modality {
		for _, w := range ws {
			l.modality[strings.ToLower(w)] = m
		}
	}
	l.flags = buildFlags(l)
	l.roleHead = map[string]string{}
	for canon, syns := range d.RoleSynonyms {
		l.roleHead[canon] = canon
		for _, s := range syns {
			l.roleHead[strings.ToLower(s)] = canon
		}
	}
	return l
}

// RoleHead returns the canonical head of a role phrase: the words before
// "of", "to", "in" or "from", matched whole, then by their last two words,
// then by the last word, against the role synonyms ("retired fireman" →
// "firefighter", "governor of the province" → "governor").
func (l *Lexicon) RoleHead(role string) string {
	ws := strings.Fields(strings.ToLower(role))
	for i, w := range ws {
		if isRoleLink(w) {
			ws = ws[:i]
			break
		}
	}
	for n := min(3, len(ws)); n >= 1; n-- {
		if h, ok := l.roleHead[strings.Join(ws[len(ws)-n:], " ")]; ok {
			return h
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// IsTitle reports whether the lower-cased phrase is a title or role.
func (l *Lexicon) IsTitle(phrase string) bool { return l.titles[phrase] }

// isDescriptor reports whether a lower-case word is a descriptor.
func (l *Lexicon) isDescriptor(w string) bool {
	_, ok := l.descriptor[w]
	return ok
}

// Descriptor returns the class and group of a descriptor word ("former" →
// "employment status", "former").
func (l *Lexicon) Descriptor(word string) (class, group string, ok bool) {
	e, ok := l.descriptor[strings.ToLower(word)]
	return e.class, e.group, ok
}
