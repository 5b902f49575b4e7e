package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/compare"
)

// entityName maps an entity id to its name; other subjects print as written.
func entityName(r *compare.Report, id string) string {
	for _, e := range r.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	return id
}

// ClaimsText lists every claim by source, with its position and sentence,
// for a person to audit what was extracted.
func ClaimsText(w io.Writer, r *compare.Report, width int) error {
	b := bufio.NewWriter(w)
	for _, s := range r.Sources {
		fmt.Fprintf(b, "%s %s\n", s.ID, s.Path)
		n := 0
		for _, c := range r.Claims {
			if c.Source != s.ID {
				continue
			}
			n++
			fmt.Fprintf(b, "  %-5s %s  %s  %s · %s = %s%s\n", c.ID, c.Pos, c.Kind, entityName(r, c.Subject), c.Attribute, c.Value, claimQualifiers(c))
			if c.Text != "" {
				b.WriteString(indentWrap("“"+c.Text+"”", 8, width))
			}
		}
		if n == 0 {
			b.WriteString("  (no claims)\n")
		}
	}
	fmt.Fprintf(b, "%s\n", plural(len(r.Claims), "claim"))
	return b.Flush()
}

func claimQualifiers(c compare.Claim) string {
	var q []string
	add := func(k, v string) {
		if v != "" {
			q = append(q, k+v)
		}
	}
	add("type ", c.Type)
	add("norm ", c.Norm)
	add("to ", c.Recipient)
	if c.Earlier {
		add("earlier occasion ", c.When)
	} else {
		add("when ", c.When)
	}
	add("scope ", c.Scope)
	add("said by ", c.SaidBy)
	add("", c.Modality)
	if c.Caption {
		q = append(q, "caption")
	}
	if len(q) == 0 {
		return ""
	}
	return "  [" + strings.Join(q, "; ") + "]"
}

// EntitiesText lists the entities resolved across articles: names,
// roles, sources and why their mentions were merged.
func EntitiesText(w io.Writer, r *compare.Report, width int) error {
	b := bufio.NewWriter(w)
	for _, e := range r.Entities {
		fmt.Fprintf(b, "%-5s %-12s %s\n", e.ID, e.Type, e.Name)
		if len(e.Names) > 1 {
			b.WriteString(indentWrap("names: "+strings.Join(e.Names, " · "), 6, width))
		}
		if len(e.Roles) > 0 {
			b.WriteString(indentWrap("roles: "+strings.Join(e.Roles, ", "), 6, width))
		}
		b.WriteString(indentWrap("sources: "+strings.Join(e.Sources, ", "), 6, width))
		for _, why := range e.Why {
			b.WriteString(indentWrap("why: "+why, 6, width))
		}
	}
	if len(r.Entities) == 1 {
		b.WriteString("1 entity\n")
	} else {
		fmt.Fprintf(b, "%d entities\n", len(r.Entities))
	}
	return b.Flush()
}

// ExplainText prints the reasoning behind one finding: its values, where
// each was read, the evidence sentences and the explanation.
func ExplainText(w io.Writer, r *compare.Report, f *compare.Finding, width int) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "%s  %s %s (%s)\n", f.ID, f.Severity, f.Kind, f.Rule)
	fmt.Fprintf(b, "subject:     %s\nattribute:   %s\n", subjectOf(f), f.Attribute)
	if f.Type != "" {
		fmt.Fprintf(b, "type:        %s\n", f.Type)
	}
	fmt.Fprintf(b, "fingerprint: %s\n", f.Fingerprint)
	if f.Message != "" {
		b.WriteString("\n" + indentWrap(f.Message, 0, width))
	}
	for _, v := range f.Values {
		fmt.Fprintf(b, "\n\"%s\" — %s\n", v.Value, sourceList(r, v.Sources))
		for _, e := range v.Evidence {
			fmt.Fprintf(b, "  %s (%s, claim %s)\n", e.Pos, e.Source, e.Claim)
			b.WriteString(indentWrap("“"+e.Text+"”", 4, width))
		}
	}
	if f.Explanation != "" {
		b.WriteString("\nwhy:\n" + indentWrap(f.Explanation, 2, width))
	}
	return b.Flush()
}

func sourceList(r *compare.Report, ids []string) string {
	var parts []string
	for _, id := range ids {
		parts = append(parts, id+" "+sourcePath(r, id))
	}
	return strings.Join(parts, ", ")
}
