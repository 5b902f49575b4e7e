package sources

import (
	"encoding/json"
	"html"
	"regexp"
	"strings"

	xhtml "golang.org/x/net/html"
)

// htmlMeta is what a page says about itself.
type htmlMeta struct {
	metas     map[string]string // meta name or property (lower case) → content, first wins
	canonical string
	title     string
	jsonLD    []string
	times     []string // <time datetime> values, those inside the article first
	outTimes  []string
}

// tag records the metadata carried by a start tag.
func (m *htmlMeta) tag(tag string, attrs []xhtml.Attribute, inArticle bool) {
	switch tag {
	case "meta":
		key := strings.ToLower(attr(attrs, "property") + attr(attrs, "name") + attr(attrs, "itemprop"))
		if m.metas == nil {
			m.metas = map[string]string{}
		}
		if _, ok := m.metas[key]; !ok && key != "" {
			m.metas[key] = strings.TrimSpace(attr(attrs, "content"))
		}
	case "link":
		if strings.EqualFold(attr(attrs, "rel"), "canonical") && m.canonical == "" {
			m.canonical = attr(attrs, "href")
		}
	case "time":
		if d := attr(attrs, "datetime"); d != "" && inArticle {
			m.times = append(m.times, d)
		} else if d != "" {
			m.outTimes = append(m.outTimes, d)
		}
	}
}

// The meta names that give the publication date, best first.
var pubMetaKeys = []string{"article:published_time", "og:published_time", "pubdate", "publishdate",
	"publish-date", "publish_date", "datepublished", "date", "dc.date.issued", "dc.date",
	"dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published"}

// setHTMLMeta sets the article's fields from the page's metadata.
func (a *Article) setHTMLMeta(m *htmlMeta) {
	ld := readJSONLD(m.jsonLD)
	a.Title = first(m.metas["og:title"], m.metas["twitter:title"], ld.headline, cleanTitle(m.title))
	a.Outlet = first(m.metas["og:site_name"], ld.publisher, m.metas["application-name"], titleSite(m.title))
	a.Author = first(m.metas["author"], m.metas["article:author"], ld.author)
	a.URL = first(m.canonical, m.metas["og:url"], ld.url)
	for _, v := range pubDateCandidates(m, ld) {
		if d, ok := ParseDate(v); ok {
			a.setPublished(d, "html meta")
			return
		}
	}
}

// pubDateCandidates lists the page's publication dates, best first.
func pubDateCandidates(m *htmlMeta, ld jsonLDInfo) []string {
	var out []string
	for _, k := range pubMetaKeys {
		if v := m.metas[k]; v != "" {
			out = append(out, v)
		}
	}
	out = append(out, ld.published)
	out = append(out, m.times...)
	return append(out, m.outTimes...)
}

func first(vals ...string) string {
	for _, v := range vals {
		if v = strings.Join(strings.Fields(html.UnescapeString(v)), " "); v != "" {
			return v
		}
	}
	return ""
}

var titleSepRe = regexp.MustCompile(`\s+[|–—-]\s+`)

// cleanTitle drops the site name and section from a <title>.
func cleanTitle(t string) string {
	t = strings.Join(strings.Fields(t), " ")
	if parts := titleSepRe.Split(t, -1); len(parts) > 1 && wordCount(parts[0]) >= 3 {
		return parts[0]
	}
	return t
}

// titleSite is the site name that ends a <title> ("Story | Site"), if any.
func titleSite(t string) string {
	parts := titleSepRe.Split(strings.Join(strings.Fields(t), " "), -1)
	if len(parts) < 2 || wordCount(parts[0]) < 3 || wordCount(parts[len(parts)-1]) > 5 {
		return ""
	}
	return parts[len(parts)-1]
}

// jsonLDInfo is what a page's JSON-LD says of the article.
type jsonLDInfo struct {
	headline, author, publisher, published, url string
}

// readJSONLD reads the schema.org objects of the page's JSON-LD scripts.
func readJSONLD(scripts []string) jsonLDInfo {
	var info jsonLDInfo
	for _, s := range scripts {
		var v any
		if json.Unmarshal([]byte(html.UnescapeString(strings.TrimSpace(s))), &v) == nil {
			info.visit(v, 0)
		}
	}
	return info
}

// visit walks a JSON-LD value and fills what is still missing.
func (info *jsonLDInfo) visit(v any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			info.visit(e, depth+1)
		}
	case map[string]any:
		info.fill(x)
		for _, k := range []string{"@graph", "mainEntity", "itemListElement"} {
			info.visit(x[k], depth+1)
		}
	}
}

func (info *jsonLDInfo) fill(x map[string]any) {
	if _, ok := x["datePublished"]; !ok && info.published == "" {
		return
	}
	set := func(dst *string, val string) {
		if *dst == "" {
			*dst = val
		}
	}
	set(&info.published, ldString(x["datePublished"]))
	set(&info.headline, ldString(x["headline"]))
	set(&info.author, ldString(x["author"]))
	set(&info.publisher, ldString(x["publisher"]))
	set(&info.url, ldString(x["url"]))
}

// ldString is a JSON-LD value as text: a string, an object's name, or a
// list of those joined by commas.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return ldString(x["name"])
	case []any:
		var parts []string
		for _, e := range x {
			if s := ldString(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}
