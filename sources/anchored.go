package sources

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// anchoredRe is a pattern anchored at the start of the text ("^..."),
// with a quick test, made from the pattern, of the character a match
// can begin with: most lines fail it, and the matcher is not started.
// Methods not redefined here run the pattern without the test.
type anchoredRe struct {
	*regexp.Regexp
	empty  bool                // a match can be empty: no test
	ascii  [utf8.RuneSelf]bool // the ASCII characters a match can begin with
	ranges []rune              // the others, as sorted pairs lo, hi
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
	return a
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
