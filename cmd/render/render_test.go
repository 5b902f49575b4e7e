package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func ptr(s string) *string { return &s }

func ev(src, claim, file string, line int, text string) compare.Evidence {
	return compare.Evidence{Source: src, Claim: claim, Pos: sources.Position{File: file, Line: line, Column: 1}, Text: text}
}

// sampleArticles are the texts the sample report cites.
func sampleArticles() []*sources.Article {
	mk := func(path, text string) *sources.Article {
		a := &sources.Article{Path: path, Text: text}
		start := 0
		for _, p := range strings.Split(text, "\n\n") {
			a.Blocks = append(a.Blocks, sources.Block{Kind: sources.Paragraph, Start: start, End: start + len(p)})
			start += len(p) + 2
		}
		return a
	}
	return []*sources.Article{
		mk("gazette.txt", "Fire at the pier.\n\nRetired fire officer Dmitri Orlov led the crews. Twelve people were hurt."),
		mk("courier.md", "Serving officer Dmitry Orlov led the crews. Fifteen people were hurt, <b>officials</b> said."),
		mk("post.html", "The blaze began on Monday at the warehouse."),
	}
}

// sampleReport holds one finding of most kinds, with evidence that the
// sample articles contain.
func sampleReport() *compare.Report {
	r := &compare.Report{
		Schema: compare.Schema,
		Sources: []compare.Source{
			{ID: "s1", Path: "gazette.txt", Format: "txt", Published: ptr("2025-03-14"), Outlet: "Harbour Gazette"},
			{ID: "s2", Path: "courier.md", Format: "md", Published: ptr("2025-03-15"), Outlet: "Coast Courier", New: true},
			{ID: "s3", Path: "post.html", Format: "html"},
		},
		Entities: []compare.Entity{{ID: "e1", Type: "person", Name: "Dmitri Orlov", Names: []string{"Dmitri Orlov", "Dmitry Orlov"},
			Roles: []string{"fire officer"}, Sources: []string{"s1", "s2"}, Why: []string{"same surname; given names Dmitri/Dmitry are transliteration variants"}}},
		Claims: []compare.Claim{
			{ID: "c1", Source: "s1", Kind: "attribute", Subject: "e1", Attribute: "employment status", Value: "retired", Type: "descriptor", Scope: "outlet",
				Pos: sources.Position{File: "gazette.txt", Line: 3, Column: 1}, Text: "Retired fire officer Dmitri Orlov led the crews."},
			{ID: "c2", Source: "s2", Kind: "attribute", Subject: "e1", Attribute: "employment status", Value: "serving", Type: "descriptor", Scope: "outlet",
				Pos: sources.Position{File: "courier.md", Line: 5, Column: 1}, Text: "Serving officer Dmitry Orlov led the crews."},
		},
		Findings: []compare.Finding{
			{ID: "F1", Rule: "descriptor-conflict", Kind: compare.KindConflict, Severity: compare.Error, Type: "status", Subject: "e1", SubjectName: "Dmitri Orlov",
				Attribute: "employment status", Message: "retired in gazette.txt but serving in courier.md", Explanation: "retired and serving are exclusive employment statuses", Fingerprint: "aaaa1111",
				Values: []compare.FindingValue{
					{Value: "retired", Sources: []string{"s1"}, Evidence: []compare.Evidence{ev("s1", "c1", "gazette.txt", 3, "Retired fire officer Dmitri Orlov led the crews.")}},
					{Value: "serving", Sources: []string{"s2"}, Evidence: []compare.Evidence{ev("s2", "c2", "courier.md", 5, "Serving officer Dmitry Orlov led the crews.")}},
				}},
			{ID: "F2", Rule: "number-conflict", Kind: compare.KindConflict, Severity: compare.Warning, Type: "numeric", Subject: "people hurt", SubjectName: "people hurt",
				Attribute: "count", Message: "12 vs 15, a <small> gap, with | pipes: and, commas", Fingerprint: "bbbb2222",
				Values: []compare.FindingValue{
					{Value: "12", Sources: []string{"s1"}, Evidence: []compare.Evidence{ev("s1", "c3", "gazette.txt", 3, "Twelve people were hurt.")}},
					{Value: "15", Sources: []string{"s2"}, Evidence: []compare.Evidence{ev("s2", "c4", "courier.md", 5, "Fifteen people were hurt, <b>officials</b> said.")}},
				}},
			{ID: "F3", Rule: "name-variant", Kind: compare.KindVariant, Severity: compare.Info, Subject: "e1", SubjectName: "Dmitri Orlov", Attribute: "name",
				Message: "spelled Dmitri and Dmitry", Fingerprint: "cccc3333",
				Values: []compare.FindingValue{{Value: "Dmitri Orlov", Sources: []string{"s1"}}, {Value: "Dmitry Orlov", Sources: []string{"s2"}}}},
			{ID: "F4", Rule: "corroborated", Kind: compare.KindCorroborated, Severity: compare.Info, Subject: "e1", SubjectName: "Dmitri Orlov", Attribute: "led",
				Message: "two sources agree", Fingerprint: "dddd4444",
				Values: []compare.FindingValue{{Value: "the crews", Sources: []string{"s1", "s2"}}}},
			{ID: "F5", Rule: "single-source", Kind: compare.KindSingleSource, Severity: compare.Info, Subject: "blaze", SubjectName: "blaze", Attribute: "began",
				Fingerprint: "eeee5555",
				Values:      []compare.FindingValue{{Value: "Monday", Sources: []string{"s3"}, Evidence: []compare.Evidence{ev("s3", "c5", "post.html", 9, "The blaze began on Monday at the warehouse.")}}}},
		},
		Problems: []compare.Problem{{Path: "missing.txt", Message: "no such file or directory", Fatal: true}},
	}
	return compare.Process(r, compare.Resummarise)
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", name, diff)
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		format, file string
		opts         Options
	}{
		{"text", "report.txt", Options{Width: 80}},
		{"text", "report-verbose.txt", Options{Width: 80, Verbose: true}},
		{"text", "report-color.txt", Options{Width: 80, Color: true}},
		{"text", "report-quiet.txt", Options{Quiet: true}},
		{"json", "report.json", Options{}},
		{"yaml", "report.yaml", Options{}},
		{"markdown", "report.md", Options{}},
		{"sarif", "report.sarif", Options{Version: "v0.0.0-test"}},
		{"github", "report.github", Options{}},
		{"html", "report.html", Options{Articles: sampleArticles()}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r, err := New(tt.format, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := r.Render(&buf, sampleReport()); err != nil {
				t.Fatal(err)
			}
			hasANSI := bytes.Contains(buf.Bytes(), []byte("\x1b["))
			if hasANSI != tt.opts.Color {
				t.Errorf("ANSI codes present = %v, want %v", hasANSI, tt.opts.Color)
			}
			golden(t, tt.file, buf.Bytes())
		})
	}
}

func TestNewUnknownFormat(t *testing.T) {
	if _, err := New("pdf", Options{}); err == nil || !strings.Contains(err.Error(), "pdf") {
		t.Errorf("err = %v, want unknown format pdf", err)
	}
}

func TestMatrix(t *testing.T) {
	rows := Matrix(sampleReport(), false)
	got := map[string]string{}
	for _, row := range rows {
		var s string
		for _, c := range row.Cells {
			s += c.Symbol()
		}
		got[row.Finding.ID] = s
	}
	want := map[string]string{"F1": "✓✗·", "F2": "✓✗·", "F4": "✓✓·"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("matrix (-want +got):\n%s", diff)
	}
	if n := len(Matrix(sampleReport(), true)); n != 4 {
		t.Errorf("matrix with single-source rows has %d rows, want 4", n)
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  []string
	}{
		{"a bb ccc dddd", 10, []string{"a bb ccc", "dddd"}},
		{"Dmitri Дмитрий Orlov Орлов", 14, []string{"Dmitri Дмитрий", "Orlov Орлов"}},
		{"averyveryverylongword x", 10, []string{"averyveryverylongword", "x"}},
		{"   ", 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, wrap(tt.in, tt.width)); diff != "" {
				t.Errorf("wrap (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGitHubEscaping(t *testing.T) {
	var buf bytes.Buffer
	if err := (GitHub{}).Render(&buf, sampleReport()); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if !strings.HasPrefix(line, "::") {
			continue
		}
		props, _, ok := strings.Cut(strings.TrimPrefix(line, "::"), "::")
		if !ok {
			t.Fatalf("no message in %q", line)
		}
		for _, kv := range strings.Split(strings.SplitN(props, " ", 2)[1], ",") {
			if k, _, ok := strings.Cut(kv, "="); !ok || strings.ContainsAny(k, ":,") {
				t.Errorf("bad property %q in %q", kv, line)
			}
		}
	}
}

func FuzzTextRender(f *testing.F) {
	f.Add("retired", "Dmitri Orlov", 3)
	f.Add("", "", 0)
	f.Add("\x1b[31m|<b>", "a\nb", -4)
	f.Fuzz(func(t *testing.T, value, subject string, line int) {
		r := sampleReport()
		r.Findings[0].Values[0].Value = value
		r.Findings[0].SubjectName = subject
		r.Findings[0].Values[0].Evidence[0].Pos.Line = line
		for _, format := range Formats {
			rr, _ := New(format, Options{Articles: sampleArticles(), Verbose: true})
			if err := rr.Render(&bytes.Buffer{}, r); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
		}
	})
}

func BenchmarkText(b *testing.B) {
	r := sampleReport()
	for i := 0; i < 8; i++ {
		r.Findings = append(r.Findings, r.Findings...)
	}
	tr, _ := New("text", Options{Verbose: true})
	b.ResetTimer()
	for b.Loop() {
		if err := tr.Render(&bytes.Buffer{}, r); err != nil {
			b.Fatal(err)
		}
	}
}
