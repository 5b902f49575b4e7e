package claims_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

func FuzzTokenize(f *testing.F) {
	f.Add("The U.S. envoy met Mr. Olund at 10:53 a.m. — “no”, 6,000 said.")
	f.Add("Yıldıranlı's off-duty friend didn't wave")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range claims.Tokenize(s, 0) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %q span [%d,%d) out of order or outside %d bytes", tk.Text, tk.Start, tk.End, len(s))
			}
			if s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token text %q is not its span %q", tk.Text, s[tk.Start:tk.End])
			}
			prev = tk.End
		}
	})
}

func FuzzSplit(f *testing.F) {
	f.Add([]byte("Headline\n\nTalks began on Dec. 4. \"It is over.\" Then he left."))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := sources.Parse("a.txt", data, sources.Options{})
		if err != nil {
			return
		}
		for _, s := range claims.Split(a) {
			if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End || a.Text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence span [%d,%d) wrong for %q", s.Start, s.End, s.Text)
			}
		}
	})
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte("Ferry hits pier\n\nThe mayor, Irena Solvay, 52, ordered the harbour master to close the port. \"Nobody sails,\" said the mayor."))
	f.Add([]byte("<html><body><h1>Storm</h1><p>Spokesman Miro Falk, 47, said crews would work. He ordered crews to stay.</p></body></html>"))
	f.Add([]byte("Dam breaks\n\nOskar Brandvik, whom the crew call Captain Bear, worked at Berlin's Lakeside airport. A storm in 2019 killed 45 people, which revived memories; officials confirmed 16 deaths on Monday."))
	lex := claims.DefaultLexicon()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"a.txt", "a.md", "a.html"} {
			a, err := sources.Parse(name, data, sources.Options{})
			if err != nil {
				continue
			}
			d := claims.Extract(a, lex)
			checkSpans(t, d)
			for _, c := range d.Claims {
				if !utf8.ValidString(c.Value.Text) && utf8.ValidString(a.Text) {
					t.Fatalf("claim value %q is not valid UTF-8", c.Value.Text)
				}
			}
		}
	})
}

// FuzzLexiconExtend feeds a config's lexicon to Extend: it fails with an
// error naming the file, or gives a lexicon that extracts without panic.
func FuzzLexiconExtend(f *testing.F) {
	f.Add([]byte("titles: [harbour master]\n"))
	f.Add([]byte("people_nouns:\n  fishermen: [fishermen]\nhedges:\n  about: [in the region of]\n"))
	f.Add([]byte("units:\n  km: [klicks]\nquantifiers:\n  a clutch of: {min: 3, max: 6}\n"))
	f.Add([]byte("hedges:\n  roughly: [kinda]\n"))
	f.Add([]byte("{titles: [a], hedges: {about: [b c]}}"))
	a, _ := sources.Parse("a.txt", []byte("Some 40 klicks away, a clutch of fishermen were rescued by harbour master Ann Vale at 9:20."), sources.Options{})
	f.Fuzz(func(t *testing.T, doc []byte) {
		lex, err := claims.DefaultLexicon().Extend(doc, "cfg.yaml")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "cfg.yaml") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		claims.Extract(a, lex)
	})
}
