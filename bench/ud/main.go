// Command ud scores crosscheck's tagger, lemmatiser and parser as the
// CoNLL 2018 shared task does (udeval): on the EWT test split and on PUD
// (news and Wikipedia, never trained on) with gold tokens, and on the EWT
// test split from raw text through the project's own tokenizer, where
// tokens and words are scored and the rest over aligned words. Sentence
// boundaries are the gold ones: each sentence's text is tokenized alone.
//
//	go run ./bench/ud [-corpora ../shared/corpora] [-dev]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/crosscheck/crosscheck/claims/syntax"
	"github.com/crosscheck/crosscheck/claims/syntax/udeval"
)

func main() {
	corpora := flag.String("corpora", "../shared/corpora", "folder of the corpora")
	dev := flag.Bool("dev", false, "score the EWT dev split too")
	flag.Parse()
	if err := run(*corpora, *dev); err != nil {
		fmt.Fprintln(os.Stderr, "ud:", err)
		os.Exit(1)
	}
}

type set struct {
	name, path string
	raw        bool // tokenize the sentences' text rather than keep the gold words
}

func run(corpora string, dev bool) error {
	m, err := syntax.Default()
	if err != nil {
		return err
	}
	ewt := filepath.Join(corpora, "ud-english-ewt")
	sets := []set{
		{"EWT test, gold tokens", filepath.Join(ewt, "en_ewt-ud-test.conllu"), false},
		{"PUD, gold tokens", filepath.Join(corpora, "ud-english-pud", "en_pud-ud-test.conllu"), false},
		{"EWT test, raw text", filepath.Join(ewt, "en_ewt-ud-test.conllu"), true},
	}
	if dev {
		sets = append([]set{{"EWT dev, gold tokens", filepath.Join(ewt, "en_ewt-ud-dev.conllu"), false}}, sets...)
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "\tTokens\tWords\tUPOS\tXPOS\tLemmas\tUAS\tLAS\tCLAS\t")
	for _, s := range sets {
		sc, err := score(m, s)
		if err != nil {
			return fmt.Errorf("%s: %w", s.path, err)
		}
		f := func(x udeval.Metric) string { return fmt.Sprintf("%.2f", 100*x.F1()) }
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", s.name, f(sc.Tokens), f(sc.Words),
			f(sc.UPOS), f(sc.XPOS), f(sc.Lemmas), f(sc.UAS), f(sc.LAS), f(sc.CLAS))
	}
	return w.Flush()
}

func score(m *syntax.Model, s set) (udeval.Scores, error) {
	f, err := os.Open(s.path)
	if err != nil {
		return udeval.Scores{}, err
	}
	defer f.Close()
	gold, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return udeval.Scores{}, err
	}
	sys := make([]syntax.Sentence, len(gold))
	for i, g := range gold {
		sys[i] = syntax.Sentence{ID: g.ID, Text: g.Text}
		if s.raw {
			sys[i].Words = syntax.Tokenize(g.Text)
		} else {
			sys[i].Words = make([]syntax.Word, len(g.Words))
			for j, x := range g.Words {
				sys[i].Words[j] = syntax.Word{Form: x.Form, Start: x.Start, End: x.End, Joined: x.Joined}
			}
		}
		m.Annotate(&sys[i])
	}
	return udeval.Score(gold, sys)
}
