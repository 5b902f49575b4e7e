package geo

import (
	"fmt"
	"slices"
	"strings"
)

// capitalRef names a country's capital city by ID until the cities are
// loaded; finish resolves it.
type capitalRef struct{ country, city string }

// addCountry reads: code name official capital lat lon population aliases demonyms.
func (g *gazetteer) addCountry(f []string) error {
	if err := fieldsOf(f, 9); err != nil {
		return err
	}
	p := Place{ID: f[0], Name: f[1], Kind: KindCountry, Country: f[0]}
	if err := setNumbers(&p, f[6], f[4], f[5]); err != nil {
		return err
	}
	i := g.add(p, append(list(f[7]), f[2])...)
	g.countries[p.ID] = i
	if f[3] != "" {
		g.pending = append(g.pending, capitalRef{country: p.ID, city: f[3]})
	}
	for _, d := range list(f[8]) {
		g.addDemonym(d, p.ID)
	}
	return nil
}

// addRegion reads: id country name population aliases.
func (g *gazetteer) addRegion(f []string) error {
	if err := fieldsOf(f, 5); err != nil {
		return err
	}
	p := Place{ID: f[0], Name: f[2], Kind: KindRegion, Country: f[1]}
	if err := setNumbers(&p, f[3], "", ""); err != nil {
		return err
	}
	g.regions[p.ID] = g.add(p, list(f[4])...)
	return nil
}

// addCity reads: id country region name population lat lon feature.
func (g *gazetteer) addCity(f []string) error {
	if err := fieldsOf(f, 8); err != nil {
		return err
	}
	p := Place{ID: f[0], Name: f[3], Kind: KindCity, Country: f[1], Region: f[2]}
	if err := setNumbers(&p, f[4], f[5], f[6]); err != nil {
		return err
	}
	i := g.add(p)
	g.cityIDs[p.ID] = i
	return nil
}

func setNumbers(p *Place, pop, lat, lon string) error {
	n, err := atoi(pop)
	if err != nil {
		return err
	}
	p.Population = n
	if lat == "" {
		return nil
	}
	if p.Lat, err = atof(lat); err != nil {
		return err
	}
	p.Lon, err = atof(lon)
	return err
}

// addDemonym files a people's adjective or noun, with its regular plural
// (German → Germans). A word that several countries or territories share
// goes to the most populous of them ("French" → FR, not French Polynesia).
func (g *gazetteer) addDemonym(word, code string) {
	if _, ok := g.adjective[code]; !ok && word != "" {
		g.adjective[code] = word
	}
	for _, w := range []string{word, plural(word)} {
		if w == "" {
			continue
		}
		k := Fold(w)
		if old, ok := g.demonym[k]; ok && g.population(old) >= g.population(code) {
			continue
		}
		g.demonym[k] = code
	}
}

func (g *gazetteer) population(code string) int {
	if i, ok := g.countries[code]; ok {
		return g.places[i].Population
	}
	return -1
}

// plural returns the regular plural of a demonym, or "" for those that are
// their own plural (French, Swiss, Chinese, British).
func plural(w string) string {
	l := strings.ToLower(w)
	for _, s := range []string{"s", "x", "z", "sh", "ch", "ese", "ish"} {
		if strings.HasSuffix(l, s) {
			return ""
		}
	}
	return w + "s"
}

// finish resolves capitals, drops generic words, marks common names and
// orders every key's places, most populous first.
func (g *gazetteer) finish() error {
	for _, c := range g.pending {
		i, ok := g.cityIDs[c.city]
		if !ok {
			return fmt.Errorf("geo: capital %s of %s is not in data/cities.tsv", c.city, c.country)
		}
		g.capital[c.country] = i
	}
	for i := range g.places {
		g.places[i].Common = g.common[Fold(g.places[i].Name)]
	}
	g.dropMinorCommon()
	for _, ids := range g.byKey {
		slices.SortStableFunc(ids, g.morePopulous)
		g.citiesFirst(ids)
	}
	return nil
}

// citiesFirst moves a city ahead of the region that contains it and bears
// the same name (Ankara, Moscow, New York): texts mean the city.
func (g *gazetteer) citiesFirst(ids []int32) {
	for i := 0; i < len(ids); i++ {
		r := &g.places[ids[i]]
		if r.Kind != KindRegion {
			continue
		}
		for j := i + 1; j < len(ids); j++ {
			if c := &g.places[ids[j]]; c.Kind == KindCity && c.Region == r.ID {
				city := ids[j]
				copy(ids[i+1:j+1], ids[i:j])
				ids[i] = city
				break
			}
		}
	}
}

func (g *gazetteer) morePopulous(a, b int32) int {
	pa, pb := &g.places[a], &g.places[b]
	if pa.Population != pb.Population {
		return pb.Population - pa.Population
	}
	return int(pa.Kind) - int(pb.Kind)
}

// commonMinPop is the population under which a place whose name is an
// everyday word ("Same", "Bar", "We") is left out of that word's key: such
// a small seat is far likelier a misreading than the place. Countries and
// capitals stay.
const commonMinPop = 100000

func (g *gazetteer) dropMinorCommon() {
	capitals := map[int32]bool{}
	for _, i := range g.capital {
		capitals[i] = true
	}
	for k, ids := range g.byKey {
		if !g.common[k] {
			continue
		}
		ids = slices.DeleteFunc(ids, func(i int32) bool {
			p := &g.places[i]
			return p.Kind != KindCountry && !capitals[i] && p.Population < commonMinPop
		})
		if len(ids) == 0 {
			delete(g.byKey, k)
			continue
		}
		g.byKey[k] = ids
	}
}
