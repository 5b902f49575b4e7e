package syntax

import "testing"

// words builds a sentence from "form/UPOS/head" triples.
func words(spec ...string) Sentence {
	var s Sentence
	for _, x := range spec {
		var w Word
		var head int
		parts := splitSpec(x)
		w.Form, w.UPOS = parts[0], parts[1]
		for _, c := range parts[2] {
			head = head*10 + int(c-'0')
		}
		w.Head, w.Deprel = head, "dep"
		if head == 0 {
			w.Deprel = "root"
		}
		if w.UPOS == "PUNCT" {
			w.Deprel = "punct"
		}
		s.Words = append(s.Words, w)
	}
	return s
}

func splitSpec(x string) [3]string {
	var out [3]string
	k := 0
	start := 0
	for i := 0; i < len(x); i++ {
		if x[i] == '/' && k < 2 && i > start {
			out[k] = x[start:i]
			k++
			start = i + 1
		}
	}
	out[k] = x[start:]
	return out
}

func TestFixPunct(t *testing.T) {
	tests := []struct {
		name  string
		in    Sentence
		heads []int
	}{
		{"a final stop hangs from the root word",
			words("Rain/NOUN/2", "fell/VERB/0", "./PUNCT/1"), []int{2, 0, 2}},
		{"a comma after a fronted clause hangs from that clause's head",
			words("When/SCONJ/2", "asked/VERB/5", ",/PUNCT/4", "she/PRON/5", "declined/VERB/0", "./PUNCT/5"),
			[]int{2, 5, 2, 5, 0, 5}},
		{"quotation marks hang from the head of what they enclose",
			words(`"/PUNCT/5`, "Go/VERB/5", `"/PUNCT/5`, "she/PRON/5", "said/VERB/0", "./PUNCT/5"),
			[]int{2, 5, 2, 5, 0, 5}},
		{"a mark with children gives them up",
			words("Yes/INTJ/2", "!/PUNCT/0", "Now/ADV/2"),
			[]int{0, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.in
			FixPunct(&s)
			for i, w := range s.Words {
				if w.Head != tt.heads[i] {
					got := make([]int, len(s.Words))
					for j, x := range s.Words {
						got[j] = x.Head
					}
					t.Fatalf("heads %v, want %v", got, tt.heads)
				}
			}
			checkTree(t, s)
		})
	}
}
