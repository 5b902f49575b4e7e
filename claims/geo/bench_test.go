package geo

import (
	"runtime"
	"testing"
)

var benchNames = []string{"Ankara", "Düsseldorf", "Reading", "Monday", "President",
	"the United States", "Washington", "Şanlıurfa", "Police", "Barcelona"}

func BenchmarkIsPlaceName(b *testing.B) {
	get()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		IsPlaceName(benchNames[i%len(benchNames)])
	}
}

func BenchmarkLookup(b *testing.B) {
	get()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Lookup(benchNames[i%len(benchNames)])
	}
}

func BenchmarkRelate(b *testing.B) {
	get()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Relate(benchNames[i%len(benchNames)], "the Turkish capital")
	}
}

// BenchmarkLoad measures the first load of the embedded data: ms/load is
// the time, heap-MB the memory the loaded gazetteer keeps.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/load")
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	g, _ := load()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(g)
}
