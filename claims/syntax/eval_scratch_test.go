package syntax

import (
	"os"
	"strings"
	"testing"
)

func TestScratchEval(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("SYNTAX_MODEL"))
	if err != nil {
		t.Skip(err)
	}
	m, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-ewt/en_ewt-ud-test.conllu", "ud-english-pud/en_pud-ud-test.conllu"} {
		f, _ := os.Open("../../../shared/corpora/" + p)
		sents, _ := ReadCoNLLU(f)
		f.Close()
		sc := m.Evaluate(sents)
		t.Logf("%s: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f", p, sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS, sc.LAS)
	}
}

func TestScratchGoldTags(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("SYNTAX_MODEL"))
	if err != nil {
		t.Skip(err)
	}
	m, _ := Load(data)
	for _, p := range []string{"ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-pud/en_pud-ud-test.conllu"} {
		f, _ := os.Open("../../../shared/corpora/" + p)
		sents, _ := ReadCoNLLU(f)
		f.Close()
		ws := new(workspace)
		ua, la, n := 0, 0, 0
		for _, s := range sents {
			ws.at, ws.runes = m.fillAtoms(ws.at, s.Words, ws.runes)
			ws.scores = make([]int32, 200)
			m.parser.prepare(&ws.st, ws.at, s.Words)
			ws.feats = m.parser.parse(&ws.st, ws.feats, ws.scores[:len(m.parser.labels)+1])
			for i, w := range s.Words {
				n++
				if int(ws.st.heads[i+1]) == w.Head {
					ua++
					if m.parser.labels[ws.st.labels[i+1]-1] == w.Deprel {
						la++
					}
				}
			}
		}
		t.Logf("%s gold tags: UAS %.2f LAS %.2f", p, 100*float64(ua)/float64(n), 100*float64(la)/float64(n))
	}
}

func TestScratchParseErrors(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("SYNTAX_MODEL"))
	if err != nil {
		t.Skip(err)
	}
	m, _ := Load(data)
	for _, p := range []string{"ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-pud/en_pud-ud-test.conllu"} {
		f, _ := os.Open("../../../shared/corpora/" + p)
		sents, _ := ReadCoNLLU(f)
		f.Close()
		total := map[string]int{}
		wrongHead := map[string]int{}
		wrongLabel := map[string]int{}
		for _, s := range sents {
			out := Sentence{Words: make([]Word, len(s.Words))}
			for i, w := range s.Words {
				out.Words[i] = Word{Form: w.Form}
			}
			m.Annotate(&out)
			for i, w := range s.Words {
				l := w.Deprel
				total[l]++
				if out.Words[i].Head != w.Head {
					wrongHead[l]++
				} else if out.Words[i].Deprel != w.Deprel {
					wrongLabel[l]++
				}
			}
		}
		type kv struct {
			k    string
			h, l int
		}
		var ls []kv
		for k := range total {
			ls = append(ls, kv{k, wrongHead[k], wrongLabel[k]})
		}
		for i := range ls {
			for j := i + 1; j < len(ls); j++ {
				if ls[j].h+ls[j].l > ls[i].h+ls[i].l {
					ls[i], ls[j] = ls[j], ls[i]
				}
			}
		}
		for _, x := range ls[:20] {
			t.Logf("%s %-12s n=%5d head-wrong %4d (%.0f%%) label-wrong %4d", p[:14], x.k, total[x.k], x.h, 100*float64(x.h)/float64(total[x.k]), x.l)
		}
	}
}

func TestScratchFixPunctGold(t *testing.T) {
	for _, p := range []string{"ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-ewt/en_ewt-ud-train.conllu", "ud-english-pud/en_pud-ud-test.conllu"} {
		f, _ := os.Open("../../../shared/corpora/" + p)
		sents, _ := ReadCoNLLU(f)
		f.Close()
		changed, punct := 0, 0
		for _, s := range sents {
			c := s
			c.Words = append([]Word(nil), s.Words...)
			FixPunct(&c)
			for i, w := range s.Words {
				if w.UPOS == "PUNCT" {
					punct++
				}
				if c.Words[i].Head != w.Head {
					changed++
				}
			}
		}
		t.Logf("%s: %d of %d punct changed", p, changed, punct)
	}
}

func TestScratchFixPunctParsed(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("SYNTAX_MODEL"))
	if err != nil {
		t.Skip(err)
	}
	m, _ := Load(data)
	for _, p := range []string{"ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-ewt/en_ewt-ud-test.conllu", "ud-english-pud/en_pud-ud-test.conllu"} {
		f, _ := os.Open("../../../shared/corpora/" + p)
		sents, _ := ReadCoNLLU(f)
		f.Close()
		var ua, la, ub, lb, pa, pb, np, n int
		for _, s := range sents {
			out := Sentence{Words: make([]Word, len(s.Words))}
			for i, w := range s.Words {
				out.Words[i] = Word{Form: w.Form}
			}
			m.Annotate(&out)
			before := append([]Word(nil), out.Words...)
			FixPunct(&out)
			for i, w := range s.Words {
				n++
				if w.UPOS == "PUNCT" {
					np++
				}
				if before[i].Head == w.Head {
					ua++
					if w.UPOS == "PUNCT" {
						pa++
					}
					if before[i].Deprel == w.Deprel {
						la++
					}
				}
				if out.Words[i].Head == w.Head {
					ub++
					if w.UPOS == "PUNCT" {
						pb++
					}
					if out.Words[i].Deprel == w.Deprel {
						lb++
					}
				}
			}
		}
		pc := func(x int) float64 { return 100 * float64(x) / float64(n) }
		t.Logf("%s: UAS %.2f -> %.2f, LAS %.2f -> %.2f; punct right %d -> %d of %d", p, pc(ua), pc(ub), pc(la), pc(lb), pa, pb, np)
	}
}

func TestScratchNonPunct(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("SYNTAX_MODEL"))
	if err != nil {
		t.Skip(err)
	}
	m, _ := Load(data)
	for _, p := range []string{"ud-english-ewt/en_ewt-ud-test.conllu", "ud-english-pud/en_pud-ud-test.conllu"} {
		f, _ := os.Open("../../../shared/corpora/" + p)
		sents, _ := ReadCoNLLU(f)
		f.Close()
		var n, ua, la, pn, pu int
		for _, s := range sents {
			out := Sentence{Words: make([]Word, len(s.Words))}
			for i, w := range s.Words {
				out.Words[i] = Word{Form: w.Form}
			}
			m.Annotate(&out)
			for i, w := range s.Words {
				if w.UPOS == "PUNCT" {
					pn++
					if out.Words[i].Head == w.Head {
						pu++
					}
					continue
				}
				n++
				if out.Words[i].Head == w.Head {
					ua++
					if strings.Split(out.Words[i].Deprel, ":")[0] == strings.Split(w.Deprel, ":")[0] {
						la++
					}
				}
			}
		}
		t.Logf("%s: without punctuation UAS %.2f LAS %.2f; punctuation heads right %.1f%% of %d", p, 100*float64(ua)/float64(n), 100*float64(la)/float64(n), 100*float64(pu)/float64(pn), pn)
	}
}
