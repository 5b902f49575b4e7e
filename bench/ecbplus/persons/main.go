// Command persons scores named-person detection of claims.Extract against
// the ECB+ gold HUMAN_PART_PER mentions that are names, over the fully
// annotated sentences: recall, precision and F1 by overlap of byte spans.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/crosscheck/crosscheck/bench/ecbplus/ecb"
)

func main() {
	root := flag.String("root", "../shared/corpora/ecbplus", "ECB+ corpus folder")
	flag.Parse()
	if err := run(*root); err != nil {
		fmt.Fprintln(os.Stderr, "persons:", err)
		os.Exit(1)
	}
}

type score struct{ gold, found, pred, right, offsetOK, offsetBad int }

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
		byDoc[m.Doc] = append(byDoc[m.Doc], m)
	}
	folders, _ := filepath.Glob(filepath.Join(root, "texts", "*"))
	sort.Strings(folders)
	var s score
	for _, f := range folders {
		docs, err := ecb.Load(root, filepath.Base(f))
		if err != nil {
			return err
		}
		for _, d := range docs {
			scoreDoc(d, byDoc[d.ID], sents[d.ID], &s)
		}
	}
	p, r := ratio(s.right, s.pred), ratio(s.found, s.gold)
	fmt.Printf("articles whose extraction panicked (skipped): %d\n", len(ecb.Failed))
	fmt.Printf("gold offsets matching the texts: %d of %d\n", s.offsetOK, s.offsetOK+s.offsetBad)
	fmt.Printf("named gold person mentions: %d, found: %d, recall %.3f\n", s.gold, s.found, r)
	fmt.Printf("person mentions extracted: %d, on a gold person mention: %d, precision %.3f\n", s.pred, s.right, p)
	fmt.Printf("F1 %.3f\n", 2*p*r/max(p+r, 1e-9))
	return nil
}

func scoreDoc(d *ecb.Doc, gold []ecb.Mention, lines map[int]bool, s *score) {
	var all []ecb.Mention
	for _, m := range gold {
		if m.End > len(d.Src) || string(d.Src[m.Start:m.End]) != m.Text {
			s.offsetBad++
			continue
		}
		s.offsetOK++
		if lines[d.Line(m.Start)] {
			all = append(all, m)
		}
	}
	pred := d.Persons()
	for _, m := range all {
		if !ecb.IsName(m.Text) {
			continue
		}
		s.gold++
		if hit(pred, m) {
			s.found++
		}
	}
	for _, p := range pred {
		if p.Start < 0 || !lines[d.Line(p.Start)] {
			continue
		}
		s.pred++
		for _, m := range all {
			if ecb.Overlap(p.Start, p.End, m.Start, m.End) {
				s.right++
				break
			}
		}
	}
}

func hit(pred []ecb.Span, m ecb.Mention) bool {
	for _, p := range pred {
		if ecb.Overlap(p.Start, p.End, m.Start, m.End) {
			return true
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
