package cmd

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/cmd/render"
	"github.com/crosscheck/crosscheck/compare"
)

type entitiesOptions struct {
	viewOptions
}

// entitiesDoc is what entities prints in json and yaml.
type entitiesDoc struct {
	Schema   string           `json:"schema" yaml:"schema"`
	Sources  []compare.Source `json:"sources" yaml:"sources"`
	Entities []compare.Entity `json:"entities" yaml:"entities"`
}

func newEntitiesCmd(s *IOStreams, runF func(*entitiesOptions) error) *cobra.Command {
	o := &entitiesOptions{viewOptions{IO: s}}
	c := &cobra.Command{
		Use:   "entities FILE...",
		Short: "Show who was merged with whom across articles, and why",
		Long: `Entities lists the people, organisations and places resolved across the
articles: the canonical name, every surface name, roles, the sources that
mention them and the reasons their mentions were merged.`,
		Example: `  crosscheck entities examples/
  crosscheck entities --format json a.txt b.md | jq '.entities[].names'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.Input.Paths = args
			if err := o.validate(true); err != nil {
				return err
			}
			if runF != nil {
				return runF(o)
			}
			return runEntities(o)
		},
	}
	addViewFlags(c, &o.viewOptions, "text")
	return c
}

func runEntities(o *entitiesOptions) error {
	r, err := o.report()
	if err != nil {
		return err
	}
	doc := entitiesDoc{Schema: r.Schema, Sources: r.Sources, Entities: r.Entities}
	return o.write(doc, func(w io.Writer, width int) error { return render.EntitiesText(w, r, width) })
}
