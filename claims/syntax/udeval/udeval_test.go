package udeval

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims/syntax"
)

// readConllu reads a CoNLL-U document written in a test.
func readConllu(t *testing.T, doc string) []syntax.Sentence {
	t.Helper()
	sents, err := syntax.ReadCoNLLU(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// conllu builds a CoNLL-U sentence from rows of space-separated columns
// (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL); multiword token rows give
// only ID and FORM.
func conllu(text string, rows ...string) string {
	var b strings.Builder
	b.WriteString("# text = " + text + "\n")
	for _, r := range rows {
		f := strings.Fields(r)
		for len(f) < 10 {
			f = append(f, "_")
		}
		b.WriteString(strings.Join(f, "\t") + "\n")
	}
	return b.String() + "\n"
}

var goldRows = []string{
	"1-2 Mira's",
	"1 Mira Mira PROPN NNP Number=Sing 3 nmod:poss",
	"2 's 's PART POS _ 1 case",
	"3 cat cat NOUN NN Number=Sing 6 nsubj",
	"4-5 didn't",
	"4 did do AUX VBD Mood=Ind|Tense=Past|VerbForm=Fin 6 aux",
	"5 n't not PART RB _ 6 advmod",
	"6 sleep sleep VERB VB VerbForm=Inf 0 root",
	"7 . . PUNCT . _ 6 punct",
}

const goldText = "Mira's cat didn't sleep."

// edit returns goldRows with row i replaced.
func edit(i int, row string) []string {
	rows := append([]string(nil), goldRows...)
	rows[i] = row
	return rows
}

// want is a metric's expected counts: correct, gold, system and aligned.
type want struct{ correct, gold, system, aligned int }

func check(t *testing.T, name string, got Metric, w want) {
	t.Helper()
	if got != (Metric{w.correct, w.gold, w.system, w.aligned}) {
		t.Errorf("%s = %+v, want %+v", name, got, w)
	}
}

func TestScore(t *testing.T) {
	gold := conllu(goldText, goldRows...)
	tests := []struct {
		name   string
		system string
		want   map[string]want
	}{{
		name:   "identical",
		system: gold,
		want: map[string]want{
			"Tokens": {5, 5, 5, 0}, "Sentences": {1, 1, 1, 0}, "Words": {7, 7, 7, 0},
			"UPOS": {7, 7, 7, 7}, "UFeats": {7, 7, 7, 7}, "Lemmas": {7, 7, 7, 7},
			"UAS": {7, 7, 7, 7}, "LAS": {7, 7, 7, 7}, "CLAS": {4, 4, 4, 4}, "MLAS": {4, 4, 4, 4}, "BLEX": {4, 4, 4, 4},
		},
	}, {
		name:   "one wrong head",
		system: conllu(goldText, edit(3, "3 cat cat NOUN NN Number=Sing 2 nsubj")...),
		want: map[string]want{
			"Words": {7, 7, 7, 0}, "UPOS": {7, 7, 7, 7},
			"UAS": {6, 7, 7, 7}, "LAS": {6, 7, 7, 7}, "CLAS": {3, 4, 4, 4}, "MLAS": {3, 4, 4, 4}, "BLEX": {3, 4, 4, 4},
		},
	}, {
		name:   "relation subtypes left out",
		system: conllu(goldText, edit(1, "1 Mira Mira PROPN NNP Number=Sing 3 nmod:tmod")...),
		want:   map[string]want{"UAS": {7, 7, 7, 7}, "LAS": {7, 7, 7, 7}},
	}, {
		name:   "a function word's tag counts in MLAS only through its head",
		system: conllu(goldText, edit(5, "4 did do VERB VBD Mood=Ind|Tense=Past|VerbForm=Fin 6 aux")...),
		want: map[string]want{
			"UPOS": {6, 7, 7, 7}, "AllTags": {6, 7, 7, 7}, "CLAS": {4, 4, 4, 4}, "MLAS": {3, 4, 4, 4},
		},
	}, {
		name:   "language-specific features left out",
		system: conllu(goldText, edit(3, "3 cat cat NOUN NN Number=Sing|Style=Coll 6 nsubj")...),
		want:   map[string]want{"UFeats": {7, 7, 7, 7}},
	}, {
		name:   "a wrong universal feature",
		system: conllu(goldText, edit(3, "3 cat cat NOUN NN Number=Plur 6 nsubj")...),
		want:   map[string]want{"UFeats": {6, 7, 7, 7}, "XPOS": {7, 7, 7, 7}, "AllTags": {6, 7, 7, 7}},
	}, {
		name:   "a wrong lemma",
		system: conllu(goldText, edit(6, "5 n't no PART RB _ 6 advmod")...),
		want:   map[string]want{"Lemmas": {6, 7, 7, 7}, "BLEX": {3, 4, 4, 4}, "LAS": {7, 7, 7, 7}},
	}, {
		name: "a multiword token left whole",
		system: conllu(goldText,
			"1-2 Mira's",
			"1 Mira Mira PROPN NNP Number=Sing 3 nmod:poss",
			"2 's 's PART POS _ 1 case",
			"3 cat cat NOUN NN Number=Sing 5 nsubj",
			"4 didn't do AUX VBD _ 5 aux",
			"5 sleep sleep VERB VB VerbForm=Inf 0 root",
			"6 . . PUNCT . _ 5 punct"),
		want: map[string]want{
			"Tokens": {5, 5, 5, 0}, "Words": {5, 7, 6, 0}, "UAS": {5, 7, 6, 5}, "CLAS": {3, 4, 3, 3},
		},
	}, {
		name: "a multiword token split differently",
		system: conllu(goldText,
			"1-2 Mira's",
			"1 Mira Mira PROPN NNP Number=Sing 3 nmod:poss",
			"2 's 's PART POS _ 1 case",
			"3 cat cat NOUN NN Number=Sing 6 nsubj",
			"4-5 didn't",
			"4 didn dit AUX VBD _ 6 aux",
			"5 't not PART RB _ 6 advmod",
			"6 sleep sleep VERB VB VerbForm=Inf 0 root",
			"7 . . PUNCT . _ 6 punct"),
		want: map[string]want{"Tokens": {5, 5, 5, 0}, "Words": {5, 7, 7, 0}, "UAS": {5, 7, 7, 5}},
	}, {
		name: "a word split in three",
		system: conllu("Mira 's cat did n't sleep .",
			"1 Mira Mira PROPN NNP Number=Sing 4 nmod:poss",
			"2 's 's PART POS _ 1 case",
			"3 cat cat NOUN NN Number=Sing 6 nsubj",
			"4 did do AUX VBD _ 6 aux",
			"5 n't not PART RB _ 6 advmod",
			"6 sleep sleep VERB VB VerbForm=Inf 0 root",
			"7 . . PUNCT . _ 6 punct"),
		// "Mira" heads on "cat" in gold and on "did" here; "did" and "n't"
		// are aligned by form inside the multiword span, "cat" by span.
		want: map[string]want{"Tokens": {3, 5, 7, 0}, "Words": {7, 7, 7, 0}, "UAS": {6, 7, 7, 7}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Score(readConllu(t, gold), readConllu(t, tt.system))
			if err != nil {
				t.Fatal(err)
			}
			byName := map[string]Metric{}
			for _, m := range got.List() {
				byName[m.Name] = m.Metric
			}
			for name, w := range tt.want {
				check(t, name, byName[name], w)
			}
		})
	}
}

func TestScoreHyphenSplit(t *testing.T) {
	gold := conllu("a well-read host",
		"1 a a DET DT _ 5 det",
		"2 well well ADV RB _ 4 advmod",
		"3 - - PUNCT HYPH _ 4 punct",
		"4 read read VERB VBN _ 5 amod",
		"5 host host NOUN NN _ 0 root")
	system := conllu("a well-read host",
		"1 a a DET DT _ 3 det",
		"2 well-read well-read ADJ JJ _ 3 amod",
		"3 host host NOUN NN _ 0 root")
	got, err := Score(readConllu(t, gold), readConllu(t, system))
	if err != nil {
		t.Fatal(err)
	}
	check(t, "Words", got.Words, want{2, 5, 3, 0})
	check(t, "Tokens", got.Tokens, want{2, 5, 3, 0})
	check(t, "UAS", got.UAS, want{2, 5, 3, 2})
	if f := got.Words.F1(); math.Abs(f-0.5) > 1e-12 {
		t.Errorf("Words F1 = %v, want 0.5", f)
	}
	if p, r := got.Words.Precision(), got.Words.Recall(); math.Abs(p-2.0/3) > 1e-12 || math.Abs(r-0.4) > 1e-12 {
		t.Errorf("Words precision, recall = %v, %v, want 2/3, 2/5", p, r)
	}
}

func TestScoreSentences(t *testing.T) {
	gold := conllu("Rain fell.", "1 Rain rain NOUN NN _ 2 nsubj", "2 fell fall VERB VBD _ 0 root", "3 . . PUNCT . _ 2 punct") +
		conllu("Roads shut.", "1 Roads road NOUN NNS _ 2 nsubj", "2 shut shut VERB VBD _ 0 root", "3 . . PUNCT . _ 2 punct")
	system := conllu("Rain fell. Roads shut.",
		"1 Rain rain NOUN NN _ 2 nsubj", "2 fell fall VERB VBD _ 0 root", "3 . . PUNCT . _ 2 punct",
		"4 Roads road NOUN NNS _ 5 nsubj", "5 shut shut VERB VBD _ 2 parataxis", "6 . . PUNCT . _ 5 punct")
	got, err := Score(readConllu(t, gold), readConllu(t, system))
	if err != nil {
		t.Fatal(err)
	}
	check(t, "Sentences", got.Sentences, want{0, 2, 1, 0})
	check(t, "Words", got.Words, want{6, 6, 6, 0})
	// "shut" is a root in gold and heads on "fell" here.
	check(t, "UAS", got.UAS, want{5, 6, 6, 6})
	check(t, "LAS", got.LAS, want{5, 6, 6, 6})
}

// TestAlignment runs the word alignment cases of the official script's
// own tests. A token is written "form" or, for a multiword token,
// "form word word …".
func TestAlignment(t *testing.T) {
	tests := []struct {
		gold, system []string
		correct      int
	}{
		{[]string{"a"}, []string{"a"}, 1},
		{[]string{"a", "b", "c"}, []string{"a", "b", "c"}, 3},
		{[]string{"abc a b c"}, []string{"a", "b", "c"}, 3},
		{[]string{"a", "bc b c", "d"}, []string{"a", "b", "c", "d"}, 4},
		{[]string{"abcd a b c d"}, []string{"ab a b", "cd c d"}, 4},
		{[]string{"abc a b c", "de d e"}, []string{"a", "bcd b c d", "e"}, 5},
		{[]string{"abcd"}, []string{"a", "b", "c", "d"}, 0},
		{[]string{"abc", "d"}, []string{"a", "b", "c", "d"}, 1},
		{[]string{"a", "bc", "d"}, []string{"a", "b", "c", "d"}, 2},
		{[]string{"a", "bc b c", "d"}, []string{"a", "b", "cd"}, 2},
		{[]string{"abc a BX c", "def d EX f"}, []string{"ab a b", "cd c d", "ef e f"}, 4},
		{[]string{"ab a b", "cd bc d"}, []string{"a", "bc", "d"}, 2},
		{[]string{"a", "bc b c", "d"}, []string{"ab AX BX", "cd CX a"}, 1},
	}
	for _, tt := range tests {
		name := strings.Join(tt.gold, "|") + " vs " + strings.Join(tt.system, "|")
		t.Run(name, func(t *testing.T) {
			gold, system := tokens(tt.gold), tokens(tt.system)
			got, err := Score(gold, system)
			if err != nil {
				t.Fatal(err)
			}
			check(t, "Words", got.Words, want{tt.correct, len(gold[0].Words), len(system[0].Words), 0})
		})
	}
}

// tokens builds one sentence from tokens written as in TestAlignment, the
// first word its root and the others attached to it.
func tokens(toks []string) []syntax.Sentence {
	var s syntax.Sentence
	for _, tok := range toks {
		f := strings.Fields(tok)
		start := len(s.Text)
		s.Text += f[0] + " "
		words := f[1:]
		if len(words) == 0 {
			words = f[:1]
		}
		for k, w := range words {
			head := 1
			if len(s.Words) == 0 {
				head = 0
			}
			s.Words = append(s.Words, syntax.Word{Form: w, Head: head, Start: start, End: start + len(f[0]), Joined: k > 0})
		}
	}
	return []syntax.Sentence{s}
}

func TestScoreErrors(t *testing.T) {
	tests := []struct {
		name         string
		gold, system []syntax.Sentence
	}{
		{"different texts", tokens([]string{"a"}), tokens([]string{"b"})},
		{"a text cut short", tokens([]string{"ab", "c"}), tokens([]string{"ab"})},
		{"a span outside the text", tokens([]string{"a"}), []syntax.Sentence{{Text: "a", Words: []syntax.Word{{Form: "a", Start: 0, End: 2}}}}},
		{"a word of white space", tokens([]string{"a"}), []syntax.Sentence{{Text: "a  ", Words: []syntax.Word{{Form: "a", Start: 0, End: 1}, {Form: " ", Start: 1, End: 2}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Score(tt.gold, tt.system); err == nil {
				t.Error("no error")
			}
		})
	}
}

const ewtDev = "../../../../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu"

// TestScoreEWTDevItself scores the EWT development set against itself:
// every metric must be 100%.
func TestScoreEWTDevItself(t *testing.T) {
	f, err := os.Open(ewtDev)
	if err != nil {
		t.Skipf("the EWT corpus is not at %s: %v", ewtDev, err)
	}
	defer f.Close()
	sents, err := syntax.ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Score(sents, sents)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range got.List() {
		if m.Correct != m.Gold || m.Correct != m.System || m.Gold == 0 {
			t.Errorf("%s = %+v, want all correct", m.Name, m.Metric)
		}
	}
	if got.Words.Gold < 25000 {
		t.Errorf("only %d words read from %s", got.Words.Gold, ewtDev)
	}
	t.Logf("\n%s", got)
}
