package compare

import (
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/value"
	"github.com/crosscheck/crosscheck/sources"
)

// said is one article's value for a slot: its publication date and text.
type said struct {
	published string // "" when unknown
	text      string
}

// plainDocs builds one article per value, each with a claim on the same
// plain subject and attribute.
func plainDocs(t *testing.T, kind claims.Kind, typ claims.ValueType, subject, attr string, vals []said) []*claims.Document {
	t.Helper()
	var docs []*claims.Document
	for i, v := range vals {
		a := &sources.Article{Path: string(rune('a'+i)) + ".txt"}
		if v.published != "" {
			p, err := time.Parse("2006-01-02", v.published)
			if err != nil {
				t.Fatal(err)
			}
			a.Published = p
		}
		c := claims.Claim{Kind: kind, Subject: -1, SubjectAs: subject, Attribute: attr, Speaker: -1, EventType: "crash",
			Value: valueOf(t, typ, v.text, a.Published)}
		docs = append(docs, &claims.Document{Article: a, Claims: []claims.Claim{c}})
	}
	return docs
}

// valueOf reads a claim value the way the extractor writes it.
func valueOf(t *testing.T, typ claims.ValueType, text string, published time.Time) claims.Value {
	t.Helper()
	v := claims.Value{Type: typ, Text: text}
	switch typ {
	case claims.NumberValue:
		n, ok := value.ParseNumber(text)
		if !ok {
			t.Fatalf("not a number: %q", text)
		}
		v.Lo, v.Hi, v.Open, v.Unit, v.Norm = n.Lo, n.Hi, n.Open, n.Unit, n.String()
	case claims.DateValue:
		ds := value.FindDates(text, published)
		if len(ds) == 0 {
			t.Fatalf("not a date: %q", text)
		}
		v.Norm = ds[0].Date.String()
	default:
		v.Norm = text
	}
	return v
}

func kindsOf(r *Report, attr string) []string {
	var ks []string
	for _, f := range r.Findings {
		if f.Attribute == attr {
			ks = append(ks, f.Kind)
		}
	}
	return ks
}

func TestPlainComparison(t *testing.T) {
	tests := []struct {
		name string
		kind claims.Kind
		typ  claims.ValueType
		vals []said
		want string // the kind of the slot's finding
	}{
		{"at least eight and nine", claims.Count, claims.NumberValue, []said{{"", "at least eight"}, {"", "nine"}}, KindCorroborated},
		{"eight and nine dead", claims.Count, claims.NumberValue, []said{{"", "8"}, {"", "9"}}, KindConflict},
		{"same day, lower then higher", claims.Count, claims.NumberValue, []said{{"2021-03-08", "8"}, {"2021-03-08", "9"}}, KindConflict},
		{"toll grows", claims.Count, claims.NumberValue, []said{{"2021-03-08", "8"}, {"2021-03-09", "11"}}, KindUpdate},
		{"hedged and exact against a lower", claims.Count, claims.NumberValue, []said{{"", "67"}, {"", "at least 72"}, {"", "72"}}, KindConflict},
		{"a vague value does not join two exact ones", claims.Count, claims.NumberValue, []said{{"", "9"}, {"", "at least 8"}, {"", "100"}}, KindConflict},
		{"toll falls", claims.Count, claims.NumberValue, []said{{"2021-03-08", "11"}, {"2021-03-09", "8"}}, KindConflict},
		{"no publication dates", claims.Count, claims.NumberValue, []said{{"2021-03-08", "8"}, {"", "11"}}, KindConflict},
		{"km and miles", claims.Count, claims.NumberValue, []said{{"", "about 100 km"}, {"", "some 60 miles"}}, KindCorroborated},
		{"years in words", claims.Count, claims.NumberValue, []said{{"", "more than 10 years"}, {"", "more than ten years"}}, KindCorroborated},
		{"weekday and date", claims.Event, claims.DateValue, []said{{"2021-03-08", "Monday"}, {"2021-03-09", "8 March"}}, KindCorroborated},
		{"yesterday and date", claims.Event, claims.DateValue, []said{{"2021-03-09", "yesterday"}, {"2021-03-10", "8 March"}}, KindCorroborated},
		{"Thursday and Friday", claims.Event, claims.DateValue, []said{{"2021-03-08", "Thursday"}, {"2021-03-08", "Friday"}}, KindConflict},
		{"zones", claims.Event, claims.TimeValue, []said{{"", "10:01 a.m. UTC+1"}, {"", "09:01 GMT"}}, KindCorroborated},
		{"local and GMT", claims.Event, claims.TimeValue, []said{{"", "10:01 a.m."}, {"", "09:01 GMT"}}, KindCorroborated},
		{"two local times", claims.Event, claims.TimeValue, []said{{"", "10:40"}, {"", "10:53"}}, KindConflict},
		{"about and exact", claims.Event, claims.TimeValue, []said{{"", "about 10:50"}, {"", "10:53"}}, KindCorroborated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := plainDocs(t, tt.kind, tt.typ, "flight", "the slot", tt.vals)
			r := Check(docs, Options{})
			ks := kindsOf(r, "the slot")
			if len(ks) != 1 || ks[0] != tt.want {
				t.Errorf("findings %v, want [%s]", ks, tt.want)
			}
		})
	}
}

func TestPersonDeathDate(t *testing.T) {
	tests := []struct {
		name string
		vals []string
		want bool // a conflict
	}{
		{"Thursday and Friday", []string{"Thursday", "Friday"}, true},
		{"weekday and its date", []string{"Friday", "5 March"}, false},
		{"the same day", []string{"Friday", "Friday"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub := time.Date(2021, 3, 8, 0, 0, 0, 0, time.UTC)
			var docs []*claims.Document
			for i, v := range tt.vals {
				d := doc(string(rune('a'+i))+".txt", person("Ivo Marten"))
				d.Article.Published = pub
				d.Claims = []claims.Claim{{Kind: claims.Event, Subject: 0, Speaker: -1, Attribute: "death date",
					Value: valueOf(t, claims.DateValue, v, pub)}}
				docs = append(docs, d)
			}
			r := Check(docs, Options{})
			got := false
			for _, f := range r.Findings {
				if f.Kind == KindConflict && f.Attribute == "death date" {
					got = f.Rule == RuleDate && f.SubjectName == "Ivo Marten"
				}
			}
			if got != tt.want {
				t.Errorf("conflict = %v, want %v; findings %+v", got, tt.want, r.Findings)
			}
		})
	}
}

// TestEarlierCountNotCompared: a count dated to an earlier occasion ("a
// storm in 2019 killed 45") is listed but set against nothing.
func TestEarlierCountNotCompared(t *testing.T) {
	docs := plainDocs(t, claims.Count, claims.NumberValue, "dead", "people dead", []said{{"", "12"}, {"", "45"}, {"", "12"}})
	docs[1].Claims[0].Earlier, docs[1].Claims[0].When = true, "2019"
	r := Check(docs, Options{})
	if ks := kindsOf(r, "people dead"); len(ks) != 1 || ks[0] != KindCorroborated {
		t.Errorf("findings %v, want [%s]", ks, KindCorroborated)
	}
	if len(r.Claims) != 3 || !r.Claims[1].Earlier || r.Claims[1].When != "2019" {
		t.Errorf("the earlier count is not listed as such: %+v", r.Claims)
	}
	docs[1].Claims[0].Earlier = false
	if ks := kindsOf(Check(docs, Options{}), "people dead"); len(ks) != 1 || ks[0] != KindConflict {
		t.Errorf("without Earlier: findings %v, want [%s]", ks, KindConflict)
	}
}
