package sources

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// The front matter keys read, by field, first found wins.
var fmKeys = map[string][]string{
	"title":     {"title", "headline"},
	"outlet":    {"outlet", "source", "publisher", "site", "site_name", "publication"},
	"author":    {"author", "authors", "byline"},
	"published": {"published", "date", "pubdate", "publish_date", "published_at", "publication_date"},
	"url":       {"url", "link", "canonical", "canonical_url"},
}

var yamlLineRe = regexp.MustCompile(`line (\d+)`)

// frontMatter reads the YAML front matter at the start of a Markdown
// source, sets what it says on a, and returns where the body starts.
func (a *Article) frontMatter() (int, *unit, error) {
	s := a.src
	first := strings.TrimRight(firstLine(s), "\r ")
	if first != "---" {
		return 0, nil, nil
	}
	start := len(firstLine(s)) + 1
	end, body := fmEnd(s, start)
	if end < 0 {
		return 0, nil, fmt.Errorf("%w: no closing \"---\" line", ErrFrontMatter)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(s[start:end]), &doc); err != nil {
		return 0, nil, fmt.Errorf("%w: %s", ErrFrontMatter, shiftYAMLLine(err.Error(), 1))
	}
	title, err := a.fmFields(&doc)
	return body, title, err
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// fmEnd finds the line that closes the front matter ("---" or "...")
// starting at from: its offset and the offset of the body after it.
func fmEnd(s string, from int) (int, int) {
	for _, l := range allLines(s, from) {
		if t := strings.TrimSpace(l.text); t == "---" || t == "..." {
			return l.start, min(l.end+1, len(s))
		}
	}
	return -1, -1
}

// shiftYAMLLine renumbers "line N" in a YAML message to a line of the file.
func shiftYAMLLine(msg string, by int) string {
	return yamlLineRe.ReplaceAllStringFunc(msg, func(m string) string {
		n, _ := strconv.Atoi(m[5:])
		return "line " + strconv.Itoa(n+by)
	})
}

// fmFields sets the article's fields from the front matter mapping and
// returns the title as a headline block placed where it stands.
func (a *Article) fmFields(doc *yaml.Node) (*unit, error) {
	if len(doc.Content) == 0 {
		return nil, nil
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%w: line %d: not a mapping of keys to values", ErrFrontMatter, m.Line+1)
	}
	vals := map[string]*yaml.Node{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := strings.ToLower(m.Content[i].Value)
		if _, seen := vals[k]; !seen {
			vals[k] = m.Content[i+1]
		}
	}
	get := func(field string) *yaml.Node {
		for _, k := range fmKeys[field] {
			if v, ok := vals[k]; ok {
				return v
			}
		}
		return nil
	}
	a.Outlet, a.Author, a.URL = fmString(get("outlet")), fmString(get("author")), fmString(get("url"))
	a.fmPublished(get("published"))
	t := get("title")
	a.Title = fmString(t)
	return a.fmTitleUnit(t), nil
}

// fmString is the text of a scalar, or of a list of scalars joined by commas.
func fmString(n *yaml.Node) string {
	if n == nil {
		return ""
	}
	if n.Kind == yaml.SequenceNode {
		var parts []string
		for _, c := range n.Content {
			if s := fmString(c); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "name" {
				return fmString(n.Content[i+1])
			}
		}
		return ""
	}
	return strings.TrimSpace(n.Value)
}

// fmPublished reads the publication date of the front matter.
func (a *Article) fmPublished(n *yaml.Node) {
	s := fmString(n)
	if s == "" {
		return
	}
	if d, ok := ParseDate(s); ok {
		a.setPublished(d, "front matter")
		return
	}
	if d, err := time.Parse(time.RFC3339Nano, s); err == nil {
		a.setPublished(d, "front matter")
		return
	}
	a.Warnings = append(a.Warnings, fmt.Sprintf("line %d: front matter date %q is not a date: ignored", n.Line+1, s))
}

// fmTitleUnit makes the title a headline block that points at its place
// in the front matter.
func (a *Article) fmTitleUnit(n *yaml.Node) *unit {
	if n == nil || a.Title == "" || n.Line+1 > len(a.lines) {
		return nil
	}
	ls := a.lines[n.Line]
	le := len(a.src)
	if n.Line+1 < len(a.lines) {
		le = a.lines[n.Line+1]
	}
	line := a.src[ls:le]
	var p piece
	if i := strings.Index(line, a.Title); i >= 0 {
		p = newPiece(Headline, a.Title, ls+i)
	} else {
		var pb pieceBuilder
		pb.addDecoded(a.Title, ls+min(max(n.Column-1, 0), len(line)))
		p = pb.piece(Headline)
	}
	return &unit{piece: p, gap: true, heading: true}
}
