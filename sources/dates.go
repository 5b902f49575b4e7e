package sources

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

const monthPat = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	isoDateRe = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?`)
	slashRe   = regexp.MustCompile(`\b(\d{4})/(\d{1,2})/(\d{1,2})\b`)
	dmyRe     = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthPat + `\.?,?\s+(\d{4})\b`)
	mdyRe     = regexp.MustCompile(`(?i)\b` + monthPat + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	weekdayRe = mustAnchored(`(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*`)
	// timeTailRe is a clock time written after a date, with its zone:
	// " 07:44", ", 12:28 CDT", " at 7.44 a.m. EDT", " 12:28 (UTC+2)"
	timeTailRe = mustAnchored(`(?i)^[ ,]*(at\s+|[-–—|·]\s*)?\d{1,2}[:.h]\d{2}(:\d{2})?\s*([ap]\.?m\.?)?` +
		`(\s*\(?(utc|gmt)?\s*[+-]\d{1,2}(:?\d{2})?\)?|\s*\(?(utc|gmt|z|[a-z]{1,4}t)\)?)?\b\.?`)
)

// ParseDate reads a date written alone, as in a --published flag or a
// page's metadata: "2017-02-12", "2019-06-14T07:05:00+02:00",
// "12 February 2017", "Feb. 12, 2017", with or without a weekday.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(weekdayRe.ReplaceAllString(strings.TrimSpace(s), ""))
	t, i, j, ok := findDate(s)
	if !ok || strings.Trim(s[:i]+s[j:], " ,.") != "" {
		return time.Time{}, false
	}
	return t, true
}

// findDate finds the first date written in s and where it stands.
func findDate(s string) (t time.Time, start, end int, ok bool) {
	start = len(s) + 1
	if !hasYear(s) { // all the patterns need one
		return t, start, end, false
	}
	try := func(re *regexp.Regexp, build func([]string) (time.Time, bool)) {
		m := re.FindStringSubmatchIndex(s)
		if m == nil || m[0] >= start {
			return
		}
		if d, good := build(groups(s, m)); good {
			t, start, end, ok = d, m[0], m[1], true
		}
	}
	try(isoDateRe, isoDate)
	try(slashRe, func(g []string) (time.Time, bool) { return ymd(g[1], g[2], g[3]) })
	try(dmyRe, func(g []string) (time.Time, bool) { return ymd(g[3], monthNum(g[2]), g[1]) })
	try(mdyRe, func(g []string) (time.Time, bool) { return ymd(g[3], monthNum(g[1]), g[2]) })
	return t, start, end, ok
}

// hasYear reports whether s holds four ASCII digits in a row.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			run = 0
		} else if run++; run == 4 {
			return true
		}
	}
	return false
}

func groups(s string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

// ymd builds a UTC midnight date, checking that it exists.
func ymd(y, m, d string) (time.Time, bool) {
	yy, _ := strconv.Atoi(y)
	mm, _ := strconv.Atoi(m)
	dd, _ := strconv.Atoi(d)
	if yy < 1800 || yy > 2200 || mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return time.Time{}, false
	}
	t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == dd
}

// isoDate builds the date of an ISO 8601 match, with its time and zone when given.
func isoDate(g []string) (time.Time, bool) {
	t, ok := ymd(g[1], g[2], g[3])
	if !ok || g[4] == "" {
		return t, ok
	}
	h, _ := strconv.Atoi(g[4])
	mi, _ := strconv.Atoi(g[5])
	sec, _ := strconv.Atoi(g[6])
	if h > 23 || mi > 59 || sec > 60 {
		return t, true
	}
	loc := time.UTC
	if z := strings.ReplaceAll(g[7], ":", ""); z != "" && z != "Z" {
		oh, _ := strconv.Atoi(z[1:3])
		om, _ := strconv.Atoi(z[3:])
		off := oh*3600 + om*60
		if z[0] == '-' {
			off = -off
		}
		loc = time.FixedZone(g[7], off)
	}
	return time.Date(t.Year(), t.Month(), t.Day(), h, mi, sec, 0, loc), true
}

func monthNum(name string) string {
	months := []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	name = strings.ToLower(name)
	for i, m := range months {
		if strings.HasPrefix(name, m) {
			return strconv.Itoa(i + 1)
		}
	}
	return "0"
}

// The places a publication date can come from, best first.
var publishedRank = map[string]int{"flag": 0, "front matter": 1, "html meta": 2, "date line": 3, "dateline": 4}

// setPublished records t as the publication date unless a better source gave one.
func (a *Article) setPublished(t time.Time, from string) {
	if a.PublishedFrom != "" && publishedRank[a.PublishedFrom] <= publishedRank[from] {
		return
	}
	a.Published, a.PublishedFrom = t, from
}
