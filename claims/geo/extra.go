package geo

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// extra is the shape of data/extra.yaml, the hand-written additions.
type extra struct {
	Countries map[string]struct {
		Names    []string `yaml:"names"`
		Demonyms []string `yaml:"demonyms"`
	} `yaml:"countries"`
	Preferred map[string]string   `yaml:"preferred"`
	Regions   map[string][]string `yaml:"regions"`
	Cities    map[string][]string `yaml:"cities"`
	Generic   []string            `yaml:"generic"`
	Common    []string            `yaml:"common"`
}

func (g *gazetteer) readExtra() error {
	b, err := dataFS.ReadFile("data/extra.yaml")
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	var x extra
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&x); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("geo: data/extra.yaml: %w", err)
	}
	if err := g.applyExtra(&x); err != nil {
		return fmt.Errorf("geo: data/extra.yaml: %w", err)
	}
	return nil
}

func (g *gazetteer) applyExtra(x *extra) error {
	for code, c := range x.Countries {
		i, ok := g.countries[code]
		if !ok {
			return fmt.Errorf("countries: unknown code %q", code)
		}
		for _, n := range c.Names {
			g.index(i, n)
		}
		for _, d := range c.Demonyms {
			g.addDemonym(d, code)
		}
	}
	for word, code := range x.Preferred {
		if _, ok := g.countries[code]; !ok {
			return fmt.Errorf("preferred: %s: unknown code %q", word, code)
		}
		g.demonym[Fold(word)] = code
	}
	if err := g.extraAliases(x); err != nil {
		return err
	}
	for _, w := range x.Generic {
		delete(g.byKey, Fold(w))
	}
	for _, w := range x.Common {
		g.common[Fold(w)] = true
	}
	return nil
}

func (g *gazetteer) extraAliases(x *extra) error {
	for id, names := range x.Regions {
		i, ok := g.regions[id]
		if !ok {
			return fmt.Errorf("regions: unknown id %q", id)
		}
		for _, n := range names {
			g.index(i, n)
		}
	}
	for key, names := range x.Cities {
		i, ok := g.cityNamed(key)
		if !ok {
			return fmt.Errorf("cities: no city %q", key)
		}
		for _, n := range names {
			g.index(i, n)
		}
	}
	return nil
}

// cityNamed finds the most populous city written "CC/Name".
func (g *gazetteer) cityNamed(key string) (int32, bool) {
	cc, name, ok := strings.Cut(key, "/")
	if !ok {
		return 0, false
	}
	best := int32(-1)
	for _, i := range g.byKey[Fold(name)] {
		p := &g.places[i]
		if p.Kind == KindCity && p.Country == cc && p.Name == name &&
			(best < 0 || p.Population > g.places[best].Population) {
			best = i
		}
	}
	return best, best >= 0
}

// extendMu serialises Extend.
var extendMu sync.Mutex

// Extend adds the names of a YAML document, in the schema of
// data/extra.yaml (countries with names and demonyms, preferred demonyms,
// regions and cities with more names, generic and common words), to the
// gazetteer of this process: a user's config names the places its
// articles use that the embedded data lacks. file names the document in
// errors. Every key must name a place the data holds; on an error nothing
// is added. Extend changes what every later lookup finds, so it must be
// called before lookups run on other goroutines. Adding the same document
// twice changes nothing more.
func Extend(doc []byte, file string) error {
	x, err := decodeExtra(doc, file)
	if err != nil {
		return err
	}
	extendMu.Lock()
	defer extendMu.Unlock()
	g := get()
	if err := g.checkExtra(x); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	if err := g.applyExtra(x); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	for i := range g.places {
		g.places[i].Common = g.common[Fold(g.places[i].Name)]
	}
	for _, ids := range g.byKey {
		slices.SortStableFunc(ids, g.morePopulous)
		g.citiesFirst(ids)
	}
	return nil
}

// decodeExtra reads a document of the schema of data/extra.yaml strictly,
// with one-line errors that name file.
func decodeExtra(doc []byte, file string) (*extra, error) {
	var x extra
	dec := yaml.NewDecoder(bytes.NewReader(doc))
	dec.KnownFields(true)
	if err := dec.Decode(&x); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			msg := strings.Join(te.Errors, "; ")
			return nil, fmt.Errorf("%s: %s", file, strings.ReplaceAll(msg, " in type geo.extra", ""))
		}
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return &x, nil
}

// checkExtra reports the first key of x that names no place, in the order
// of the file's sections and of the keys.
func (g *gazetteer) checkExtra(x *extra) error {
	for _, code := range slices.Sorted(maps.Keys(x.Countries)) {
		if _, ok := g.countries[code]; !ok {
			return fmt.Errorf("countries: unknown code %q", code)
		}
	}
	for _, word := range slices.Sorted(maps.Keys(x.Preferred)) {
		if _, ok := g.countries[x.Preferred[word]]; !ok {
			return fmt.Errorf("preferred: %s: unknown code %q", word, x.Preferred[word])
		}
	}
	for _, id := range slices.Sorted(maps.Keys(x.Regions)) {
		if _, ok := g.regions[id]; !ok {
			return fmt.Errorf("regions: unknown id %q", id)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(x.Cities)) {
		if _, ok := g.cityNamed(key); !ok {
			return fmt.Errorf("cities: no city %q", key)
		}
	}
	return nil
}
