package syntax

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// checkTree fails unless s is one tree: every head in range, exactly one
// word under the root, no cycle, every word labelled.
func checkTree(t *testing.T, s Sentence) {
	t.Helper()
	n := len(s.Words)
	roots := 0
	for i, w := range s.Words {
		if w.Head < 0 || w.Head > n || w.Head == i+1 {
			t.Fatalf("%q: word %d has head %d", s.Text, i+1, w.Head)
		}
		if w.Head == 0 {
			roots++
			if w.Deprel != "root" {
				t.Errorf("%q: the root word %d is labelled %q", s.Text, i+1, w.Deprel)
			}
		} else if w.Deprel == "root" || w.Deprel == "" {
			t.Errorf("%q: word %d under %d is labelled %q", s.Text, i+1, w.Head, w.Deprel)
		}
		at := i + 1
		for steps := 0; at != 0; steps++ {
			if steps > n {
				t.Fatalf("%q: word %d is on a cycle", s.Text, i+1)
			}
			at = s.Words[at-1].Head
		}
	}
	if n > 0 && roots != 1 {
		t.Fatalf("%q: %d words under the root", s.Text, roots)
	}
}

// TestGoldenConstructions parses one sentence per construction (written
// for this test, about fictional events) and compares the CoNLL-U with
// testdata/constructions.conllu; -update rewrites it after a retraining,
// for a person to read the difference.
func TestGoldenConstructions(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("testdata", "constructions.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var sents []Sentence
	name := ""
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "# "):
			name = strings.ReplaceAll(strings.TrimPrefix(line, "# "), " ", "-")
		case strings.TrimSpace(line) != "":
			s := m.Parse(line)
			s.ID = fmt.Sprintf("%s-%d", name, len(sents)+1)
			checkTree(t, s)
			sents = append(sents, s)
		}
	}
	var b bytes.Buffer
	if err := WriteCoNLLU(&b, sents); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "constructions.conllu")
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("the parses differ from %s (-want +got); run go test -update after a retraining:\n%s", golden, diff)
	}
}

func TestWriteTree(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := m.Parse("The crew rescued nine passengers.")
	var b bytes.Buffer
	if err := WriteTree(&b, s); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"# The crew rescued nine passengers.", "rescued  VERB VBD rescue  root", "└── ", "passengers  NOUN NNS passenger  obj"} {
		if !strings.Contains(out, want) {
			t.Errorf("the tree lacks %q:\n%s", want, out)
		}
	}
}

// FuzzAnnotate: any text, tokenized or split at spaces, gives one tree.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"", ".", "Police said two men were arrested.", "\"Go,\" she said, \"now.\"",
		"( ( ( ) ) )", ", , , ,", "a\x00b \xff\xfe", "BREAKING: QUAKE HITS COAST - 3 DEAD",
		strings.Repeat("and the ", 200), strings.Repeat("\" ( ", 80),
	} {
		f.Add(s)
	}
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTree(t, m.Parse(text))
		s := Sentence{Text: text}
		for _, w := range strings.Fields(text) {
			s.Words = append(s.Words, Word{Form: w})
		}
		m.Annotate(&s)
		checkTree(t, s)
	})
}
