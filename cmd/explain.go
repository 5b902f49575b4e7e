package cmd

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/cmd/render"
	"github.com/crosscheck/crosscheck/compare"
)

type explainOptions struct {
	viewOptions
	ID string
}

func newExplainCmd(s *IOStreams, runF func(*explainOptions) error) *cobra.Command {
	o := &explainOptions{viewOptions: viewOptions{IO: s}}
	c := &cobra.Command{
		Use:   "explain ID FILE...",
		Short: "Show the reasoning behind one finding",
		Long: `Explain prints one finding of a check of the same files: its values, where
each was read (file:line:col), the evidence sentences and the explanation.
ID is a finding id as check prints it (F3) or a prefix of its fingerprint
(at least 4 characters), which stays the same when the text moves.`,
		Example: `  crosscheck explain F1 examples/
  crosscheck explain 3fa2c1 --format json examples/`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID, o.Input.Paths = args[0], args[1:]
			if err := o.validate(true); err != nil {
				return err
			}
			if runF != nil {
				return runF(o)
			}
			return runExplain(o)
		},
	}
	addViewFlags(c, &o.viewOptions, "text")
	return c
}

func runExplain(o *explainOptions) error {
	r, err := o.report()
	if err != nil {
		return err
	}
	f, err := FindFinding(r, o.ID)
	if err != nil {
		return &ExitError{Code: ExitUsage, Err: err}
	}
	return o.write(f, func(w io.Writer, width int) error { return render.ExplainText(w, r, f, width) })
}

// ErrNoFinding is returned when no finding has the id asked for.
var ErrNoFinding = errors.New("no such finding")

// FindFinding finds a finding by id (F3, case-insensitive) or by a
// fingerprint prefix of at least 4 characters that only one finding has.
func FindFinding(r *compare.Report, id string) (*compare.Finding, error) {
	for i := range r.Findings {
		if strings.EqualFold(r.Findings[i].ID, id) {
			return &r.Findings[i], nil
		}
	}
	var hits []*compare.Finding
	if len(id) >= 4 {
		for i := range r.Findings {
			if strings.HasPrefix(r.Findings[i].Fingerprint, strings.ToLower(id)) {
				hits = append(hits, &r.Findings[i])
			}
		}
	}
	switch {
	case len(hits) == 1:
		return hits[0], nil
	case len(hits) > 1:
		return nil, fmt.Errorf("%q: %d findings have this fingerprint prefix; give more characters", id, len(hits))
	}
	return nil, fmt.Errorf("%q: %w (the report has %s)", id, ErrNoFinding, idRange(r))
}

func idRange(r *compare.Report) string {
	switch n := len(r.Findings); n {
	case 0:
		return "no findings"
	case 1:
		return "F1 only"
	default:
		return fmt.Sprintf("F1 to F%d", n)
	}
}
