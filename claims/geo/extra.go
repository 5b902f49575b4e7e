package geo

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

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
