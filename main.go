// Command crosscheck cross-checks news articles about one event and reports
// where they disagree, spell a person differently, corroborate each other,
// or rest on one source.
package main

import (
	"os"

	"github.com/crosscheck/crosscheck/cmd"
)

func main() {
	os.Exit(cmd.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
