package sources

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// describe renders what was read of an article, one fact or block a line.
func describe(a *Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format: %s\ntitle: %s\noutlet: %s\nauthor: %s\nurl: %s\n", a.Format, a.Title, a.Outlet, a.Author, a.URL)
	pub := "none"
	if a.HasPublished() {
		pub = a.Published.Format(time.RFC3339) + " (" + a.PublishedFrom + ")"
	}
	fmt.Fprintf(&b, "published: %s\ndateline: %s\nwarnings: %q\n", pub, a.Dateline, a.Warnings)
	for _, bl := range a.Blocks {
		fmt.Fprintf(&b, "%s [%s] %s\n", a.Position(bl.Start), bl.Kind, a.Text[bl.Start:bl.End])
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/articles/*")
	if len(files) == 0 {
		t.Fatal("no fixtures under testdata/articles")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			arts, errs := Load([]string{f}, Options{})
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("Load(%s) = %d articles, errors %v", f, len(arts), errs)
			}
			got := describe(arts[0])
			golden := filepath.Join("testdata", "golden", filepath.Base(f)+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./sources -run TestGolden -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n--- got\n%s--- want\n%s", f, golden, got, want)
			}
		})
	}
}
