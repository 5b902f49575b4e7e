package cmd

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// moduleVersion is the version of the main module as built, "(devel)"
// for a build from a working tree.
func moduleVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Version == "" {
		return "(devel)"
	}
	return bi.Main.Version
}

// vcsRevision is the commit the binary was built from, if recorded.
func vcsRevision() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && dirty {
		rev += "+dirty"
	}
	return rev
}

func newVersionCmd(s *IOStreams) *cobra.Command {
	var licences bool
	c := &cobra.Command{
		Use:   "version",
		Short: "Print the version (and, with --licenses, the licences)",
		Example: `  crosscheck version
  crosscheck version --licenses | less`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if licences {
				return writeLicences(s.Out)
			}
			line := "crosscheck " + moduleVersion()
			if rev := vcsRevision(); rev != "" {
				line += " (" + rev + ")"
			}
			_, err := fmt.Fprintf(s.Out, "%s %s\n", line, runtime.Version())
			return err
		},
	}
	c.Flags().BoolVar(&licences, "licenses", false, "print the licence of the code and the NOTICE and licences of the data it bundles")
	return c
}
