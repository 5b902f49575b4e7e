package value

import (
	"math"
	"testing"
)

func TestParseNumber(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		in     string
		lo, hi float64
		open   bool
		approx bool
		hedge  string
		unit   string
		ord    bool
	}{
		{"8", 8, 8, false, false, "", "", false},
		{"1,500", 1500, 1500, false, false, "", "", false},
		{"6,000", 6000, 6000, false, false, "", "", false},
		{"1.5", 1.5, 1.5, false, false, "", "", false},
		{"twenty-five", 25, 25, false, false, "", "", false},
		{"twenty five", 25, 25, false, false, "", "", false},
		{"one hundred and fifty", 150, 150, false, false, "", "", false},
		{"two thousand three hundred", 2300, 2300, false, false, "", "", false},
		{"a hundred", 100, 100, false, false, "", "", false},
		{"1.2 million", 1.2e6, 1.2e6, false, false, "", "", false},
		{"at least 8", 8, inf, true, false, "at least", "", false},
		{"at least eight", 8, inf, true, false, "at least", "", false},
		{"more than 8", 9, inf, true, false, "more than", "", false},
		{"more than 1.5 km", 1.5, inf, true, false, "more than", "km", false},
		{"over 200", 201, inf, true, false, "more than", "", false},
		{"about 50", 50, 50, false, true, "about", "", false},
		{"around 50", 50, 50, false, true, "about", "", false},
		{"roughly 50", 50, 50, false, true, "about", "", false},
		{"some 100 km", 100, 100, false, true, "about", "km", false},
		{"nearly 50", 50, 50, false, true, "nearly", "", false},
		{"almost 50", 50, 50, false, true, "nearly", "", false},
		{"up to 40", 0, 40, false, false, "up to", "", false},
		{"as many as 40", 0, 40, false, false, "up to", "", false},
		{"fewer than 10", 0, 9, false, false, "fewer than", "", false},
		{"four or five", 4, 5, false, false, "or", "", false},
		{"between 11 and 16", 11, 16, false, false, "range", "", false},
		{"11 to 16", 11, 16, false, false, "range", "", false},
		{"11-16", 11, 16, false, false, "range", "", false},
		{"11–16", 11, 16, false, false, "range", "", false},
		{"several", 3, 9, false, false, "vague", "", false},
		{"a few", 2, 5, false, false, "vague", "", false},
		{"dozens", 24, 99, false, false, "vague", "", false},
		{"hundreds", 200, 999, false, false, "vague", "", false},
		{"tens of thousands", 20000, 99999, false, false, "vague", "", false},
		{"a dozen", 12, 12, false, true, "vague", "", false},
		{"several hundred", 300, 900, false, false, "vague", "", false},
		{"a handful", 2, 6, false, false, "vague", "", false},
		{"50 or so", 50, 50, false, true, "about", "", false},
		{"8 or more", 8, inf, true, false, "at least", "", false},
		{"a", 1, 1, false, false, "", "", false},
		{"100 km", 100, 100, false, false, "", "km", false},
		{"60 miles", 60, 60, false, false, "", "mi", false},
		{"38,000 feet", 38000, 38000, false, false, "", "ft", false},
		{"1.5km", 1.5, 1.5, false, false, "", "km", false},
		{"eight-minute", 8, 8, false, false, "", "min", false},
		{"11-month", 11, 11, false, false, "", "month", false},
		{"62-year-old", 62, 62, false, false, "", "year-old", false},
		{"62 years old", 62, 62, false, false, "", "year-old", false},
		{"33°C", 33, 33, false, false, "", "°C", false},
		{"-5 °C", -5, -5, false, false, "", "°C", false},
		{"1.4%", 1.4, 1.4, false, false, "", "%", false},
		{"20 per cent", 20, 20, false, false, "", "%", false},
		{"$3m", 3e6, 3e6, false, false, "", "USD", false},
		{"more than 10 years", 11, inf, true, false, "more than", "year", false},
		{"more than ten years", 11, inf, true, false, "more than", "year", false},
		{"more than three decades", 4, inf, true, false, "more than", "decade", false},
		{"1st", 1, 1, false, false, "", "", true},
		{"second", 2, 2, false, false, "", "", true},
		{"twenty-first", 21, 21, false, false, "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			n, ok := ParseNumber(tc.in)
			if !ok {
				t.Fatalf("ParseNumber(%q) failed", tc.in)
			}
			if n.Lo != tc.lo || n.Hi != tc.hi || n.Open != tc.open || n.Approx != tc.approx ||
				n.Hedge != tc.hedge || n.Unit != tc.unit || n.Ordinal != tc.ord {
				t.Errorf("ParseNumber(%q) = %+v", tc.in, n)
			}
		})
	}
}

func TestParseNumberInvalid(t *testing.T) {
	for _, in := range []string{
		"", "   ", "we", "people", "about", "more than", "1.2.3", "19 December 2016",
		"10:53", "2am", "in 2008", "the", "several people died", "8 9", "five six",
		"no one", "2016-12-19", "1990s", "at least", "between 5 and", "16-11",
	} {
		t.Run(in, func(t *testing.T) {
			if n, ok := ParseNumber(in); ok {
				t.Errorf("ParseNumber(%q) = %+v, want failure", in, n)
			}
		})
	}
}

func TestFindNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []string // Text then String() of each number
	}{
		{"At least eight people were hurt and about 50 others fled.",
			[]string{"At least eight", ">=8", "about 50", "~50"}},
		{"The coach had driven some 100 km, roughly 60 miles, before the 11-month-old bridge.",
			[]string{"some 100 km", "~100 km", "roughly 60 miles", "~60 mi", "11-month", "11 month"}},
		{"A 62-year-old farmer and his wife, aged 58, were among the dozens of guests.",
			[]string{"62-year-old", "62 year-old", "58", "58 year-old", "dozens of", "24-99"}},
		{"On 19 December 2016 at 10:53, 1,500 marchers walked 3km.",
			[]string{"1,500", "1500", "3km", "3 km"}},
		{"Rescuers pulled the second group out in 2008 after an eight-minute dive to 38,000 feet.",
			[]string{"second", "2", "eight-minute", "8 min", "38,000 feet", "38000 ft"}},
		{"No one was hurt, one of the guards said, at 2am.",
			[]string{"one", "1"}},
		{"Temperatures of 33°C and inflation of 1.4% followed the 1990s boom.",
			[]string{"33°C", "33 °C", "1.4%", "1.4 %"}},
		{"Between 11 and 16 people, four or five of them children, spent 2016-12-19 there.",
			[]string{"Between 11 and 16", "11-16", "four or five", "4-5"}},
		{"Nobody we asked may march on the sun.", nil},
		{"Forms dated 05/06/2016 cover 24/7 care for 30 pupils.", []string{"30", "30"}},
		{"The G20 summit, flight MH17 and an Su-24 jet drew 40 reporters.", []string{"40", "40"}},
		{"It cost $3m, or £2.5bn in all.", []string{"$3m", "3000000 USD", "£2.5bn", "2500000000 GBP"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var got []string
			for _, n := range FindNumbers(tc.in) {
				if tc.in[n.Start:n.End] != n.Text {
					t.Errorf("span %d:%d is %q, Text %q", n.Start, n.End, tc.in[n.Start:n.End], n.Text)
				}
				got = append(got, n.Text, n.Number.String())
			}
			if !equalStrings(got, tc.want) {
				t.Errorf("FindNumbers(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCompareNumbers(t *testing.T) {
	tests := []struct {
		a, b string
		want Verdict
	}{
		{"at least eight", "nine", Agree},
		{"at least eight", "8", Agree},
		{"at least eight", "seven", Conflict},
		{"8", "9", Conflict},
		{"8", "eight", Agree},
		{"about 50", "51", Agree},
		{"about 50", "55", Agree},
		{"about 50", "60", Conflict},
		{"four or five", "nine", Conflict},
		{"four or five", "5", Agree},
		{"some 100 km", "about 60 miles", Agree},
		{"100 km", "60 miles", Agree},
		{"100 km", "40 miles", Conflict},
		{"about 4 km", "roughly 2.5 miles", Agree},
		{"more than 10 years", "more than ten years", Agree},
		{"more than 8", "8", Conflict},
		{"more than 8", "several", Agree},
		{"nearly 50", "47", Agree},
		{"nearly 50", "52", Conflict},
		{"several", "two", Conflict},
		{"dozens", "hundreds", Conflict},
		{"up to 40", "12", Agree},
		{"fewer than 10", "10", Conflict},
		{"62", "62-year-old", Agree},
		{"62-year-old", "63 years old", Conflict},
		{"11-month", "about a year", Agree},
		{"eight minutes", "480 seconds", Agree},
		{"33°C", "91°F", Agree},
		{"33°C", "80°F", Conflict},
		{"5 km", "5 kg", Unknown},
		{"second", "2", Unknown},
		{"1st", "first", Agree},
	}
	for _, tc := range tests {
		t.Run(tc.a+" vs "+tc.b, func(t *testing.T) {
			a, ok1 := ParseNumber(tc.a)
			b, ok2 := ParseNumber(tc.b)
			if !ok1 || !ok2 {
				t.Fatalf("parse failed: %v %v", ok1, ok2)
			}
			if got := CompareNumbers(a, b); got != tc.want {
				t.Errorf("CompareNumbers(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
			if got := CompareNumbers(b, a); got != tc.want {
				t.Errorf("CompareNumbers(%q, %q) = %v, want %v (reversed)", tc.b, tc.a, got, tc.want)
			}
			if a.Overlaps(b) != (tc.want == Agree) {
				t.Errorf("Overlaps disagrees with CompareNumbers")
			}
		})
	}
}

func TestConvert(t *testing.T) {
	tests := []struct {
		in, unit string
		want     float64
		ok       bool
	}{
		{"100 km", "mi", 62.137, true},
		{"38,000 feet", "m", 11582.4, true},
		{"90 minutes", "h", 1.5, true},
		{"18 months", "year", 1.5, true},
		{"10 kg", "lb", 22.046, true},
		{"100°C", "°F", 212, true},
		{"212°F", "°C", 100, true},
		{"5 km", "kg", 0, false},
		{"5", "km", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.in+" in "+tc.unit, func(t *testing.T) {
			n, ok := ParseNumber(tc.in)
			if !ok {
				t.Fatalf("ParseNumber(%q) failed", tc.in)
			}
			c, ok := Convert(n, tc.unit)
			if ok != tc.ok {
				t.Fatalf("Convert ok = %v, want %v", ok, tc.ok)
			}
			if ok && (math.Abs(c.Lo-tc.want) > 0.01 || c.Unit != tc.unit) {
				t.Errorf("Convert(%q, %q) = %v %s, want %v", tc.in, tc.unit, c.Lo, c.Unit, tc.want)
			}
		})
	}
}

func TestVerdictString(t *testing.T) {
	for v, want := range map[Verdict]string{Unknown: "unknown", Agree: "agree", Conflict: "conflict", 9: "unknown"} {
		if v.String() != want {
			t.Errorf("%d.String() = %q, want %q", int(v), v.String(), want)
		}
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
