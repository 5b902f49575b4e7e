package value

import (
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// findOneDate returns the only date in s.
func findOneDate(t *testing.T, s string, pub time.Time) Date {
	t.Helper()
	ds := FindDates(s, pub)
	if len(ds) != 1 {
		t.Fatalf("FindDates(%q) found %d dates: %+v", s, len(ds), ds)
	}
	return ds[0].Date
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		in, pub  string // pub "" for unknown
		text     string // the span found
		want     string // Date.String()
		resolved bool
	}{
		{"The attack came on 19 December 2016 in the capital.", "", "19 December 2016", "2016-12-19", true},
		{"It happened on December 19, 2016, officials said.", "", "December 19, 2016", "2016-12-19", true},
		{"It happened on Dec. 19, 2016, officials said.", "", "Dec. 19, 2016", "2016-12-19", true},
		{"Filed Monday, Dec. 19, 2016, by our desk.", "", "Monday, Dec. 19, 2016", "2016-12-19", true},
		{"He was born on the 24th of June 1961.", "", "24th of June 1961", "1961-06-24", true},
		{"The ferry sank on 3 January, the agency said.", "2017-01-10", "3 January", "2017-01-03", true},
		{"The vote was held on December 19.", "2017-01-02", "December 19", "2016-12-19", true},
		{"The vote is due on 12 July.", "2018-07-10", "12 July", "2018-07-12", true},
		{"The vote was held on December 19.", "", "December 19", "--12-19", false},
		{"Records dated 2016-12-19 were seized.", "", "2016-12-19", "2016-12-19", true},
		{"The form was signed 12/19/2016.", "", "12/19/2016", "2016-12-19", true},
		{"The form was signed 19/12/2016.", "", "19/12/2016", "2016-12-19", true},
		{"The form was signed 19.12.2016.", "", "19.12.2016", "2016-12-19", true},
		{"See /archive/2016/12/19/story for more.", "", "2016/12/19", "2016-12-19", true},
		{"The plant closed in 2008 for good.", "", "2008", "2008", true},
		{"The plant closed in September 2013.", "", "September 2013", "2013-09", true},
		{"September 2013 was wet.", "", "September 2013", "2013-09", true},
		{"The plant reopened in September.", "2014-03-02", "September", "2013-09", true},
		{"Work resumes in early December.", "2016-11-20", "early December", "~2016-12", true},
		{"Growth slowed in mid-2015.", "", "mid-2015", "~2015", true},
		{"Talks were held on Monday in Geneva.", "2016-12-21", "Monday", "2016-12-19", true},
		{"Talks were held on Monday in Geneva.", "2016-12-19", "Monday", "2016-12-19", true},
		{"Talks were held last Monday in Geneva.", "2016-12-19", "last Monday", "2016-12-12", true},
		{"Talks resume next Monday in Geneva.", "2016-12-21", "next Monday", "2016-12-26", true},
		{"Talks were held on Monday in Geneva.", "", "Monday", "Monday (unresolved)", false},
		{"Tuesday's crash killed two.", "2016-12-22", "Tuesday", "2016-12-20", true},
		{"On Monday Mayor Ruiz resigned.", "2016-12-21", "Monday", "2016-12-19", true},
		{"The strike began on Friday evening.", "2016-12-22", "Friday evening", "2016-12-16", true},
		{"Two men were arrested yesterday.", "2015-03-25", "yesterday", "2015-03-24", true},
		{"Two men were arrested yesterday evening.", "2015-03-25", "yesterday evening", "2015-03-24", true},
		{"Two men were arrested yesterday.", "", "yesterday", "yesterday (unresolved)", false},
		{"The divers went in early this morning.", "2018-07-06", "early this morning", "2018-07-06", true},
		{"The divers went in this morning.", "2018-07-06", "this morning", "2018-07-06", true},
		{"More rain is due today.", "2018-07-06", "today", "2018-07-06", true},
		{"More rain is due tonight.", "2018-07-06", "tonight", "2018-07-06", true},
		{"More rain is due tomorrow.", "2018-07-06", "tomorrow", "2018-07-07", true},
		{"Shots rang out last night near the square.", "2018-07-06", "last night", "2018-07-05", true},
		{"The bridge was shut last week.", "2018-07-06", "last week", "~2018-06-25/2018-07-01", true},
		{"The bridge was shut earlier this week.", "2018-07-06", "earlier this week", "~2018-07-02/2018-07-05", true},
		{"The bridge was shut earlier this week.", "2018-07-02", "earlier this week", "~2018-07-02/2018-07-02", true},
		{"The bridge shuts later this week.", "2018-07-06", "later this week", "~2018-07-07/2018-07-08", true},
		{"The bridge shuts this weekend.", "2018-07-04", "this weekend", "2018-07-07/2018-07-08", true},
		{"The bridge shut last weekend.", "2018-07-04", "last weekend", "2018-06-30/2018-07-01", true},
		{"The bridge was shut last month.", "2018-07-06", "last month", "2018-06", true},
		{"The bridge was shut three days ago.", "2018-07-06", "three days ago", "2018-07-03", true},
		{"The bridge was shut the day before yesterday.", "2018-07-06", "the day before yesterday", "2018-07-04", true},
		{"He died a day after the protests.", "2018-07-06", "a day after", "a day after (anchored, +1 days)", false},
		{"He died two days later in hospital.", "2018-07-06", "two days later", "two days later (anchored, +2 days)", false},
		{"He died the next day in hospital.", "2018-07-06", "the next day", "the next day (anchored, +1 days)", false},
		{"The ship left Mon., Dec. 19, 2016, at dawn.", "", "Mon., Dec. 19, 2016", "2016-12-19", true},
	}
	for _, tc := range tests {
		t.Run(tc.in+"@"+tc.pub, func(t *testing.T) {
			var pub time.Time
			if tc.pub != "" {
				pub = day(tc.pub)
			}
			d := findOneDate(t, tc.in, pub)
			if d.Text != tc.text || d.String() != tc.want || d.Resolved != tc.resolved {
				t.Errorf("got %q = %s (resolved %v), want %q = %s (resolved %v)",
					d.Text, d.String(), d.Resolved, tc.text, tc.want, tc.resolved)
			}
		})
	}
}

func TestFindDateRanges(t *testing.T) {
	tests := []struct{ in, first, second string }{
		{"The festival ran 23 June - 10 July 2018 in the park.", "2018-06-23", "2018-07-10"},
		{"The festival ran from December 28 to January 3, 2019.", "2018-12-28", "2019-01-03"},
		{"The festival ran between 3 May and 5 May 2016.", "2016-05-03", "2016-05-05"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			ds := FindDates(tc.in, day("2020-01-01"))
			if len(ds) != 2 || ds[0].String() != tc.first || ds[1].String() != tc.second {
				t.Errorf("FindDates(%q) = %v", tc.in, ds)
			}
		})
	}
}

func TestFindDatesNone(t *testing.T) {
	for _, in := range []string{
		"We may march on the town if the sun shines.",
		"He is 62 and has 2 sons; 1,500 people came.",
		"Flight 2016 landed with 3,000 passengers and 2000 tonnes of cargo.",
		"Shares rose 12.19 points.",
		"The form was signed 05/06/2016.",
		"May I ask?",
		"They will march in May.",
		"Wed the sun to the moon.",
		"The 1990s were hard.",
		"The score was 13-11.",
		"Version 1.2.3 shipped.",
		"The Sunday Herald ran the story before Good Friday.",
		"In 12016 cases, in 2,016 homes, in 1.2016 seconds, in 20161 ways.",
		"They marched in 2000s style.",
		"The crowd of 62 sang 2 songs on the march.",
	} {
		t.Run(in, func(t *testing.T) {
			if ds := FindDates(in, day("2016-12-21")); len(ds) != 0 {
				t.Errorf("FindDates(%q) = %+v, want none", in, ds)
			}
		})
	}
}

func TestCompareDates(t *testing.T) {
	tests := []struct {
		a, pubA, b, pubB string
		want             Verdict
	}{
		{"on Monday", "2016-12-21", "on 19 December", "2016-12-22", Agree},
		{"on Monday", "", "on 19 December 2016", "", Agree},
		{"on Tuesday", "", "on 19 December 2016", "", Conflict},
		{"on Thursday", "2018-07-06", "on Friday 6 July 2018", "", Conflict},
		{"on Thursday", "2018-07-06", "on Thursday 5 July", "2018-07-06", Agree},
		{"in December 2016", "", "on 19 December 2016", "", Agree},
		{"in 2016", "", "on 19 December 2016", "", Agree},
		{"in 2015", "", "on 19 December 2016", "", Conflict},
		{"on 18 December 2016", "", "on 19 December 2016", "", Conflict},
		{"on December 19", "", "on 19 December 2016", "", Agree},
		{"on December 18", "", "on 19 December 2016", "", Conflict},
		{"yesterday", "2015-03-25", "on 24 March 2015", "", Agree},
		{"earlier this week", "2018-07-06", "on Tuesday", "2018-07-06", Agree},
		{"last week", "2018-07-06", "on 20 June 2018", "", Conflict},
		{"two days later", "2018-07-06", "on 20 June 2018", "", Unknown},
		{"on Monday", "", "on Monday", "", Agree},
		{"on Monday", "", "on Tuesday", "", Conflict},
		{"on Monday", "", "in 2016", "", Unknown},
	}
	for _, tc := range tests {
		t.Run(tc.a+" vs "+tc.b, func(t *testing.T) {
			a := findOneDate(t, tc.a, pubOf(tc.pubA))
			b := findOneDate(t, tc.b, pubOf(tc.pubB))
			if got := CompareDates(a, b); got != tc.want {
				t.Errorf("CompareDates(%s, %s) = %v, want %v", a, b, got, tc.want)
			}
			if got := CompareDates(b, a); got != tc.want {
				t.Errorf("CompareDates(%s, %s) = %v, want %v (reversed)", b, a, got, tc.want)
			}
		})
	}
}

func pubOf(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	return day(s)
}

func TestDateRange(t *testing.T) {
	d := findOneDate(t, "in September 2013", time.Time{})
	first, last, ok := d.Range()
	if !ok || first.Format("2006-01-02") != "2013-09-01" || last.Format("2006-01-02") != "2013-09-30" {
		t.Errorf("Range = %v %v %v", first, last, ok)
	}
	if _, _, ok := findOneDate(t, "on Friday", time.Time{}).Range(); ok {
		t.Error("an unresolved weekday has a range")
	}
}
