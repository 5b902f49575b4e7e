// Command lookalike is the false-alarm test: each ECB+ topic holds two
// different events that look alike (N_ecb and N_ecbplus). Checking the
// two folders together must not turn their differences into conflicts
// about one event; it counts the conflicts made together beyond those
// each folder makes alone.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/bench/ecbplus/ecb"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

func main() {
	root := flag.String("root", "../shared/corpora/ecbplus", "ECB+ corpus folder")
	verbose := flag.Bool("v", false, "print the counts of every topic")
	flag.Parse()
	if err := run(*root, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "lookalike:", err)
		os.Exit(1)
	}
}

func run(root string, verbose bool) error {
	folders, _ := filepath.Glob(filepath.Join(root, "texts", "*_ecb"))
	sort.Strings(folders)
	var alone, together, topics, pairs int
	for _, f := range folders {
		a, err := docs(root, filepath.Base(f))
		if err != nil {
			return err
		}
		b, err := docs(root, strings.TrimSuffix(filepath.Base(f), "_ecb")+"_ecbplus")
		if err != nil {
			return err
		}
		na, nb := conflicts(a), conflicts(b)
		nt := conflicts(append(append([]*claims.Document{}, a...), b...))
		if verbose {
			fmt.Printf("%s: alone %d + %d, together %d\n", filepath.Base(f), na, nb, nt)
		}
		alone += na + nb
		together += nt
		topics++
		pairs += len(a) * len(b)
	}
	fmt.Printf("topics %d: conflicts within single events %d, with both look-alike events checked together %d\n", topics, alone, together)
	fmt.Printf("false alarms from mixing events: %d (%.4f per cross-event article pair)\n", together-alone, float64(together-alone)/float64(max(pairs, 1)))
	return nil
}

func docs(root, folder string) ([]*claims.Document, error) {
	ds, err := ecb.Load(root, folder)
	if err != nil {
		return nil, err
	}
	out := make([]*claims.Document, len(ds))
	for i, d := range ds {
		out[i] = d.Doc
	}
	return out, nil
}

func conflicts(docs []*claims.Document) int {
	r := compare.Check(docs, compare.Options{})
	return compare.CountAtLeast(r, compare.Info) - nonConflicts(r)
}

func nonConflicts(r *compare.Report) int {
	n := 0
	for i := range r.Findings {
		if !compare.IsConflict(&r.Findings[i]) {
			n++
		}
	}
	return n
}
