package claims_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

// ecbplusTexts is where the ECB+ articles are, one sentence per line.
const ecbplusTexts = "../../shared/corpora/ecbplus/texts"

// BenchmarkExtract extracts every ECB+ article once per iteration; the
// MB/s figure is extraction throughput on the cores given by -cpu.
func BenchmarkExtract(b *testing.B) {
	arts, size := ecbplusArticles(b)
	lex := claims.DefaultLexicon()
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		claims.ExtractAll(arts, lex, claims.Options{})
	}
}

// BenchmarkExtractWorkers extracts the ECB+ articles with one worker and
// with two, under the same GOMAXPROCS (run it with -cpu 2): the ratio is
// the speed-up parallel extraction gives on two cores.
func BenchmarkExtractWorkers(b *testing.B) {
	arts, size := ecbplusArticles(b)
	lex := claims.DefaultLexicon()
	for _, w := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				claims.ExtractAll(arts, lex, claims.Options{Workers: w})
			}
		})
	}
}

// ecbplusArticles reads the ECB+ texts, skipping the benchmark when they
// are absent; size is their bytes, for MB/s.
func ecbplusArticles(b *testing.B) ([]*sources.Article, int64) {
	files, _ := filepath.Glob(filepath.Join(ecbplusTexts, "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("ECB+ texts not found under " + ecbplusTexts)
	}
	var arts []*sources.Article
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if a, err := sources.Parse(f, data, sources.Options{}); err == nil {
			arts = append(arts, a)
			size += int64(len(data))
		}
	}
	return arts, size
}
