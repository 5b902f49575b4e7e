package sources

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// casesDir is where the shared acceptance cases sit beside the repository.
var casesDir = filepath.Join("..", "..", "shared", "acceptance", "cases")

// furnitureMarks must never reach Article.Text of a real case.
var furnitureMarks = []string{"©", "Read more", "READ MORE", "ALSO READ", "Also read", "cookie", "Cookie",
	"°C", "°F", "Photograph:", "Photo:", "AP Photo", "Getty Images", "Tags:", "Trending", "All rights reserved",
	"Comments on", "comments are closed", "Sign in", "Newsletter", "Advertisement", "Share this"}

// dateSignals say that a case file states its publication date: a field,
// page metadata, or a dateline that gives the day in full ("LONDON,
// 19 June 2017 - ").
var dateSignals = regexp.MustCompile(`(?im)(^(published|date):\s*\S|datePublished|article:published_time|name="pubdate"|<time[^>]+datetime=|^\s*date \d{4}-\d{2}-\d{2}|^[A-Z][A-Z .'-]+,[^\n]{0,40}?\b\d{1,2} [A-Z][a-z]+ \d{4} [-–—])`)

func TestAcceptanceCases(t *testing.T) {
	if _, err := os.Stat(casesDir); err != nil {
		t.Skipf("acceptance cases not found at %s (they live in the shared folder beside the repository): %v", casesDir, err)
	}
	dirs, _ := filepath.Glob(filepath.Join(casesDir, "*"))
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			arts, errs := Load([]string{dir}, Options{})
			for _, e := range errs {
				t.Errorf("Load: %v", e)
			}
			boiler := boilerplate(t, dir)
			for _, a := range arts {
				checkCase(t, a, append(boiler[filepath.Base(a.Path)], boiler["*"]...))
			}
		})
	}
}

// checkCase checks one real article: read, dated when it says its date,
// free of furniture, and with positions that point at its text.
func checkCase(t *testing.T, a *Article, boiler []string) {
	checkInvariants(t, a)
	raw, _ := os.ReadFile(a.Path)
	if dated := dateSignals.Match(raw); dated != a.HasPublished() {
		t.Errorf("%s: HasPublished = %v, but the file states a date: %v", a.Path, a.HasPublished(), dated)
	}
	for _, m := range furnitureMarks {
		if strings.Contains(a.Text, m) {
			t.Errorf("%s: Text keeps furniture %q", a.Path, m)
		}
	}
	for _, b := range boiler {
		if strings.Contains(a.Text, b) {
			t.Errorf("%s: Text keeps boilerplate %q", a.Path, b)
		}
	}
	if a.Author != "" && strings.Contains(a.Text, a.Author) {
		t.Errorf("%s: Text keeps the byline %q", a.Path, a.Author)
	}
	checkProvenance(t, a)
}

// checkProvenance checks that every block starts where its position says:
// the source there holds the block's first character (or an entity).
func checkProvenance(t *testing.T, a *Article) {
	lines := strings.Split(a.src, "\n")
	for _, b := range a.Blocks {
		p := a.Position(b.Start)
		if p.Line < 1 || p.Line > len(lines) {
			t.Errorf("%s: block %q at bad line %v", a.Path, a.Text[b.Start:min(b.End, b.Start+20)], p)
			continue
		}
		line := []rune(lines[p.Line-1])
		first, _ := utf8.DecodeRuneInString(a.Text[b.Start:])
		if p.Column > len(line) || (line[p.Column-1] != first && line[p.Column-1] != '&') {
			t.Errorf("%s: block %q does not start at %v", a.Path, a.Text[b.Start:min(b.End, b.Start+20)], p)
		}
	}
}

// boilerplate reads the gold's ignore_boilerplate texts, by article.
func boilerplate(t *testing.T, dir string) map[string][]string {
	data, err := os.ReadFile(filepath.Join(dir, "gold.yaml"))
	if err != nil {
		return nil
	}
	var gold struct {
		Ignore      []struct{ Article, Text string } `yaml:"ignore_boilerplate"`
		NotEntities []string                         `yaml:"not_entities"`
	}
	if err := yaml.Unmarshal(data, &gold); err != nil {
		t.Logf("%s/gold.yaml: %v", dir, err)
	}
	out := map[string][]string{}
	for _, b := range gold.Ignore {
		out[b.Article] = append(out[b.Article], b.Text)
	}
	out["*"] = append(out["*"], gold.NotEntities...)
	return out
}
