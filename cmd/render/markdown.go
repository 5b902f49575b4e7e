package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/compare"
)

// Markdown prints the report as a GitHub-flavoured Markdown document:
// sources, one table per kind of finding, the corroboration matrix and
// the summary.
type Markdown struct{}

// Render implements Renderer.
func (Markdown) Render(w io.Writer, r *compare.Report) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# crosscheck report\n\n%s\n\n## Sources\n\n| id | path | published | outlet |\n|---|---|---|---|\n", mdEscape(SummaryLine(r)))
	for _, s := range r.Sources {
		pub := "unknown"
		if s.Published != nil {
			pub = *s.Published
		}
		fmt.Fprintf(b, "| %s | `%s` | %s | %s |\n", s.ID, s.Path, pub, mdEscape(s.Outlet))
	}
	for _, s := range sectionTitles {
		mdSection(b, r, s.kind, s.title)
	}
	mdMatrix(b, r)
	for i, p := range r.Problems {
		if i == 0 {
			b.WriteString("\n## Problems\n\n")
		}
		fmt.Fprintf(b, "- `%s`: %s\n", p.Path, mdEscape(p.Message))
	}
	return b.Flush()
}

func mdSection(b *bufio.Writer, r *compare.Report, kind, title string) {
	n := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Kind != kind {
			continue
		}
		if n == 0 {
			fmt.Fprintf(b, "\n## %s\n\n| id | subject | attribute | values | severity | message |\n|---|---|---|---|---|---|\n", title)
		}
		n++
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", f.ID, mdEscape(subjectOf(f)), mdEscape(f.Attribute),
			mdValues(r, f), f.Severity, mdEscape(f.Message))
	}
}

// mdValues lists each side: the value and where it was read.
func mdValues(r *compare.Report, f *compare.Finding) string {
	var parts []string
	for _, v := range f.Values {
		var where []string
		for _, e := range v.Evidence {
			where = append(where, "`"+e.Pos.String()+"`")
		}
		if len(where) == 0 {
			for _, id := range v.Sources {
				where = append(where, "`"+sourcePath(r, id)+"`")
			}
		}
		parts = append(parts, "**"+mdEscape(v.Value)+"** "+strings.Join(where, ", "))
	}
	return strings.Join(parts, "<br>")
}

func mdMatrix(b *bufio.Writer, r *compare.Report) {
	rows := Matrix(r, true)
	if len(rows) == 0 {
		return
	}
	b.WriteString("\n## Corroboration matrix\n\n✓ agrees · ✗ disagrees · · silent\n\n| claim |")
	for _, s := range r.Sources {
		fmt.Fprintf(b, " %s |", s.ID)
	}
	b.WriteString("\n|---|" + strings.Repeat(":-:|", len(r.Sources)) + "\n")
	for _, row := range rows {
		fmt.Fprintf(b, "| %s |", mdEscape(rowLabel(row)))
		for _, c := range row.Cells {
			fmt.Fprintf(b, " %s |", c.Symbol())
		}
		b.WriteString("\n")
	}
}

var mdReplacer = strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;", "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`)

// mdEscape makes text safe inside a Markdown table cell.
func mdEscape(s string) string { return mdReplacer.Replace(s) }
