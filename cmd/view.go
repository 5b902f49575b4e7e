package cmd

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/cmd/render"
	"github.com/crosscheck/crosscheck/compare"
)

// viewOptions are what the commands that show one part of the model share.
type viewOptions struct {
	IO     *IOStreams
	Input  inputOptions
	Format string
}

func addViewFlags(c *cobra.Command, o *viewOptions, def string) {
	addInputFlags(c, &o.Input)
	c.Flags().StringVarP(&o.Format, "format", "f", def, "output format: text, json or yaml")
}

func (o *viewOptions) validate(text bool) error {
	switch o.Format {
	case "json", "yaml":
	case "text":
		if !text {
			return usageError("--format %q: want json or yaml", o.Format)
		}
	default:
		return usageError("--format %q: want text, json or yaml", o.Format)
	}
	return o.Input.validate()
}

// write prints v as json or yaml, or calls text for the text format.
func (o *viewOptions) write(v any, text func(w io.Writer, width int) error) error {
	switch o.Format {
	case "json":
		return render.WriteJSON(o.IO.Out, v)
	case "yaml":
		return render.WriteYAML(o.IO.Out, v)
	}
	return text(o.IO.Out, o.IO.Width(o.IO.Out))
}

// reportView is the report as the views read it.
func (o *viewOptions) report() (*compare.Report, error) {
	an, err := analyse(o.IO, &o.Input)
	if err != nil {
		return nil, err
	}
	return render.Normalise(an.Report), nil
}
