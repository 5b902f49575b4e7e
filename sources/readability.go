package sources

import (
	"index/suffixarray"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	xhtml "golang.org/x/net/html"
)

// mainText runs readability on the page and returns its main text with
// spaces removed and letters lower-cased, for matching blocks against it;
// ok is false when readability found nothing.
func mainText(a *Article) (text string, rd readability.Article, ok bool) {
	parser := readability.NewParser()
	rd, err := parser.Parse(strings.NewReader(a.src), nil)
	if err != nil || rd.Node == nil {
		return "", rd, false
	}
	var b strings.Builder
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			b.WriteString(squash(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(rd.Node)
	return b.String(), rd, b.Len() > 0
}

// squash removes spaces and invisible characters and folds case.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if isFoldSpace(r) || isInvisible(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// keepMain drops the blocks that readability does not hold for main
// text, except the first top-level heading and captions, which it drops
// on purpose; it also fills the byline and site name readability found.
func (a *Article) keepMain(us []*unit) {
	text, rd, ok := mainText(a)
	if ok {
		// one suffix array of the main text answers every block's lookup
		// in time of the block's length, not of the page's: a page of
		// many blocks costs about its size
		idx := suffixarray.New([]byte(text))
		h1 := false
		for _, u := range us {
			if u.heading && !h1 {
				h1 = true
				continue
			}
			if u.kind != Caption && !holds(idx, squash(u.text)) {
				u.drop = true
			}
		}
	}
	for _, u := range us {
		if u.linkOnly && !u.heading {
			u.drop = true
		}
	}
	if a.Author == "" {
		a.Author = cleanByline(rd.Byline())
	}
	if a.Outlet == "" {
		a.Outlet = strings.TrimSpace(rd.SiteName())
	}
	if a.Title == "" {
		a.Title = strings.TrimSpace(rd.Title())
	}
}

// holds reports whether the indexed text contains s.
func holds(idx *suffixarray.Index, s string) bool {
	return s == "" || len(idx.Lookup([]byte(s), 1)) > 0
}

// cleanByline keeps the names of a byline: "By Jane Roe in Paris · Monday" → "Jane Roe".
func cleanByline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if name, ok := byline(s); ok {
		return name
	}
	for _, sep := range []string{" · ", " • ", " | ", " - ", " in "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}
