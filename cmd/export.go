package cmd

import (
	"io"

	"github.com/spf13/cobra"
)

type exportOptions struct {
	viewOptions
}

func newExportCmd(s *IOStreams, runF func(*exportOptions) error) *cobra.Command {
	o := &exportOptions{viewOptions{IO: s}}
	c := &cobra.Command{
		Use:   "export FILE...",
		Short: "Write the whole model: sources, entities, claims and findings",
		Long: `Export writes the whole model — schema version, sources, entities, claims,
findings, summary and problems — as YAML (or JSON). Unlike check, it exits
0 whatever the findings.`,
		Example: `  crosscheck export examples/ > model.yaml
  crosscheck export --format json examples/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.Input.Paths = args
			if err := o.validate(false); err != nil {
				return err
			}
			if runF != nil {
				return runF(o)
			}
			return runExport(o)
		},
	}
	addViewFlags(c, &o.viewOptions, "yaml")
	return c
}

func runExport(o *exportOptions) error {
	r, err := o.report()
	if err != nil {
		return err
	}
	return o.write(r, func(io.Writer, int) error { return nil })
}
