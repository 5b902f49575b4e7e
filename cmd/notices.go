package cmd

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims/geo"
	"github.com/crosscheck/crosscheck/claims/sense"
	"github.com/crosscheck/crosscheck/claims/syntax"
)

// codeLicence says under which licence the code is. The same words open
// the NOTICE file at the top of the repository (a test keeps them equal).
const codeLicence = `crosscheck
Copyright 2026 the crosscheck authors

The code of crosscheck is licensed under the Apache License, Version 2.0
(SPDX: Apache-2.0): https://www.apache.org/licenses/LICENSE-2.0, and the
file LICENSE of the source.
`

// notice is the NOTICE of a part of crosscheck that bundles the work of
// others (data, a model), with the licence texts it names.
type notice struct {
	Part     string   // where it lives in the source
	Text     string   // the NOTICE
	Licences embed.FS // the licence texts, read as *.txt; may be empty
}

// notices are printed by version --licenses, in this order. A package that
// bundles data or a model adds its NOTICE here with one line.
var notices = []notice{
	{Part: "claims/geo/data", Text: geo.Notice, Licences: geo.Licences},
	{Part: "claims/sense/data", Text: sense.Notice, Licences: sense.Licences},
	{Part: "claims/syntax/model", Text: syntax.Notice, Licences: syntax.Licences},
}

// writeLicences prints the code's licence, then each part's NOTICE and the
// licence texts it names.
func writeLicences(w io.Writer) error {
	var b strings.Builder
	b.WriteString(codeLicence)
	for _, n := range notices {
		fmt.Fprintf(&b, "\n%s\n== %s/NOTICE.txt\n%s\n\n", strings.Repeat("=", 78), n.Part, strings.TrimRight(n.Text, "\n"))
		var files []string
		err := fs.WalkDir(n.Licences, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			return fmt.Errorf("licences of %s: %w", n.Part, err)
		}
		slices.Sort(files)
		for _, f := range files {
			data, err := fs.ReadFile(n.Licences, f)
			if err != nil {
				return fmt.Errorf("licence %s of %s: %w", f, n.Part, err)
			}
			fmt.Fprintf(&b, "%s\n== %s/%s\n%s\n\n", strings.Repeat("-", 78), n.Part, f[strings.LastIndex(f, "/")+1:], strings.TrimRight(string(data), "\n"))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
