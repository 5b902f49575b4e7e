package syntax

import (
	"bufio"
	"fmt"
	"io"
)

// WriteTree writes a sentence as an indented tree for a person to read:
// each word under its head, with its tag, lemma and relation.
//
//	ordered  VERB VBD order  root
//	├── mayor  NOUN NN mayor  nsubj
//	│   ├── The  DET DT the  det
func WriteTree(w io.Writer, s Sentence) error {
	bw := bufio.NewWriter(w)
	if s.ID != "" {
		fmt.Fprintf(bw, "# %s\n", s.ID)
	}
	fmt.Fprintf(bw, "# %s\n", oneLine(s.Text))
	kids := make([][]int, len(s.Words)+1)
	for i, x := range s.Words {
		if x.Head >= 0 && x.Head <= len(s.Words) {
			kids[x.Head] = append(kids[x.Head], i+1)
		}
	}
	seen := make([]bool, len(s.Words)+1)
	var walk func(n int, prefix string, last, top bool)
	walk = func(n int, prefix string, last, top bool) {
		if seen[n] {
			return
		}
		seen[n] = true
		x := s.Words[n-1]
		branch, next := "├── ", "│   "
		if last {
			branch, next = "└── ", "    "
		}
		if top {
			branch, next = "", ""
		}
		fmt.Fprintf(bw, "%s%s%s  %s %s %s  %s\n", prefix, branch, x.Form, x.UPOS, x.XPOS, x.Lemma, x.Deprel)
		for k, c := range kids[n] {
			walk(c, prefix+next, k == len(kids[n])-1, false)
		}
	}
	for k, r := range kids[0] {
		walk(r, "", k == len(kids[0])-1, true)
	}
	for i := 1; i <= len(s.Words); i++ {
		if !seen[i] { // a word off the tree, as in a malformed input
			walk(i, "", true, true)
		}
	}
	bw.WriteByte('\n')
	return bw.Flush()
}
