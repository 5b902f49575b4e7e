package value

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// notWords are lower-case string literals of the package that are never
// compared with a word of the text: names of hedges, units, dimensions,
// verdicts, time tolerances, sections of values.yaml.
var notWords = map[string]bool{
	"mi": true, "kn": true, "range": true, "vague": true, "inf": true, "length": true, "mass": true,
	"speed": true, "temperature": true, "agree": true, "conflict": true,
	"unknown": true, "default": true, "hedges": true, "quantifiers": true, "units": true,
}

// TestLexiconWords checks that every lower-case word written in the
// package's code is in the default lexicon's words: text.word gives a word
// written with a capital in lower case only when the lexicon holds it.
func TestLexiconWords(t *testing.T) {
	words := Default().words
	for w := range words {
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || len(w) > maxWordLen {
			t.Errorf("%q in the lexicon is not all lower-case letters, or too long", w)
		}
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if _, ok := n.(*ast.ImportSpec); ok {
				return false
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != gotoken.STRING {
				return true
			}
			w, err := strconv.Unquote(lit.Value)
			if err != nil || w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
				return true
			}
			if _, ok := words[w]; !ok && !notWords[w] {
				t.Errorf("%s: %q is not in the lexicon; add it to otherWords", fset.Position(lit.Pos()), w)
			}
			return true
		})
	}
}

// TestWordLower checks that word gives a known word in lower case however
// it is written, and any other word as written.
func TestWordLower(t *testing.T) {
	tx := Default().scan("About TWENTY Storms, in March")
	defer tx.release()
	for i, want := range []string{"about", "twenty", "Storms", "", "in", "march"} {
		if got := tx.word(i); got != want {
			t.Errorf("word(%d) = %q, want %q", i, got, want)
		}
	}
}
