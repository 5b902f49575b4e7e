package sources

import (
	"html"
	"regexp"
	"strings"

	xhtml "golang.org/x/net/html"
)

// elem is an open element of the page while it is walked.
type elem struct {
	tag  string
	skip bool // furniture or hidden: its text is not read
}

// htmlWalker reads a page token by token, keeping the offset of every
// token so that each character of text maps back to the page source.
type htmlWalker struct {
	src        string
	pos        int
	stack      []elem
	skip       int // how many open elements are skipped
	cur        *pieceBuilder
	chars      int // characters of the block being built
	linkChars  int // of which inside links
	links      int // open <a> elements
	us         []*unit
	meta       htmlMeta
	inTitle    bool
	inJSONLD   bool
	articleTag int // open <article> or <main> elements
}

var (
	// skipTags never hold article text.
	skipTags = setOf("script", "style", "noscript", "template", "svg", "math", "iframe", "object",
		"embed", "canvas", "select", "button", "textarea", "form", "nav", "aside", "footer", "head", "dialog", "menu")
	// blockTags end a block of text where they open or close.
	blockTags = setOf("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
		"li", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "blockquote", "pre", "table", "tr",
		"td", "th", "address", "header", "br", "hr", "body", "details", "summary", "caption")
	voidTags = setOf("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
		"param", "source", "track", "wbr")
	hintRe = regexp.MustCompile(`[^a-z0-9]+`)
	// furnitureHints are class, id and role words of page furniture.
	furnitureHints = setOf("related", "also", "alsoread", "trending", "tags", "tag", "author", "authors",
		"byline", "share", "sharing", "social", "newsletter", "subscribe", "subscription", "cookie",
		"cookies", "gdpr", "consent", "nav", "navbar", "navigation", "menu", "footer", "comments",
		"comment", "ad", "ads", "advert", "advertisement", "adslot", "sponsored", "promo", "breadcrumb",
		"breadcrumbs", "sidebar", "widget", "weather", "topbar", "masthead", "brand", "popular",
		"mostread", "outbrain", "taboola", "signup", "login", "banner", "complementary",
		"contentinfo", "search", "dialog", "alert", "label", "kicker", "eyebrow", "meta", "dateline",
		"timestamp", "credit", "credits", "recommended", "bio", "paywall", "modal", "popup", "toolbar",
		"helpline", "hotline")
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// parseHTML reads the blocks and metadata of a page.
func (a *Article) parseHTML() []*unit {
	w := &htmlWalker{src: a.src}
	z := xhtml.NewTokenizer(strings.NewReader(a.src))
	z.SetMaxBuf(0)
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		raw := len(z.Raw())
		w.token(z, tt)
		w.pos += raw
	}
	w.flush()
	a.setHTMLMeta(&w.meta)
	return w.us
}

// token handles one token of the page.
func (w *htmlWalker) token(z *xhtml.Tokenizer, tt xhtml.TokenType) {
	switch tt {
	case xhtml.TextToken:
		w.text(string(z.Raw()))
	case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
		t := z.Token()
		w.start(t, tt == xhtml.SelfClosingTagToken)
	case xhtml.EndTagToken:
		name, _ := z.TagName()
		w.end(string(name))
	}
}

// start opens an element.
func (w *htmlWalker) start(t xhtml.Token, selfClosing bool) {
	tag := t.Data
	w.meta.tag(tag, t.Attr, w.articleTag > 0)
	if blockTags[tag] {
		w.flush()
	}
	if voidTags[tag] || selfClosing {
		return
	}
	e := elem{tag: tag, skip: w.skipped(tag, t.Attr)}
	w.stack = append(w.stack, e)
	w.enter(e, t.Attr, 1)
}

// enter counts what opening (d = 1) or closing (d = -1) e changes.
func (w *htmlWalker) enter(e elem, attrs []xhtml.Attribute, d int) {
	if e.skip {
		w.skip += d
	}
	switch e.tag {
	case "a":
		w.links += d
	case "article", "main":
		w.articleTag += d
	case "title":
		w.inTitle = d > 0
	case "script":
		w.inJSONLD = d > 0 && attr(attrs, "type") == "application/ld+json"
	}
}

// end closes the innermost open element named tag, and those inside it.
func (w *htmlWalker) end(tag string) {
	if blockTags[tag] {
		w.flush()
	}
	for i := len(w.stack) - 1; i >= 0; i-- {
		if w.stack[i].tag != tag {
			continue
		}
		for j := len(w.stack) - 1; j >= i; j-- {
			w.enter(w.stack[j], nil, -1)
		}
		w.stack = w.stack[:i]
		return
	}
}

// skipped reports whether an element holds no article text: a tag that
// never does, a site header, a hidden element, or one whose class, id or
// role names page furniture.
func (w *htmlWalker) skipped(tag string, attrs []xhtml.Attribute) bool {
	switch {
	case skipTags[tag] && tag != "head":
		return true
	case tag == "header" && w.articleTag == 0:
		return true
	case tag == "html" || tag == "body" || tag == "article" || tag == "main":
		return false
	}
	if _, hidden := attrMap(attrs)["hidden"]; hidden || attr(attrs, "aria-hidden") == "true" {
		return true
	}
	if strings.Contains(strings.ReplaceAll(attr(attrs, "style"), " ", ""), "display:none") {
		return true
	}
	return hinted(attr(attrs, "class") + " " + attr(attrs, "id") + " " + attr(attrs, "role"))
}

// hinted reports whether class, id or role words name page furniture.
func hinted(s string) bool {
	for _, word := range hintRe.Split(strings.ToLower(s), -1) {
		if furnitureHints[word] {
			return true
		}
	}
	return false
}

func attr(attrs []xhtml.Attribute, key string) string {
	for _, a := range attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func attrMap(attrs []xhtml.Attribute) map[string]string {
	m := make(map[string]string, len(attrs))
	for _, a := range attrs {
		m[a.Key] = a.Val
	}
	return m
}

// text reads a text token, decoding its entities.
func (w *htmlWalker) text(raw string) {
	switch {
	case w.inTitle:
		w.meta.title += html.UnescapeString(raw)
		return
	case w.inJSONLD:
		w.meta.jsonLD = append(w.meta.jsonLD, raw)
		return
	case w.skip > 0 || w.inHead():
		return
	}
	if w.cur == nil {
		w.cur = &pieceBuilder{}
	}
	before := w.cur.b.Len()
	addHTMLText(w.cur, raw, w.pos)
	n := w.cur.b.Len() - before
	w.chars += n
	if w.links > 0 {
		w.linkChars += n
	}
}

func (w *htmlWalker) inHead() bool {
	for _, e := range w.stack {
		if e.tag == "head" {
			return true
		}
	}
	return false
}

var entityRe = regexp.MustCompile(`&(#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)`)

// addHTMLText adds raw page text found at orig, decoding entities.
func addHTMLText(pb *pieceBuilder, raw string, orig int) {
	last := 0
	for _, m := range entityRe.FindAllStringIndex(raw, -1) {
		pb.addText(raw[last:m[0]], orig+last)
		ent := raw[m[0]:m[1]]
		if dec := html.UnescapeString(ent); dec != ent {
			pb.addDecoded(dec, orig+m[0])
		} else {
			pb.addText(ent, orig+m[0])
		}
		last = m[1]
	}
	pb.addText(raw[last:], orig+last)
}

// flush ends the block being built and sets its kind from the open elements.
func (w *htmlWalker) flush() {
	if w.cur == nil {
		return
	}
	kind, heading := w.kind()
	p := w.cur.piece(kind)
	if p.text != "" {
		linkOnly := w.linkChars*10 >= w.chars*9
		w.us = append(w.us, &unit{piece: p, gap: true, heading: heading, linkOnly: linkOnly})
	}
	w.cur, w.chars, w.linkChars = nil, 0, 0
}

// kind is the kind of block the innermost open block element makes.
func (w *htmlWalker) kind() (BlockKind, bool) {
	for i := len(w.stack) - 1; i >= 0; i-- {
		switch w.stack[i].tag {
		case "h1", "h2", "h3", "h4", "h5", "h6":
			return Headline, true
		case "li", "dd", "dt":
			return ListItem, false
		case "figcaption", "caption":
			return Caption, false
		case "p", "blockquote", "div", "td", "article", "section":
			return Paragraph, false
		}
	}
	return Paragraph, false
}
