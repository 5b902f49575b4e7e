package render

import (
	"strings"
	"unicode/utf8"
)

// wrap breaks text into lines of at most width runes, on spaces. A word
// longer than the width stands on its own line.
func wrap(text string, width int) []string {
	if width < 10 {
		width = 10
	}
	var lines []string
	var cur strings.Builder
	n := 0
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		if n > 0 && n+1+wl > width {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(word)
		n += wl
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

// indentWrap wraps text to width and indents every line.
func indentWrap(text string, indent, width int) string {
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	for _, l := range wrap(text, width-indent) {
		b.WriteString(pad + l + "\n")
	}
	return b.String()
}

// truncate shortens s to at most n runes, ending with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// padRight pads s with spaces to n runes.
func padRight(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

// wrapParts joins parts with " · " into lines of at most width runes,
// breaking between parts; a part too long for a line of its own is
// wrapped on its spaces.
func wrapParts(parts []string, width int) []string {
	var lines []string
	cur := ""
	for _, p := range parts {
		switch {
		case cur == "":
			cur = p
		case utf8.RuneCountInString(cur)+3+utf8.RuneCountInString(p) <= width:
			cur += " · " + p
		default:
			lines = append(lines, cur+" ·")
			cur = p
		}
		if utf8.RuneCountInString(cur) > width {
			ws := wrap(cur, width)
			lines = append(lines, ws[:len(ws)-1]...)
			cur = ws[len(ws)-1]
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
