package syntax_test

import (
	"os"
	"testing"

	"github.com/crosscheck/crosscheck/claims/syntax"
	"github.com/crosscheck/crosscheck/claims/syntax/udeval"
)

// ewtDir is where the UD English EWT treebank is.
const ewtDir = "../../../shared/corpora/ud-english-ewt/"

// TestTokenizeEWT tokenizes the text of every sentence of the EWT
// development and test sets and scores the words against the gold ones
// as the CoNLL 2018 shared task does. Run it with -v to see the figures:
//
//	go test ./claims/syntax -run TestTokenizeEWT -v
func TestTokenizeEWT(t *testing.T) {
	for _, tt := range []struct {
		file          string
		tokens, words float64 // the F1 the tokenizer must reach
	}{
		{"en_ewt-ud-dev.conllu", 0.99, 0.99},
		{"en_ewt-ud-test.conllu", 0.99, 0.99},
	} {
		t.Run(tt.file, func(t *testing.T) {
			gold := readTreebank(t, ewtDir+tt.file)
			sc, err := udeval.Score(gold, tokenizeAll(gold))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: tokens F1 %.2f%%, words F1 %.2f%% (%d gold words, %d tokenized)",
				tt.file, 100*sc.Tokens.F1(), 100*sc.Words.F1(), sc.Words.Gold, sc.Words.System)
			if sc.Tokens.F1() < tt.tokens || sc.Words.F1() < tt.words {
				t.Errorf("tokens F1 %.4f, words F1 %.4f, want at least %.2f and %.2f",
					sc.Tokens.F1(), sc.Words.F1(), tt.tokens, tt.words)
			}
		})
	}
}

// readTreebank reads a CoNLL-U file, skipping the test when it is absent.
func readTreebank(t testing.TB, path string) []syntax.Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("the treebank is not at %s: %v", path, err)
	}
	defer f.Close()
	sents, err := syntax.ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// tokenizeAll tokenizes the text of each gold sentence.
func tokenizeAll(gold []syntax.Sentence) []syntax.Sentence {
	out := make([]syntax.Sentence, len(gold))
	for i, g := range gold {
		out[i] = syntax.Sentence{ID: g.ID, Text: g.Text, Words: syntax.Tokenize(g.Text)}
	}
	return out
}
