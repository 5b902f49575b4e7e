package cmd

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/cmd/render"
	"github.com/crosscheck/crosscheck/compare"
)

// checkOptions are the flags and dependencies of check.
type checkOptions struct {
	IO    *IOStreams
	Input inputOptions

	Format        string
	Output        string
	FailOn        string
	Color         string
	Verbose       bool
	Quiet         bool
	New           []string
	Baseline      string
	WriteBaseline string
	Version       string
}

func newCheckCmd(s *IOStreams, runF func(*checkOptions) error) *cobra.Command {
	o := &checkOptions{IO: s}
	c := &cobra.Command{
		Use:   "check PATH...",
		Short: "Cross-check articles and report conflicts, variants and corroboration",
		Long: `Check reads the articles (files, folders, or - for standard input), extracts
their claims, aligns them across articles and reports conflicts, name
variants, corroborated facts, single-source claims and unresolved items,
each with file:line and, with -v, the sentence and the reasoning.

Formats: text (default), json, yaml (the same document), markdown, sarif
(2.1.0), github (workflow commands), html (one self-contained page).

Exit codes:
  0  no finding at or above --fail-on (conflicts are errors)
  1  findings at or above --fail-on
  2  usage, config or input errors: no article could be read, or with
     --strict any input could not

In CI, --new reports only findings that involve the named articles
(checked against all the others), and --baseline hides accepted findings,
matched by content so that edits moving lines keep them hidden.`,
		Example: `  crosscheck check examples/
  crosscheck check -v --published wire.txt=2025-03-14 wire.txt courier.md
  crosscheck check --format sarif -o crosscheck.sarif articles/
  crosscheck check --new articles/today.md articles/
  crosscheck check --write-baseline .crosscheck-baseline.yaml articles/
  crosscheck check --baseline .crosscheck-baseline.yaml --fail-on warning articles/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.Input.Paths = args
			o.Version = moduleVersion()
			if err := o.validate(c); err != nil {
				return err
			}
			if runF != nil {
				return runF(o)
			}
			return runCheck(o)
		},
	}
	addInputFlags(c, &o.Input)
	f := c.Flags()
	f.StringVarP(&o.Format, "format", "f", "text", "output format: "+strings.Join(render.Formats, ", "))
	f.StringVarP(&o.Output, "output", "o", "", "write the report to a file instead of standard output")
	f.StringVar(&o.FailOn, "fail-on", "", "lowest severity that makes the exit code 1: error, warning or never (default error, or fail_on in the config)")
	f.StringVar(&o.Color, "color", "auto", "colour the text report: auto, always or never")
	f.BoolVarP(&o.Verbose, "verbose", "v", false, "add evidence sentences, explanations and single-source rows of the matrix")
	f.BoolVarP(&o.Quiet, "quiet", "q", false, "print the summary line only")
	f.StringArrayVar(&o.New, "new", nil, "report only findings that involve this article (repeatable; it is read too)")
	f.StringVar(&o.Baseline, "baseline", "", "hide the findings accepted in this baseline file")
	f.StringVar(&o.WriteBaseline, "write-baseline", "", "write every finding to this baseline file (exits 0: the findings are accepted)")
	return c
}

func (o *checkOptions) validate(c *cobra.Command) error {
	if _, err := render.New(o.Format, render.Options{}); err != nil {
		return &ExitError{Code: ExitUsage, Err: err}
	}
	if o.FailOn != "" {
		if _, err := parseFailOn(o.FailOn); err != nil {
			return &ExitError{Code: ExitUsage, Err: fmt.Errorf("--fail-on: %w", err)}
		}
	}
	if o.Verbose && o.Quiet {
		return usageError("-v and -q cannot be used together")
	}
	if _, err := o.IO.ColorOn(o.Color, nil); err != nil {
		return err
	}
	o.Input.Paths = append(o.Input.Paths, missing(o.New, o.Input.Paths)...)
	return o.Input.validate()
}

// missing lists the names of extra that paths does not cover: neither
// given itself nor inside a folder given.
func missing(extra, paths []string) []string {
	var out []string
	for _, e := range extra {
		if !slices.ContainsFunc(paths, func(p string) bool { return covers(p, e) }) {
			out = append(out, e)
		}
	}
	return out
}

// covers reports whether reading path p reads the file e.
func covers(p, e string) bool {
	p, e = filepath.Clean(p), filepath.Clean(e)
	if p == e {
		return true
	}
	if st, err := os.Stat(p); err != nil || !st.IsDir() {
		return false
	}
	rel, err := filepath.Rel(p, e)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// never is above every severity: nothing fails.
const never = compare.Error + 1

// parseFailOn reads error, warning, info or never.
func parseFailOn(s string) (compare.Severity, error) {
	if strings.EqualFold(s, "never") {
		return never, nil
	}
	return compare.ParseSeverity(s)
}

func runCheck(o *checkOptions) error {
	an, err := analyse(o.IO, &o.Input)
	if err != nil {
		return err
	}
	rep, err := o.process(an.Report)
	if err != nil {
		return err
	}
	if o.WriteBaseline != "" {
		if err := writeBaseline(o.WriteBaseline, rep); err != nil {
			return err
		}
	}
	if err := o.print(rep, an); err != nil {
		return err
	}
	if o.WriteBaseline != "" {
		return nil // writing a baseline accepts the findings: not a failure
	}
	return o.exit(rep, an.Config)
}

// process runs the CI filters: baseline and --new, then the standard chain again.
func (o *checkOptions) process(rep *compare.Report) (*compare.Report, error) {
	var ps []compare.Processor
	if o.Baseline != "" {
		data, err := os.ReadFile(o.Baseline)
		if err != nil {
			return nil, &ExitError{Code: ExitUsage, Err: fmt.Errorf("--baseline: %w", err)}
		}
		b, err := compare.ReadBaseline(data, o.Baseline)
		if err != nil {
			return nil, &ExitError{Code: ExitUsage, Err: err}
		}
		ps = append(ps, compare.FilterBaseline(b))
	}
	if len(o.New) > 0 {
		ps = append(ps, compare.KeepNew(o.New))
	}
	ps = append(ps, compare.Renumber, compare.Resummarise)
	return compare.Process(rep, ps...), nil
}

func writeBaseline(path string, rep *compare.Report) error {
	data, err := compare.NewBaseline(rep).Marshal()
	if err == nil {
		err = os.WriteFile(path, data, 0o644)
	}
	if err != nil {
		return &ExitError{Code: ExitUsage, Err: fmt.Errorf("--write-baseline: %w", err)}
	}
	return nil
}

// print renders the report to -o or standard output.
func (o *checkOptions) print(rep *compare.Report, an *analysis) error {
	var w io.Writer = o.IO.Out
	var buf bytes.Buffer
	if o.Output != "" {
		w = &buf
	}
	colour, err := o.IO.ColorOn(o.Color, w)
	if err != nil {
		return err
	}
	r, err := render.New(o.Format, render.Options{
		Color: colour && o.Format == "text", Width: o.IO.Width(w), Verbose: o.Verbose, Quiet: o.Quiet,
		Articles: an.Articles, Version: o.Version, Baseline: o.Baseline,
	})
	if err != nil {
		return &ExitError{Code: ExitUsage, Err: err}
	}
	if err := r.Render(w, rep); err != nil {
		return fmt.Errorf("printing the report: %w", err)
	}
	if o.Output != "" {
		if err := os.WriteFile(o.Output, buf.Bytes(), 0o644); err != nil {
			return &ExitError{Code: ExitUsage, Err: fmt.Errorf("-o: %w", err)}
		}
	}
	return nil
}

// exit maps the report to the exit code: 1 when findings reach --fail-on.
func (o *checkOptions) exit(rep *compare.Report, cfg *Config) error {
	failOn := compare.Error
	for _, s := range []string{cfg.FailOn, o.FailOn} {
		if s != "" {
			failOn, _ = parseFailOn(s)
		}
	}
	if compare.CountAtLeast(rep, failOn) > 0 {
		return &ExitError{Code: ExitFindings}
	}
	return nil
}
