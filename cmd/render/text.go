package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/crosscheck/crosscheck/compare"
)

// Text prints the fact-checker's view: conflicts first, grouped by
// subject, then updates, name variants, corroborated facts, single-source
// claims, unresolved items, the corroboration matrix and a summary line.
type Text struct {
	Opts Options
}

// palette holds the colours of the text report, each switched on or off
// explicitly so that the global color.NoColor never matters.
type palette struct {
	head, subject, conflict, warn, ok, dim, id *color.Color
}

func newPalette(on bool) palette {
	mk := func(a ...color.Attribute) *color.Color {
		c := color.New(a...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return palette{
		head: mk(color.Bold, color.Underline), subject: mk(color.Bold),
		conflict: mk(color.FgRed, color.Bold), warn: mk(color.FgYellow),
		ok: mk(color.FgGreen), dim: mk(color.Faint), id: mk(color.FgCyan),
	}
}

// textWriter carries what every section needs.
type textWriter struct {
	w   *bufio.Writer
	r   *compare.Report
	o   Options
	pal palette
}

// Render implements Renderer.
func (t *Text) Render(w io.Writer, r *compare.Report) error {
	o := t.Opts
	if o.Width <= 0 {
		o.Width = 100
	}
	tw := &textWriter{w: bufio.NewWriter(w), r: r, o: o, pal: newPalette(o.Color)}
	if !o.Quiet {
		tw.sources()
		tw.baseline()
		tw.sections()
		tw.matrix()
		tw.problems()
	}
	tw.summary()
	return tw.w.Flush()
}

func (t *textWriter) printf(format string, a ...any) { fmt.Fprintf(t.w, format, a...) }

func (t *textWriter) sources() {
	t.printf("%s\n", t.pal.head.Sprint("Sources"))
	for _, s := range t.r.Sources {
		pub := "date unknown"
		if s.Published != nil {
			pub = *s.Published
		}
		line := fmt.Sprintf("  %-4s %s  %s", s.ID, s.Path, pub)
		if s.Outlet != "" {
			line += "  " + s.Outlet
		}
		if s.New {
			line += "  (new)"
		}
		t.printf("%s\n", truncate(line, t.o.Width))
	}
}

// baseline says, with -v, how many findings the baseline hid.
func (t *textWriter) baseline() {
	if !t.o.Verbose || t.o.Baseline == "" {
		return
	}
	t.printf("\nBaseline: %s hidden (%s)\n", plural(t.r.Summary.Suppressed, "accepted finding"), t.o.Baseline)
}

// sectionTitles names the sections, in the one kind order.
var sectionTitles = []struct{ kind, title string }{
	{compare.KindConflict, "Conflicts"},
	{compare.KindSelfConflict, "Conflicts inside one article"},
	{compare.KindUpdate, "Updates"},
	{compare.KindVariant, "Name variants"},
	{compare.KindCorroborated, "Corroborated"},
	{compare.KindSingleSource, "Single-source claims"},
	{compare.KindUnresolved, "Unresolved"},
}

func (t *textWriter) sections() {
	for _, s := range sectionTitles {
		fs := t.ofKind(s.kind)
		if len(fs) == 0 {
			continue
		}
		t.printf("\n%s\n", t.pal.head.Sprintf("%s (%d)", s.title, len(fs)))
		for _, g := range groupBySubject(fs) {
			t.printf("  %s\n", t.pal.subject.Sprint(g.name))
			for _, f := range g.findings {
				t.finding(f)
			}
		}
	}
}

func (t *textWriter) ofKind(kind string) []*compare.Finding {
	var out []*compare.Finding
	for i := range t.r.Findings {
		if t.r.Findings[i].Kind == kind {
			out = append(out, &t.r.Findings[i])
		}
	}
	return out
}

type subjectGroup struct {
	name     string
	findings []*compare.Finding
}

// groupBySubject groups findings by subject name, in order of first appearance.
func groupBySubject(fs []*compare.Finding) []subjectGroup {
	var gs []subjectGroup
	at := map[string]int{}
	for _, f := range fs {
		name := subjectOf(f)
		i, ok := at[name]
		if !ok {
			i = len(gs)
			at[name] = i
			gs = append(gs, subjectGroup{name: name})
		}
		gs[i].findings = append(gs[i].findings, f)
	}
	return gs
}

// finding prints one finding: its head line, each side, and with -v the
// evidence and the explanation.
func (t *textWriter) finding(f *compare.Finding) {
	mark, c := t.markOf(f)
	head := fmt.Sprintf("%s %s", mark, f.Attribute)
	if f.Attribute == "" {
		head = mark + " " + f.Rule
	}
	tag := fmt.Sprintf("%s %s %s", f.ID, f.Severity, f.Rule)
	t.printf("    %s  %s\n", c.Sprint(head), t.pal.dim.Sprint(tag))
	for i := range f.Values {
		t.side(f, &f.Values[i])
	}
	if f.Message != "" && (IsConflictKind(f.Kind) || t.o.Verbose) {
		t.printf("%s", indentWrap(f.Message, 6, t.o.Width))
	}
	if t.o.Verbose && f.Explanation != "" {
		t.printf("%s", t.pal.dim.Sprint(indentWrap("why: "+f.Explanation, 6, t.o.Width)))
	}
}

// IsConflictKind reports whether findings of a kind are disagreements.
func IsConflictKind(kind string) bool {
	return kind == compare.KindConflict || kind == compare.KindSelfConflict || kind == compare.KindUpdate
}

func (t *textWriter) markOf(f *compare.Finding) (string, *color.Color) {
	switch f.Kind {
	case compare.KindConflict, compare.KindSelfConflict:
		return "✗", t.pal.conflict
	case compare.KindUpdate, compare.KindVariant:
		return "~", t.pal.warn
	case compare.KindCorroborated:
		return "✓", t.pal.ok
	}
	return "·", t.pal.subject
}

// side prints one value with its sources and positions.
func (t *textWriter) side(f *compare.Finding, v *compare.FindingValue) {
	var where []string
	for _, e := range v.Evidence {
		where = append(where, e.Source+" "+e.Pos.String())
	}
	if len(where) == 0 {
		for _, id := range v.Sources {
			where = append(where, id+" "+sourcePath(t.r, id))
		}
	}
	extra := ""
	if f.Kind == compare.KindCorroborated {
		extra = fmt.Sprintf("  (%s)", plural(independent(t.r, f), "independent source"))
	}
	// the value, then its positions, wrapped at the width between words
	// and positions (a position never breaks), continued under the value
	var units []unit
	for _, w := range strings.Fields(`"` + v.Value + `"`) {
		units = append(units, unit{w, t.pal.subject})
	}
	for i, w := range where {
		if i < len(where)-1 {
			w += ","
		}
		if i == 0 {
			w = " " + w // two spaces between the value and its positions
		}
		units = append(units, unit{w, t.pal.id})
	}
	if extra != "" {
		units = append(units, unit{strings.TrimSpace(extra), t.pal.dim})
		units[len(units)-1].text = " " + units[len(units)-1].text
	}
	for _, l := range wrapUnits(units, 6, 8, t.o.Width) {
		t.printf("%s\n", l)
	}
	if t.o.Verbose {
		for _, e := range v.Evidence {
			t.printf("%s", t.pal.dim.Sprint(indentWrap(e.Source+": “"+e.Text+"”", 8, t.o.Width)))
		}
	}
}

// independent counts the outlets behind a finding (sources when the
// outlet is unknown), so that two stories of one outlet count once.
func independent(r *compare.Report, f *compare.Finding) int {
	seen := map[string]bool{}
	for _, id := range compare.Involves(f) {
		key := "id:" + id
		if s := sourceByID(r, id); s != nil && s.Outlet != "" {
			key = "outlet:" + strings.ToLower(s.Outlet)
		}
		seen[key] = true
	}
	return len(seen)
}

func (t *textWriter) matrix() {
	rows := Matrix(t.r, t.o.Verbose)
	if len(rows) == 0 || len(t.r.Sources) == 0 {
		return
	}
	t.printf("\n%s\n", t.pal.head.Sprint("Corroboration matrix"))
	lw := t.o.Width - 2 - 4*len(t.r.Sources)
	if lw < 20 {
		lw = 20
	}
	t.printf("  %s", padRight("", lw))
	for _, s := range t.r.Sources {
		t.printf("%4s", truncate(s.ID, 4))
	}
	t.printf("\n")
	for _, row := range rows {
		t.printf("  %s", padRight(truncate(rowLabel(row), lw), lw))
		for _, c := range row.Cells {
			t.printf("  %s ", t.cell(c))
		}
		t.printf("\n")
	}
}

func (t *textWriter) cell(c Cell) string {
	switch c {
	case Agrees:
		return t.pal.ok.Sprint(c.Symbol())
	case Disagree:
		return t.pal.conflict.Sprint(c.Symbol())
	}
	return t.pal.dim.Sprint(c.Symbol())
}

func (t *textWriter) problems() {
	if len(t.r.Problems) == 0 {
		return
	}
	t.printf("\n%s\n", t.pal.head.Sprint("Problems"))
	for _, p := range t.r.Problems {
		t.printf("  %s: %s\n", p.Path, p.Message)
	}
}

// summary prints the summary line, wrapped between its parts; with -q
// it stays one line, for scripts to read.
func (t *textWriter) summary() {
	c := t.pal.ok
	if t.r.Summary.Conflicts > 0 {
		c = t.pal.conflict
	}
	if t.o.Quiet {
		t.printf("%s\n", c.Sprint(SummaryLine(t.r)))
		return
	}
	t.printf("\n")
	for _, l := range wrapParts(SummaryParts(t.r), t.o.Width) {
		t.printf("%s\n", c.Sprint(l))
	}
}

// unit is a piece of a line that never breaks, with its colour.
type unit struct {
	text string
	c    *color.Color
}

// wrapUnits lays units out on lines of at most width runes, one space
// between them, the first line indented by first and the others by rest.
func wrapUnits(units []unit, first, rest, width int) []string {
	var lines []string
	var b strings.Builder
	n := first
	b.WriteString(strings.Repeat(" ", first))
	empty := true
	for _, u := range units {
		w := utf8.RuneCountInString(u.text)
		if !empty && n+1+w > width {
			lines = append(lines, b.String())
			b.Reset()
			b.WriteString(strings.Repeat(" ", rest))
			n, empty = rest, true
			u.text = strings.TrimLeft(u.text, " ")
			w = utf8.RuneCountInString(u.text)
		}
		if !empty {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(u.c.Sprint(u.text))
		n += w
		empty = false
	}
	return append(lines, b.String())
}
