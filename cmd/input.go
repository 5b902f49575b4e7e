package cmd

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/geo"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources"
)

// inputOptions are the flags every command that reads articles shares.
type inputOptions struct {
	Paths       []string
	ConfigPath  string
	Published   []string // FILE=DATE
	MaxBytes    int64
	MaxArticles int
	MaxSentence int
	Strict      bool
	Jobs        int
	Timeout     time.Duration // per article, reading and extraction
}

// DefaultMaxArticles caps how many articles one run reads: a cap that
// stops a runaway (a folder of the wrong tree), not an archive. Every
// article read is kept for the comparison at about 25 times its text
// (measured: 45 KB an ECB+ article of 2 KB; 10,000 of them check in 2 s
// at 500 MB, 20,000 in 4.4 s at 950 MB), so 50,000 news articles stay
// near 2.5 GB.
const DefaultMaxArticles = 50000

// DefaultTimeout bounds the time one article may take to be read and
// extracted: ten times the slowest 8 MB article measured (2.3 s), so that
// only a pathological input is left out.
const DefaultTimeout = 30 * time.Second

func addInputFlags(c *cobra.Command, o *inputOptions) {
	f := c.Flags()
	f.StringVar(&o.ConfigPath, "config", "", "config file (default: "+ConfigName+" found upward from the working directory)")
	f.StringArrayVar(&o.Published, "published", nil, "publication date of an article, `FILE=YYYY-MM-DD` (repeatable)")
	f.Int64Var(&o.MaxBytes, "max-bytes", sources.DefaultMaxBytes, "largest article accepted, in bytes")
	f.IntVar(&o.MaxArticles, "max-articles", DefaultMaxArticles, "most articles read in one run (each kept at about 25 times its text: 45 KB for a 2 KB news article)")
	f.IntVar(&o.MaxSentence, "max-sentence", claims.DefaultMaxSentence, "longest sentence read, in bytes (longer ones are skipped with a warning)")
	f.BoolVar(&o.Strict, "strict", false, "fail (exit 2) when any input cannot be read")
	f.IntVarP(&o.Jobs, "jobs", "j", 0, "articles read in parallel (0: one per CPU)")
	f.DurationVar(&o.Timeout, "timeout", DefaultTimeout, "longest time one article may take to read and extract; an article over it is reported and left out (0: no limit)")
}

// validate checks the input flags before anything is read.
func (o *inputOptions) validate() error {
	if len(o.Paths) == 0 {
		return usageError("no articles given")
	}
	if o.MaxBytes <= 0 || o.MaxArticles <= 0 || o.MaxSentence <= 0 || o.Jobs < 0 || o.Timeout < 0 {
		return usageError("--max-bytes, --max-articles and --max-sentence must be positive, --jobs and --timeout not negative")
	}
	if len(o.Paths) > o.MaxArticles {
		return usageError("%d inputs given, more than --max-articles %d", len(o.Paths), o.MaxArticles)
	}
	_, err := parsePublished(o.Published)
	return err
}

// parsePublished reads FILE=DATE pairs.
func parsePublished(pairs []string) (map[string]string, error) {
	m := map[string]string{}
	for _, p := range pairs {
		file, date, ok := strings.Cut(p, "=")
		if !ok || file == "" {
			return nil, usageError("--published %q: want FILE=YYYY-MM-DD", p)
		}
		if _, err := time.Parse(time.DateOnly, date); err != nil {
			return nil, usageError("--published %q: date %q is not YYYY-MM-DD", p, date)
		}
		m[file] = date
	}
	return m, nil
}

// analysis is everything a run learnt.
type analysis struct {
	Config   *Config
	Articles []*sources.Article
	Report   *compare.Report
}

// analyse reads the config and the articles, extracts and compares them,
// and runs the standard processors. The inputs are listed first (so that
// --max-articles refuses a run before reading it), then each worker reads
// one article and extracts it, so that raw bytes and tokens never pile up.
// Inputs that cannot be read are told on stderr and recorded as problems;
// it fails only when none can be read, or with --strict when any cannot.
func analyse(s *IOStreams, o *inputOptions) (*analysis, error) {
	cfg, err := loadConfigFrom(s, o.ConfigPath)
	if err != nil {
		return nil, err
	}
	lex, err := lexicon(cfg)
	if err != nil {
		return nil, err
	}
	inputs, errs := listInputs(o)
	if len(inputs) > o.MaxArticles {
		return nil, usageError("%d articles found, more than --max-articles %d", len(inputs), o.MaxArticles)
	}
	pub, _ := parsePublished(o.Published)
	opts := sources.Options{MaxBytes: o.MaxBytes, Published: pub}
	read := func(i int) (*sources.Article, error) {
		if inputs[i] == "-" {
			return readStdin(s.In, opts)
		}
		return sources.Open(inputs[i], opts)
	}
	geo.IsPlaceName("Lisbon") // the gazetteer loads once, before any article's --timeout starts
	prog := newProgress(s.ErrOut, len(inputs))
	all, readErrs := claims.ExtractEach(len(inputs), read, lex, claims.Options{Workers: o.Jobs, MaxSentence: o.MaxSentence, Timeout: o.Timeout})
	prog.done("read and extracted")
	for _, err := range readErrs {
		if err != nil {
			errs = append(errs, err)
		}
	}
	var problems []compare.Problem
	for _, err := range errs {
		p := problemOf(err)
		fmt.Fprintf(s.ErrOut, "%s: %s\n", p.Path, p.Message)
		problems = append(problems, p)
	}
	docs := slices.DeleteFunc(all, func(d *claims.Document) bool { return d == nil })
	if len(docs) == 0 {
		return nil, &ExitError{Code: ExitUsage, Err: errors.New("no article could be read")}
	}
	if o.Strict && len(errs) > 0 {
		return nil, &ExitError{Code: ExitUsage, Err: fmt.Errorf("%d of %d inputs could not be read (--strict)", len(errs), len(o.Paths))}
	}
	arts := make([]*sources.Article, len(docs))
	for i, d := range docs {
		arts[i] = d.Article
	}
	rep := compare.Check(docs, cfg.CompareOptions())
	rep.Problems = append(rep.Problems, problems...)
	rep.Problems = append(rep.Problems, docProblems(docs)...)
	return &analysis{Config: cfg, Articles: arts, Report: rep}, nil
}

// listInputs lists the inputs of the command line in the order they are
// read: files and URLs sorted by path, each once however often it is
// named, then "-" for standard input.
func listInputs(o *inputOptions) ([]string, []error) {
	files := slices.DeleteFunc(slices.Clone(o.Paths), func(p string) bool { return p == "-" })
	inputs, errs := sources.Expand(files)
	seen := map[string]bool{}
	inputs = slices.DeleteFunc(inputs, func(p string) bool {
		key := filepath.Clean(p)
		dup := seen[key]
		seen[key] = true
		return dup
	})
	if len(files) < len(o.Paths) {
		inputs = append(inputs, "-")
	}
	return inputs, errs
}

func loadConfigFrom(s *IOStreams, path string) (*Config, error) {
	dir, err := s.Getwd()
	if err != nil {
		dir = "."
	}
	return LoadConfig(path, dir)
}

// lexicon is the default lexicon extended by the config's. The config's
// places are added to the gazetteer first (see geo.Extend): the command
// runs once per process, before any article is read.
func lexicon(cfg *Config) (*claims.Lexicon, error) {
	if len(cfg.Places) > 0 {
		if err := geo.Extend(cfg.Places, cfg.Path); err != nil {
			return nil, &ExitError{Code: ExitUsage, Err: fmt.Errorf("places: %w", err)}
		}
	}
	lex := claims.DefaultLexicon()
	if len(cfg.Lexicon) == 0 {
		return lex, nil
	}
	ext, err := lex.Extend(cfg.Lexicon, cfg.Path)
	if err != nil {
		return nil, &ExitError{Code: ExitUsage, Err: fmt.Errorf("lexicon: %w", err)}
	}
	return ext, nil
}

// readStdin reads one article from standard input, up to the size cap.
func readStdin(in io.Reader, opts sources.Options) (*sources.Article, error) {
	data, err := io.ReadAll(io.LimitReader(in, opts.MaxBytes+1))
	if err != nil {
		return nil, &sources.InputError{Path: "-", Err: err}
	}
	if int64(len(data)) > opts.MaxBytes {
		return nil, &sources.InputError{Path: "-", Err: fmt.Errorf("larger than --max-bytes %d", opts.MaxBytes)}
	}
	return sources.Parse("-", data, opts)
}

// problemOf turns a load error into a report problem.
func problemOf(err error) compare.Problem {
	var ie *sources.InputError
	if errors.As(err, &ie) {
		return compare.Problem{Path: ie.Path, Message: ie.Err.Error(), Fatal: true}
	}
	return compare.Problem{Path: "input", Message: err.Error(), Fatal: true}
}

// docProblems lists what extraction met and the articles' warnings.
func docProblems(docs []*claims.Document) []compare.Problem {
	var ps []compare.Problem
	for _, d := range docs {
		if d == nil || d.Article == nil {
			continue
		}
		for _, w := range d.Article.Warnings {
			ps = append(ps, compare.Problem{Path: d.Article.Path, Message: w})
		}
		for _, p := range d.Problems {
			ps = append(ps, compare.Problem{Path: d.Article.Path, Message: p.Error()})
		}
	}
	return ps
}
