package claims

import "github.com/crosscheck/crosscheck/claims/value"

// shotClaims reads how many shots were fired: "fired nine shots", "four
// or five shots rang out", "shot him eight times". The subject is the
// shooting: articles on one event that count its shots differently
// disagree.
func (x *extractor) shotClaims(si int, nums []value.NumberSpan) {
	s := x.sents[si]
	toks := s.Tokens
	if !x.speaksOfShooting(toks) {
		return
	}
	for _, n := range nums {
		if n.Ordinal || n.Unit != "" {
			continue
		}
		_, to := x.tokenRange(si, s.Start+n.Start, s.Start+n.End)
		if to >= len(toks) {
			continue
		}
		w := lower(toks[to])
		if !x.lex.shotNouns[w] && !(w == "times" && x.shotBefore(toks, to)) {
			continue
		}
		v := numberValue(n.Number)
		x.add(Claim{Kind: Count, Subject: -1, SubjectAs: "shooting", Attribute: "shots fired", Value: v,
			Start: s.Start + n.Start, End: toks[to].End}, si)
	}
}

func (x *extractor) speaksOfShooting(toks []Token) bool {
	for _, t := range toks {
		if x.lex.shootingVerbs[lower(t)] {
			return true
		}
	}
	return false
}

// shotBefore reports whether "shot" or "fired" stands within four words
// before token i ("shot the guard eight times").
func (x *extractor) shotBefore(toks []Token, i int) bool {
	for k := max(0, i-5); k < i; k++ {
		if w := lower(toks[k]); w == "shot" || w == "fired" || w == "stabbed" {
			return true
		}
	}
	return false
}
