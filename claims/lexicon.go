package claims

import (
	_ "embed"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/claims/value"
	"gopkg.in/yaml.v3"
)

//go:embed lexicon/lexicon.yaml
var defaultLexicon []byte

// LexiconData is the YAML schema of a lexicon, embedded or from a config.
type LexiconData struct {
	Titles            []string                       `yaml:"titles"`
	Honorifics        []string                       `yaml:"honorifics"`
	FormsOfAddress    []string                       `yaml:"forms_of_address"`
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
	NameParticles     []string                       `yaml:"name_particles"`
	Abbreviations     []string                       `yaml:"abbreviations"`
	PersonNouns       []string                       `yaml:"person_nouns"`
	StatementVerbs    []string                       `yaml:"statement_verbs"`
	AliasCues         []string                       `yaml:"alias_cues"`
	NamingVerbs       []string                       `yaml:"naming_verbs"`
	PeopleNouns       map[string][]string            `yaml:"people_nouns"`
	CountPredicates   map[string][]string            `yaml:"count_predicates"`
	VictimVerbs       map[string][]string            `yaml:"victim_verbs"`
	Tolls             map[string][]string            `yaml:"tolls"`
	TollNouns         map[string][]string            `yaml:"toll_nouns"`

	// Values are the hedges, quantifiers, units and time hedges of
	// claims/value, written at the top level beside the keys above.
	Values value.LexiconData `yaml:",inline"`
}

// Lexicon holds the word lists the extractor uses, as sets for lookup.
// The defaults are embedded YAML; a user's config can extend them.
type Lexicon struct {
	data   LexiconData    // the entries, merged; Values is left empty
	values *value.Lexicon // hedges, quantifiers, units and time hedges

	titles     map[string]bool // single- and multi-word titles, lower case
	maxTitle   int             // most words in a title
	titleFirst map[string]bool // first words of multi-word titles
	titleLast  map[string]bool // last words of multi-word titles
	honorifics map[string]bool
	address    map[string]bool // forms of address: a courtesy, never a role
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

	particles     map[string]bool
	abbreviations map[string]bool
	personNouns   map[string]bool
	statement     map[string]bool
	aliasCues     map[string]bool // phrases, lower case, words joined by one space
	maxAliasCue   int             // most words in an alias cue
	naming        map[string]bool
	peopleNouns   map[string]string // noun → the slot it is counted in
	predicates    map[string]string // word after a count → subject
	victimVerbs   map[string]string // verb before a count → subject
	tolls         map[string]string // toll word → subject
	tollNouns     map[string]string // noun counted as a toll → subject
}

type descriptorEntry struct {
	class, group string
}

// DefaultLexicon returns the embedded lexicon. It is read once; a Lexicon
// is never changed after it is built, so every caller may share it.
func DefaultLexicon() *Lexicon { return defaultOnce() }

var defaultOnce = sync.OnceValue(func() *Lexicon {
	l, err := parseLexicon(defaultLexicon, "lexicon.yaml", nil)
	if err != nil {
		panic("embedded lexicon: " + err.Error()) // a build defect, caught by tests
	}
	return l
})

// Extend returns a copy of the lexicon with the entries of a YAML document
// (the same schema as the embedded lexicon) added. file names the document
// in errors, which carry its line numbers.
func (l *Lexicon) Extend(doc []byte, file string) (*Lexicon, error) {
	return parseLexicon(doc, file, l)
}

func parseLexicon(doc []byte, file string, base *Lexicon) (*Lexicon, error) {
	var d LexiconData
	dec := yaml.NewDecoder(strings.NewReader(string(doc)))
	dec.KnownFields(true)
	if err := dec.Decode(&d); err != nil && err.Error() != "EOF" {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	values, added := value.Default(), d.Values
	if base != nil {
		values = base.values
		d = mergeLexicon(base.data, d)
	}
	if !emptyValues(added) {
		if vdoc, ok := valueSections(doc); ok {
			if _, err := value.DecodeLexicon(vdoc, file); err != nil {
				return nil, err // with the line of the entry at fault
			}
		}
		var err error
		if values, err = values.Extend(added); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
	}
	d.Values = value.LexiconData{}
	return buildLexicon(d, values), nil
}

// valueSections returns doc with the lines of every top-level entry that
// is not a key of the value lexicon blanked, so that value.DecodeLexicon
// reads the value sections alone and reports doc's lines. ok is false
// when doc is not a block mapping.
func valueSections(doc []byte) ([]byte, bool) {
	var root yaml.Node
	if yaml.Unmarshal(doc, &root) != nil || len(root.Content) != 1 {
		return nil, false
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode || m.Style&yaml.FlowStyle != 0 {
		return nil, false
	}
	keys := map[string]bool{}
	t := reflect.TypeOf(value.LexiconData{})
	for i := 0; i < t.NumField(); i++ {
		keys[strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]] = true
	}
	lines := strings.Split(string(doc), "\n")
	for i := 0; i+1 < len(m.Content); i += 2 {
		if keys[m.Content[i].Value] {
			continue
		}
		end := len(lines)
		if i+2 < len(m.Content) {
			end = m.Content[i+2].Line - 1
		}
		for k := m.Content[i].Line - 1; k < end && k < len(lines); k++ {
			lines[k] = ""
		}
	}
	return []byte(strings.Join(lines, "\n")), true
}

// emptyValues reports whether d adds nothing to a value lexicon.
func emptyValues(d value.LexiconData) bool {
	return len(d.Hedges)+len(d.SuffixHedges)+len(d.Quantifiers)+len(d.Units)+len(d.TimeHedges) == 0
}

// mergeLexicon adds b's entries to a's, field by field: lists are
// appended, maps of lists merged key by key (one level or two).
func mergeLexicon(a, b LexiconData) LexiconData {
	out := a
	va, vb, vo := reflect.ValueOf(a), reflect.ValueOf(b), reflect.ValueOf(&out).Elem()
	for i := 0; i < va.NumField(); i++ {
		vo.Field(i).Set(mergeValue(va.Field(i), vb.Field(i)))
	}
	return out
}

// mergeValue merges two lists, or two maps whose values merge in turn.
func mergeValue(a, b reflect.Value) reflect.Value {
	switch a.Kind() {
	case reflect.Slice:
		out := reflect.MakeSlice(a.Type(), 0, a.Len()+b.Len())
		return reflect.AppendSlice(reflect.AppendSlice(out, a), b)
	case reflect.Struct:
		return a // the value lexicon: merged by value.Lexicon.Extend
	case reflect.Map:
		out := reflect.MakeMap(a.Type())
		for _, src := range []reflect.Value{a, b} {
			it := src.MapRange()
			for it.Next() {
				old := out.MapIndex(it.Key())
				if !old.IsValid() {
					old = reflect.Zero(a.Type().Elem())
				}
				out.SetMapIndex(it.Key(), mergeValue(old, it.Value()))
			}
		}
		return out
	}
	return b // a scalar: the later one
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
}

// invert maps every word of a map of lists to its key, in lower case. A
// word under two keys goes to the first key in alphabetical order.
func invert(m map[string][]string) map[string]string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := map[string]string{}
	for _, k := range keys {
		for _, w := range m[k] {
			w = strings.ToLower(strings.TrimSpace(w))
			if _, ok := out[w]; !ok {
				out[w] = k
			}
		}
	}
	return out
}

func buildLexicon(d LexiconData, values *value.Lexicon) *Lexicon {
	l := &Lexicon{
		data: d, values: values, titles: set(d.Titles), honorifics: set(d.Honorifics), modifiers: set(d.TitleModifiers),
		address:   set(d.FormsOfAddress),
		reporting: set(d.ReportingVerbs), order: set(d.OrderVerbs), request: set(d.RequestVerbs),
		orgWords: set(d.OrganisationWords), placeWords: set(d.PlaceWords), notNames: set(d.NotNames),
		pronouns: set(d.PersonPronouns), unnamed: set(d.UnnamedSources), descriptor: map[string]descriptorEntry{},
	}
	l.particles, l.abbreviations, l.personNouns = set(d.NameParticles), set(d.Abbreviations), set(d.PersonNouns)
	l.statement = set(d.StatementVerbs)
	l.aliasCues, l.naming = map[string]bool{}, set(d.NamingVerbs)
	for _, c := range d.AliasCues {
		w := strings.Fields(strings.ToLower(c))
		l.aliasCues[strings.Join(w, " ")] = true
		l.maxAliasCue = max(l.maxAliasCue, len(w))
	}
	l.peopleNouns, l.predicates, l.victimVerbs = invert(d.PeopleNouns), invert(d.CountPredicates), invert(d.VictimVerbs)
	l.tolls = invert(d.Tolls)
	l.tollNouns = invert(d.TollNouns)
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
	l.modality = invert(d.Modality)
	l.roleHead = invert(d.RoleSynonyms)
	for canon := range d.RoleSynonyms {
		l.roleHead[canon] = canon
	}
	l.flags = buildFlags(l)
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
