package compare_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources"
)

// syntheticDocs extracts n generated articles: events of ten articles
// each, every event with its own people, whose ages and descriptors
// sometimes differ between the articles.
func syntheticDocs(b *testing.B, n int) []*claims.Document {
	b.Helper()
	given := []string{"Anna", "Pavel", "Mira", "Tomas", "Lena", "Oskar", "Irena", "Jonas"}
	syl := []string{"ka", "ro", "vel", "mi", "das", "lun", "te", "bor"}
	descr := []string{"an off-duty firefighter", "a retired firefighter", "a former navy officer"}
	arts := make([]*sources.Article, n)
	for i := range n {
		c := i/10*3 + 1
		p := func(k int) string {
			s := strings.ToUpper(syl[(c+k)%8][:1]) + syl[(c+k)%8][1:] + syl[(c+k)/8%8] + syl[(c+k)/64%8] + syl[(c+k)/512%8] + "ov"
			return given[(c+k)%len(given)] + " " + s
		}
		text := fmt.Sprintf("Fire at dock %d\n\nA fire broke out at warehouse %d in Vellmar on Thursday, injuring %d people.\n\n"+
			"The alarm was raised by %s, %d, %s. Mayor %s ordered the harbour master to close the port.\n\n"+
			"\"We were lucky nobody died in that fire,\" said %s.\n",
			i%50, i%50, 10+i%3, p(0), 50+i%4, descr[i%3], p(1), p(2))
		a, err := sources.Parse(fmt.Sprintf("a%05d.txt", i), []byte(text), sources.Options{})
		if err != nil {
			b.Fatal(err)
		}
		arts[i] = a
	}
	return claims.ExtractAll(arts, claims.DefaultLexicon(), claims.Options{})
}

func benchmarkCheck(b *testing.B, n int) {
	docs := syntheticDocs(b, n)
	b.ResetTimer()
	for b.Loop() {
		compare.Check(docs, compare.Options{})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
}

func BenchmarkCheck1000(b *testing.B)  { benchmarkCheck(b, 1000) }
func BenchmarkCheck10000(b *testing.B) { benchmarkCheck(b, 10000) }
