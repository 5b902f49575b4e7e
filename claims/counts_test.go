package claims_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

func extractPublished(t *testing.T, text, published string) *claims.Document {
	t.Helper()
	a, err := sources.Parse("a.md", []byte("---\ndate: "+published+"\n---\n\n"+text+"\n"), sources.Options{})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return claims.Extract(a, claims.DefaultLexicon())
}

func TestCounts(t *testing.T) {
	tests := []struct {
		name, text, subject, attr, value, norm string
	}{
		{"nationals among victims", "Officials said 31 Norwegians and 12 Poles were among the victims.", "victims", "Norwegian nationals on board", "31", "31"},
		{"second national of a list", "Officials said 31 Norwegians and 12 Poles were among the victims.", "victims", "Polish nationals on board", "12", "12"},
		{"adjective and noun on board", "At least 40 Danish citizens were on the ferry, the company said.", "victims", "Danish nationals on board", "At least 40", ">=40"},
		{"of its citizens", "The Danish foreign ministry said 38 of its citizens were aboard.", "victims", "Danish nationals on board", "38", "38"},
		{"people injured", "Four people were injured when the roof fell.", "injured", "people injured", "Four", "4"},
		{"a toll noun", "Officials have confirmed 16 deaths.", "dead", "people dead", "16", "16"},
		{"increment", "Three more people were injured after dark.", "injured", "additional people injured", "Three", "3"},
		{"verb before", "The landslide killed nine miners near the village.", "dead", "miners dead", "nine", "9"},
		{"named vehicle", "Some 20 Dutch nationals were on the Northair plane.", "victims", "Dutch nationals on board", "Some 20", "~20"},
		{"people on board", "The boat had 60 passengers on board when it left.", "people on board", "passengers on board", "60", "60"},
		{"hedged", "About 50 workers were evacuated from the plant.", "evacuated", "workers evacuated", "About 50", "~50"},
		{"passenger list", "The ferry company's latest list includes 14 Latvians, a spokeswoman said.", "victims", "Latvian nationals on board", "14", "14"},
		{"each from, first country", "The manifest showed three people each from Chile, Peru and Ghana.", "victims", "Chilean nationals on board", "three", "3"},
		{"each from, last country", "The manifest showed three people each from Chile, Peru and Ghana.", "victims", "Ghanaian nationals on board", "three", "3"},
		{"each from, on board", "Two each from Norway and the Netherlands were on board.", "victims", "Dutch nationals on board", "Two", "2"},
		{"distance in a trapped story", "The miners, trapped since Monday, sat about 3 km from the mine entrance.", "trapped", "distance from entrance", "about 3 km", "~3 km"},
		{"distance in another story", "The fire broke out about 3 km from the tunnel entrance.", "distance", "distance from entrance", "about 3 km", "~3 km"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, tt.text)
			c := findClaim(d, claims.Count, tt.subject, tt.attr, "")
			if c == nil {
				t.Fatalf("no count %s / %s in\n%s", tt.subject, tt.attr, dump(d))
			}
			if c.Value.Text != tt.value || c.Value.Norm != tt.norm || c.Value.Type != claims.NumberValue {
				t.Errorf("value = %q (norm %q, %s), want %q (%q)", c.Value.Text, c.Value.Norm, c.Value.Type, tt.value, tt.norm)
			}
		})
	}
}

func TestNoCounts(t *testing.T) {
	tests := []struct{ name, text string }{
		{"no predicate", "The 12 boys sang in the choir."},
		{"not people", "The company sold 40 boats last year."},
		{"ordinal", "The second passenger was injured."},
		{"measure", "The ferry sank 20 km from the port, and everyone was rescued."},
		{"adjective alone", "At least 40 Danish were on the ferry."},
		{"list of something else", "Two students each from Chile and Peru won prizes at the fair."},
		{"shopping list", "Her list includes 12 eggs and bread."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, tt.text)
			for _, c := range d.Claims {
				if c.Kind == claims.Count {
					t.Errorf("unexpected count %s / %s = %q", c.SubjectAs, c.Attribute, c.Value.Text)
				}
			}
		})
	}
}

func TestEventTimes(t *testing.T) {
	tests := []struct {
		name, text, subject, attr, value, norm string
		typ                                    claims.ValueType
	}{
		{"death weekday", "The skipper Ivo Marten died on Saturday in hospital.", "Ivo Marten", "death date", "Saturday", "2021-03-06", claims.DateValue},
		{"death date", "Ivo Marten was killed on 2 March.", "Ivo Marten", "killing date", "2 March", "2021-03-02", claims.DateValue},
		{"head of sentence", "On Friday, Ivo Marten died.", "Ivo Marten", "death date", "Friday", "2021-03-05", claims.DateValue},
		{"yesterday", "The helicopter crashed yesterday near the coast.", "helicopter", "crash date", "yesterday", "2021-03-07", claims.DateValue},
		{"take-off time", "The plane took off at 8:15 a.m. from the capital.", "flight", "take-off time", "8:15 a.m.", "08:15", claims.TimeValue},
		{"contact lost", "Tower staff lost contact with the airliner at 09:52 GMT.", "flight", "time of loss of contact", "09:52 GMT", "09:52 GMT", claims.TimeValue},
		{"radar", "The aircraft disappeared from radar at 10:07.", "flight", "time of loss of contact", "10:07", "10:07", claims.TimeValue},
		{"named radar", "The jet turned east and later disappeared from Maltese radar at 10:12.", "flight", "time of loss of contact", "10:12", "10:12", claims.TimeValue},
		{"descent, relative", "The airliner levelled off at 9:20. About two minutes later it started to descend.", "flight", "descent time", "about 09:22 (two minutes after 9:20)", "~09:22", claims.TimeValue},
		{"descent, a range later", "The airliner levelled off at 9:20. Four or five minutes later it started its descent.", "flight", "descent time", "about 09:25 (four or five minutes after 9:20)", "~09:25", claims.TimeValue},
		{"descent, an hour later", "The ferry left port at 6:15. An hour later the ferry disappeared from radar.", "ferry", "time of loss of contact", "07:15 (an hour after 6:15)", "07:15", claims.TimeValue},
		{"descent, a minute later", "The jet was cruising at 14:05 GMT. A minute later it started its descent.", "flight", "descent time", "14:06 GMT (a minute after 14:05 GMT)", "14:06 GMT", claims.TimeValue},
		{"lose height", "Over the lake the jet began to lose height at 14:10.", "flight", "descent time", "14:10", "14:10", claims.TimeValue},
		{"left its altitude", "The plane left its cruising altitude at 9:31 without a word to the tower.", "flight", "descent time", "9:31", "09:31", claims.TimeValue},
		{"the descent began", "The descent began at 9:31, the airline said.", "descent", "descent time", "9:31", "09:31", claims.TimeValue},
		{"began", "The evacuation began at around 6 p.m.", "evacuation", "start time", "around 6 p.m.", "~18:00", claims.TimeValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extractPublished(t, tt.text, "2021-03-08")
			c := findClaim(d, claims.Event, tt.subject, tt.attr, "")
			if c == nil {
				t.Fatalf("no event %s / %s in\n%s", tt.subject, tt.attr, dump(d))
			}
			if c.Value.Text != tt.value || c.Value.Norm != tt.norm || c.Value.Type != tt.typ {
				t.Errorf("value = %q (norm %q, %s), want %q (%q, %s)", c.Value.Text, c.Value.Norm, c.Value.Type, tt.value, tt.norm, tt.typ)
			}
		})
	}
}

func TestNoEventTimes(t *testing.T) {
	tests := []struct{ name, text string }{
		{"other clause", "Ivo Marten died, and the storm ended on Sunday."},
		{"anchored", "Ivo Marten died two days later."},
		{"active kill", "The storm killed cattle on Sunday."},
		{"open span later", "The airliner levelled off at 9:20. More than two minutes later it started to descend."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extractPublished(t, tt.text, "2021-03-08")
			for _, c := range d.Claims {
				if c.Kind == claims.Event && (c.Value.Type == claims.DateValue || c.Value.Type == claims.TimeValue) {
					t.Errorf("unexpected event %s = %q", c.Attribute, c.Value.Text)
				}
			}
		})
	}
}

// TestAnotherVerbsDate: the date of a later verb is not the arrest's.
func TestAnotherVerbsDate(t *testing.T) {
	d := extractPublished(t, "Tests taken when Ivo Marten was arrested were released on Sunday.", "2021-03-08")
	if c := findClaim(d, claims.Event, "Ivo Marten", "arrest date", ""); c != nil {
		t.Errorf("arrest date = %q, from the verb after it", c.Value.Text)
	}
	d = extractPublished(t, "Ivo Marten was arrested on Sunday.", "2021-03-08")
	if c := findClaim(d, claims.Event, "Ivo Marten", "arrest date", ""); c == nil {
		t.Errorf("no arrest date in\n%s", dump(d))
	}
}

func TestEarlierOccasion(t *testing.T) {
	tests := []struct {
		name, text, published string
		earlier               bool
		when                  string
	}{
		{"news of the day", "The ferry sank on Monday, killing 12 people.", "2026-03-11", false, ""},
		{"a year before", "A storm in 2019 killed 45 people in the strait.", "2026-03-11", true, "2019"},
		{"since a year", "It was the worst accident since 2019, when 45 people died.", "2026-03-11", true, "2019"},
		{"years ago", "A collision four years ago killed 45 people.", "2026-03-11", true, "~2022"},
		{"last month, ended weeks ago", "A bus crash last month killed 45 people.", "2026-03-20", true, "2026-02"},
		{"last month, ended days ago", "A bus crash last month killed 45 people.", "2026-03-05", false, ""},
		{"last week is news", "A bus crash last week killed 45 people.", "2026-03-11", false, ""},
		{"the news day wins", "The inquiry began last September and two men were arrested this morning.", "2026-03-11", false, ""},
		{"a relative clause dates something else", "At least 40 people were injured in the quake, which revived memories of one in 2019.", "2026-03-11", false, ""},
		{"month alone, no publication date", "In February, a gunman killed five people at a mall.", "", true, "--02"},
		{"weekday, no publication date", "On Tuesday, a gunman killed five people at a mall.", "", false, ""},
		{"anchored", "Two days later, five more people died in hospital.", "2026-03-11", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d *claims.Document
			if tt.published == "" {
				d = extract(t, "Ferry news\n\n"+tt.text)
			} else {
				d = extractPublished(t, "Ferry news\n\n"+tt.text, tt.published)
			}
			var c *claims.Claim
			for i := range d.Claims {
				if d.Claims[i].Kind == claims.Count {
					c = &d.Claims[i]
					break
				}
			}
			if c == nil {
				t.Fatalf("no count in\n%s", dump(d))
			}
			if c.Earlier != tt.earlier || c.When != tt.when {
				t.Errorf("earlier = %v, when = %q; want %v, %q", c.Earlier, c.When, tt.earlier, tt.when)
			}
		})
	}
}
