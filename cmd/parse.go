package cmd

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/syntax"
	"github.com/crosscheck/crosscheck/sources"
)

type parseOptions struct {
	IO       *IOStreams
	Paths    []string
	Format   string // conllu or text
	CoNLLU   bool   // the inputs are CoNLL-U files to annotate anew
	MaxBytes int64
}

func newParseCmd(s *IOStreams, runF func(*parseOptions) error) *cobra.Command {
	o := &parseOptions{IO: s}
	c := &cobra.Command{
		Use:   "parse FILE...",
		Short: "Print the syntactic analysis of articles as CoNLL-U",
		Long: `Parse splits each article into sentences and words, and prints each
word's part of speech (universal and Penn), lemma, head and dependency
relation: the analysis the claims are read from. The default format is
CoNLL-U, with "# text", "# sent_id" and each token's character range in
the article (TokenRange=start:end in MISC), which any Universal
Dependencies tool loads; --format text draws each sentence as a tree.

With --conllu the inputs are CoNLL-U files: their tokens are kept and
annotated anew, which is how the parser is scored with gold tokens.`,
		Example: `  crosscheck parse examples/harbour-gazette.txt
  crosscheck parse --format text examples/coast-courier.md
  crosscheck parse --conllu gold.conllu > system.conllu`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.Paths = args
			if o.Format != "conllu" && o.Format != "text" {
				return usageError("--format %q: want conllu or text", o.Format)
			}
			if o.MaxBytes <= 0 {
				return usageError("--max-bytes must be positive")
			}
			if runF != nil {
				return runF(o)
			}
			return runParse(o)
		},
	}
	c.Flags().StringVarP(&o.Format, "format", "f", "conllu", "output format: conllu or text")
	c.Flags().BoolVar(&o.CoNLLU, "conllu", false, "the inputs are CoNLL-U files: annotate their tokens anew")
	c.Flags().Int64Var(&o.MaxBytes, "max-bytes", sources.DefaultMaxBytes, "largest input accepted, in bytes")
	return c
}

func runParse(o *parseOptions) error {
	m, err := syntax.Default()
	if err != nil {
		return fmt.Errorf("the syntax model: %w", err)
	}
	out := bufio.NewWriter(o.IO.Out)
	defer out.Flush()
	read := o.readArticle
	if o.CoNLLU {
		read = o.readCoNLLU
	}
	inputs, errs := sources.Expand(o.Paths)
	done := 0
	for _, p := range inputs {
		doc, sents, err := read(m, p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		done++
		if o.Format == "conllu" {
			fmt.Fprintf(out, "# newdoc id = %s\n", doc)
			if err := syntax.WriteCoNLLU(out, sents); err != nil {
				return err
			}
			continue
		}
		for _, s := range sents {
			if err := syntax.WriteTree(out, s); err != nil {
				return err
			}
		}
	}
	for _, err := range errs {
		p := problemOf(err)
		fmt.Fprintf(o.IO.ErrOut, "%s: %s\n", p.Path, p.Message)
	}
	if done == 0 {
		return &ExitError{Code: ExitUsage, Err: errors.New("no input could be read")}
	}
	return nil
}

// readArticle reads an article, splits it into sentences and parses each.
func (o *parseOptions) readArticle(m *syntax.Model, p string) (string, []syntax.Sentence, error) {
	a, err := sources.Open(p, sources.Options{MaxBytes: o.MaxBytes})
	if err != nil {
		return "", nil, err
	}
	doc := docID(p)
	var out []syntax.Sentence
	chars, at := 0, 0
	for i, cs := range claims.Split(a) {
		chars += utf8.RuneCountInString(a.Text[at:cs.Start])
		at = cs.Start
		s := m.Parse(cs.Text)
		s.ID = fmt.Sprintf("%s-%d", doc, i+1)
		s.Start, s.StartChar = cs.Start, chars
		out = append(out, s)
	}
	return doc, out, nil
}

// readCoNLLU reads a CoNLL-U file and annotates its words anew.
func (o *parseOptions) readCoNLLU(m *syntax.Model, p string) (string, []syntax.Sentence, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", nil, &sources.InputError{Path: p, Err: err}
	}
	defer f.Close()
	sents, err := syntax.ReadCoNLLU(io.LimitReader(f, o.MaxBytes))
	if err != nil {
		return "", nil, &sources.InputError{Path: p, Err: err}
	}
	chars := 0
	for i := range sents {
		s := &sents[i]
		for j := range s.Words {
			w := &s.Words[j]
			*w = syntax.Word{Form: w.Form, Start: w.Start, End: w.End, Joined: w.Joined}
		}
		m.Annotate(s)
		s.StartChar = chars
		chars += utf8.RuneCountInString(s.Text) + 1
	}
	return docID(p), sents, nil
}

// docID is a file's name as a CoNLL-U id: no spaces.
func docID(p string) string {
	return strings.Join(strings.Fields(filepath.Base(p)), "_")
}
