package value

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed values.yaml
var valuesYAML []byte

// LexiconData is the YAML schema of the value lexicon: values.yaml, and
// the part of a user's config that extends it. values.yaml describes each
// section.
type LexiconData struct {
	Hedges       map[string][]string   `yaml:"hedges"`        // meaning -> phrases written before a number: "at least": ["at least", "no fewer than"]
	SuffixHedges map[string][]string   `yaml:"suffix_hedges"` // meaning -> phrases written after a number: "about": ["or so", "-odd"]; "-" joins by a hyphen
	Quantifiers  map[string]Quantifier `yaml:"quantifiers"`   // phrase -> interval: "several": {min: 3, max: 9}
	Units        map[string][]string   `yaml:"units"`         // canonical unit -> words: "km": ["km", "kilometres"]
	TimeHedges   map[string][]string   `yaml:"time_hedges"`   // tolerance -> phrases before a clock time: "quarter hour": ["just after"]
}

// Quantifier is the interval a vague quantity stands for: "several" is
// [3, 9]. About marks one that is itself approximate, as "a dozen" is.
type Quantifier struct {
	Min   float64 `yaml:"min"`
	Max   float64 `yaml:"max"`
	About bool    `yaml:"about"`
}

// Lexicon is a value lexicon built for reading: its phrases split into
// words, and every word the finders read in one table (see flags.go). A
// Lexicon never changes once built, so it is safe for concurrent use;
// Extend makes a new one.
type Lexicon struct {
	data LexiconData // the entries, merged

	words   map[string]wordFlags // every word read, in lower case, with its flags
	slots   []lexSlot            // open-addressing table over words
	mask    uint32               // len(slots) - 1
	shift   uint32               // 32 - log2(len(slots))
	maxWord int                  // the length of the longest word
	ends    [32][32]uint32       // lengths of words by first and last letter

	hedges   map[string][]phrase // hedges before a number, by first word
	suffixes map[string][]phrase // hedges after a number, by first word
	hyphened map[string][]phrase // hedges after a number and a hyphen, by the word after it
	quants   map[string][]phrase // vague quantifiers, by first word
	clock    map[string][]phrase // hedges before a clock time, by first word
	units    map[string]string   // unit words of two letters or more -> canonical unit
	adjUnits map[string]string   // unit words of one letter, read only against the digits
}

// phrase is an entry of the lexicon split as scan splits the text: words
// in lower case, punctuation as written. The phrases of one first word are
// sorted longest first, then by text, so that matching does not depend on
// the order of a map.
type phrase struct {
	toks  []string
	hedge string     // hedges and suffix hedges: the meaning
	quant Quantifier // quantifiers
	prec  int        // time hedges: the tolerance in minutes, -1 for the default
}

// hedgeMeanings are the meanings a hedge may have: those applyHedge knows.
var hedgeMeanings = []string{"at least", "more than", "up to", "fewer than", "about", "nearly", "just over"}

// timeTolerances name the tolerances of hedged clock times.
var timeTolerances = map[string]int{
	"default":      -1, // precHedgedHour on the hour, else precHedgedMinute
	"half hour":    precHedgedHour,
	"quarter hour": precJust,
}

// defaultLexicon is the embedded lexicon, built on first use.
var defaultLexicon = sync.OnceValue(func() *Lexicon {
	d, err := DecodeLexicon(valuesYAML, "values.yaml")
	if err != nil {
		panic("claims/value: embedded lexicon: " + err.Error()) // a build defect, caught by tests
	}
	l, err := newLexicon(d)
	if err != nil {
		panic("claims/value: embedded lexicon: " + err.Error())
	}
	return l
})

// Default returns the embedded lexicon, values.yaml. The package-level
// finders use it.
func Default() *Lexicon { return defaultLexicon() }

// DecodeLexicon reads a YAML document of the LexiconData schema, strictly:
// an unknown key is an error. It checks every entry as Extend does. Errors
// name file and the line of the YAML at fault. An empty document is empty
// data.
func DecodeLexicon(doc []byte, file string) (LexiconData, error) {
	var d LexiconData
	dec := yaml.NewDecoder(bytes.NewReader(doc))
	dec.KnownFields(true)
	if err := dec.Decode(&d); errors.Is(err, io.EOF) {
		return LexiconData{}, nil
	} else if err != nil {
		return LexiconData{}, fmt.Errorf("%s: %w", file, err)
	}
	if _, err := compile(d, nil); err != nil {
		var ee *entryError
		if !errors.As(err, &ee) {
			return LexiconData{}, fmt.Errorf("%s: %w", file, err)
		}
		var root yaml.Node
		if yaml.Unmarshal(doc, &root) != nil {
			return LexiconData{}, fmt.Errorf("%s: %w", file, err)
		}
		return LexiconData{}, fmt.Errorf("%s:%d: %w", file, ee.line(&root), err)
	}
	return d, nil
}

// Extend returns a new lexicon with the entries of d added to those of l;
// l does not change. A quantifier d gives again replaces its interval; a
// phrase d gives again under the same meaning is kept once. Extend fails,
// naming the entry, on a hedge meaning or a time tolerance it does not
// know, an empty phrase, a phrase that does not start with a letter or
// holds a number or a word not in ASCII letters, a unit word that is more
// than one word, a quantifier whose min is above its max, and a phrase
// given two meanings.
func (l *Lexicon) Extend(d LexiconData) (*Lexicon, error) {
	// l's phrases first, then d's against them: a clash names d's entry.
	base := l.data
	base.Quantifiers = maps.Clone(base.Quantifiers)
	for k := range d.Quantifiers {
		delete(base.Quantifiers, k) // replaced
	}
	seen := map[string]string{}
	if _, err := compile(base, seen); err != nil {
		return nil, err
	}
	if _, err := compile(d, seen); err != nil {
		return nil, err
	}
	return newLexicon(mergeData(l.data, d))
}

// Data returns a copy of the lexicon's entries, merged.
func (l *Lexicon) Data() LexiconData { return mergeData(LexiconData{}, l.data) }

// Unit gives the canonical unit of a unit word, whatever its case:
// "kilometres" is "km".
func (l *Lexicon) Unit(word string) (string, bool) {
	w := strings.ToLower(word)
	if u, ok := l.units[w]; ok {
		return u, true
	}
	u, ok := l.adjUnits[w]
	return u, ok
}

// newLexicon builds the lexicon of d.
func newLexicon(d LexiconData) (*Lexicon, error) {
	l, err := compile(d, nil)
	if err != nil {
		return nil, err
	}
	l.data = d
	l.buildWords()
	return l, nil
}

// mergeData returns the entries of a with those of b added, sharing no
// map or slice with either.
func mergeData(a, b LexiconData) LexiconData {
	return LexiconData{
		Hedges:       mergeLists(a.Hedges, b.Hedges),
		SuffixHedges: mergeLists(a.SuffixHedges, b.SuffixHedges),
		Quantifiers:  mergeQuantifiers(a.Quantifiers, b.Quantifiers),
		Units:        mergeLists(a.Units, b.Units),
		TimeHedges:   mergeLists(a.TimeHedges, b.TimeHedges),
	}
}

func mergeLists(a, b map[string][]string) map[string][]string {
	if a == nil && b == nil {
		return nil
	}
	out := make(map[string][]string, len(a)+len(b))
	for _, m := range []map[string][]string{a, b} {
		for k, list := range m {
			for _, p := range list {
				if !slices.Contains(out[k], p) {
					out[k] = append(out[k], p)
				}
			}
			if out[k] == nil {
				out[k] = []string{} // a key without phrases stays a key
			}
		}
	}
	return out
}

func mergeQuantifiers(a, b map[string]Quantifier) map[string]Quantifier {
	if a == nil && b == nil {
		return nil
	}
	out := maps.Clone(a)
	if out == nil {
		out = map[string]Quantifier{}
	}
	maps.Copy(out, b)
	return out
}

// entryError is a bad entry of a lexicon: the key of a section, and the
// phrase at index of its list when the phrase is at fault.
type entryError struct {
	section, key string
	index        int // -1: the key itself
	phrase       string
	msg          string
}

func (e *entryError) Error() string {
	if e.index < 0 {
		return fmt.Sprintf("%s: %q: %s", e.section, e.key, e.msg)
	}
	return fmt.Sprintf("%s: %s: %q: %s", e.section, e.key, e.phrase, e.msg)
}

// line finds the entry in the document's nodes: the line of its phrase,
// else of its key, else of its section, else 0.
func (e *entryError) line(root *yaml.Node) int {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := 0
	for _, k := range []string{e.section, e.key} {
		key, val := mappingEntry(n, k)
		if key == nil {
			return line
		}
		line, n = key.Line, val
	}
	if e.index >= 0 && n.Kind == yaml.SequenceNode && e.index < len(n.Content) {
		line = n.Content[e.index].Line
	}
	return line
}

// mappingEntry returns the key and value nodes of key in a mapping node.
func mappingEntry(n *yaml.Node, key string) (*yaml.Node, *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i], n.Content[i+1]
		}
	}
	return nil, nil
}

// compile checks the entries of d and splits them into phrases, in a
// lexicon whose word table is not built yet. The first bad entry, in the
// order of the sections and of their sorted keys, is the error. seen
// holds the meaning of every phrase met, of d and of earlier calls; nil
// starts afresh.
func compile(d LexiconData, seen map[string]string) (*Lexicon, error) {
	if seen == nil {
		seen = map[string]string{}
	}
	l := &Lexicon{
		hedges: map[string][]phrase{}, suffixes: map[string][]phrase{}, hyphened: map[string][]phrase{},
		quants: map[string][]phrase{}, clock: map[string][]phrase{},
		units: map[string]string{}, adjUnits: map[string]string{},
	}
	for _, sec := range []struct {
		name   string
		lists  map[string][]string
		suffix bool
	}{{"hedges", d.Hedges, false}, {"suffix_hedges", d.SuffixHedges, true}} {
		for _, meaning := range slices.Sorted(maps.Keys(sec.lists)) {
			if !slices.Contains(hedgeMeanings, meaning) {
				return nil, &entryError{sec.name, meaning, -1, "", "unknown meaning; want one of: " + strings.Join(hedgeMeanings, ", ")}
			}
			for i, text := range sec.lists[meaning] {
				toks, hyphen, err := hedgeTokens(text, sec.suffix)
				if err == nil {
					err = once(seen, sec.name, toks, meaning, hyphen)
				}
				if err != nil {
					return nil, &entryError{sec.name, meaning, i, text, err.Error()}
				}
				p := phrase{toks: toks, hedge: meaning}
				switch {
				case !sec.suffix:
					l.hedges[toks[0]] = append(l.hedges[toks[0]], p)
				case hyphen:
					l.hyphened[toks[0]] = append(l.hyphened[toks[0]], p)
				default:
					l.suffixes[toks[0]] = append(l.suffixes[toks[0]], p)
				}
			}
		}
	}
	for _, text := range slices.Sorted(maps.Keys(d.Quantifiers)) {
		q := d.Quantifiers[text]
		toks, err := phraseTokens(text)
		switch {
		case err != nil:
		case math.IsNaN(q.Min) || math.IsInf(q.Min, 0) || math.IsNaN(q.Max) || math.IsInf(q.Max, 0):
			err = errors.New("min and max must be finite numbers")
		case q.Min > q.Max:
			err = fmt.Errorf("min %g is above max %g", q.Min, q.Max)
		default:
			err = once(seen, "quantifiers", toks, quantString(q), false)
		}
		if err != nil {
			return nil, &entryError{"quantifiers", text, -1, "", err.Error()}
		}
		l.quants[toks[0]] = append(l.quants[toks[0]], phrase{toks: toks, quant: q})
	}
	for _, unit := range slices.Sorted(maps.Keys(d.Units)) {
		if strings.TrimSpace(unit) == "" {
			return nil, &entryError{"units", unit, -1, "", "empty unit name"}
		}
		for i, text := range d.Units[unit] {
			toks, err := phraseTokens(text)
			if err == nil && len(toks) > 1 {
				err = errors.New("a unit word is one word")
			}
			if err == nil {
				err = once(seen, "units", toks, unit, false)
			}
			if err != nil {
				return nil, &entryError{"units", unit, i, text, err.Error()}
			}
			if w := toks[0]; len(w) == 1 {
				l.adjUnits[w] = unit
			} else {
				l.units[w] = unit
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(d.TimeHedges)) {
		prec, ok := timeTolerances[name]
		if !ok {
			return nil, &entryError{"time_hedges", name, -1, "", "unknown tolerance; want one of: default, half hour, quarter hour"}
		}
		for i, text := range d.TimeHedges[name] {
			toks, err := phraseTokens(text)
			if err == nil {
				err = once(seen, "time_hedges", toks, name, false)
			}
			if err != nil {
				return nil, &entryError{"time_hedges", name, i, text, err.Error()}
			}
			l.clock[toks[0]] = append(l.clock[toks[0]], phrase{toks: toks, prec: prec})
		}
	}
	for _, m := range []map[string][]phrase{l.hedges, l.suffixes, l.hyphened, l.quants, l.clock} {
		for k, ps := range m {
			m[k] = slices.CompactFunc(slices.SortedFunc(slices.Values(ps), longestFirst), samePhrase)
		}
	}
	return l, nil
}

// once records in seen (section and phrase -> meaning) that the phrase
// toks of a section means meaning, and fails
// when it already means something else. A hyphened suffix hedge is
// another phrase than the same words written apart.
func once(seen map[string]string, section string, toks []string, meaning string, hyphen bool) error {
	key := section + "\x00" + strings.Join(toks, " ")
	if hyphen {
		key += "\x00-"
	}
	if m, ok := seen[key]; ok && m != meaning {
		return fmt.Errorf("given two meanings: %q and %q", m, meaning)
	}
	seen[key] = meaning
	return nil
}

// quantString is a quantifier as an error names it.
func quantString(q Quantifier) string {
	if q.About {
		return fmt.Sprintf("about [%g, %g]", q.Min, q.Max)
	}
	return fmt.Sprintf("[%g, %g]", q.Min, q.Max)
}

// longestFirst orders phrases by their number of tokens, most first, then
// by their text.
func longestFirst(a, b phrase) int {
	if len(a.toks) != len(b.toks) {
		return len(b.toks) - len(a.toks)
	}
	return slices.Compare(a.toks, b.toks)
}

// samePhrase reports whether a and b are the same words: the same phrase
// written twice, in two cases or under one meaning twice.
func samePhrase(a, b phrase) bool { return slices.Equal(a.toks, b.toks) }

// hedgeTokens splits a hedge into tokens; a suffix hedge starting with "-"
// is hyphened, and its tokens are those after the hyphen.
func hedgeTokens(text string, suffix bool) ([]string, bool, error) {
	if rest, ok := strings.CutPrefix(text, "-"); ok && suffix {
		if rest == "" || !isLetter(rest[0]) {
			return nil, true, errors.New(`a hyphened suffix hedge is "-" then a word, as in "-odd"`)
		}
		toks, err := phraseTokens(rest)
		return toks, true, err
	}
	toks, err := phraseTokens(text)
	return toks, false, err
}

// bareLexicon knows no word: it scans phrases, which are read before the
// word table is built.
var bareLexicon = &Lexicon{}

// phraseTokens splits a phrase as scan splits the text, words lowered. A
// phrase starts with a word, and its words are ASCII letters, as the word
// table requires (see foldEqual).
func phraseTokens(text string) ([]string, error) {
	t := bareLexicon.scan(text)
	defer t.release()
	if t.n() == 0 {
		return nil, errors.New("empty phrase")
	}
	if t.toks[0].kind != tWord {
		return nil, errors.New("does not start with a letter")
	}
	toks := make([]string, t.n())
	for i := range t.toks {
		raw := t.raw(i)
		switch t.toks[i].kind {
		case tNum:
			return nil, fmt.Errorf("%q is a number: a phrase is words and punctuation", raw)
		case tWord:
			if strings.Trim(raw, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
				return nil, fmt.Errorf("%q is not ASCII letters", raw)
			}
			if len(raw) > maxWordLen {
				return nil, fmt.Errorf("%q is longer than %d letters", raw, maxWordLen)
			}
			raw = strings.ToLower(raw)
		}
		toks[i] = raw
	}
	return toks, nil
}
