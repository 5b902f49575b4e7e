package value

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSharedTexts runs the finders over the shared acceptance articles
// and checks that every span is in range and in order. The articles are
// read at test time, never copied.
func TestSharedTexts(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/acceptance/cases/*/*")
	if len(files) == 0 {
		t.Skip("../shared/acceptance/cases not present")
	}
	pub := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			v := Find(line, pub)
			var spans [][2]int
			var texts []string
			for _, n := range v.Numbers {
				spans, texts = append(spans, [2]int{n.Start, n.End}), append(texts, n.Text)
			}
			checkSpans(t, line, spans, texts)
			spans, texts = nil, nil
			for _, d := range v.Dates {
				spans, texts = append(spans, [2]int{d.Start, d.End}), append(texts, d.Text)
			}
			checkSpans(t, line, spans, texts)
		}
	}
}
