package value

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchSentences are sentences in the manner of wire copy about a
// fictional storm, written for the benchmark.
var benchSentences = []string{
	"Storm Idris made landfall on the northern coast shortly after 3am local time on Tuesday, forecasters said.",
	"At least 14 people were killed and about 60 injured as winds of up to 150 km/h tore through coastal towns.",
	"The regional governor, Marta Oyelaran, said more than 2,300 homes had been damaged and several hundred families moved to shelters.",
	"Emergency crews worked through the night to clear roads, officials told reporters at a briefing in the port city.",
	"A 47-year-old fisherman was swept from a breakwater late last night; his body was found two days later, police said.",
	"Rainfall of nearly 200mm was recorded in 24 hours at the weather station, the highest since records began in 1952.",
	"The storm, which had been tracked for eight days across the ocean, weakened to a tropical depression by 18:00 GMT.",
	"Power was restored to roughly 40,000 customers by Wednesday evening, the utility said in a statement.",
	"It was the third storm to strike the region this year and the strongest since September 2013.",
	"Schools will stay closed until Monday, December 12, the education ministry announced on its website.",
	"“We lost everything,” said one resident, who asked not to be named, standing outside a flooded bakery.",
	"Flights resumed at 09.15 on Thursday after an 11-hour closure, with dozens of passengers stranded overnight.",
	"The government pledged $25m in emergency aid and said a further £4.5bn would be spent over five years.",
	"Between 30 and 40 boats were lost in the harbour, according to the fishermen's association.",
	"Temperatures dropped to 12°C as the front passed, about 9°C below the seasonal average.",
	"The prime minister visited the worst-hit district yesterday and promised an inquiry into the warning system.",
}

// benchText is a few hundred kilobytes of sentences, one per line.
func benchText() []string {
	var out []string
	size := 0
	for size < 400_000 {
		for _, s := range benchSentences {
			out = append(out, s)
			size += len(s) + 1
		}
	}
	return out
}

func totalBytes(lines []string) int64 {
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	return int64(n)
}

var benchPub = time.Date(2016, 12, 7, 0, 0, 0, 0, time.UTC)

func runFinders(lines []string) int {
	found := 0
	for _, l := range lines {
		found += len(FindNumbers(l)) + len(FindDates(l, benchPub)) + len(FindTimes(l))
	}
	return found
}

// BenchmarkFinders runs the three finders over every sentence. Besides
// MB/s of wall time it reports cpu-MB/s, the throughput per second of
// process CPU time, which stays meaningful on a loaded machine.
func BenchmarkFinders(b *testing.B) {
	lines := benchText()
	b.SetBytes(totalBytes(lines))
	cpu0 := cpuTime()
	for b.Loop() {
		runFinders(lines)
	}
	reportCPU(b, totalBytes(lines), cpu0)
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, bytes int64, cpu0 time.Duration) {
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}

func BenchmarkFindNumbers(b *testing.B) {
	lines := benchText()
	b.SetBytes(totalBytes(lines))
	for b.Loop() {
		for _, l := range lines {
			FindNumbers(l)
		}
	}
}

func BenchmarkFindDates(b *testing.B) {
	lines := benchText()
	b.SetBytes(totalBytes(lines))
	for b.Loop() {
		for _, l := range lines {
			FindDates(l, benchPub)
		}
	}
}

func BenchmarkFindTimes(b *testing.B) {
	lines := benchText()
	b.SetBytes(totalBytes(lines))
	for b.Loop() {
		for _, l := range lines {
			FindTimes(l)
		}
	}
}

// BenchmarkFindersECBPlus runs the finders over the ECB+ news texts, line
// by line, when the shared corpus is present.
func BenchmarkFindersECBPlus(b *testing.B) {
	lines := ecbPlusLines(b)
	b.SetBytes(totalBytes(lines))
	cpu0 := cpuTime()
	for b.Loop() {
		runFinders(lines)
	}
	reportCPU(b, totalBytes(lines), cpu0)
}

// BenchmarkFindNumbersECBPlus runs FindNumbers over the ECB+ news texts,
// line by line, when the shared corpus is present.
func BenchmarkFindNumbersECBPlus(b *testing.B) {
	lines := ecbPlusLines(b)
	b.SetBytes(totalBytes(lines))
	for b.Loop() {
		for _, l := range lines {
			FindNumbers(l)
		}
	}
}

// ecbPlusLines reads the lines of the ECB+ news texts in place, skipping
// the benchmark when the shared corpus is absent.
func ecbPlusLines(b *testing.B) []string {
	files, _ := filepath.Glob("../../../shared/corpora/ecbplus/texts/*/*.txt")
	if len(files) == 0 {
		b.Skip("../shared/corpora/ecbplus/texts not present")
	}
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	return lines
}

// BenchmarkFind runs Find, the three finders over one scan, over every
// sentence.
func BenchmarkFind(b *testing.B) {
	lines := benchText()
	b.SetBytes(totalBytes(lines))
	cpu0 := cpuTime()
	for b.Loop() {
		for _, l := range lines {
			Find(l, benchPub)
		}
	}
	reportCPU(b, totalBytes(lines), cpu0)
}

func BenchmarkCompare(b *testing.B) {
	n1, _ := ParseNumber("some 100 km")
	n2, _ := ParseNumber("about 60 miles")
	d1 := FindDates("on Monday", benchPub)[0].Date
	d2 := FindDates("on 5 December 2016", time.Time{})[0].Date
	c1 := FindTimes("at 16:30 BST")[0].Clock
	c2 := FindTimes("at 10.30pm UTC+7")[0].Clock
	for b.Loop() {
		CompareNumbers(n1, n2)
		CompareDates(d1, d2)
		CompareTimes(c1, c2, UnknownOffset)
	}
}
