package cmd

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The shapes of article that once made one check's cost grow much faster
// than the article: each is generated at any size, from fictional words.
// lines: one paragraph of lines that each give a different count for one
// slot (a results table, a running toll); paragraphs: the same, one line
// a paragraph; filler: an html page of plain paragraphs without a number;
// oneline: an html page on one line, every sentence with a name, an
// organisation, a count and a day.
var shapes = []struct {
	name, ext string
	gen       func(size int) []byte
}{
	{"lines", ".txt", func(n int) []byte { return countLines(n, "\n") }},
	{"paragraphs", ".txt", func(n int) []byte { return countLines(n, "\n\n") }},
	{"filler", ".html", fillerPage},
	{"filler-txt", ".txt", fillerText},
	{"oneline", ".html", oneLinePage},
}

// countLines writes lines "Officials said N people were injured …" with
// N = 1, 2, 3 … until the text is n bytes, each line ended by sep.
func countLines(n int, sep string) []byte {
	var b bytes.Buffer
	for i := 1; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Officials said %d people were injured in the blast.%s", i, sep)
	}
	return b.Bytes()
}

var fillerWords = strings.Fields("council harbour road library market bridge river school garden station museum tower square street park village office church hall ferry")

// filler is the i-th sentence of plain filler, no number, no name; the
// sentences are almost all different, as a page's paragraphs are.
func filler(i int) string {
	r := rand.New(rand.NewPCG(uint64(i), 1))
	w := func(int) string { return fillerWords[r.IntN(len(fillerWords))] }
	return fmt.Sprintf("The %s met near the %s on a quiet evening and talked about the %s and the %s for a long while before anyone went home.", w(0), w(1), w(2), w(3))
}

func fillerPage(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html><head><title>Notes from the council</title></head><body><article>\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "<p>%s</p>\n", filler(i))
	}
	b.WriteString("</article></body></html>\n")
	return b.Bytes()
}

func fillerText(n int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "%s\n\n", filler(i))
	}
	return b.Bytes()
}

var lineNames = []string{"Ann Lee", "Tom Hart", "Maria Costa", "Paul Webb", "Rita Vale", "Omar Said"}

func oneLinePage(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>Live: the storm</title></head><body><article>")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "<p>%s, a spokesman for the %s council, said %d people were hurt near the %s on Monday.</p>",
			lineNames[i%len(lineNames)], fillerWords[i%len(fillerWords)], i%97+1, fillerWords[(i*3+1)%len(fillerWords)])
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// checkShape runs the check pipeline (read, extract, compare) on one
// generated article written to dir.
func checkShape(tb testing.TB, dir, name string, data []byte) time.Duration {
	tb.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	s := &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard,
		Getenv: func(string) string { return "" }, Getwd: func() (string, error) { return dir, nil }}
	o := &inputOptions{Paths: []string{path}, MaxBytes: 16 << 20, MaxArticles: 1, MaxSentence: 4000}
	start := time.Now()
	if _, err := analyse(s, o); err != nil {
		tb.Fatal(err)
	}
	return time.Since(start)
}

// TestSizeBoundsTime checks a 2 MB article of every shape in under 5
// seconds: the cost of a check grows about linearly with the article.
func TestSizeBoundsTime(t *testing.T) {
	dir := t.TempDir()
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			if d := checkShape(t, dir, sh.name+sh.ext, sh.gen(2<<20)); d > 5*time.Second {
				t.Errorf("a 2 MB %s article took %v, over 5 s", sh.name, d.Round(time.Millisecond))
			}
		})
	}
}

// BenchmarkGrowth checks each shape at three sizes, each twice the one
// before: with a linear cost the time per MB stays flat.
func BenchmarkGrowth(b *testing.B) {
	dir := b.TempDir()
	for _, sh := range shapes {
		for _, kb := range []int{512, 1024, 2048} {
			data := sh.gen(kb << 10)
			b.Run(fmt.Sprintf("shape=%s/size=%dKB", sh.name, kb), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					checkShape(b, dir, sh.name+sh.ext, data)
				}
			})
		}
	}
}

// Shape generates the article of a shape at a size, for the end-to-end
// scripts: its bytes and file extension, false for an unknown shape.
func Shape(name string, size int) ([]byte, string, bool) {
	for _, sh := range shapes {
		if sh.name == name {
			return sh.gen(size), sh.ext, true
		}
	}
	return nil, "", false
}
