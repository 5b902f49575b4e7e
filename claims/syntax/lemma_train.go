package syntax

import (
	"cmp"
	"fmt"
	"slices"
)

// An IrregularForm is an inflected form WordNet lists for a lemma, with
// the WordNet class it inflects in: 1 nouns, 2 verbs, 3 adjectives and
// adverbs.
type IrregularForm struct {
	Form, Lemma string
	Class       int
}

// minRuleCount is how many training words must share an ending of three
// runes or more before the rule they agree on is kept.
const minRuleCount = 2

func ruleKey(r lemmaRule) string { return fmt.Sprintf("%d/%d/%s", r.caseOp, r.strip, r.add) }

// trainLemmatizer learns the rules and exceptions from the sentences.
func trainLemmatizer(sents []Sentence, irregular []IrregularForm, words *lexicon) *lemmatizer {
	l := &lemmatizer{xpos: map[string]int{}, words: words}
	var xposNames []string
	for _, s := range sents {
		for _, w := range s.Words {
			if _, ok := l.xpos[w.XPOS]; !ok {
				l.xpos[w.XPOS] = 0
				xposNames = append(xposNames, w.XPOS)
			}
		}
	}
	slices.Sort(xposNames)
	for i, x := range xposNames {
		l.xpos[x] = i
	}
	strIndex := map[string]uint32{}
	str := func(s string) uint32 {
		if i, ok := strIndex[s]; ok {
			return i
		}
		l.strings = append(l.strings, s)
		strIndex[s] = uint32(len(l.strings))
		return strIndex[s]
	}
	// irregular forms
	irr := map[uint64]wordInfo{}
	for _, f := range irregular {
		irr[f2(502, uint64(f.Class), HashLower(f.Form))] = wordInfo{class: str(f.Lemma)}
	}
	l.irregular = newLexicon(irr)

	// the case of lemmas, by tag, where the form has a capital
	caseCount := make([][4]int, len(xposNames))
	lowerCount := make([][4]int, len(xposNames))
	for _, s := range sents {
		for _, w := range s.Words {
			r := ruleFor(w.Form, w.Lemma)
			if lowerString(w.Form) == w.Form {
				lowerCount[l.xpos[w.XPOS]][r.caseOp]++
			} else if r.caseOp != caseAny {
				caseCount[l.xpos[w.XPOS]][r.caseOp]++
			}
		}
	}
	l.caseOf, l.caseOfLower = make([]uint8, len(xposNames)), make([]uint8, len(xposNames))
	for x := range xposNames {
		l.caseOf[x], l.caseOfLower[x] = caseLower, caseLower
		for op := caseKeep; op <= caseTitle; op++ {
			if caseCount[x][op] > caseCount[x][l.caseOf[x]] {
				l.caseOf[x] = op
			}
		}
		if lowerCount[x][caseTitle] > lowerCount[x][caseAny] {
			l.caseOfLower[x] = caseTitle
		}
	}

	// suffix rules
	type keyCount struct {
		counts map[string]int
		rules  map[string]lemmaRule
		k      int
		parent uint64
	}
	keys := map[uint64]*keyCount{}
	var sk [maxSuffix + 1]uint64
	for _, s := range sents {
		for _, w := range s.Words {
			r := ruleFor(w.Form, w.Lemma)
			rk := ruleKey(r)
			n := suffixKeys(&sk, w.Form, l.xpos[w.XPOS])
			for k := 0; k < n; k++ {
				kc := keys[sk[k]]
				if kc == nil {
					kc = &keyCount{counts: map[string]int{}, rules: map[string]lemmaRule{}, k: k}
					if k > 0 {
						kc.parent = sk[k-1]
					}
					keys[sk[k]] = kc
				}
				// a rule that is not general is kept for the whole word only
				if !r.general() && k != n-1 {
					continue
				}
				kc.counts[rk]++
				kc.rules[rk] = r
			}
		}
	}
	best := func(kc *keyCount) (string, int, int) {
		top, topN, total := "", -1, 0
		for rk, n := range kc.counts {
			total += n
			if n > topN || (n == topN && rk < top) {
				top, topN = rk, n
			}
		}
		return top, topN, total
	}
	ruleIndex := map[string]uint32{}
	index := map[uint64]wordInfo{}
	sorted := make([]uint64, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	slices.SortFunc(sorted, func(a, b uint64) int { return cmp.Compare(a, b) })
	for _, key := range sorted {
		kc := keys[key]
		top, _, total := best(kc)
		if top == "" || (kc.k >= 3 && total < minRuleCount) {
			continue
		}
		if kc.k > 0 && keys[kc.parent] != nil {
			if p, _, _ := best(keys[kc.parent]); p == top {
				continue
			}
		}
		id, ok := ruleIndex[top]
		if !ok {
			l.rules = append(l.rules, kc.rules[top])
			id = uint32(len(l.rules))
			ruleIndex[top] = id
		}
		index[key] = wordInfo{class: id}
	}
	l.ruleIndex = newLexicon(index)

	// exceptions: the words the rules get wrong
	type formLemma struct {
		counts map[string]int
		form   string
		xpos   string
	}
	seen := map[uint64]*formLemma{}
	for _, s := range sents {
		for _, w := range s.Words {
			k := f2(501, uint64(l.xpos[w.XPOS]), hashString(w.Form))
			fl := seen[k]
			if fl == nil {
				fl = &formLemma{counts: map[string]int{}, form: w.Form, xpos: w.XPOS}
				seen[k] = fl
			}
			fl.counts[w.Lemma]++
		}
	}
	l.exceptions = newLexicon(nil)
	exc := map[uint64]wordInfo{}
	ekeys := make([]uint64, 0, len(seen))
	for k := range seen {
		ekeys = append(ekeys, k)
	}
	slices.Sort(ekeys)
	for _, k := range ekeys {
		fl := seen[k]
		top, topN := "", -1
		for lm, n := range fl.counts {
			if n > topN || (n == topN && lm < top) {
				top, topN = lm, n
			}
		}
		if l.lemma(fl.form, fl.xpos) != top {
			exc[k] = wordInfo{class: str(top)}
		}
	}
	l.exceptions = newLexicon(exc)
	return l
}
