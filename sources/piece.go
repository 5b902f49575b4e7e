package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// piece is one block on its way into Article.Text: its text, already one
// clean line, and the map from its bytes back to the decoded input.
type piece struct {
	kind  BlockKind
	text  string
	spans []span // off is relative to text
}

// pieceBuilder collects the runes of one block, folding spaces and
// dropping invisible characters, while recording where each came from.
type pieceBuilder struct {
	b       strings.Builder
	spans   []span
	space   bool // a space is pending
	spaceAt int  // where the pending space came from
	spaceW  int  // its input width when it was one plain ' ', else 0
}

// addText appends s, which starts at byte orig of the input.
func (pb *pieceBuilder) addText(s string, orig int) {
	for i := 0; i < len(s); {
		if j := printableRun(s, i); j > i {
			pb.putASCII(s[i:j], orig+i)
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		pb.addRune(r, orig+i, utf8.RuneLen(r))
		i += n
	}
}

// printableRun returns the end of the run of printable ASCII characters
// other than the space that starts at s[i]: those are added as they are.
func printableRun(s string, i int) int {
	for i < len(s) && s[i] > ' ' && s[i] < 0x7F {
		i++
	}
	return i
}

// putASCII writes s, printable ASCII without spaces that came from orig
// byte for byte: it is addRune for each byte, run by run.
func (pb *pieceBuilder) putASCII(s string, orig int) {
	if pb.space {
		pb.space = false
		pb.put(' ', pb.spaceAt, pb.spaceW)
	}
	off := pb.b.Len()
	pb.b.WriteString(s)
	if k := len(pb.spans) - 1; k >= 0 {
		sp := &pb.spans[k]
		if sp.off+sp.n == off && sp.orig+sp.n == orig && sp.whole {
			sp.n += len(s)
			return
		}
	}
	pb.spans = append(pb.spans, span{off: off, orig: orig, n: len(s), whole: true})
}

// addDecoded appends s, decoded from the size bytes of input at orig
// (an HTML entity): every rune of it maps to orig.
func (pb *pieceBuilder) addDecoded(s string, orig int) {
	for _, r := range s {
		pb.addRune(r, orig, 0)
	}
}

// addRune appends one rune that came from orig; width is the number of
// input bytes it stood for when those map one to one, else 0.
func (pb *pieceBuilder) addRune(r rune, orig, width int) {
	switch {
	case isFoldSpace(r):
		if pb.space {
			pb.spaceW = 0 // a run of spaces is not one to one
		} else if pb.b.Len() > 0 {
			pb.space, pb.spaceAt, pb.spaceW = true, orig, 0
			if r == ' ' {
				pb.spaceW = width
			}
		}
		return
	case isInvisible(r):
		return
	}
	if pb.space {
		pb.space = false
		pb.put(' ', pb.spaceAt, pb.spaceW)
	}
	pb.put(r, orig, width)
}

// put writes r and extends the current span when r follows on from it.
func (pb *pieceBuilder) put(r rune, orig, width int) {
	off := pb.b.Len()
	pb.b.WriteRune(r)
	n := pb.b.Len() - off
	if k := len(pb.spans) - 1; k >= 0 && width == n {
		s := &pb.spans[k]
		if s.off+s.n == off && s.orig+s.n == orig && s.whole {
			s.n += n
			return
		}
	}
	pb.spans = append(pb.spans, span{off: off, orig: orig, n: n, whole: width == n})
}

// piece returns what was built as a block of the given kind.
func (pb *pieceBuilder) piece(kind BlockKind) piece {
	return piece{kind: kind, text: pb.b.String(), spans: pb.spans}
}

// newPiece builds a block from the input text s found at orig.
func newPiece(kind BlockKind, s string, orig int) piece {
	var pb pieceBuilder
	pb.b.Grow(len(s)) // the text never grows: spaces fold, invisibles go
	pb.addText(s, orig)
	return pb.piece(kind)
}

// isFoldSpace reports whether r is white space folded to one ' ':
// line breaks, tabs, no-break and the other Unicode spaces.
func isFoldSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' ||
		r == 0x85 || r == 0xA0 || unicode.Is(unicode.Zs, r) || r == 0x2028 || r == 0x2029
}

// isInvisible reports whether r is dropped from the text: soft hyphens,
// zero-width characters, byte order marks and other control characters.
func isInvisible(r rune) bool {
	if r < utf8.RuneSelf {
		return r < ' ' || r == 0x7F
	}
	switch r {
	case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, utf8.RuneError:
		return true
	}
	return unicode.IsControl(r) || (r >= 0x200E && r <= 0x200F) || (r >= 0x202A && r <= 0x202E)
}

// slice returns the part text[i:j] of p with its spans, trimmed of spaces.
func (p piece) slice(i, j int) piece {
	for i < j && p.text[i] == ' ' {
		i++
	}
	for j > i && p.text[j-1] == ' ' {
		j--
	}
	q := piece{kind: p.kind, text: p.text[i:j]}
	for _, s := range p.spans {
		lo, hi := max(s.off, i), min(s.off+s.n, j)
		if lo >= hi {
			continue
		}
		o := s.orig
		if s.whole {
			o += lo - s.off
		}
		q.spans = append(q.spans, span{off: lo - i, orig: o, n: hi - lo, whole: s.whole})
	}
	return q
}

// assemble joins the pieces into a's Text, Blocks and spans.
func (a *Article) assemble(ps []piece) {
	size, nspans := 0, 0
	for _, p := range ps {
		size += len(p.text) + len("\n\n")
		nspans += len(p.spans)
	}
	var b strings.Builder
	b.Grow(size)
	a.Blocks = make([]Block, 0, len(ps))
	a.spans = make([]span, 0, nspans)
	for _, p := range ps {
		if p.text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p.text)
		a.Blocks = append(a.Blocks, Block{Kind: p.kind, Start: start, End: b.Len()})
		for _, s := range p.spans {
			s.off += start
			a.spans = append(a.spans, s)
		}
	}
	a.Text = b.String()
}
