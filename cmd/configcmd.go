package cmd

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newConfigCmd(s *IOStreams) *cobra.Command {
	c := &cobra.Command{
		Use:   "config <command>",
		Short: "Work with the configuration file",
		Long: `The configuration file, ` + ConfigName + `, is looked for upward from the
working directory (or given with --config). It may hold:

  lexicon:       additions to the extraction lexicon (same schema as the embedded one)
  places:        more names for the gazetteer's places (the schema of claims/geo/data/extra.yaml)
  aliases:       lists of names that are one entity
  forbid_merge:  pairs of names that are different entities
  severity:      rule id → info, warning or error
  ignore:        rule ids not to report
  fail_on:       error, warning, info or never`,
		Example: `  crosscheck config validate
  crosscheck config validate ci/.crosscheck.yaml`,
	}
	c.AddCommand(newConfigValidateCmd(s, nil))
	return c
}

type configValidateOptions struct {
	IO   *IOStreams
	Path string
}

func newConfigValidateCmd(s *IOStreams, runF func(*configValidateOptions) error) *cobra.Command {
	o := &configValidateOptions{IO: s}
	return &cobra.Command{
		Use:   "validate [FILE]",
		Short: "Check a configuration file",
		Long: `Validate reads a configuration file strictly — unknown keys, wrong types,
bad severities and a lexicon the extractor rejects are errors with
file:line — and exits 2 when it is invalid.`,
		Example: `  crosscheck config validate
  crosscheck config validate .crosscheck.yaml`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.Path = args[0]
			}
			if runF != nil {
				return runF(o)
			}
			return runConfigValidate(o)
		},
	}
}

func runConfigValidate(o *configValidateOptions) error {
	cfg, err := loadConfigFrom(o.IO, o.Path)
	if err != nil {
		return err
	}
	if cfg.Path == "" {
		return usageError("no %s found in this directory or above; give a FILE", ConfigName)
	}
	if _, err := lexicon(cfg); err != nil {
		return err
	}
	fmt.Fprintf(o.IO.Out, "%s: ok (%d alias groups, %d forbidden merges, %d severities, %d ignored rules)\n",
		cfg.Path, len(cfg.Aliases), len(cfg.ForbidMerge), len(cfg.Severity), len(cfg.Ignore))
	return nil
}
