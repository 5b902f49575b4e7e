package render

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources"
)

// Renderer prints a report.
type Renderer interface {
	Render(w io.Writer, r *compare.Report) error
}

// Options say how a report is printed.
type Options struct {
	Color    bool               // text only: emit ANSI colour codes
	Width    int                // text only: wrap to this many columns (0: 100)
	Verbose  bool               // text only: add evidence sentences and explanations
	Quiet    bool               // text only: print the summary line alone
	Articles []*sources.Article // html only: the article texts to show side by side
	Version  string             // the tool's version, for sarif
	Baseline string             // text only: the baseline file findings were hidden by, for -v
}

// Formats lists the names New accepts.
var Formats = []string{"text", "json", "yaml", "markdown", "sarif", "github", "html"}

// New returns the renderer of a format.
func New(format string, opts Options) (Renderer, error) {
	if opts.Width <= 0 {
		opts.Width = 100
	}
	switch strings.ToLower(format) {
	case "text":
		return &Text{Opts: opts}, nil
	case "json":
		return JSON{}, nil
	case "yaml":
		return YAML{}, nil
	case "markdown", "md":
		return Markdown{}, nil
	case "sarif":
		return SARIF{Version: opts.Version}, nil
	case "github":
		return GitHub{}, nil
	case "html":
		return &HTML{Articles: opts.Articles}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// sourceByID finds a source of the report.
func sourceByID(r *compare.Report, id string) *compare.Source {
	for i := range r.Sources {
		if r.Sources[i].ID == id {
			return &r.Sources[i]
		}
	}
	return nil
}

// sourcePath is the path of a source id, or the id when it is unknown.
func sourcePath(r *compare.Report, id string) string {
	if s := sourceByID(r, id); s != nil {
		return s.Path
	}
	return id
}

// firstEvidence is the first piece of evidence of a finding value, if any.
func firstEvidence(v *compare.FindingValue) (compare.Evidence, bool) {
	if len(v.Evidence) == 0 {
		return compare.Evidence{}, false
	}
	return v.Evidence[0], true
}

// subjectOf is the name a finding is listed under.
func subjectOf(f *compare.Finding) string {
	if f.SubjectName != "" {
		return f.SubjectName
	}
	if f.Subject != "" {
		return f.Subject
	}
	return "(no subject)"
}

// plural writes n and a noun, adding s when n is not one.
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// SummaryLine is the one-line summary of a report.
func SummaryLine(r *compare.Report) string { return strings.Join(SummaryParts(r), " · ") }

// SummaryParts are the parts of the summary line, for a renderer that
// wraps it between parts.
func SummaryParts(r *compare.Report) []string {
	s := r.Summary
	parts := []string{
		plural(s.Sources, "source"), plural(s.Claims, "claim"), plural(s.Conflicts, "conflict"),
		plural(s.Variants, "name variant"), fmt.Sprintf("%d corroborated", s.Corroborated),
		fmt.Sprintf("%d single-source", s.SingleSource),
	}
	if s.Updates > 0 {
		parts = append(parts, plural(s.Updates, "update"))
	}
	parts = append(parts, fmt.Sprintf("%d unresolved", s.Unresolved))
	if s.Suppressed > 0 {
		parts = append(parts, fmt.Sprintf("%d suppressed by the baseline", s.Suppressed))
	}
	if c := coverageLine(r); c != "" {
		parts = append(parts, c)
	}
	return parts
}

// listedCoverage is the most sources whose coverage the summary lists
// one by one; beyond it, the total and the least-read three.
const listedCoverage = 12

// coverageLine says how much of each article was read: the sentences with
// at least one claim, out of all: "read s1 3/4, s2 5/8 sentences".
func coverageLine(r *compare.Report) string {
	if len(r.Sources) == 0 || r.Summary.Sentences == 0 {
		return ""
	}
	one := func(s compare.Source) string { return fmt.Sprintf("%s %d/%d", s.ID, s.SentencesRead, s.Sentences) }
	if len(r.Sources) <= listedCoverage {
		var ps []string
		for _, s := range r.Sources {
			ps = append(ps, one(s))
		}
		return "read " + strings.Join(ps, ", ") + " sentences"
	}
	least := slices.Clone(r.Sources)
	slices.SortStableFunc(least, func(a, b compare.Source) int { return cmp.Compare(share(a), share(b)) })
	var ps []string
	for _, s := range least[:3] {
		ps = append(ps, one(s))
	}
	t := r.Summary
	return fmt.Sprintf("read %d/%d sentences (%d%%), least %s", t.SentencesRead, t.Sentences,
		100*t.SentencesRead/t.Sentences, strings.Join(ps, ", "))
}

// share is the part of a source's sentences read, 1 for one without any.
func share(s compare.Source) float64 {
	if s.Sentences == 0 {
		return 1
	}
	return float64(s.SentencesRead) / float64(s.Sentences)
}
