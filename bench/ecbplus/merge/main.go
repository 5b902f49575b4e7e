// Command merge scores cross-document merging of named people: for each
// ECB+ folder (one event, several outlets) it resolves the extracted
// entities with compare.ResolveEntities and counts, over pairs of gold
// name mentions in different articles, how often the same gold chain and
// the same resolved entity agree (pairwise precision and recall).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/crosscheck/crosscheck/bench/ecbplus/ecb"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

func main() {
	root := flag.String("root", "../shared/corpora/ecbplus", "ECB+ corpus folder")
	flag.Parse()
	if err := run(*root); err != nil {
		fmt.Fprintln(os.Stderr, "merge:", err)
		os.Exit(1)
	}
}

// point is one detected gold name mention: its article, chain and entity.
type point struct {
	doc      int
	chain    string
	resolved int
}

type tally struct{ both, goldSame, predSame, missed int }

func run(root string) error {
	gold, err := ecb.Mentions(root, "HUMAN_PART_PER")
	if err != nil {
		return err
	}
	sents, err := ecb.Sentences(root)
	if err != nil {
		return err
	}
	byDoc := map[string][]ecb.Mention{}
	for _, m := range gold {
		if m.Chain != "" && ecb.IsName(m.Text) {
			byDoc[m.Doc] = append(byDoc[m.Doc], m)
		}
	}
	folders, _ := filepath.Glob(filepath.Join(root, "texts", "*"))
	sort.Strings(folders)
	var t tally
	for _, f := range folders {
		if err := folder(root, filepath.Base(f), byDoc, sents, &t); err != nil {
			return err
		}
	}
	p := float64(t.both) / float64(max(t.predSame, 1))
	r := float64(t.both) / float64(max(t.goldSame, 1))
	fmt.Printf("cross-article pairs of detected named mentions: same gold chain %d, same resolved entity %d, both %d\n", t.goldSame, t.predSame, t.both)
	fmt.Printf("pairwise precision %.3f, recall %.3f, F1 %.3f (gold name mentions not detected: %d)\n", p, r, 2*p*r/max(p+r, 1e-9), t.missed)
	return nil
}

func folder(root, name string, byDoc map[string][]ecb.Mention, sents map[string]map[int]bool, t *tally) error {
	docs, err := ecb.Load(root, name)
	if err != nil {
		return err
	}
	cds := make([]*claims.Document, len(docs))
	for i, d := range docs {
		cds[i] = d.Doc
	}
	res := compare.ResolveEntities(cds, compare.Options{})
	var pts []point
	for di, d := range docs {
		pts = append(pts, points(d, di, res, byDoc[d.ID], sents[d.ID], t)...)
	}
	for i := range pts {
		for j := i + 1; j < len(pts); j++ {
			a, b := pts[i], pts[j]
			if a.doc == b.doc {
				continue
			}
			gs, ps := a.chain == b.chain, a.resolved == b.resolved
			t.goldSame += b2i(gs)
			t.predSame += b2i(ps)
			t.both += b2i(gs && ps)
		}
	}
	return nil
}

func points(d *ecb.Doc, di int, res *compare.Resolution, gold []ecb.Mention, lines map[int]bool, t *tally) []point {
	pred := d.Persons()
	var out []point
	for _, m := range gold {
		if !lines[d.Line(m.Start)] {
			continue
		}
		e := -1
		for _, p := range pred {
			if ecb.Overlap(p.Start, p.End, m.Start, m.End) {
				e = res.Of[compare.EntityRef{Doc: di, Local: p.Entity}]
				break
			}
		}
		if e < 0 {
			t.missed++
			continue
		}
		out = append(out, point{di, m.Chain, e})
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
