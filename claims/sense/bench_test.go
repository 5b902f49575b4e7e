package sense

import "testing"

// BenchmarkLoad measures decoding the embedded tables and resolving the
// data files against them, which Default does once, on first use.
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(tablesFile)))
	for b.Loop() {
		if _, err := load(tablesFile, preferYAML, eventsYAML, classesYAML); err != nil {
			b.Fatal(err)
		}
	}
}

// benchWords are common news nouns and verbs, a few unknown to WordNet.
var benchWords = []Word{
	{"police", Noun}, {"officer", Noun}, {"say", Verb}, {"kill", Verb}, {"people", Noun},
	{"ferry", Noun}, {"injure", Verb}, {"hospital", Noun}, {"fire", Noun}, {"arrest", Verb},
	{"minister", Noun}, {"explosion", Noun}, {"go", Verb}, {"city", Noun}, {"zzyzx", Noun},
	{"resign", Verb}, {"derailment", Noun}, {"week", Noun}, {"charge", Verb}, {"death", Noun},
}

func BenchmarkEventType(b *testing.B) {
	tb := tables(b)
	for b.Loop() {
		for _, w := range benchWords {
			tb.EventType(w.Lemma, w.POS)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchWords)), "ns/word")
}

func BenchmarkNounClass(b *testing.B) {
	tb := tables(b)
	for b.Loop() {
		for _, w := range benchWords {
			tb.NounClass(w.Lemma)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchWords)), "ns/word")
}

func BenchmarkIsA(b *testing.B) {
	tb := tables(b)
	for b.Loop() {
		for _, w := range benchWords {
			tb.IsA(w.Lemma, w.POS, "person")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchWords)), "ns/word")
}

func BenchmarkSimilar(b *testing.B) {
	tb := tables(b)
	for b.Loop() {
		for i, w := range benchWords {
			tb.Similar(w.Lemma, benchWords[(i+1)%len(benchWords)].Lemma, w.POS)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchWords)), "ns/pair")
}

func BenchmarkLexname(b *testing.B) {
	tb := tables(b)
	for b.Loop() {
		for _, w := range benchWords {
			tb.Lexname(w.Lemma, w.POS)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchWords)), "ns/word")
}
