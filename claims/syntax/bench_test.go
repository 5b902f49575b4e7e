package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ecbLines reads the ECB+ texts beside the repository, one sentence a
// line, or skips the benchmark.
func ecbLines(b *testing.B) ([]string, int) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpora", "ecbplus", "texts", "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("the ECB+ texts are not beside the repository (../shared/corpora/ecbplus)")
	}
	var lines []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
				n += len(l) + 1
			}
		}
	}
	return lines, n
}

// BenchmarkAnnotate tokenizes, tags, lemmatises and parses the ECB+ texts
// sentence by sentence with the embedded model: the throughput of the
// syntax layer, in MB/s of text.
func BenchmarkAnnotate(b *testing.B) {
	lines, n := ecbLines(b)
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var s Sentence
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	words := 0
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			s.Text = l
			s.Words = AppendTokens(s.Words[:0], l)
			m.Annotate(&s)
			words += len(s.Words)
		}
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkLoad decodes the embedded model, as every command that parses
// does once.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(modelFile); err != nil {
			b.Fatal(err)
		}
	}
}
