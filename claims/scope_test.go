package claims_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

func extractText(t *testing.T, text string) *claims.Document {
	t.Helper()
	a, err := sources.Parse("a.txt", []byte(text), sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return claims.Extract(a, claims.DefaultLexicon())
}

// find returns the first claim of a kind and attribute, or nil.
func find(d *claims.Document, kind claims.Kind, attr string) *claims.Claim {
	for i := range d.Claims {
		if c := &d.Claims[i]; c.Kind == kind && c.Attribute == attr {
			return c
		}
	}
	return nil
}

func TestStatements(t *testing.T) {
	tests := []struct {
		name, text, subject, attr, value string
	}{
		{"quoted characterisation", "Mayor Tom Reed branded the closure an ‘act of sabotage’ on Monday.\n", "Tom Reed", "characterised the closure", "act of sabotage"},
		{"as a phrase", "Northland has described the raid as a grave provocation.\n", "Northland", "characterised the raid", "a grave provocation"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			c := find(d, claims.Statement, tc.attr)
			if c == nil {
				t.Fatalf("no statement %q in %+v", tc.attr, d.Claims)
			}
			if got := d.Entities[c.Subject].Name; got != tc.subject || c.Value.Text != tc.value {
				t.Errorf("statement = %s: %q, want %s: %q", got, c.Value.Text, tc.subject, tc.value)
			}
		})
	}
}

func TestScopeAndModality(t *testing.T) {
	tests := []struct {
		name, text     string
		kind           claims.Kind
		attr           string
		scope          claims.Scope
		said, modality string
	}{
		{"outlet voice", "The fire was reported by off-duty nurse Lena Holm.\n", claims.Attribute, "employment status", claims.OutletVoice, "", ""},
		{"unnamed officials", "Officials said the retired nurse Lena Holm raised the alarm.\n", claims.Attribute, "employment status", claims.Unnamed, "Officials", ""},
		{"named speaker", "Mayor Tom Reed said the retired nurse Lena Holm raised the alarm.\n", claims.Attribute, "employment status", claims.Speaker, "Mayor Tom Reed", ""},
		{"reportedly", "The alarm was reportedly raised by retired nurse Lena Holm.\n", claims.Attribute, "employment status", claims.OutletVoice, "", "reportedly"},
		{"allegedly", "The money was allegedly taken by former clerk Ivo Rask, 41.\n", claims.Attribute, "age", claims.OutletVoice, "", "allegedly"},
		{"a duty, not a count", "Under the new rules, two crew members must be on board at night.\n", claims.Count, "crew on board", claims.OutletVoice, "", "prospective"},
		{"a rumour", "The harbour master dismissed rumours of 12 deaths.\n", claims.Count, "people dead", claims.OutletVoice, "", "may"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := find(extractText(t, tc.text), tc.kind, tc.attr)
			if c == nil {
				t.Fatalf("no %s claim %q", tc.kind, tc.attr)
			}
			if c.Scope != tc.scope || c.Said != tc.said || c.Modality != tc.modality {
				t.Errorf("scope %q said %q modality %q, want %q %q %q", c.Scope, c.Said, c.Modality, tc.scope, tc.said, tc.modality)
			}
		})
	}
}

func TestOrderDate(t *testing.T) {
	text := "Harbour closes after storm\n\nOn 20 March, Mayor Tom Reed ordered the harbour master to close the port.\n"
	a, err := sources.Parse("a.txt", []byte(text), sources.Options{Published: map[string]string{"a.txt": "2025-03-25"}})
	if err != nil {
		t.Fatal(err)
	}
	c := find(claims.Extract(a, claims.DefaultLexicon()), claims.Order, "ordered")
	if c == nil {
		t.Fatal("no order")
	}
	if c.When != "2025-03-20" || c.Recipient != "the harbour master" || c.Value.Text != "close the port" {
		t.Errorf("order = when %q, recipient %q, value %q", c.When, c.Recipient, c.Value.Text)
	}
}
