package names

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed variants.yaml
var variantsYAML []byte

// Variants says which given names are one name in another spelling or a
// short form (Sergei/Serguei, Richard/Rick).
type Variants struct {
	groups map[string][]int // given key → the groups it stands in
}

type variantsFile struct {
	Groups [][]string `yaml:"groups"`
}

// ParseVariants reads a variants file: `groups:` and a list of lists of
// given names.
func ParseVariants(data []byte) (*Variants, error) {
	var f variantsFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("given-name variants: %w", err)
	}
	v := &Variants{groups: map[string][]int{}}
	for i, g := range f.Groups {
		if len(g) < 2 {
			return nil, fmt.Errorf("given-name variants: group %d has %d names (want two or more)", i+1, len(g))
		}
		for _, name := range g {
			k := GivenKey(name)
			if k == "" {
				return nil, fmt.Errorf("given-name variants: group %d: %q is not a name", i+1, name)
			}
			v.add(k, i)
		}
	}
	return v, nil
}

func (v *Variants) add(k string, g int) {
	gs := v.groups[k]
	if n := len(gs); n > 0 && gs[n-1] == g {
		return
	}
	v.groups[k] = append(gs, g)
}

// Same reports whether the given keys a and b stand in one group.
func (v *Variants) Same(a, b string) bool {
	if v == nil {
		return false
	}
	ga, gb := v.groups[a], v.groups[b]
	for _, x := range ga {
		if i := sort.SearchInts(gb, x); i < len(gb) && gb[i] == x {
			return true
		}
	}
	return false
}

// Len is the number of distinct given keys known.
func (v *Variants) Len() int { return len(v.groups) }

// DefaultVariants returns the embedded table of given-name variants.
var DefaultVariants = sync.OnceValues(func() (*Variants, error) {
	return ParseVariants(variantsYAML)
})
