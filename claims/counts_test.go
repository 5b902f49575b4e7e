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
