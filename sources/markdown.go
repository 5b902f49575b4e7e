package sources

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	mdHeadingRe = mustAnchored(`^ {0,3}(#{1,6})(?:\s+|$)`)
	mdFenceRe   = mustAnchored("^ {0,3}(```|~~~)")
	mdRuleRe    = mustAnchored(`^ {0,3}([-*_])(\s*([-*_])){2,}\s*$`)
	mdSetextRe  = mustAnchored(`^ {0,3}(=+|-+)\s*$`)
	mdListRe    = mustAnchored(`^\s*([-*+]|\d{1,9}[.)])\s+`)
	mdQuoteRe   = mustAnchored(`^\s*(>\s?)+`)
	mdRefDefRe  = mustAnchored(`^ {0,3}\[[^\]]+\]:\s*\S`)
	mdImageRe   = mustAnchored(`^!\[[^\]]*\]\([^)]*\)$`)
	mdTagRe     = mustAnchored(`^</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>`)
	mdEntityRe  = mustAnchored(`^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
)

// mdReader turns the body of a Markdown file into blocks.
type mdReader struct {
	src   string
	us    []*unit
	cur   *pieceBuilder
	kind  BlockKind
	gap   bool
	fence string
}

// parseMarkdown reads the Markdown body that starts at offset from.
func (a *Article) parseMarkdown(from int) []*unit {
	r := &mdReader{src: a.src, gap: true}
	for _, l := range allLines(a.src, from) {
		r.line(l.start, l.end)
	}
	r.flush()
	return r.us
}

// allLines returns every line (blank ones too) of s from offset from on.
func allLines(s string, from int) []txtLine {
	var out []txtLine
	for start, end := range lineSpans(s, from) {
		out = append(out, txtLine{start: start, end: end, text: strings.TrimRight(s[start:end], "\r")})
	}
	return out
}

// line reads one line of Markdown at src[start:end].
func (r *mdReader) line(start, end int) {
	t := strings.TrimRight(r.src[start:end], "\r")
	if r.fence != "" || mdFenceRe.MatchString(t) {
		r.codeFence(t)
		return
	}
	switch {
	case strings.TrimFunc(t, isBlankRune) == "":
		r.flush()
		r.gap = true
	case mdSetextRe.MatchString(t) && r.cur != nil && r.kind == Paragraph:
		r.kind = Headline
		r.flush()
	case mdRuleRe.MatchString(t), mdRefDefRe.MatchString(t), mdImageRe.MatchString(strings.TrimSpace(t)):
		r.flush()
	case mdHeadingRe.MatchString(t):
		r.flush()
		m := mdHeadingRe.FindStringIndex(t)
		body := strings.TrimRight(strings.TrimRight(t, " #"), " ")
		r.open(Headline)
		r.inline(body[min(m[1], len(body)):], start+m[1])
		r.flush()
	default:
		r.text(t, start)
	}
}

// text adds a paragraph, list or quote line.
func (r *mdReader) text(t string, start int) {
	if m := mdQuoteRe.FindStringIndex(t); m != nil {
		t, start = t[m[1]:], start+m[1]
	}
	if m := mdListRe.FindStringIndex(t); m != nil {
		r.flush()
		r.open(ListItem)
		t, start = t[m[1]:], start+m[1]
	} else if r.cur == nil {
		r.open(Paragraph)
	}
	r.cur.addRune(' ', start, 0)
	r.inline(t, start)
}

// codeFence skips fenced code: it is not article text.
func (r *mdReader) codeFence(t string) {
	m := mdFenceRe.FindStringSubmatch(t)
	switch {
	case r.fence == "" && m != nil:
		r.flush()
		r.fence = m[1]
	case r.fence != "" && m != nil && m[1] == r.fence:
		r.fence = ""
	}
}

func (r *mdReader) open(kind BlockKind) {
	r.cur, r.kind = &pieceBuilder{}, kind
}

// flush ends the block being built.
func (r *mdReader) flush() {
	if r.cur == nil {
		return
	}
	p := r.cur.piece(r.kind)
	if p.text != "" {
		r.us = append(r.us, &unit{piece: p, gap: r.gap, heading: r.kind == Headline})
		r.gap = false
	}
	r.cur = nil
}

// inline adds a line of Markdown text without its inline markup: emphasis
// marks, code ticks, images and tags go, links keep their text.
func (r *mdReader) inline(s string, orig int) {
	for i := 0; i < len(s); {
		n := r.markup(s, i, orig)
		if n > 0 {
			i += n
			continue
		}
		c, w := utf8.DecodeRuneInString(s[i:])
		r.cur.addRune(c, orig+i, w)
		i += w
	}
}

// markup handles the markup at s[i:], if any, and returns how many
// bytes it used (0 when s[i] is plain text).
func (r *mdReader) markup(s string, i, orig int) int {
	switch s[i] {
	case '\\':
		if i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!<>|~", s[i+1]) >= 0 {
			r.cur.addRune(rune(s[i+1]), orig+i+1, 1)
			return 2
		}
	case '*', '`', '~':
		return runLen(s, i)
	case '_':
		if !wordAround(s, i) {
			return runLen(s, i)
		}
	case '!':
		if i+1 < len(s) && s[i+1] == '[' {
			if _, end, ok := mdLink(s, i+1); ok {
				return end - i
			}
		}
	case '[':
		if text, end, ok := mdLink(s, i); ok {
			r.inline(s[i+1:i+1+len(text)], orig+i+1)
			return end - i
		}
	case '<':
		if m := mdTagRe.FindString(s[i:]); m != "" {
			return len(m)
		}
	case '&':
		if m := mdEntityRe.FindString(s[i:]); m != "" {
			r.cur.addDecoded(html.UnescapeString(m), orig+i)
			return len(m)
		}
	}
	return 0
}

// runLen is the length of the run of the byte at s[i].
func runLen(s string, i int) int {
	n := 1
	for i+n < len(s) && s[i+n] == s[i] {
		n++
	}
	return n
}

// wordAround reports whether s[i] stands inside a word (snake_case).
func wordAround(s string, i int) bool {
	if i == 0 || i+1 >= len(s) {
		return false
	}
	b, _ := utf8.DecodeLastRuneInString(s[:i])
	a, _ := utf8.DecodeRuneInString(s[i+1:])
	return isWordRune(b) && isWordRune(a)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// mdLink reads a link at s[i] ('['): [text](url), [text][ref] or [text];
// it returns the text and the offset just past the link.
func mdLink(s string, i int) (string, int, bool) {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return s[i+1 : j], linkEnd(s, j+1), true
			}
		}
	}
	return "", 0, false
}

// linkEnd skips the (url) or [ref] after a link's text, if any.
func linkEnd(s string, j int) int {
	if j >= len(s) || (s[j] != '(' && s[j] != '[') {
		return j
	}
	closer := map[byte]byte{'(': ')', '[': ']'}[s[j]]
	depth := 0
	for k := j; k < len(s); k++ {
		switch s[k] {
		case s[j]:
			depth++
		case closer:
			depth--
			if depth == 0 {
				return k + 1
			}
		}
	}
	return j
}
