package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ecbplusTexts is where the ECB+ articles are, one sentence per line.
const ecbplusTexts = "../../shared/corpora/ecbplus/texts"

// BenchmarkParseECBPlus parses the real plain-text articles of ECB+,
// read in place; it is skipped when they are absent.
func BenchmarkParseECBPlus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(ecbplusTexts, "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("ECB+ texts not found under " + ecbplusTexts)
	}
	texts := make([][]byte, len(files))
	var size int64
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts[i] = data
		size += int64(len(data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, data := range texts {
			if _, err := Parse(files[i], data, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// bigInput repeats a fixture until it is about n bytes long.
func bigInput(b *testing.B, path string, n int) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return []byte(strings.Repeat(string(data), n/len(data)+1))
}

func BenchmarkParseText(b *testing.B) {
	data := bigInput(b, "testdata/articles/ferry_wire.txt", 2<<20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("big.txt", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/articles/ferry_page.html")
	if err != nil {
		b.Fatal(err)
	}
	s := string(page)
	i := strings.Index(s, "<p>PORT")
	j := strings.Index(s, "</article>")
	body := strings.Repeat(s[i:j], (2<<20)/(j-i))
	data := []byte(s[:i] + body + s[j:])
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("big.html", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseMarkdown(b *testing.B) {
	data := bigInput(b, "testdata/articles/ferry_update.md", 2<<20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("big.md", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
