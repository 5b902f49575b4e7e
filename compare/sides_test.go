package compare

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/value"
)

// wordings of counts, exact and vague, that the property test draws from.
var countWordings = []string{"1", "2", "5", "five", "8", "9", "nine", "11", "12", "24", "40", "100",
	"at least one", "at least 8", "at least eight", "more than 10", "about 10", "about 50", "nearly 12",
	"several", "dozens", "up to 30", "some 40", "four or five", "between 9 and 11"}

// TestCorroborationHoldsTogether draws slots of counts from several
// articles and checks that no finding that says the sources agree (or
// that one carries a value) covers two values that cannot both be true,
// and that every side of a conflict holds values that can.
func TestCorroborationHoldsTogether(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 2))
	for round := range 400 {
		var vals []said
		for range 2 + r.IntN(6) {
			vals = append(vals, said{"", countWordings[r.IntN(len(countWordings))]})
		}
		rep := Check(plainDocs(t, claims.Count, claims.NumberValue, "victims", "people dead", vals), Options{})
		for _, f := range rep.Findings {
			switch f.Kind {
			case KindCorroborated, KindSingleSource:
				if a, b, ok := clash(f.Values[0].Evidence, rep); ok {
					t.Fatalf("round %d %v: %s %q covers %q and %q, which cannot both be true", round, vals, f.Kind, f.Values[0].Value, a, b)
				}
			case KindConflict, KindUpdate:
				for _, v := range f.Values {
					if a, b, ok := clash(v.Evidence, rep); ok {
						t.Fatalf("round %d %v: side %q of %s holds %q and %q", round, vals, v.Value, f.Rule, a, b)
					}
				}
			}
		}
	}
}

// clash finds two values of the evidence that cannot both be true.
func clash(ev []Evidence, rep *Report) (string, string, bool) {
	byID := map[string]string{}
	for _, c := range rep.Claims {
		byID[c.ID] = c.Value
	}
	for i := range ev {
		for j := i + 1; j < len(ev); j++ {
			a, b := byID[ev[i].Claim], byID[ev[j].Claim]
			na, oka := value.ParseNumber(a)
			nb, okb := value.ParseNumber(b)
			if oka && okb && value.CompareNumbers(na, nb) == value.Conflict {
				return a, b, true
			}
		}
	}
	return "", "", false
}

func TestVagueValueJoinsNoSide(t *testing.T) {
	tests := []struct {
		name      string
		vals      []said
		kind      string   // the slot's finding
		values    []string // its values, in order
		bridgeSay string   // the explanation names the bridging value
	}{
		{"at least one beside five and 24", []said{{"", "at least one"}, {"", "five"}, {"", "24"}}, KindConflict, []string{"five", "24"}, `"at least one" (s1)`},
		{"about 50 between 46 and 54", []said{{"", "46"}, {"", "about 50"}, {"", "54"}}, KindConflict, []string{"46", "54"}, `"about 50" (s2)`},
		{"at least eight and nine", []said{{"", "at least eight"}, {"", "nine"}}, KindCorroborated, []string{"nine"}, ""},
		{"dozens and 30", []said{{"", "dozens"}, {"", "30"}, {"", "30"}}, KindCorroborated, []string{"30"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := Check(plainDocs(t, claims.Count, claims.NumberValue, "victims", "people dead", tt.vals), Options{})
			if len(rep.Findings) != 1 {
				t.Fatalf("findings %+v, want one", rep.Findings)
			}
			f := rep.Findings[0]
			var got []string
			for _, v := range f.Values {
				got = append(got, v.Value)
			}
			if f.Kind != tt.kind || fmt.Sprint(got) != fmt.Sprint(tt.values) {
				t.Errorf("%s %v, want %s %v", f.Kind, got, tt.kind, tt.values)
			}
			if tt.bridgeSay != "" && !strings.Contains(f.Explanation, tt.bridgeSay) {
				t.Errorf("explanation %q does not name %s", f.Explanation, tt.bridgeSay)
			}
			if tt.kind == KindConflict && !strings.Contains(f.Message, "changing over time?") {
				t.Errorf("message %q does not show the spread as a question", f.Message)
			}
		})
	}
}

// TestRunningToll: one article that gives a toll rising through the day
// is shown with every value, never one, and is compared with nothing.
func TestRunningToll(t *testing.T) {
	var cs []claims.Claim
	for _, v := range []string{"at least one", "1", "5", "11", "24"} {
		cs = append(cs, claims.Claim{Kind: claims.Count, Subject: -1, SubjectAs: "dead", Attribute: "people dead",
			Speaker: -1, Value: valueOf(t, claims.NumberValue, v, time.Time{})})
	}
	d := plainDocs(t, claims.Count, claims.NumberValue, "victims", "people dead", []said{{"", "1"}})[0]
	d.Claims = cs
	rep := Check([]*claims.Document{d}, Options{})
	if len(rep.Findings) != 1 {
		t.Fatalf("findings %+v, want one", rep.Findings)
	}
	f := rep.Findings[0]
	if f.Rule != RuleCountSpread || f.Kind == KindCorroborated || f.Kind == KindSingleSource {
		t.Fatalf("finding %s %s, want a %s", f.Kind, f.Rule, RuleCountSpread)
	}
	for _, v := range []string{"1 (s1)", "5 (s1)", "11 (s1)", "24 (s1)", "changing over time?"} {
		if !strings.Contains(f.Message, v) {
			t.Errorf("message %q lacks %q", f.Message, v)
		}
	}
}

// TestManyValuesOneSlot: a slot of thousands of different counts is
// compared in about the time of its size (a sort and a sweep).
func TestManyValuesOneSlot(t *testing.T) {
	var vals []said
	for i := range 20000 {
		vals = append(vals, said{"", fmt.Sprint(i + 1)})
	}
	docs := plainDocs(t, claims.Count, claims.NumberValue, "victims", "people injured", vals)
	start := time.Now()
	rep := Check(docs, Options{})
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("20,000 values of one slot took %v", d)
	}
	if rep.Summary.Conflicts != 1 {
		t.Errorf("conflicts = %d, want 1", rep.Summary.Conflicts)
	}
}

// TestPlaceNeverSpeaks: a quote whose speaker resolved to a place (a
// pronoun read as the town of the sentence before) has no speaker in the
// report and sets no attribution against another article's.
func TestPlaceNeverSpeaks(t *testing.T) {
	words := "we have no power now and the phones are down"
	quote := func(said string) claims.Claim {
		return claims.Claim{Kind: claims.Quote, Subject: 0, Speaker: 0, Attribute: "said", Scope: claims.Speaker,
			Said: said, Value: claims.Value{Type: claims.QuoteValue, Text: words}}
	}
	a := doc("a.txt", place("Lisbon"))
	a.Claims = []claims.Claim{quote("he")}
	b := doc("b.txt", person("Ann Lee"))
	b.Claims = []claims.Claim{quote("Ann Lee")}
	rep := Check([]*claims.Document{a, b}, Options{})
	for _, f := range rep.Findings {
		if f.Rule == RuleQuote {
			t.Errorf("attribution finding against a place: %s", f.Message)
		}
	}
	if got := rep.Claims[0].Subject; got != "he" {
		t.Errorf("the quote read from a.txt has subject %q, want the words as written (he)", got)
	}
}
