package claims_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

func TestMaxSentence(t *testing.T) {
	long := "The harbour master Ann Vale said " + strings.Repeat("and the rain went on ", 300) + "."
	text := "Mayor Tom Reed, 61, opened the bridge.\n\n" + long + "\n"
	a, err := sources.Parse("a.txt", []byte(text), sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		max      int
		problems int
	}{
		{"default cap skips the long sentence", 0, 1},
		{"a generous cap keeps it", 1 << 20, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := claims.ExtractWith(a, claims.DefaultLexicon(), claims.Options{MaxSentence: tc.max})
			if len(d.Problems) != tc.problems {
				t.Fatalf("problems = %v, want %d", d.Problems, tc.problems)
			}
			if tc.problems > 0 && !strings.Contains(d.Problems[0].Error(), "a.txt:3") {
				t.Errorf("problem %q does not name the file and line", d.Problems[0])
			}
			if len(d.Claims) == 0 {
				t.Errorf("the short sentence lost its claims")
			}
		})
	}
}

func TestLexiconExtend(t *testing.T) {
	valid := []struct {
		name, doc, text, want string
	}{
		{"a new title", "titles: [harbour master]\n", "The alarm was raised by harbour master Ann Vale, who is 50.", "harbour master"},
		{"a new descriptor", "descriptors:\n  employment status:\n    former: [pensioned]\n", "The pensioned nurse Ann Vale helped.", "pensioned nurse"},
		{"a new people noun", "people_nouns:\n  crew: [wharfies]\n", "Seven wharfies were rescued on Monday.", "people rescued"},
		{"a new count predicate", "count_predicates:\n  missing: [unaccounted]\n", "Nine people are still unaccounted for.", "people missing"},
		{"a new hedge", "hedges:\n  about: [in the region of]\n", "In the region of 300 people were evacuated.", "in the region of 300"},
		{"a new quantifier", "quantifiers:\n  a clutch of: {min: 3, max: 6}\n", "A clutch of climbers were rescued on Monday.", "a clutch of"},
		{"a new unit word", "units:\n  km: [klicks]\n", "Rescuers found the climbers 4 klicks from the entrance of the cave.", "4 klicks"},
	}
	for _, tc := range valid {
		t.Run(tc.name, func(t *testing.T) {
			lex, err := claims.DefaultLexicon().Extend([]byte(tc.doc), "cfg.yaml")
			if err != nil {
				t.Fatal(err)
			}
			a, _ := sources.Parse("a.txt", []byte(tc.text), sources.Options{})
			found := false
			for _, c := range claims.Extract(a, lex).Claims {
				if strings.Contains(strings.ToLower(c.SubjectAs+" "+c.Attribute+" "+c.Value.Text), tc.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("no claim holds %q with the extended lexicon", tc.want)
			}
			for _, c := range claims.Extract(a, claims.DefaultLexicon()).Claims {
				if strings.Contains(strings.ToLower(c.SubjectAs+" "+c.Attribute+" "+c.Value.Text), tc.want) {
					t.Errorf("the default lexicon already gives %q: the row tests nothing", tc.want)
				}
			}
		})
	}
	invalid := []struct{ name, doc, want string }{
		{"unknown key", "titels: [x]\n", "cfg.yaml"},
		{"wrong shape", "titles: {a: b}\n", "line 1"},
		{"a list for a map", "people_nouns: [fishermen]\n", "line 1"},
		{"an unknown hedge meaning", "titles: [x]\nhedges:\n  roughly: [kinda]\n", "cfg.yaml:3: hedges"},
		{"a quantifier upside down", "quantifiers:\n  a clutch of: {min: 6, max: 3}\n", "cfg.yaml"},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			_, err := claims.DefaultLexicon().Extend([]byte(tc.doc), "cfg.yaml")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}
