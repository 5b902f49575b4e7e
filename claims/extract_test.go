package claims_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

func extract(t testing.TB, text string) *claims.Document {
	t.Helper()
	return claims.Extract(parse(t, text), claims.DefaultLexicon())
}

// entity returns the index of the entity that has the name among its names.
func entity(d *claims.Document, name string) int {
	for i, e := range d.Entities {
		for _, n := range e.Names {
			if strings.EqualFold(n, name) {
				return i
			}
		}
	}
	return -1
}

func subjectName(d *claims.Document, c claims.Claim) string {
	if c.Subject >= 0 && c.Subject < len(d.Entities) {
		return d.Entities[c.Subject].Name
	}
	return c.SubjectAs
}

// findClaim returns the first claim of the kind about the named subject
// whose attribute and value contain the given words ("" matches any).
func findClaim(d *claims.Document, kind claims.Kind, subject, attr, value string) *claims.Claim {
	for i, c := range d.Claims {
		if c.Kind != kind || !strings.EqualFold(subjectName(d, c), subject) {
			continue
		}
		if strings.Contains(c.Attribute, attr) && strings.Contains(c.Value.Text, value) {
			return &d.Claims[i]
		}
	}
	return nil
}

func dump(d *claims.Document) string {
	var b strings.Builder
	for _, c := range d.Claims {
		fmt.Fprintf(&b, "%s | %s | %s | %q\n", c.Kind, subjectName(d, c), c.Attribute, c.Value.Text)
	}
	return b.String()
}

func TestEntities(t *testing.T) {
	d := extract(t, "Ferry hits pier\n\nCaptain Oskar Brandvik steered the ferry. Brandvik said the engines failed.\n\nWitnesses said officer mehmet Durakan stopped a van.")
	b := entity(d, "Oskar Brandvik")
	if b < 0 || entity(d, "Brandvik") != b {
		t.Errorf("full name and surname are not one entity: %d, %d", b, entity(d, "Brandvik"))
	}
	if b >= 0 && len(d.Entities[b].Mentions) < 2 {
		t.Errorf("Brandvik has %d mentions, want 2", len(d.Entities[b].Mentions))
	}
	k := entity(d, "mehmet Durakan")
	if k < 0 || d.Entities[k].Type != claims.Person {
		t.Fatalf("lower-case given name not kept with the surname as a person: %+v", d.Entities)
	}
}

func TestAliases(t *testing.T) {
	tests := []struct {
		text        string
		name, alias string
		same        bool
	}{
		{"Ann Lee, known as Nan, steered the boat.", "Ann Lee", "Nan", true},
		{"Captain Oskar Brandvik, better known as Skip, steered the boat.", "Oskar Brandvik", "Skip", true},
		{"Brandvik said the pilot, Oskar Brandvik (nicknamed \"Bear\") steered.", "Oskar Brandvik", "Bear", true},
		{"Oskar Brandvik, whom the crew call Captain Bear, steered the boat.", "Oskar Brandvik", "Bear", true},
		{"Oskar Brandvik, known to friends as Bear, steered the boat.", "Oskar Brandvik", "Bear", true},
		{"Ann Lee, who called Oskar Brandvik on Monday, said the boat sank.", "Ann Lee", "Oskar Brandvik", false},
		{"Ann Lee, who later called Oskar Brandvik, said the boat sank.", "Ann Lee", "Oskar Brandvik", false},
		{"Ann Lee, who friends call Nan, said the boat sank.", "Ann Lee", "Nan", true},
		{"Ann Lee, Oskar Brandvik and Ivo Sand said the boat sank.", "Ann Lee", "Oskar Brandvik", false},
	}
	for _, tc := range tests {
		d := extract(t, "Boat sinks\n\n"+tc.text)
		a, b := entity(d, tc.name), entity(d, tc.alias)
		if a < 0 || b < 0 {
			t.Errorf("%q: no entity for %q (%d) or %q (%d): %+v", tc.text, tc.name, a, tc.alias, b, d.Entities)
			continue
		}
		if (a == b) != tc.same {
			t.Errorf("%q: %q and %q one entity = %v, want %v", tc.text, tc.name, tc.alias, a == b, tc.same)
		}
	}
}

func TestLocatedPlace(t *testing.T) {
	d := extract(t, "Flights resume\n\nA courier worked at Berlin's Lakeside airport for ten years. The Lakeside airport reopened on Monday.")
	i := entity(d, "Lakeside airport")
	if i < 0 {
		t.Fatalf("no Lakeside airport among %+v", d.Entities)
	}
	e := d.Entities[i]
	if e.Within != "Berlin" || !slices.Contains(e.Names, "Berlin's Lakeside airport") {
		t.Errorf("Within = %q, Names = %q; want Berlin and the possessive form", e.Within, e.Names)
	}
	d = extract(t, "Flights resume\n\nThe courier's Lakeside airport job ended.")
	if i := entity(d, "Lakeside airport"); i >= 0 && d.Entities[i].Within != "" {
		t.Errorf("a possessive that is no place located the airport in %q", d.Entities[i].Within)
	}
}

func TestTitleOnlyMention(t *testing.T) {
	d := extract(t, "Port shut\n\nThe mayor, Irena Solvay, visited the quay on Monday.\n\nThe mayor said the port would reopen.")
	if findClaim(d, claims.Quote, "Irena Solvay", "said", "port would reopen") == nil {
		t.Errorf("\"the mayor\" not resolved to Irena Solvay:\n%s", dump(d))
	}
}

func TestAttributes(t *testing.T) {
	tests := []struct{ name, text, subject, attr, value string }{
		{"role before name", "Regional governor Hanna Ostrova spoke.", "Hanna Ostrova", "role", "governor"},
		{"former", "The ship was steered by Oskar Brandvik, a former navy officer.", "Oskar Brandvik", "status", "former"},
		{"off-duty", "An off-duty nurse, Lena Markov, helped the injured.", "Lena Markov", "status", "off-duty"},
		{"appositive before a relative clause", "The dam was built by Oskar Brandvik, a retired engineer who worked for the state for thirty years.", "Oskar Brandvik", "status", "retired"},
		{"copula after an appositive before the name", "The dam's designer, Oskar Brandvik, is a serving engineer at the state agency.", "Oskar Brandvik", "status", "serving"},
		{"age in commas", "Spokesman Miro Falk, 47, said little.", "Miro Falk", "age", "47"},
		{"age as year-old", "Lena Markov, a 34-year-old nurse, helped.", "Lena Markov", "age", "34"},
		{"age with was", "Lena Markov helped the injured. Markov was 34.", "Lena Markov", "age", "34"},
		{"a measure of what someone did", "Oskar Brandvik, 40, joined the crew in 2010 and took a 14-month break from it, his agent said.", "Oskar Brandvik", "length of break", "14-month"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, tt.text)
			if findClaim(d, claims.Attribute, tt.subject, tt.attr, tt.value) == nil {
				t.Errorf("no %s %q claim for %s:\n%s", tt.attr, tt.value, tt.subject, dump(d))
			}
		})
	}
}

func TestOrders(t *testing.T) {
	tests := []struct{ name, text, subject, value, recipient string }{
		{"X ordered Y to Z", "Mayor Irena Solvay ordered the harbour master to close the port.", "Irena Solvay", "close the port", "harbour master"},
		{"ordered by X", "The closure was ordered by interior minister Pavel Grunwald.", "Pavel Grunwald", "", ""},
		{"he after X", "Interior minister Pavel Grunwald arrived at noon. He ordered officers to remove the tents.", "Pavel Grunwald", "remove the tents", "officers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, tt.text)
			c := findClaim(d, claims.Order, tt.subject, "ordered", tt.value)
			if c == nil {
				t.Fatalf("no order by %s:\n%s", tt.subject, dump(d))
			}
			if !strings.Contains(c.Recipient, tt.recipient) {
				t.Errorf("recipient %q, want %q", c.Recipient, tt.recipient)
			}
		})
	}
}

func TestOrderAfterAppositive(t *testing.T) {
	d := extract(t, "The mayor, Irena Solvay, ordered the harbour master to close the port.")
	if findClaim(d, claims.Order, "Irena Solvay", "ordered", "close the port") == nil {
		t.Errorf("no order:\n%s", dump(d))
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct{ name, text, speaker, words string }{
		{"speaker after", `"We lost all power before the pier," Oskar Brandvik said.`, "Oskar Brandvik", "We lost all power before the pier"},
		{"speaker before", `Oskar Brandvik said: "We lost all power before the pier."`, "Oskar Brandvik", "We lost all power before the pier"},
		{"inverted title", `Mayor Irena Solvay came. "Nobody sails until we know what happened," said the mayor.`, "Irena Solvay", "Nobody sails until"},
		{"dash quote", "Interior minister Pavel Grunwald spoke.\n\n— We will not allow it, said the minister.", "Pavel Grunwald", "We will not allow it"},
		{"indirect", "Irena Solvay said that the town would pay for repairs.", "Irena Solvay", "the town would pay"},
		{"spanning sentences", `"We asked them to leave. They did not listen," said Pavel Grunwald.`, "Pavel Grunwald", "They did not listen"},
		{"a description, then the name", `"The pier will be rebuilt by spring," said the regional governor, Tomas Berg.`, "Tomas Berg", "The pier will be rebuilt"},
		{"after a full stop", `The port closed. "The pier will be rebuilt by spring," said Tomas Berg.`, "Tomas Berg", "The pier will be rebuilt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, "Harbour news\n\nA ferry struck a pier in Vellmar on Tuesday.\n\n"+tt.text)
			c := findClaim(d, claims.Quote, tt.speaker, "", tt.words)
			if c == nil {
				t.Fatalf("no quote of %s:\n%s", tt.speaker, dump(d))
			}
			if c.Scope != claims.Speaker {
				t.Errorf("scope %q, want speaker", c.Scope)
			}
		})
	}
}

func TestSpansWithinText(t *testing.T) {
	files, _ := filepath.Glob("testdata/corpus/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := extract(t, string(data))
		checkSpans(t, d)
	}
}

func checkSpans(t testing.TB, d *claims.Document) {
	t.Helper()
	n := len(d.Article.Text)
	for _, c := range d.Claims {
		if c.Start < 0 || c.End > n || c.Start > c.End {
			t.Errorf("claim %s %q span [%d,%d) outside text of %d bytes", c.Kind, c.Value.Text, c.Start, c.End, n)
		}
		if c.Subject >= len(d.Entities) || c.Sentence < 0 || c.Sentence >= len(d.Sentences) {
			t.Errorf("claim %s %q: subject %d or sentence %d out of range", c.Kind, c.Value.Text, c.Subject, c.Sentence)
		}
	}
}

func golden(d *claims.Document) string {
	var b strings.Builder
	for _, c := range d.Claims {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%q\t%s\n", c.Pos, c.Kind, subjectName(d, c), c.Attribute, c.Value.Text, c.Scope)
	}
	return b.String()
}

func TestCorpusGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := claims.Extract(parse(t, string(data)), claims.DefaultLexicon()), nil
			got := golden(a)
			gf := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(gf, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test ./claims -update)", err)
			}
			if got != string(want) {
				t.Errorf("claims differ from %s (go test ./claims -update to accept):\n got:\n%s\nwant:\n%s", gf, got, want)
			}
		})
	}
}

func TestExtractEach(t *testing.T) {
	texts := []string{"Ann Lee spoke.", "", "Mark Olund, 44, was arrested.", "The ferry sank."}
	read := func(i int) (*sources.Article, error) {
		if texts[i] == "" {
			return nil, errors.New("unreadable")
		}
		return sources.Parse(fmt.Sprintf("a%d.txt", i), []byte(texts[i]+"\n"), sources.Options{})
	}
	for _, workers := range []int{1, 3} {
		docs, errs := claims.ExtractEach(len(texts), read, claims.DefaultLexicon(), claims.Options{Workers: workers})
		for i := range texts {
			if texts[i] == "" {
				if docs[i] != nil || errs[i] == nil {
					t.Errorf("workers %d: article %d: want no document and an error, got %v, %v", workers, i, docs[i], errs[i])
				}
				continue
			}
			if errs[i] != nil || docs[i] == nil || docs[i].Article.Path != fmt.Sprintf("a%d.txt", i) {
				t.Errorf("workers %d: article %d out of order or missing (err %v)", workers, i, errs[i])
			}
		}
	}
}

func TestDescriptions(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               []string
	}{
		{"appositive with a place", "Yesterday the Lyon prosecutor, Ann Lee, said the pilot acted alone.", "Ann Lee", []string{"the Lyon prosecutor"}},
		{"by role", "Prosecutor Ann Lee spoke first. Later the prosecutor said the pilot acted alone.", "Ann Lee", []string{"the prosecutor"}},
		{"after a speaker", "Mark Olund said the ferry was new. The captain had sailed for ten years.", "Mark Olund", nil},
		{"by position only", "Mark Olund was arrested on Monday. The suspect had fled twice.", "Mark Olund", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, tt.text)
			for _, e := range d.Entities {
				if e.Name != tt.person {
					continue
				}
				if strings.Join(e.Descriptions, "|") != strings.Join(tt.want, "|") {
					t.Errorf("descriptions of %s = %q, want %q", e.Name, e.Descriptions, tt.want)
				}
				return
			}
			t.Fatalf("no entity %s", tt.person)
		})
	}
}
