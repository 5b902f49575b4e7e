package cmd

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/cmd/render"
	"github.com/crosscheck/crosscheck/compare"
)

type claimsOptions struct {
	viewOptions
}

// claimsDoc is what claims prints in json and yaml.
type claimsDoc struct {
	Schema  string           `json:"schema" yaml:"schema"`
	Sources []compare.Source `json:"sources" yaml:"sources"`
	Claims  []compare.Claim  `json:"claims" yaml:"claims"`
}

func newClaimsCmd(s *IOStreams, runF func(*claimsOptions) error) *cobra.Command {
	o := &claimsOptions{viewOptions{IO: s}}
	c := &cobra.Command{
		Use:   "claims FILE...",
		Short: "List the claims extracted from each article, with positions",
		Long: `Claims lists what was read from each article — kind, subject, attribute,
value, qualifiers, file:line:col and the sentence — so that a person can
audit the extraction.`,
		Example: `  crosscheck claims examples/harbour-gazette.txt
  crosscheck claims --format yaml examples/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.Input.Paths = args
			if err := o.validate(true); err != nil {
				return err
			}
			if runF != nil {
				return runF(o)
			}
			return runClaims(o)
		},
	}
	addViewFlags(c, &o.viewOptions, "text")
	return c
}

func runClaims(o *claimsOptions) error {
	r, err := o.report()
	if err != nil {
		return err
	}
	doc := claimsDoc{Schema: r.Schema, Sources: r.Sources, Claims: r.Claims}
	return o.write(doc, func(w io.Writer, width int) error { return render.ClaimsText(w, r, width) })
}
