package value

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"At least eight people died and about 50 were hurt on Monday, Dec. 19, 2016 at 10:01 a.m.",
	"four or five shots around 1 a.m. (0901 GMT) yesterday after an 11-month break",
	"between 11 and 16 protesters; 1,500 people marched 1.5km at 16:30 BST in September 2013",
	"a 62-year-old man, aged 62, 33°C, 1.4%, $3m, £2.5bn, twenty-five, one hundred and fifty",
	"2016-12-19 19/12/2016 19.12.2016 12/19/2016 mid-2015 early December last week",
	"10.30pm UTC+7, 22:30 UTC+05:30, 19:00 Ankara time, noon, midnight, 7 o'clock",
	"two days later, a day after the protests, the day before yesterday, three weeks ago",
	"-", "1.", "1,", "1,0000", "UTC+", "a.m", "mid-", "the", "99999999999999999999999",
	"\xff\xfe 12 \xc3", "Tuesday’s crash", "19th of", "between 5 and", "Dec.",
}

// checkSpans fails unless the spans lie inside s, in order, without
// overlapping, and each span's text is the text it reports.
func checkSpans(t *testing.T, s string, spans [][2]int, texts []string) {
	t.Helper()
	prev := 0
	for i, sp := range spans {
		if sp[0] < prev || sp[0] >= sp[1] || sp[1] > len(s) {
			t.Fatalf("bad span %v after %d in %q (len %d)", sp, prev, s, len(s))
		}
		if s[sp[0]:sp[1]] != texts[i] {
			t.Fatalf("span %v is %q, text %q", sp, s[sp[0]:sp[1]], texts[i])
		}
		prev = sp[1]
	}
}

func FuzzFindNumbers(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var spans [][2]int
		var texts []string
		for _, n := range FindNumbers(s) {
			spans = append(spans, [2]int{n.Start, n.End})
			texts = append(texts, n.Text)
			if n.Lo > n.Hi {
				t.Fatalf("%q: Lo %v > Hi %v", n.Text, n.Lo, n.Hi)
			}
			_ = n.Number.String()
		}
		checkSpans(t, s, spans, texts)
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := ParseNumber(s)
		if !ok {
			return
		}
		if n.Lo > n.Hi {
			t.Fatalf("%q: Lo %v > Hi %v", s, n.Lo, n.Hi)
		}
		if CompareNumbers(n, n) == Conflict {
			t.Fatalf("%q conflicts with itself: %+v", s, n)
		}
	})
}

func FuzzFindDates(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, int64(1482192000))
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		var pub time.Time
		if unix > -1e11 && unix < 1e11 && unix != 0 {
			pub = time.Unix(unix, 0).UTC()
		}
		var spans [][2]int
		var texts []string
		for _, d := range FindDates(s, pub) {
			spans = append(spans, [2]int{d.Start, d.End})
			texts = append(texts, d.Text)
			if d.Resolved && d.Prec == PrecDay && !validDay(d.Year, d.Month, d.Day) {
				t.Fatalf("%q: invalid day %+v", d.Text, d.Date)
			}
			if !d.Anchored && CompareDates(d.Date, d.Date) == Conflict {
				t.Fatalf("%q conflicts with itself: %+v", d.Text, d.Date)
			}
			if !utf8.ValidString(d.String()) && utf8.ValidString(s) {
				t.Fatalf("String() of %q is not UTF-8", d.Text)
			}
		}
		checkSpans(t, s, spans, texts)
	})
}

func FuzzFindTimes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var spans [][2]int
		var texts []string
		for _, c := range FindTimes(s) {
			spans = append(spans, [2]int{c.Start, c.End})
			texts = append(texts, c.Text)
			if c.Minute < 0 || c.Minute >= 1440 {
				t.Fatalf("%q: minute %d", c.Text, c.Minute)
			}
			if CompareTimes(c.Clock, c.Clock, 0) == Conflict {
				t.Fatalf("%q conflicts with itself", c.Text)
			}
		}
		checkSpans(t, s, spans, texts)
	})
}

// FuzzDecodeLexicon decodes untrusted YAML, extends the default lexicon
// with what decodes, and runs the finders with the result: nothing may
// panic, and what the finders return must hold.
func FuzzDecodeLexicon(f *testing.F) {
	f.Add(string(valuesYAML))
	for _, s := range []string{
		"hedges:\n  about: [in the region of, approx.]\n",
		"suffix_hedges:\n  about: [-something, or thereabouts, -]\n",
		"quantifiers:\n  a clutch of: {min: 3, max: 6, about: true}\n  half-dozen: {min: 6, max: 6}\n",
		"units:\n  km: [klicks]\n  l: [l, litres]\n",
		"time_hedges:\n  quarter hour: [a little after]\n",
		"hedges: {roughly: [x]}", "quantifiers: {x: {min: .nan, max: 1}}", "units: {'': [k]}",
		"hedges:\n  about: &a [over]\n  nearly: *a\n", "[", "{", "- 1", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		d, err := DecodeLexicon([]byte(doc), "fuzz.yaml")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.yaml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		l, err := Default().Extend(d)
		if err != nil {
			if !strings.Contains(err.Error(), "given two meanings") {
				t.Fatalf("DecodeLexicon took data that Extend refuses for more than a clash: %v", err)
			}
			return
		}
		for _, s := range fuzzSeeds[:3] {
			ns := l.FindNumbers(s)
			for i, n := range ns {
				if n.Start >= n.End || n.End > len(s) || s[n.Start:n.End] != n.Text || i > 0 && n.Start < ns[i-1].End || n.Lo > n.Hi {
					t.Fatalf("bad number %+v in %q", n, s)
				}
			}
			l.FindTimes(s)
			l.FindDates(s, time.Time{})
		}
		if _, err := DecodeLexicon([]byte(doc), "fuzz.yaml"); err != nil {
			t.Fatalf("a second decode fails: %v", err)
		}
	})
}
