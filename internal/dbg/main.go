// Command dbg prints what the extractor reads from articles (development aid).
package main

import (
	"fmt"
	"os"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

func main() {
	arts, errs := sources.Load(os.Args[1:], sources.Options{})
	for _, e := range errs {
		fmt.Println("ERR", e)
	}
	lex := claims.DefaultLexicon()
	for _, a := range arts {
		d := claims.Extract(a, lex)
		fmt.Printf("== %s published=%v from=%s\n", a.Path, a.Published.Format("2006-01-02"), a.PublishedFrom)
		for i, e := range d.Entities {
			fmt.Printf("  E%d %s %q names=%q roles=%q\n", i, e.Type, e.Name, e.Names, e.Roles)
		}
		for _, c := range d.Claims {
			subj := "-"
			if c.Subject >= 0 && c.Subject < len(d.Entities) {
				subj = d.Entities[c.Subject].Name
			}
			fmt.Printf("  %s %s [%s] %s = %q (%s/%s) scope=%s %s\n", c.Pos, c.Kind, subj, c.Attribute, c.Value.Text, c.Value.Norm, c.Value.Class, c.Scope, c.Said)
		}
	}
}
