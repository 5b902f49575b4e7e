package claims_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"
)

func TestZZFind(t *testing.T) {
	for _, s := range []string{
		"Mira Kessel, Anna Reval, Tomas Volnik, and Lena Markov were treated there.",
		"The rep said Mira Kessel was there, and pleaded for her and her family's privacy.",
		"Jonas Falk, his, was there.",
		"Jonas Falk, the, was there.",
		"Police said Jonas Falk, a, left.",
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q: %v", s, r)
				}
			}()
			claims.Extract(parse(t, "Headline\n\n"+s), claims.DefaultLexicon())
		}()
	}
}
