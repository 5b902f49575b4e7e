package cmd

import (
	"github.com/spf13/cobra"
)

func newCompletionCmd(s *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: "Print a shell completion script",
		Long: `Completion prints the script that makes a shell complete crosscheck's
commands and flags. Load it from your shell's start-up file.`,
		Example: `  source <(crosscheck completion bash)
  crosscheck completion zsh > "${fpath[1]}/_crosscheck"
  crosscheck completion fish > ~/.config/fish/completions/crosscheck.fish`,
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		RunE: func(c *cobra.Command, args []string) error {
			root := c.Root()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(s.Out, true)
			case "zsh":
				return root.GenZshCompletion(s.Out)
			case "fish":
				return root.GenFishCompletion(s.Out, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(s.Out)
			}
			return usageError("completion %q: want bash, zsh, fish or powershell", args[0])
		},
	}
}
