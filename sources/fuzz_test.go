package sources

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzParse parses data as the given path and checks the promises of
// Article: one-line blocks joined by blank lines, and positions that
// stay inside the input.
func fuzzParse(t *testing.T, path string, data []byte) {
	recoverPanics = false
	defer func() { recoverPanics = true }()
	a, err := Parse(path, data, Options{Published: map[string]string{path: string(data[:min(len(data), 20)])}})
	if err != nil {
		if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), path+": ") {
			t.Fatalf("bad error message %q", err)
		}
		return
	}
	if a.Text == "" || !utf8.ValidString(a.Text) {
		t.Fatalf("empty or invalid Text %q", a.Text)
	}
	checkInvariants(t, a)
	for off := 0; off <= len(a.Text); off += 1 + len(a.Text)/50 {
		p := a.Position(off)
		if p.Line < 1 || p.Line > len(a.lines) || p.Column < 1 || p.File != path {
			t.Fatalf("Position(%d) = %v out of the input (%d lines)", off, p, len(a.lines))
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Headline here\n\nOSLO (Agency) — Body text.\n", "date 2017-02-12\n© A/ B\nText.", "\xff\xfeh\x00i\x00", "Caf\xe9 \x93x\x94."} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "in.txt", data) })
}

func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{"---\ntitle: T\npublished: 2020-01-02\n---\n# H\n\nText **b** [l](u).\n", "---\n- a\n---\nx", "---\ntitle: [\n---\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "in.md", data) })
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{`<html><head><script type="application/ld+json">{"datePublished":"2020-01-02"}</script></head><body><article><h1>T</h1><p>A &amp; b.</p></article></body></html>`, "<p class=related><a>x</a></p><p>Text</p>", "<div"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "in.html", data) })
}
