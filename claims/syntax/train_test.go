package syntax

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func readFixture(t *testing.T, name string) []Sentence {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var tinyOptions = TrainOptions{Seed: 7, TagEpochs: 12, ParseEpochs: 12, Folds: 1}

// A model trained on a handful of sentences parses them back: the whole
// training path (tagger, jackknifed tags, lemmatiser, oracle, pruning by
// epoch, the file format) works end to end.
func TestTrainTinyParsesBack(t *testing.T) {
	sents := readFixture(t, "tiny.conllu")
	m, err := Train(sents, nil, tinyOptions)
	if err != nil {
		t.Fatal(err)
	}
	sc := m.Evaluate(sents)
	if sc.UPOS < 99 || sc.Lemma < 99 || sc.UAS < 95 || sc.LAS < 90 {
		t.Errorf("trained on the fixture, parses it back at %+v", sc)
	}
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	if again := loaded.Evaluate(sents); again != sc {
		t.Errorf("loaded from its file the model scores %+v, not %+v", again, sc)
	}
}

// The same sentences and seed give the same model, byte for byte.
func TestTrainDeterministic(t *testing.T) {
	sents := readFixture(t, "tiny.conllu")
	var files [2][]byte
	for i := range files {
		opts := tinyOptions
		opts.Folds = 2 // the jackknifed folds run side by side
		m, err := Train(sents, sents[:2], opts)
		if err != nil {
			t.Fatal(err)
		}
		if files[i], err = m.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two trainings on the same data and seed wrote different models")
	}
}

func TestTrainRefusesNothing(t *testing.T) {
	if _, err := Train(nil, nil, tinyOptions); err == nil {
		t.Error("Train with no sentences gave no error")
	}
}

// Following the oracle's zero-cost moves from the start rebuilds every
// projective gold tree exactly.
func TestOracleRebuildsGold(t *testing.T) {
	for _, s := range readFixture(t, "tiny.conllu") {
		gold := make([]int32, len(s.Words)+1)
		for i, w := range s.Words {
			gold[i+1] = int32(w.Head)
		}
		var st pstate
		st.reset(len(s.Words))
		for steps := 0; !st.done(); steps++ {
			if steps > 4*len(s.Words) {
				t.Fatalf("%s: the oracle does not finish", s.ID)
			}
			ok := st.valid()
			cost := st.costs(gold, ok)
			mv := -1
			for m := 0; m < nMoves; m++ {
				if ok[m] && cost[m] == 0 {
					mv = m
					break
				}
			}
			if mv < 0 {
				t.Fatalf("%s: no move costs nothing at step %d", s.ID, steps)
			}
			st.apply(mv, 1)
		}
		for i := 1; i <= len(s.Words); i++ {
			if st.heads[i] != gold[i] {
				t.Errorf("%s: word %d gets head %d, gold %d", s.ID, i, st.heads[i], gold[i])
			}
		}
	}
}

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name       string
		heads, out []int32
	}{
		{"projective stays", []int32{0, 2, 0, 2}, []int32{0, 2, 0, 2}},
		{"nested arcs stay", []int32{0, 0, 3, 1, 3}, []int32{0, 0, 3, 1, 3}},
		// 3→1 spans the root word 2, then 1→4 does: both lift to 2
		{"crossing arcs lifted, shortest first", []int32{0, 3, 0, 2, 1}, []int32{0, 2, 0, 2, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := projectivize(tt.heads)
			for i := range got {
				if got[i] != tt.out[i] {
					t.Fatalf("projectivize(%v) = %v, want %v", tt.heads, got, tt.out)
				}
			}
		})
	}
}
