package syntax

import (
	"bytes"
	"strings"
	"testing"
)

const tinyConllu = `# sent_id = a-1
# text = Lee's dog didn't bark.
1-2	Lee's	_	_	_	_	_	_	_	_
1	Lee	Lee	PROPN	NNP	Number=Sing	3	nmod:poss	3:nmod:poss	_
2	's	's	PART	POS	_	1	case	1:case	_
3	dog	dog	NOUN	NN	Number=Sing	6	nsubj	6:nsubj	_
4-5	didn't	_	_	_	_	_	_	_	_
4	did	do	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	6	aux	6:aux	_
5	n't	not	PART	RB	_	6	advmod	6:advmod	_
6	bark	bark	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	6:punct	_

`

func TestReadCoNLLU(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(tinyConllu))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].Words) != 7 {
		t.Fatalf("got %d sentences", len(sents))
	}
	s := sents[0]
	want := []struct {
		form       string
		start, end int
		joined     bool
	}{{"Lee", 0, 3, false}, {"'s", 3, 5, true}, {"dog", 6, 9, false}, {"did", 10, 13, false}, {"n't", 13, 16, true}, {"bark", 17, 21, false}, {".", 21, 22, false}}
	for i, w := range want {
		got := s.Words[i]
		if got.Form != w.form || got.Start != w.start || got.End != w.end || got.Joined != w.joined {
			t.Errorf("word %d = %q [%d,%d) joined=%v, want %q [%d,%d) joined=%v", i, got.Form, got.Start, got.End, got.Joined, w.form, w.start, w.end, w.joined)
		}
		if s.Text[got.Start:got.End] != w.form {
			t.Errorf("word %d spans %q", i, s.Text[got.Start:got.End])
		}
	}
	if s.Root() != 5 {
		t.Errorf("root = %d", s.Root())
	}
}

func TestCoNLLURoundTrip(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(tinyConllu))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteCoNLLU(&b, sents); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	again, err := ReadCoNLLU(strings.NewReader(out))
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(again) != 1 || again[0].Text != sents[0].Text {
		t.Fatalf("round trip lost the text:\n%s", out)
	}
	for i := range sents[0].Words {
		a, b := sents[0].Words[i], again[0].Words[i]
		if a != b {
			t.Errorf("word %d: %+v != %+v", i, a, b)
		}
	}
	if !strings.Contains(out, "TokenRange=0:5") {
		t.Errorf("no TokenRange for the multiword token:\n%s", out)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	for _, in := range []string{
		"1\tA\n",
		"2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",
		"1\tA\ta\tX\tX\t_\tx\troot\t_\t_\n",
		"1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n",
		"3-2\tA\t_\t_\t_\t_\t_\t_\t_\t_\n",
	} {
		if _, err := ReadCoNLLU(strings.NewReader(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}
