// Command gen writes the tables package sense embeds, from the YAML
// source of Open English WordNet:
//
//	go run ./claims/sense/internal/gen [-wordnet dir] [-out file] [-show lemma,…]
//
// With -show, it prints instead the senses of the lemmas given (comma
// separated), numbered as events.yaml names them (fire.n.01), with their
// lexicographer files, members and definitions, to choose seeds by.
//
// The output depends only on the input: synsets are numbered in the order
// of their ids, lemmas in the order of their lower-case keys, and every
// list is sorted or kept in WordNet's own order.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/claims/internal/wordnet"
	"github.com/crosscheck/crosscheck/claims/sense/internal/store"
)

func main() {
	dir := flag.String("wordnet", filepath.Join("..", "shared", "corpora", "wordnet", "yaml"), "the folder of Open English WordNet's YAML files")
	out := flag.String("out", filepath.Join("claims", "sense", "data", "wordnet.tables"), "the tables file to write")
	show := flag.String("show", "", "print the senses of these comma-separated lemmas instead")
	flag.Parse()
	var err error
	if *show != "" {
		err = showSenses(*dir, strings.Split(*show, ","))
	} else {
		err = run(*dir, *out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	wn, err := wordnet.Read(dir, true)
	if err != nil {
		return err
	}
	d, stats, err := build(wn)
	if err != nil {
		return err
	}
	b, err := store.Encode(d)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d bytes: %d synsets, %d lemmas, %d senses, %d hypernym links, %d member links, %d sense links (%d unresolved)\n",
		out, len(b), len(d.SynLex), len(d.KeyOff)-1, len(d.SenseSyn), len(d.Up), len(d.Parts), len(d.Links), stats.unresolved)
	return nil
}

type stats struct{ unresolved int }

// posRank orders the parts of speech of one key: nouns, verbs, adjectives
// (heads and satellites together), adverbs.
var posRank = map[string]int{"n": 0, "v": 1, "a": 2, "s": 2, "r": 3}

func build(wn *wordnet.WordNet) (*store.Data, stats, error) {
	var st stats
	d := &store.Data{}
	synIDs := make([]string, 0, len(wn.Synsets))
	for id := range wn.Synsets {
		synIDs = append(synIDs, id)
	}
	slices.Sort(synIDs)
	synIndex := make(map[string]uint32, len(synIDs))
	lexIndex := map[string]uint8{}
	for i, id := range synIDs {
		synIndex[id] = uint32(i)
		lexIndex[wn.Synsets[id].Lexname] = 0
	}
	for name := range lexIndex {
		d.Lexnames = append(d.Lexnames, name)
	}
	slices.Sort(d.Lexnames)
	if len(d.Lexnames) > 256 {
		return nil, st, fmt.Errorf("%d lexicographer files, more than 256", len(d.Lexnames))
	}
	for i, name := range d.Lexnames {
		lexIndex[name] = uint8(i)
	}
	d.UpOff = append(d.UpOff, 0)
	d.PartOff = append(d.PartOff, 0)
	for _, id := range synIDs {
		s := wn.Synsets[id]
		d.SynLex = append(d.SynLex, lexIndex[s.Lexname])
		up, err := upLinks(wn, s, synIndex)
		if err != nil {
			return nil, st, err
		}
		d.Up = append(d.Up, up...)
		d.UpOff = append(d.UpOff, uint32(len(d.Up)))
		parts, err := resolveAll(s.ID, s.MeroMember, synIndex)
		if err != nil {
			return nil, st, err
		}
		d.Parts = append(d.Parts, parts...)
		d.PartOff = append(d.PartOff, uint32(len(d.Parts)))
	}

	keys, byKey := groupEntries(wn)
	senseIndex := map[string]uint32{}
	type senseRef struct {
		key   string
		sense *wordnet.Sense
	}
	var senses []senseRef
	d.KeyOff = append(d.KeyOff, 0)
	d.LemmaOff = append(d.LemmaOff, 0)
	var keyBuf strings.Builder
	for _, k := range keys {
		seen := map[string]bool{}
		for _, e := range byKey[k] {
			for i := range e.Senses {
				s := &e.Senses[i]
				if seen[s.Synset] {
					continue // a second spelling of the key in the same synset
				}
				syn, ok := synIndex[s.Synset]
				if !ok {
					return nil, st, fmt.Errorf("%s: sense %s: unknown synset %s", e.Lemma, s.ID, s.Synset)
				}
				seen[s.Synset] = true
				senseIndex[s.ID] = uint32(len(senses))
				senses = append(senses, senseRef{k, s})
				d.SenseSyn = append(d.SenseSyn, syn)
				var flag uint8
				if e.Lemma != k {
					flag |= store.FlagCapital
				}
				d.SenseFlag = append(d.SenseFlag, flag)
			}
		}
		keyBuf.WriteString(k)
		d.KeyOff = append(d.KeyOff, uint32(keyBuf.Len()))
		d.LemmaOff = append(d.LemmaOff, uint32(len(senses)))
	}
	d.Keys = keyBuf.String()

	// A synset's members in its own order, one place per key.
	places := make([]map[string]uint32, len(synIDs))
	for i, id := range synIDs {
		m := map[string]uint32{}
		for _, mem := range wn.Synsets[id].Members {
			k := strings.ToLower(mem)
			if _, ok := m[k]; !ok {
				m[k] = uint32(len(m))
			}
		}
		places[i] = m
	}
	// Members a synset lists without a sense are dropped, so places are
	// renumbered to stay dense.
	present := make([]map[string]bool, len(synIDs))
	for i, ref := range senses {
		syn := d.SenseSyn[i]
		if present[syn] == nil {
			present[syn] = map[string]bool{}
		}
		present[syn][ref.key] = true
		if _, ok := places[syn][ref.key]; !ok {
			places[syn][ref.key] = uint32(len(places[syn])) // a sense the members list misses
		}
	}
	for i, ref := range senses {
		syn := d.SenseSyn[i]
		p := places[syn][ref.key]
		dense := uint32(0)
		for k, q := range places[syn] {
			if q < p && present[syn][k] {
				dense++
			}
		}
		d.SensePos = append(d.SensePos, dense)
	}

	links := make([][]uint32, len(senses))
	for i, ref := range senses {
		for _, rl := range senseRelations(ref.sense) {
			for _, target := range rl.ids {
				t, ok := senseIndex[target]
				if !ok {
					st.unresolved++
					continue
				}
				links[i] = append(links[i], store.Link(t, rl.rel, false))
				links[t] = append(links[t], store.Link(uint32(i), rl.rel, !rl.rel.Symmetric()))
			}
		}
	}
	d.LinkOff = append(d.LinkOff, 0)
	for i := range links {
		l := links[i]
		slices.SortFunc(l, func(a, b uint32) int {
			if a&0xff != b&0xff {
				return int(a&0xff) - int(b&0xff)
			}
			return int(a>>8) - int(b>>8)
		})
		d.Links = append(d.Links, slices.Compact(l)...)
		d.LinkOff = append(d.LinkOff, uint32(len(d.Links)))
	}
	return d, st, nil
}

// upLinks gives a synset's hypernyms and instance hypernyms, and for an
// adjective satellite the head adjectives it is similar to, in WordNet's
// order without repeats.
func upLinks(wn *wordnet.WordNet, s *wordnet.Synset, index map[string]uint32) ([]uint32, error) {
	ids := append(slices.Clone(s.Hypernym), s.InstanceHypernym...)
	if s.POS == "s" {
		for _, t := range s.Similar {
			if h := wn.Synsets[t]; h != nil && h.POS == "a" {
				ids = append(ids, t)
			}
		}
	}
	return resolveAll(s.ID, ids, index)
}

// resolveAll numbers the synsets of ids, in order, without repeats.
func resolveAll(from string, ids []string, index map[string]uint32) ([]uint32, error) {
	var out []uint32
	for _, id := range ids {
		i, ok := index[id]
		if !ok {
			return nil, fmt.Errorf("synset %s: link to unknown synset %s", from, id)
		}
		if !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out, nil
}

// groupEntries gathers the entries under their lower-case keys. Under a
// key, entries come by part of speech (noun, verb, adjective, adverb),
// and within one the spelling that is the key itself first, then the
// title-case spelling, then the others in order: "may" the hawthorn
// before "May" the month; "March" the month before "MArch" the degree.
func groupEntries(wn *wordnet.WordNet) ([]string, map[string][]*wordnet.Entry) {
	byKey := map[string][]*wordnet.Entry{}
	for i := range wn.Entries {
		e := &wn.Entries[i]
		k := strings.ToLower(e.Lemma)
		byKey[k] = append(byKey[k], e)
	}
	keys := make([]string, 0, len(byKey))
	for k, es := range byKey {
		keys = append(keys, k)
		slices.SortStableFunc(es, func(a, b *wordnet.Entry) int {
			if c := posRank[a.POS] - posRank[b.POS]; c != 0 {
				return c
			}
			if c := spellingRank(a.Lemma, k) - spellingRank(b.Lemma, k); c != 0 {
				return c
			}
			if c := strings.Compare(a.Lemma, b.Lemma); c != 0 {
				return c
			}
			return strings.Compare(a.POS, b.POS)
		})
	}
	slices.Sort(keys)
	return keys, byKey
}

// spellingRank orders the spellings of key: the key itself, its title
// case, any other.
func spellingRank(spelling, key string) int {
	switch {
	case spelling == key:
		return 0
	case spelling == titleCase(key):
		return 1
	}
	return 2
}

func titleCase(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

type relation struct {
	rel store.Rel
	ids []string
}

func senseRelations(s *wordnet.Sense) []relation {
	return []relation{
		{store.Derivation, s.Derivation}, {store.Antonym, s.Antonym},
		{store.Pertainym, s.Pertainym}, {store.Participle, s.Participle},
		{store.Agent, s.Agent}, {store.BodyPart, s.BodyPart}, {store.ByMeansOf, s.ByMeansOf},
		{store.Destination, s.Destination}, {store.Event, s.Event}, {store.Instrument, s.Instrument},
		{store.Location, s.Location}, {store.Material, s.Material}, {store.Property, s.Property},
		{store.Result, s.Result}, {store.State, s.State}, {store.Undergoer, s.Undergoer},
		{store.Uses, s.Uses}, {store.Vehicle, s.Vehicle},
	}
}

// showSenses prints the senses of lemmas as package sense numbers them.
func showSenses(dir string, lemmas []string) error {
	wn, err := wordnet.Read(dir, true)
	if err != nil {
		return err
	}
	_, byKey := groupEntries(wn)
	letter := map[int]string{0: "n", 1: "v", 2: "a", 3: "r"}
	for _, l := range lemmas {
		k := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(l), "_", " "))
		n := map[int]int{}
		seen := map[string]bool{}
		for _, e := range byKey[k] {
			for _, s := range e.Senses {
				if seen[s.Synset] {
					continue
				}
				seen[s.Synset] = true
				syn := wn.Synsets[s.Synset]
				p := posRank[e.POS]
				n[p]++
				fmt.Printf("%s.%s.%02d\t%s\t%s\t%s\n", strings.ReplaceAll(k, " ", "_"), letter[p], n[p],
					syn.Lexname, strings.Join(syn.Members, ", "), syn.Definition)
			}
		}
	}
	return nil
}
