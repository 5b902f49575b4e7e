package geo

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/countries.tsv data/regions.tsv data/cities.tsv data/common.txt data/extra.yaml
var dataFS embed.FS

// gazetteer is the loaded data: places and the indexes over them.
type gazetteer struct {
	places    []Place
	byKey     map[string][]int32 // folded name → places, most populous first
	common    map[string]bool    // folded names that are everyday English words
	demonym   map[string]string  // folded demonym → ISO code ("" when ambiguous)
	adjective map[string]string  // ISO code → the first demonym listed ("Norwegian")
	countries map[string]int32   // ISO code → place
	regions   map[string]int32   // region ID → place
	capital   map[string]int32   // ISO code → capital city
	cityIDs   map[string]int32   // GeoNames id → city
	pending   []capitalRef
}

var (
	loadOnce sync.Once
	loaded   *gazetteer
	loadErr  error
)

// get returns the gazetteer, loading it on first use. A load error leaves
// an empty gazetteer in place: every lookup then finds nothing.
func get() *gazetteer {
	loadOnce.Do(func() {
		loaded, loadErr = load()
		if loadErr != nil {
			loaded = newGazetteer()
		}
	})
	return loaded
}

// Err returns the error met while loading the embedded data, if any.
func Err() error {
	get()
	return loadErr
}

func newGazetteer() *gazetteer {
	return &gazetteer{
		byKey:     map[string][]int32{},
		common:    map[string]bool{},
		demonym:   map[string]string{},
		adjective: map[string]string{},
		countries: map[string]int32{},
		regions:   map[string]int32{},
		capital:   map[string]int32{},
		cityIDs:   map[string]int32{},
	}
}

func load() (*gazetteer, error) {
	g := newGazetteer()
	g.reserve()
	steps := []struct {
		file string
		fn   func(*gazetteer, []string) error
	}{
		{"countries.tsv", (*gazetteer).addCountry},
		{"regions.tsv", (*gazetteer).addRegion},
		{"cities.tsv", (*gazetteer).addCity},
	}
	for _, s := range steps {
		if err := g.readTSV(s.file, s.fn); err != nil {
			return nil, err
		}
	}
	if err := g.readCommon(); err != nil {
		return nil, err
	}
	if err := g.readExtra(); err != nil {
		return nil, err
	}
	if err := g.finish(); err != nil {
		return nil, err
	}
	return g, nil
}

// readTSV calls fn on the fields of every line of a data file that is not
// blank or a comment.
func (g *gazetteer) readTSV(name string, fn func(*gazetteer, []string) error) error {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		if err := fn(g, strings.Split(text, "\t")); err != nil {
			return fmt.Errorf("geo: data/%s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

func (g *gazetteer) readCommon() error {
	b, err := dataFS.ReadFile("data/common.txt")
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	for _, w := range strings.Split(string(b), "\n") {
		if w != "" && w[0] != '#' {
			g.common[Fold(w)] = true
		}
	}
	return nil
}

// add appends a place and indexes it under its name and aliases.
func (g *gazetteer) add(p Place, aliases ...string) int32 {
	i := int32(len(g.places))
	g.places = append(g.places, p)
	g.index(i, p.Name)
	for _, a := range aliases {
		g.index(i, a)
	}
	return i
}

// index files place i under the key of name and its German spelling.
func (g *gazetteer) index(i int32, name string) {
	g.indexKey(i, Fold(name))
	if k, ok := germanKey(name); ok {
		g.indexKey(i, k)
	}
}

func (g *gazetteer) indexKey(i int32, k string) {
	if k == "" {
		return
	}
	for _, j := range g.byKey[k] {
		if j == i {
			return
		}
	}
	g.byKey[k] = append(g.byKey[k], i)
}

func fieldsOf(f []string, n int) error {
	if len(f) < n {
		return fmt.Errorf("%d fields, want %d", len(f), n)
	}
	return nil
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}

func atoi(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("bad number %q: %w", s, err)
	}
	return n, nil
}

func atof(s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("bad coordinate %q: %w", s, err)
	}
	return v, nil
}

// reserve sizes the place list and the name index for the embedded tables,
// sparing the load the cost of growing them.
func (g *gazetteer) reserve() {
	n := 0
	for _, name := range []string{"countries.tsv", "regions.tsv", "cities.tsv"} {
		b, _ := dataFS.ReadFile("data/" + name)
		n += bytes.Count(b, []byte{'\n'})
	}
	g.places = make([]Place, 0, n)
	g.byKey = make(map[string][]int32, n+n/4)
	g.cityIDs = make(map[string]int32, n)
}
