package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/compare"
)

// GitHub prints GitHub Actions workflow commands, one annotation per
// conflict, update or name variant, at the first side's file and line;
// the other sides are named in the message. A plain summary line ends it.
type GitHub struct{}

// Render implements Renderer.
func (GitHub) Render(w io.Writer, r *compare.Report) error {
	b := bufio.NewWriter(w)
	for i := range r.Findings {
		f := &r.Findings[i]
		if !IsConflictKind(f.Kind) && f.Kind != compare.KindVariant {
			continue
		}
		b.WriteString(annotation(r, f) + "\n")
	}
	fmt.Fprintf(b, "crosscheck: %s\n", SummaryLine(r))
	return b.Flush()
}

func annotation(r *compare.Report, f *compare.Finding) string {
	level := map[compare.Severity]string{compare.Error: "error", compare.Warning: "warning"}[f.Severity]
	if level == "" {
		level = "notice"
	}
	props := []string{}
	if len(f.Values) > 0 {
		if e, ok := newEvidence(r, f); ok {
			props = append(props, "file="+ghProp(e.Pos.File), fmt.Sprintf("line=%d", max(e.Pos.Line, 1)))
			if e.Pos.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", e.Pos.Column))
			}
		} else if e, ok := firstEvidence(&f.Values[0]); ok {
			props = append(props, "file="+ghProp(e.Pos.File), fmt.Sprintf("line=%d", max(e.Pos.Line, 1)))
			if e.Pos.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", e.Pos.Column))
			}
		} else if id, ok := newSource(r, f); ok {
			props = append(props, "file="+ghProp(sourcePath(r, id)))
		}
	}
	props = append(props, "title="+ghProp(fmt.Sprintf("%s %s: %s · %s", f.ID, f.Rule, subjectOf(f), f.Attribute)))
	return "::" + level + " " + strings.Join(props, ",") + "::" + ghData(ghMessage(r, f))
}

// newEvidence is the first evidence of a finding read from a new article
// (named with --new): the annotation belongs on the file a pull request
// changes, whichever side it holds.
func newEvidence(r *compare.Report, f *compare.Finding) (compare.Evidence, bool) {
	for _, v := range f.Values {
		for _, e := range v.Evidence {
			if s := sourceByID(r, e.Source); s != nil && s.New {
				return e, true
			}
		}
	}
	return compare.Evidence{}, false
}

// newSource is the source a finding's annotation goes on: a new article
// that holds a side, or the first side's first source.
func newSource(r *compare.Report, f *compare.Finding) (string, bool) {
	for _, v := range f.Values {
		for _, id := range v.Sources {
			if s := sourceByID(r, id); s != nil && s.New {
				return id, true
			}
		}
	}
	if len(f.Values[0].Sources) > 0 {
		return f.Values[0].Sources[0], true
	}
	return "", false
}

// ghMessage is the message and every side with its position.
func ghMessage(r *compare.Report, f *compare.Finding) string {
	var b strings.Builder
	b.WriteString(f.Message)
	for _, v := range f.Values {
		where := strings.Join(v.Sources, ", ")
		if e, ok := firstEvidence(&v); ok {
			where = e.Pos.String()
		} else if len(v.Sources) > 0 {
			where = sourcePath(r, v.Sources[0])
		}
		fmt.Fprintf(&b, "\n\"%s\" at %s", v.Value, where)
	}
	return strings.TrimSpace(b.String())
}

var (
	ghDataEsc = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghPropEsc = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// ghData escapes a workflow command's message.
func ghData(s string) string { return ghDataEsc.Replace(s) }

// ghProp escapes a workflow command's property value.
func ghProp(s string) string { return ghPropEsc.Replace(s) }
