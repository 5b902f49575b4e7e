package claims_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
)

// TestConstructions reads the articles of testdata/constructions, each a
// short fictional news story written to show one way English states a
// fact, and checks that every claim its .claims file lists is among the
// claims read. A line of a .claims file is
//
//	kind | subject | attribute words | value words [| modality]
//
// where the subject matches when the claim's subject (entity name or
// plain subject) contains it ("-" matches any), the attribute when it
// holds every listed word, the value when the claim's value or its normal
// form contains the words, and the modality when given ("-" for an
// asserted claim). A line starting with "!" is a claim that must not be
// read as asserted (a claim dated to an earlier occasion does not count).
// A line starting with "?" is a construction the extraction does not read
// yet: it is logged, and the test fails once it is read, so that the mark
// is dropped and the line holds from then on. Lines starting with "#" are
// comments.
func TestConstructions(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "constructions", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no articles in testdata/constructions")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txt"), func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".claims")
			if err != nil {
				t.Fatal(err)
			}
			d := extract(t, string(text))
			for n, line := range strings.Split(string(want), "\n") {
				line = strings.TrimSpace(line)
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				gap := strings.HasPrefix(line, "?")
				line = strings.TrimSpace(strings.TrimPrefix(line, "?"))
				negate := strings.HasPrefix(line, "!")
				e, ok := parseExpect(strings.TrimPrefix(line, "!"))
				if !ok {
					t.Fatalf("%s:%d: want kind | subject | attribute | value [| modality]", f, n+1)
				}
				found := e.find(d, negate)
				if gap {
					if met := (found == nil) == negate; met {
						t.Errorf("%s:%d: a known gap is now read; drop the \"?\": %s", f, n+1, line)
					} else {
						t.Logf("%s:%d: known gap: %s", f, n+1, line)
					}
					continue
				}
				switch {
				case negate && found != nil:
					t.Errorf("%s:%d: read a claim that must not be: %s\n(%s | %s | %s | %q)", f, n+1, line,
						found.Kind, subjectName(d, *found), found.Attribute, found.Value.Text)
				case !negate && found == nil:
					t.Errorf("%s:%d: no claim %s\nclaims read:\n%s", f, n+1, line, dump(d))
				}
			}
		})
	}
}

type expect struct {
	kind                     claims.Kind
	subject, attr, value, md string
	hasModality              bool
}

func parseExpect(line string) (expect, bool) {
	parts := strings.Split(line, "|")
	if len(parts) < 4 || len(parts) > 5 {
		return expect{}, false
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	e := expect{kind: claims.Kind(parts[0]), subject: parts[1], attr: parts[2], value: parts[3]}
	if len(parts) == 5 {
		e.md, e.hasModality = parts[4], true
	}
	return e, true
}

// find returns the first claim that meets the expectation. A claim
// marked as of an earlier occasion is shown, not asserted: it never meets
// a claim that must not be read.
func (e expect) find(d *claims.Document, negate bool) *claims.Claim {
	for i, c := range d.Claims {
		if c.Kind != e.kind || negate && c.Earlier {
			continue
		}
		if e.subject != "-" && !strings.Contains(strings.ToLower(subjectName(d, c)), strings.ToLower(e.subject)) {
			continue
		}
		if !hasWords(c.Attribute, e.attr) {
			continue
		}
		v := strings.ToLower(c.Value.Text + " " + c.Value.Norm)
		if !strings.Contains(v, strings.ToLower(e.value)) {
			continue
		}
		if e.hasModality {
			md := c.Modality
			if md == "" {
				md = "-"
			}
			if md != e.md {
				continue
			}
		}
		return &d.Claims[i]
	}
	return nil
}

// hasWords reports whether s holds every word of words, in any order.
func hasWords(s, words string) bool {
	s = strings.ToLower(s)
	for _, w := range strings.Fields(strings.ToLower(words)) {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}
