package render

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources"
)

// HTML prints one self-contained page: the summary, every finding linked
// to its evidence, and the articles side by side with the evidence spans
// highlighted and linked back to their findings. No script, no external
// resource: the CSS is inline.
type HTML struct {
	Articles []*sources.Article
}

// span is a highlighted stretch of an article's text.
type hlSpan struct {
	start, end int
	sentence   bool // the whole sentence: the value's words were not found in it
	finding    *compare.Finding
	claim      string // the claim of the evidence it marks
	anchor     string // the id of the span's first piece, linked from the finding
}

// Render implements Renderer.
func (h *HTML) Render(w io.Writer, r *compare.Report) error {
	b := bufio.NewWriter(w)
	spans := h.locate(r)
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>crosscheck report</title>\n")
	b.WriteString("<style>\n" + htmlCSS + "</style>\n</head>\n<body>\n")
	fmt.Fprintf(b, "<header><h1>crosscheck report</h1><p class=\"summary\">%s</p></header>\n", esc(SummaryLine(r)))
	b.WriteString("<div class=\"layout\">\n")
	h.findings(b, r, spans)
	h.articles(b, r, spans)
	b.WriteString("</div>\n</body>\n</html>\n")
	return b.Flush()
}

func esc(s string) string { return html.EscapeString(s) }

// article finds the text of a source.
func (h *HTML) article(path string) *sources.Article {
	for _, a := range h.Articles {
		if a.Path == path {
			return a
		}
	}
	return nil
}

// locate finds every piece of evidence in its article's text and returns
// the spans to mark by source id: the value's own words inside its
// sentence (the claim's span, or the value written in the sentence), the
// whole sentence only when neither can be found.
func (h *HTML) locate(r *compare.Report) map[string][]hlSpan {
	claims := make(map[string]*compare.Claim, len(r.Claims))
	for i := range r.Claims {
		claims[r.Claims[i].ID] = &r.Claims[i]
	}
	out := map[string][]hlSpan{}
	for i := range r.Findings {
		f := &r.Findings[i]
		n := 0
		for _, v := range f.Values {
			for _, e := range v.Evidence {
				a := h.article(sourcePath(r, e.Source))
				if a == nil || e.Text == "" {
					continue
				}
				at := strings.Index(a.Text, e.Text)
				if at < 0 {
					continue
				}
				n++
				lo, hi := valueSpan(a.Text, at, at+len(e.Text), claims[e.Claim], v.Value)
				out[e.Source] = append(out[e.Source], hlSpan{start: lo, end: hi, sentence: hi-lo == len(e.Text),
					finding: f, claim: e.Claim, anchor: fmt.Sprintf("%s-%d", f.ID, n)})
			}
		}
	}
	return out
}

// valueSpan is the stretch of the sentence text[start:end] to mark for a
// value: the claim's own span when it lies in the sentence, else the
// value's words found in it (case aside), else the sentence.
func valueSpan(text string, start, end int, c *compare.Claim, value string) (int, int) {
	if c != nil && c.End > c.Start && c.Start >= start && c.End <= end {
		return c.Start, c.End
	}
	for _, w := range []string{value, strings.TrimSuffix(value, ".")} {
		if w == "" {
			continue
		}
		if i := strings.Index(strings.ToLower(text[start:end]), strings.ToLower(w)); i >= 0 {
			return start + i, start + i + len(w)
		}
	}
	return start, end
}

func (h *HTML) findings(b *bufio.Writer, r *compare.Report, spans map[string][]hlSpan) {
	b.WriteString("<section class=\"findings\"><h2>Findings</h2>\n")
	if len(r.Findings) == 0 {
		b.WriteString("<p>No findings.</p>\n")
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		fmt.Fprintf(b, "<div class=\"finding k-%s\" id=\"%s\"><h3>%s <span class=\"kind\">%s</span> %s · %s <span class=\"sev\">%s %s</span></h3>\n",
			esc(f.Kind), esc(f.ID), esc(f.ID), esc(f.Kind), esc(subjectOf(f)), esc(f.Attribute), esc(f.Severity.String()), esc(f.Rule))
		if f.Message != "" {
			fmt.Fprintf(b, "<p>%s</p>\n", esc(f.Message))
		}
		b.WriteString("<ul>\n")
		for _, v := range f.Values {
			fmt.Fprintf(b, "<li><b>%s</b> %s</li>\n", esc(v.Value), evidenceLinks(v, f, spans))
		}
		b.WriteString("</ul>\n")
		if f.Explanation != "" {
			fmt.Fprintf(b, "<p class=\"why\">%s</p>\n", esc(f.Explanation))
		}
		b.WriteString("</div>\n")
	}
	b.WriteString("</section>\n")
}

// evidenceLinks links each piece of evidence to its highlighted span, or
// names its position when the span was not found in the text.
func evidenceLinks(v compare.FindingValue, f *compare.Finding, spans map[string][]hlSpan) string {
	var parts []string
	for _, e := range v.Evidence {
		label := esc(e.Pos.String())
		anchor := ""
		for _, s := range spans[e.Source] {
			if s.finding == f && anchor == "" && s.claim == e.Claim {
				anchor = s.anchor
			}
		}
		if anchor != "" {
			label = fmt.Sprintf("<a href=\"#%s\">%s</a>", esc(anchor), label)
		}
		parts = append(parts, label)
	}
	if len(parts) == 0 {
		return esc(strings.Join(v.Sources, ", "))
	}
	return strings.Join(parts, ", ")
}

// articles writes the articles side by side: columns of a readable width
// that scroll sideways inside their own pane when there are many (twelve
// sources never push the page, and its links, off the screen), with an
// index of the sources that wraps above them.
func (h *HTML) articles(b *bufio.Writer, r *compare.Report, spans map[string][]hlSpan) {
	b.WriteString("<div class=\"side\">\n<nav class=\"sources\">")
	for _, s := range r.Sources {
		fmt.Fprintf(b, "<a href=\"#src-%s\">%s <span class=\"path\">%s</span></a>", esc(s.ID), esc(s.ID), esc(s.Path))
	}
	b.WriteString("</nav>\n<section class=\"articles\">\n")
	for _, s := range r.Sources {
		fmt.Fprintf(b, "<article id=\"src-%s\"><h2>%s <span class=\"path\">%s</span></h2>\n", esc(s.ID), esc(s.ID), esc(s.Path))
		meta := []string{}
		for _, m := range []string{s.Outlet, s.Title, pubOf(s)} {
			if m != "" {
				meta = append(meta, esc(m))
			}
		}
		fmt.Fprintf(b, "<p class=\"meta\">%s</p>\n", strings.Join(meta, " · "))
		if a := h.article(s.Path); a != nil {
			writeArticle(b, a, spans[s.ID])
		} else {
			b.WriteString("<p class=\"meta\">(text not available)</p>\n")
		}
		b.WriteString("</article>\n")
	}
	b.WriteString("</section>\n</div>\n")
}

func pubOf(s compare.Source) string {
	if s.Published == nil {
		return "publication date unknown"
	}
	return "published " + *s.Published
}

// writeArticle writes the blocks of an article, highlighting the spans.
func writeArticle(b *bufio.Writer, a *sources.Article, spans []hlSpan) {
	blocks := a.Blocks
	if len(blocks) == 0 {
		blocks = []sources.Block{{Start: 0, End: len(a.Text)}}
	}
	for _, bl := range blocks {
		tag := "p"
		if bl.Kind == sources.Headline {
			tag = "h3"
		}
		fmt.Fprintf(b, "<%s>%s</%s>\n", tag, highlight(a.Text, bl.Start, bl.End, spans), tag)
	}
}

// highlight writes text[start:end] with every span inside it marked. Where
// spans overlap, the stretch is split at every boundary and each piece
// names all its findings.
func highlight(text string, start, end int, spans []hlSpan) string {
	cuts := []int{start, end}
	for _, s := range spans {
		for _, c := range []int{s.start, s.end} {
			if c > start && c < end {
				cuts = append(cuts, c)
			}
		}
	}
	sort.Ints(cuts)
	var b strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		if lo == hi {
			continue
		}
		b.WriteString(piece(text[lo:hi], lo, hi, spans))
	}
	return b.String()
}

// piece writes one stretch, marked when spans cover it, with the anchors
// of the spans that begin there.
func piece(s string, lo, hi int, spans []hlSpan) string {
	var ids, anchors []string
	kind, whole := "", true
	for _, sp := range spans {
		if sp.start < hi && sp.end > lo {
			whole = whole && sp.sentence
			ids = append(ids, sp.finding.ID)
			if kind == "" || compare.KindRank(sp.finding.Kind) < compare.KindRank(kind) {
				kind = sp.finding.Kind
			}
			if sp.start == lo {
				anchors = append(anchors, fmt.Sprintf("<span id=\"%s\"></span>", esc(sp.anchor)))
			}
		}
	}
	if len(ids) == 0 {
		return esc(s)
	}
	links := make([]string, len(ids))
	for i, id := range ids {
		links[i] = fmt.Sprintf("<a class=\"ref\" href=\"#%s\">%s</a>", esc(id), esc(id))
	}
	class := "k-" + kind
	if whole {
		class += " sentence"
	}
	return fmt.Sprintf("%s<mark class=\"%s\" title=\"%s\">%s</mark><sup>%s</sup>",
		strings.Join(anchors, ""), esc(class), esc(strings.Join(ids, " ")), esc(s), strings.Join(links, " "))
}

const htmlCSS = `body { font: 15px/1.5 system-ui, sans-serif; margin: 0 1.5em 2em; color: #1d1d1f; background: #fff; }
header h1 { margin: .6em 0 0; font-size: 1.5em; }
.summary { color: #444; margin-top: .2em; }
h2 { font-size: 1.15em; border-bottom: 1px solid #ddd; padding-bottom: .2em; }
.finding { border-left: 4px solid #999; padding: .2em .8em; margin: .6em 0; background: #fafafa; }
.finding h3 { font-size: 1em; margin: .2em 0; }
.finding ul { margin: .2em 0; padding-left: 1.2em; }
.finding .kind, .finding .sev { font-weight: normal; color: #666; font-size: .85em; }
.finding .why { color: #555; font-style: italic; margin: .2em 0; }
.finding.k-conflict, .finding.k-self-conflict { border-color: #d70022; }
.finding.k-update, .finding.k-variant { border-color: #d98e00; }
.finding.k-corroborated { border-color: #2a8a2a; }
.finding:target { background: #fff4c2; }
.layout { display: grid; grid-template-columns: minmax(18em, 26em) minmax(0, 1fr); gap: 1.2em; align-items: start; }
.findings { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; font-size: .92em; overflow-wrap: anywhere; }
.side { min-width: 0; }
nav.sources { display: flex; flex-wrap: wrap; gap: .3em .9em; margin-top: 1em; font-size: .85em; }
nav.sources a { text-decoration: none; white-space: nowrap; }
nav.sources .path { color: #666; }
.articles { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(18em, 1fr); gap: 1em; align-items: start; margin-top: .6em; overflow-x: auto; padding-bottom: .5em; }
article { border: 1px solid #ddd; border-radius: 6px; padding: 0 1em; min-width: 0; }
article h2 .path { font-weight: normal; color: #666; font-size: .8em; word-break: break-all; }
article .meta { color: #666; font-size: .85em; }
article h3 { font-size: 1.05em; }
mark { padding: 0 .1em; border-radius: 2px; font-weight: 600; }
mark.sentence { font-weight: normal; }
mark.k-conflict, mark.k-self-conflict { background: #ffd0d6; }
mark.k-update, mark.k-variant { background: #ffe7b3; }
mark.k-corroborated { background: #d6f5d6; }
mark.k-single-source, mark.k-unresolved { background: #eee; }
sup a.ref { font-size: .75em; text-decoration: none; margin-left: .1em; }
span[id]:target + mark { outline: 2px solid #1d1d1f; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } .articles { grid-auto-flow: row; grid-auto-columns: auto; } .findings { position: static; max-height: none; } }
`
