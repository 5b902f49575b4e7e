package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestScratchSpeed tokenizes and annotates ECB+ texts line by line and
// reports CPU MB/s.
func TestScratchSpeed(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("SYNTAX_MODEL"))
	if err != nil {
		t.Skip(err)
	}
	m, _ := Load(data)
	files, _ := filepath.Glob("../../../shared/corpora/ecbplus/texts/*/*.txt")
	var lines []string
	total := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		for _, l := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
				total += len(l) + 1
			}
		}
	}
	var s Sentence
	for round := 0; round < 3; round++ {
		c0, w0 := cpuTime(), time.Now()
		words := 0
		for _, l := range lines {
			s.Text = l
			s.Words = AppendTokens(s.Words[:0], l)
			m.Annotate(&s)
			words += len(s.Words)
		}
		c := cpuTime() - c0
		t.Logf("%d bytes, %d words: cpu %.2fs (%.2f MB/s, %.0f words/s), wall %.2fs", total, words, c.Seconds(), float64(total)/c.Seconds()/1e6, float64(words)/c.Seconds(), time.Since(w0).Seconds())
	}
}
