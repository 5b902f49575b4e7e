package sources

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// txtLine is one non-blank line of a plain text.
type txtLine struct {
	start, end int // byte offsets of the line in the source, without its break
	text       string
	gap        bool // a blank line (or the start) comes before it
}

// splitLines returns the non-blank lines of s from offset from on.
func splitLines(s string, from int) []txtLine {
	out := make([]txtLine, 0, strings.Count(s[from:], "\n")+1)
	gap := true
	for start, end := range lineSpans(s, from) {
		t := strings.TrimFunc(s[start:end], isBlankRune)
		if t == "" {
			gap = true
		} else {
			out = append(out, txtLine{start: start, end: end, text: t, gap: gap})
			gap = false
		}
	}
	return out
}

// lineSpans yields the byte span of every line of s from offset from on,
// without its line break; a text ending in a break ends in an empty line.
func lineSpans(s string, from int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for from <= len(s) {
			end := strings.IndexByte(s[from:], '\n')
			if end < 0 {
				end = len(s)
			} else {
				end += from
			}
			if !yield(from, end) {
				return
			}
			from = end + 1
		}
	}
}

func isBlankRune(r rune) bool { return isFoldSpace(r) || isInvisible(r) }

// parseText reads a plain text: each line is a block, except that lines
// of a hard-wrapped paragraph are joined.
func (a *Article) parseText() []*unit {
	lines := splitLines(a.src, 0)
	wrapped := isHardWrapped(lines)
	// the units are made in one array, never grown: us points into it
	units := make([]unit, 0, len(lines))
	us := make([]*unit, 0, len(lines))
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && !lines[j].gap && continues(lines[j-1].text, lines[j].text, wrapped) {
			j++
		}
		p := newPiece(Paragraph, a.src[lines[i].start:lines[j-1].end], lines[i].start)
		units = append(units, unit{piece: p, gap: lines[i].gap})
		us = append(us, &units[len(units)-1])
		i = j
	}
	return us
}

// isHardWrapped reports whether the text's lines were broken at a fixed
// width: many lines and none much longer than a terminal.
func isHardWrapped(lines []txtLine) bool {
	long := 0
	for _, l := range lines {
		n := utf8.RuneCountInString(l.text)
		if n > 100 {
			return false
		}
		if n >= 55 {
			long++
		}
	}
	return long >= 3 && long*2 >= len(lines)
}

// continues reports whether next goes on the paragraph that prev is in.
// A bullet, a time stamp or a credit line never does; those tests come
// last as they cost the most.
func continues(prev, next string, wrapped bool) bool {
	r, _ := utf8.DecodeRuneInString(next)
	joins := !hasFinalStop(prev) && (unicode.IsLower(r) || strings.HasSuffix(prev, ",")) ||
		wrapped && utf8.RuneCountInString(prev) >= 55
	return joins && !bulletRe.MatchString(next) && !timeStampRe.MatchString(next) && !isCreditLine(next)
}
