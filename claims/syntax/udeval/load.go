package udeval

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims/syntax"
)

// A span is a range of a document's characters with white space left out:
// the offsets count the bytes of the other characters before it.
type span struct{ start, end int }

// A word is a syntactic word as the metrics read it.
type word struct {
	span  span // the word's orthographic token: the whole "don't" for "do" and "n't"
	multi bool // part of a multiword token
	form  string
	lemma string
	upos  string
	xpos  string
	feats string // universal features only, sorted
	// deprel is the relation without its subtype ("nmod" for "nmod:poss").
	deprel string
	// parent is the index of the head in the document's words, root for the
	// root and noHead for a head outside the sentence.
	parent int
	// functional lists the children with a functional relation (aux, case,
	// det, …), in order.
	functional []int
}

const (
	root   = -1
	noHead = -2
)

// A doc is one side of the comparison: its characters without white
// space, and its tokens, sentences and words over them.
type doc struct {
	chars  string
	tokens []span
	sents  []span
	words  []word
}

// load lays the sentences end to end as one document.
func load(sents []syntax.Sentence) (*doc, error) {
	d := &doc{}
	var chars strings.Builder
	for si := range sents {
		s := &sents[si]
		if len(s.Words) == 0 {
			continue
		}
		base := len(d.words)
		start := chars.Len()
		for i := 0; i < len(s.Words); {
			j := i + 1
			for j < len(s.Words) && s.Words[j].Joined {
				j++
			}
			text, ok := tokenText(s, i, j)
			if !ok {
				return nil, fmt.Errorf("sentence %s: word %d spans [%d,%d), outside its %d bytes of text",
					sentName(s, si), i+1, s.Words[i].Start, s.Words[j-1].End, len(s.Text))
			}
			t := span{start: chars.Len()}
			appendVisible(&chars, text)
			t.end = chars.Len()
			if t.end == t.start {
				return nil, fmt.Errorf("sentence %s: word %d is only white space", sentName(s, si), i+1)
			}
			d.tokens = append(d.tokens, t)
			for k := i; k < j; k++ {
				d.words = append(d.words, newWord(s, k, base, t, j-i > 1))
			}
			i = j
		}
		d.sents = append(d.sents, span{start, chars.Len()})
		for k := base; k < len(d.words); k++ {
			if p := d.words[k].parent; p >= 0 && functionalRels[d.words[k].deprel] {
				d.words[p].functional = append(d.words[p].functional, k)
			}
		}
	}
	d.chars = chars.String()
	return d, nil
}

// tokenText is the text of the token made of words i to j-1 of s: the
// span of its words in s.Text, or their forms for words built without
// spans (all offsets zero). It reports false for a span outside the text.
func tokenText(s *syntax.Sentence, i, j int) (string, bool) {
	a, b := s.Words[i].Start, s.Words[j-1].End
	if 0 <= a && a < b && b <= len(s.Text) {
		return s.Text[a:b], true
	}
	if a != 0 || b != 0 {
		return "", false
	}
	var f strings.Builder
	for k := i; k < j; k++ {
		f.WriteString(s.Words[k].Form)
	}
	return f.String(), true
}

func sentName(s *syntax.Sentence, i int) string {
	if s.ID != "" {
		return s.ID
	}
	return fmt.Sprint(i + 1)
}

// appendVisible writes text without its white space.
func appendVisible(b *strings.Builder, text string) {
	for len(text) > 0 {
		r, n := utf8.DecodeRuneInString(text)
		if !isSpace(r) {
			b.WriteString(text[:n])
		}
		text = text[n:]
	}
}

// isSpace reports white space as the official script removes it from
// forms (Unicode category Zs) and as it separates tokens in a text.
func isSpace(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || unicode.Is(unicode.Zs, r)
}

func newWord(s *syntax.Sentence, k, base int, t span, multi bool) word {
	w := s.Words[k]
	parent := noHead
	switch {
	case w.Head == 0:
		parent = root
	case w.Head > 0 && w.Head <= len(s.Words):
		parent = base + w.Head - 1
	}
	deprel, _, _ := strings.Cut(w.Deprel, ":")
	return word{
		span: t, multi: multi, form: strings.ToLower(w.Form),
		lemma: w.Lemma, upos: w.UPOS, xpos: w.XPOS, feats: universalFeats(w.Feats),
		deprel: deprel, parent: parent,
	}
}

// universalFeats keeps the universal features of a FEATS column, sorted,
// as the official script compares them.
func universalFeats(feats string) string {
	if feats == "" || feats == "_" {
		return ""
	}
	parts := strings.Split(feats, "|")
	kept := parts[:0]
	for _, p := range parts {
		name, _, _ := strings.Cut(p, "=")
		if universalFeatures[name] {
			kept = append(kept, p)
		}
	}
	sort.Strings(kept)
	return strings.Join(kept, "|")
}

// The relation and feature classes of the official script.
var (
	contentRels = set("nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative",
		"expl", "dislocated", "advcl", "advmod", "discourse", "nmod", "appos",
		"nummod", "acl", "amod", "conj", "fixed", "flat", "compound", "list",
		"parataxis", "orphan", "goeswith", "reparandum", "root", "dep")
	functionalRels    = set("aux", "cop", "mark", "det", "clf", "case", "cc")
	universalFeatures = set("PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender",
		"Animacy", "Number", "Case", "Definite", "Degree", "VerbForm", "Mood",
		"Tense", "Aspect", "Voice", "Evident", "Polarity", "Person", "Polite")
)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
