package compare_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources"
)

// checkDocs extracts the named files of testdata/check, in the order given.
func checkDocs(t testing.TB, names ...string) []*claims.Document {
	t.Helper()
	var docs []*claims.Document
	for _, n := range names {
		p := filepath.Join("testdata", "check", n)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := sources.Parse(p, data, sources.Options{})
		if err != nil {
			t.Fatalf("parse %s: %v", p, err)
		}
		docs = append(docs, claims.Extract(a, claims.DefaultLexicon()))
	}
	return docs
}

var checkFiles = []string{"courier.txt", "gazette.txt", "tribune.txt"}

func describe(r *compare.Report) string {
	var b strings.Builder
	for _, f := range r.Findings {
		var vals []string
		for _, v := range f.Values {
			vals = append(vals, v.Value)
		}
		b.WriteString(f.Kind + " " + f.Rule + " " + f.SubjectName + " / " + f.Attribute + ": " + strings.Join(vals, " | ") + "\n")
	}
	return b.String()
}

// findings returns the findings of the kind about a subject whose name
// contains the given word, and whose attribute contains attr.
func findings(r *compare.Report, kind, subject, attr string) []compare.Finding {
	var out []compare.Finding
	for _, f := range r.Findings {
		if f.Kind == kind && strings.Contains(f.SubjectName, subject) && strings.Contains(f.Attribute, attr) {
			out = append(out, f)
		}
	}
	return out
}

func TestCheckFindings(t *testing.T) {
	r := compare.Check(checkDocs(t, checkFiles...), compare.Options{})
	tests := []struct {
		name, kind, subject, attr string
		want                      int
	}{
		{"descriptor conflict", compare.KindConflict, "Reval", "status", 1},
		{"age conflict", compare.KindConflict, "Reval", "age", 1},
		{"one quote, two speakers", compare.KindConflict, "We were lucky", "speaker", 1},
		{"spelling variant", compare.KindVariant, "Volnik", "name", 1},
		{"variant is never a conflict", compare.KindConflict, "Volnik", "", 0},
		{"role worded differently is no conflict", compare.KindConflict, "Solvay", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(findings(r, tt.kind, tt.subject, tt.attr)); got != tt.want {
				t.Errorf("%d %s findings on %s/%s, want %d; findings:\n%s", got, tt.kind, tt.subject, tt.attr, tt.want, describe(r))
			}
		})
	}
	if n := len(findings(r, compare.KindConflict, "", "")); n != 3 {
		t.Errorf("%d conflicts, want 3:\n%s", n, describe(r))
	}
}

func TestCheckSurnameOnlyJoins(t *testing.T) {
	r := compare.Check(checkDocs(t, checkFiles...), compare.Options{})
	for _, e := range r.Entities {
		if e.Name == "Irena Solvay" {
			if len(e.Sources) != 3 {
				t.Errorf("Irena Solvay found in %v, want all three articles", e.Sources)
			}
			return
		}
	}
	t.Errorf("no entity Irena Solvay")
}

func TestCheckDeterministic(t *testing.T) {
	var first []byte
	for _, order := range [][]string{checkFiles, {"tribune.txt", "courier.txt", "gazette.txt"}, {"gazette.txt", "tribune.txt", "courier.txt"}} {
		docs := checkDocs(t, order...)
		slices.SortFunc(docs, func(a, b *claims.Document) int { return strings.Compare(a.Article.Path, b.Article.Path) })
		got, err := json.Marshal(compare.Check(docs, compare.Options{}))
		if err != nil {
			t.Fatal(err)
		}
		again, _ := json.Marshal(compare.Check(docs, compare.Options{}))
		if !bytes.Equal(got, again) {
			t.Errorf("two runs on the same input differ")
		}
		if first == nil {
			first = got
		} else if !bytes.Equal(first, got) {
			t.Errorf("order %v gives a different report", order)
		}
	}
}
