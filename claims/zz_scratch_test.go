package claims_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

func TestScratch(t *testing.T) {
	for _, s := range []string{`The U.S. envoy met Mr. Olund at 10:53 a.m. on Dec. 4, when 6,000 people (1.5 km) said “no”.`, `Altıntaş's off-duty friend — who didn't stop — waved. J. R. Pell, 62, said: ‘Yes.’`} {
		for _, tk := range claims.Tokenize(s, 0) {
			fmt.Printf("%d:%q ", tk.Kind, tk.Text)
		}
		fmt.Println()
	}
	data, _ := os.ReadFile(os.Getenv("F"))
	a, err := sources.Parse("a.txt", data, sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range claims.Split(a) {
		fmt.Printf("S %q\n", s.Text)
	}
	d := claims.Extract(a, claims.DefaultLexicon())
	for i, e := range d.Entities {
		fmt.Printf("E%d %s %q %q %q\n", i, e.Type, e.Name, e.Names, e.Roles)
	}
	for _, c := range d.Claims {
		fmt.Printf("C %s subj=%d %q %q %q scope=%s said=%q spk=%d %v rec=%q\n", c.Kind, c.Subject, c.SubjectAs, c.Attribute, c.Value.Text, c.Scope, c.Said, c.Speaker, c.Pos, c.Recipient)
	}
}
