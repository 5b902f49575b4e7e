package cmd

import (
	"github.com/spf13/cobra"
)

// newRootCmd builds the command tree.
func newRootCmd(s *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "crosscheck <command> [flags]",
		Short: "Cross-check news articles about one event",
		Long: `crosscheck reads several news articles about one event, from different
outlets, extracts who is said to be what, counts, dates, places, orders and
quotes, and reports where the articles disagree, spell a name differently,
corroborate each other, or rest on one source, each with file:line and the
sentence.`,
		Example: `  crosscheck check articles/*.md
  crosscheck check --format html -o report.html articles/
  crosscheck explain F1 articles/*`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.ErrOut)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &ExitError{Code: ExitUsage, Err: err}
	})
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(
		newCheckCmd(s, nil),
		newClaimsCmd(s, nil),
		newEntitiesCmd(s, nil),
		newExportCmd(s, nil),
		newExplainCmd(s, nil),
		newParseCmd(s, nil),
		newConfigCmd(s),
		newVersionCmd(s),
		newCompletionCmd(s),
	)
	return root
}
