package sources

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// anchoredRe is a pattern anchored at the start of the text ("^..."),
// with a quick test, made from the pattern, of the characters a match
// can begin with: most lines fail it, and the matcher is not started.
// Methods not redefined here run the pattern without the test.
type anchoredRe struct {
	*regexp.Regexp
	empty  bool                // a match can be empty: no test
	ascii  [utf8.RuneSelf]bool // the ASCII characters a match can begin with
	ranges []rune              // the others, as sorted pairs lo, hi
	// pairs has bit d of pairs[c] set when a match can begin with the
	// ASCII characters c, d (or end after c).
	pairs [utf8.RuneSelf][2]uint64
}

// mustAnchored compiles expr, which must begin with "^" (after flags).
func mustAnchored(expr string) *anchoredRe {
	a := &anchoredRe{Regexp: regexp.MustCompile(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || re.Sub[0].Op != syntax.OpBeginText {
		panic("sources: pattern not anchored at the start: " + expr)
	}
	var ranges []rune
	a.empty = firstRunes(re, func(lo, hi rune) {
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			a.ascii[r] = true
		}
		if hi >= utf8.RuneSelf {
			ranges = append(ranges, max(lo, utf8.RuneSelf), hi)
		}
	})
	a.ranges = mergeRanges(ranges)
	prog, err := syntax.Compile(re)
	if err != nil {
		panic(err)
	}
	start, _ := closure(prog, []uint32{uint32(prog.Start)})
	for c := range rune(utf8.RuneSelf) {
		if !a.ascii[c] {
			continue
		}
		var outs []uint32
		for _, in := range start {
			if in.MatchRune(c) {
				outs = append(outs, in.Out)
			}
		}
		next, end := closure(prog, outs)
		for d := range rune(utf8.RuneSelf) {
			if end || slices.ContainsFunc(next, func(in *syntax.Inst) bool { return in.MatchRune(d) }) {
				a.pairs[c][d/64] |= 1 << (d % 64)
			}
		}
	}
	return a
}

// closure returns the instructions of prog that consume a rune and can
// be reached from pcs without consuming one (empty-width tests are
// taken as passed), and whether the match can end there.
func closure(prog *syntax.Prog, pcs []uint32) (runes []*syntax.Inst, end bool) {
	seen := make(map[uint32]bool)
	var visit func(pc uint32)
	visit = func(pc uint32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			visit(in.Out)
			visit(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			visit(in.Out)
		case syntax.InstMatch:
			end = true
		case syntax.InstFail:
		default:
			runes = append(runes, in)
		}
	}
	for _, pc := range pcs {
		visit(pc)
	}
	return runes, end
}

// firstRunes calls add with the ranges of runes that a match of re can
// begin with, and reports whether a match can be empty.
func firstRunes(re *syntax.Regexp, add func(lo, hi rune)) (empty bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		r := re.Rune[0]
		add(r, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				add(f, f)
			}
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			add(re.Rune[i], re.Rune[i+1])
		}
		return false
	case syntax.OpAnyCharNotNL:
		add(0, '\n'-1)
		add('\n'+1, unicode.MaxRune)
		return false
	case syntax.OpAnyChar:
		add(0, unicode.MaxRune)
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return firstRunes(re.Sub[0], add)
	case syntax.OpStar, syntax.OpQuest:
		firstRunes(re.Sub[0], add)
		return true
	case syntax.OpRepeat:
		return firstRunes(re.Sub[0], add) || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !firstRunes(sub, add) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if firstRunes(sub, add) {
				empty = true
			}
		}
		return empty
	}
	panic("sources: unexpected pattern operator " + re.Op.String())
}

// mergeRanges sorts pairs lo, hi and joins those that touch.
func mergeRanges(rs []rune) []rune {
	pairs := make([][2]rune, 0, len(rs)/2)
	for i := 0; i < len(rs); i += 2 {
		pairs = append(pairs, [2]rune{rs[i], rs[i+1]})
	}
	slices.SortFunc(pairs, func(a, b [2]rune) int { return int(a[0] - b[0]) })
	var out []rune
	for _, p := range pairs {
		if n := len(out); n > 0 && p[0] <= out[n-1]+1 {
			out[n-1] = max(out[n-1], p[1])
			continue
		}
		out = append(out, p[0], p[1])
	}
	return out
}

// mayMatch reports whether s begins with a character a match can begin
// with (or a match can be empty).
func (a *anchoredRe) mayMatch(s string) bool {
	if a.empty {
		return true
	}
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		if len(s) > 1 && s[1] < utf8.RuneSelf {
			c, d := s[0], s[1]
			return a.pairs[c][d/64]&(1<<(d%64)) != 0
		}
		return a.ascii[s[0]]
	}
	r, _ := utf8.DecodeRuneInString(s)
	// the last pair with lo <= r
	i, found := slices.BinarySearch(a.ranges, r)
	if found {
		return true
	}
	return i%2 == 1 // r falls between a lo and its hi
}

func (a *anchoredRe) MatchString(s string) bool {
	return a.mayMatch(s) && a.Regexp.MatchString(s)
}

func (a *anchoredRe) FindString(s string) string {
	if !a.mayMatch(s) {
		return ""
	}
	return a.Regexp.FindString(s)
}

func (a *anchoredRe) FindStringIndex(s string) []int {
	if !a.mayMatch(s) {
		return nil
	}
	return a.Regexp.FindStringIndex(s)
}

func (a *anchoredRe) FindStringSubmatch(s string) []string {
	if !a.mayMatch(s) {
		return nil
	}
	return a.Regexp.FindStringSubmatch(s)
}

func (a *anchoredRe) FindStringSubmatchIndex(s string) []int {
	if !a.mayMatch(s) {
		return nil
	}
	return a.Regexp.FindStringSubmatchIndex(s)
}

func (a *anchoredRe) ReplaceAllString(src, repl string) string {
	if !a.mayMatch(src) {
		return src
	}
	return a.Regexp.ReplaceAllString(src, repl)
}
