package sources

import (
	"fmt"
	"sort"
	"time"
	"unicode/utf8"
)

// Position is a place in an input file, 1-based, printed file:line:col.
type Position struct {
	File   string `json:"file" yaml:"file"`
	Line   int    `json:"line" yaml:"line"`
	Column int    `json:"column" yaml:"column"`
}

// String prints the position as file:line:col (file:line when the column is unknown).
func (p Position) String() string {
	if p.Column <= 0 {
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// BlockKind says what part of a page a block of text was.
type BlockKind int

// The kinds of block kept in an article. Page furniture is dropped, not kept.
const (
	Paragraph BlockKind = iota // body text
	Headline                   // the title, a heading or a standfirst line
	Caption                    // a photo caption: kept, weaker evidence
	ListItem                   // a bullet or numbered line
)

func (k BlockKind) String() string {
	switch k {
	case Headline:
		return "headline"
	case Caption:
		return "caption"
	case ListItem:
		return "list item"
	}
	return "paragraph"
}

// Block is one paragraph, heading, caption or list item of Article.Text.
type Block struct {
	Kind  BlockKind
	Start int // byte offset of the block in Article.Text
	End   int // byte offset just past the block
}

// Article is one input, reduced to its main text, with what is known of it.
type Article struct {
	Path          string    // as given: a file path, "-" for stdin, or a URL
	Format        string    // "txt", "md" or "html"
	Title         string    // from front matter, page metadata or the first headline
	Outlet        string    // the publisher, where known
	Author        string    // the byline, where known
	URL           string    // the canonical address, where known
	Published     time.Time // publication date (UTC midnight unless a time was given); zero when unknown
	PublishedFrom string    // where the date came from: "flag", "front matter", "html meta", "date line", "dateline"

	// Text is the article's main text: blocks separated by a blank line
	// ("\n\n"), each block on one line, Unicode spaces folded to ' ',
	// soft hyphens removed, curly quotes kept.
	Text   string
	Blocks []Block

	Warnings []string // problems met that did not stop the article being read

	// Dateline is the place line stripped from the start of the body
	// ("OSLO (Agency)"), kept as a hint; empty when there was none.
	Dateline string

	// spans map byte offsets of Text back to the original file, sorted by off.
	spans []span
	// lines holds the byte offset of the start of every line of src.
	lines []int
	// marks count the runes of src every few kilobytes, for columns on
	// long lines; nil when every line is short.
	marks []runeMark
	// src is the input decoded to UTF-8: the text that spans point into.
	src string
}

// span says that Text[off:off+n] came from the original bytes at orig.
// Within a span, offsets map one to one; where the text was changed
// (entities decoded, spaces folded) a new span starts.
type span struct {
	off, orig, n int
	whole        bool // bytes map one to one (false for a decoded entity or a folded space)
}

// HasPublished reports whether a publication date is known.
func (a *Article) HasPublished() bool { return !a.Published.IsZero() }

// Position maps a byte offset of a.Text back to file:line:col in the
// original input. The column counts characters (runes) from 1.
func (a *Article) Position(off int) Position {
	p := Position{File: a.Path, Line: 1, Column: 1}
	if len(a.spans) == 0 {
		return p
	}
	orig := a.origin(off)
	line := sort.Search(len(a.lines), func(i int) bool { return a.lines[i] > orig })
	if line < 1 {
		line = 1
	}
	p.Line = line
	start := a.lines[line-1]
	if a.marks != nil && orig-start > markStep {
		p.Column = runesBefore(a.src, a.marks, orig) - runesBefore(a.src, a.marks, start) + 1
	} else {
		p.Column = utf8.RuneCountInString(a.src[start:orig]) + 1
	}
	return p
}

// origin is the byte offset in src that Text[off] came from.
func (a *Article) origin(off int) int {
	i := sort.Search(len(a.spans), func(i int) bool { return a.spans[i].off > off }) - 1
	if i < 0 {
		i = 0
	}
	s := a.spans[i]
	d := min(max(off-s.off, 0), s.n)
	if !s.whole {
		d = 0
	}
	return min(max(s.orig+d, 0), len(a.src))
}
