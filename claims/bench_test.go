package claims_test

import (
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
		a, err := sources.Parse(f, data, sources.Options{})
		if err != nil {
			continue
		}
		arts = append(arts, a)
		size += int64(len(data))
	}
	lex := claims.DefaultLexicon()
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		claims.ExtractAll(arts, lex, claims.Options{})
	}
}
