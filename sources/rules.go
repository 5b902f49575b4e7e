package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is a block found by a format reader, with what the text rules
// need to know about where it stood.
type unit struct {
	piece
	gap      bool // a blank line (or the start of the body) comes before it
	heading  bool // the markup says it is a heading
	linkOnly bool // all of its text is link text (HTML)
	credit   bool // a credit line
	drop     bool
}

// ruleSet says which text rules apply to a format.
type ruleSet struct {
	plain     bool // plain text: first-line headline, Title-Case lines, subheadings, bullets
	titleCase bool // drop Title-Case lines that are not headings (txt and md)
}

// applyRules drops the furniture among us, sets the kinds, datelines,
// bylines and date lines found, and returns the blocks that remain.
func (a *Article) applyRules(us []*unit, rs ruleSet) []piece {
	for i, u := range us {
		a.markLine(us, i, u)
	}
	markCaptions(us)
	for _, u := range us {
		stripCredit(u)
	}
	if rs.titleCase {
		dropTitleCase(us, rs.plain)
	}
	if rs.plain {
		a.plainHeadlines(us)
	}
	dropTrailingBios(us)
	a.stripDatelines(us)
	out := make([]piece, 0, len(us))
	for _, u := range us {
		if !u.drop && u.text != "" {
			out = append(out, u.piece)
		}
	}
	return out
}

// markLine drops u when its text alone shows it is furniture, and takes
// the date or author it carries.
func (a *Article) markLine(us []*unit, i int, u *unit) {
	t := u.text
	switch {
	case u.drop:
	case isCreditLine(t):
		u.drop, u.credit = true, true
	case a.dateLine(t):
		u.drop = true
	case readMoreRe.MatchString(head(t, 60)) && (wordsUpTo(t, 26) <= 25 || u.linkOnly):
		u.drop = true
		if strings.TrimSpace(readMoreRe.ReplaceAllString(t, "")) == "" {
			dropAfterLabel(us[i+1:])
		}
	case isFurnitureLine(t) && !(u.heading && u.kind == Headline && i == 0):
		u.drop = true
	default:
		if name, ok := byline(t); ok {
			if a.Author == "" {
				a.Author = name
			}
			u.drop = true
		}
	}
}

// dropAfterLabel drops what a lone "Read more:" or "Related" line
// introduces: the headlines and the writer's note that follow it.
func dropAfterLabel(rest []*unit) {
	for k, v := range rest {
		if k > 0 && !isBio(v.text) && !isTitleCase(v.text) && hasFinalStop(v.text) && !v.linkOnly {
			return
		}
		v.drop = true
	}
}

// dateLine reports whether t is a line giving the date ("date
// 2017-02-12", "Published: 12 February 2017", or a date alone), and
// records the date.
func (a *Article) dateLine(t string) bool {
	if wordsUpTo(t, 13) > 12 || !strings.ContainsAny(t, "0123456789") {
		return false
	}
	rest := strings.TrimSpace(weekdayRe.ReplaceAllString(t, ""))
	label := dateLineRe.FindString(rest)
	d, i, j, ok := findDate(rest[len(label):])
	if !ok || i != 0 {
		return false
	}
	j += len(timeTailRe.FindString(rest[len(label)+j:])) // "July 2, 2013 07:44", "… 12:28 CDT"
	if label == "" && wordCount(rest[len(label)+j:]) > 0 {
		return false
	}
	if wordCount(rest[len(label)+j:]) > 3 {
		return false
	}
	a.setPublished(d, "date line")
	return true
}

// markCaptions makes a caption of a line without a final stop that stands
// just before a credit line, or before a Title-Case headline and then a
// credit; of two such lines in a row, the first is the caption.
func markCaptions(us []*unit) {
	for i, u := range us {
		if u.drop || u.heading || hasFinalStop(u.text) || wordsUpTo(u.text, 4) < 4 {
			continue
		}
		next := func(k int) *unit {
			if i+k < len(us) {
				return us[i+k]
			}
			return &unit{}
		}
		switch {
		case next(1).credit && !(isTitleCase(u.text) && i > 0 && us[i-1].kind == Caption):
			u.kind = Caption
		case next(2).credit && isTitleCase(next(1).text) && !next(1).drop:
			u.kind = Caption
		}
	}
}

// stripCredit cuts a credit from the end of a caption or paragraph.
func stripCredit(u *unit) {
	if u.drop || u.kind == Headline {
		return
	}
	if i := creditTail(u.text); i >= 0 {
		u.piece = u.slice(0, i)
		u.drop = u.text == ""
	}
}

// dropTitleCase drops the Title-Case lines that are headlines of other
// stories: after a credit, or anywhere but the top unless short enough to
// be a heading of the article itself.
func dropTitleCase(us []*unit, plain bool) {
	first := true
	for i, u := range us {
		if u.drop {
			continue
		}
		if first {
			first = false
			continue
		}
		if u.heading || u.kind == Caption || u.kind == ListItem || !isTitleCase(u.text) {
			continue
		}
		afterCredit := i > 0 && us[i-1].credit && !u.gap
		if afterCredit || wordsUpTo(u.text, 5) > 4 || !plain {
			u.drop = true
		}
	}
}

// plainHeadlines sets the kinds of plain-text lines: the first line as
// the headline (and Title), bullets as list items, short unpunctuated
// lines before a paragraph as subheadings.
func (a *Article) plainHeadlines(us []*unit) {
	first := true
	for i, u := range us {
		if u.drop || u.kind == Caption {
			continue
		}
		switch {
		case first && readsAsHeadline(u.text):
			u.kind, u.heading = Headline, true
			if a.Title == "" {
				a.Title = u.text
			}
		case numberedRe.MatchString(u.text) && !hasFinalStop(u.text) && nextIsBody(us[i+1:]):
			m := numberedRe.FindStringIndex(u.text)
			u.piece = u.slice(m[1], len(u.text))
			u.kind, u.heading = Headline, true
		case bulletRe.MatchString(u.text) && !first:
			m := bulletRe.FindStringIndex(u.text)
			u.piece = u.slice(m[1], len(u.text))
			u.kind = ListItem
		case timeStampRe.MatchString(u.text):
			u.kind, u.heading = Headline, true
		case !first && !hasFinalStop(u.text) && wordsUpTo(u.text, 13) <= 12 && nextIsBody(us[i+1:]):
			u.kind, u.heading = Headline, true
		}
		first = false
	}
}

// readsAsHeadline reports whether the first line of a plain text is its headline.
func readsAsHeadline(t string) bool {
	n := wordCount(t)
	return n >= 2 && n <= 30 && utf8.RuneCountInString(t) <= 220 &&
		(!hasFinalStop(t) || strings.HasSuffix(t, "?")) && datelineRe.FindString(head(t, 160)) == ""
}

// nextIsBody reports whether the next block kept is a paragraph or a list.
func nextIsBody(rest []*unit) bool {
	for _, v := range rest {
		if !v.drop {
			return hasFinalStop(v.text) || bulletRe.MatchString(v.text)
		}
	}
	return false
}

// dropTrailingBios drops notes about the writer at the end of the text.
func dropTrailingBios(us []*unit) {
	for i := len(us) - 1; i >= 0; i-- {
		if us[i].drop {
			continue
		}
		if !isBio(us[i].text) {
			return
		}
		us[i].drop = true
	}
}

var (
	// datelineRe: "OSLO (Agency) — ", "LYON - ", "BAN SAENG, Nakhon Phanom – ",
	// "CHRISTCHURCH, 17 April 2019 —".
	datelineRe = mustAnchored(`^(\p{Lu}[\p{Lu}\p{M}.'’/ -]*\p{Lu}\.?)((?:,\s*[\pL\d][\pL\d.' ]{0,40}?)*)(\s*\([^)]{1,40}\))?\s*(?:[—–]|--?)\s+`)
	// agencyDatelineRe: "Christchurch, New Zealand (Reuters) - ".
	agencyDatelineRe = mustAnchored(`^(\p{Lu}[\pL.'’ -]{1,30}?)((?:,\s*[\pL\d][\pL\d.' ]{0,30}?)*)(\s*\([^)]{1,40}\))\s*(?:[—–]|--?)\s+`)
)

// mayOpenDateline is a quick test before datelineRe: a match begins
// with a capital followed by another character of a place in capitals.
func mayOpenDateline(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	if !unicode.Is(unicode.Lu, r) {
		return false
	}
	r, _ = utf8.DecodeRuneInString(t[n:])
	return unicode.Is(unicode.Lu, r) || unicode.Is(unicode.M, r) || strings.ContainsRune(".'’/ -", r)
}

// stripDatelines cuts the dateline from the start of the first paragraph
// (and from any paragraph opening with a place in capitals and an agency).
func (a *Article) stripDatelines(us []*unit) {
	seen := 0
	for _, u := range us {
		if u.drop || u.kind != Paragraph {
			continue
		}
		seen++
		h := head(u.text, 160)
		var m []int
		if mayOpenDateline(h) {
			m = datelineRe.FindStringSubmatchIndex(h)
		}
		if m == nil && seen == 1 && strings.Contains(h, "(") { // every match holds one
			m = agencyDatelineRe.FindStringSubmatchIndex(h)
		}
		if m == nil || (seen > 1 && m[6] < 0) {
			continue
		}
		a.takeDateline(u, m)
	}
}

// takeDateline records the place and date of a dateline and cuts it from u.
func (a *Article) takeDateline(u *unit, m []int) {
	head := strings.TrimSpace(u.text[:m[1]])
	head = strings.TrimSpace(strings.TrimRight(head, "—–- "))
	if a.Dateline == "" {
		a.Dateline = head
	}
	if d, _, _, ok := findDate(u.text[m[4]:m[5]]); ok {
		a.setPublished(d, "dateline")
	}
	u.piece = u.slice(m[1], len(u.text))
	u.drop = u.text == ""
}
