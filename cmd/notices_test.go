package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoticeFile keeps the repository's NOTICE and the licence the
// binary prints in step, and checks that every bundled part's NOTICE is
// printed: each data folder holding a NOTICE.txt is in notices.
func TestNoticeFile(t *testing.T) {
	root, err := os.ReadFile(filepath.Join("..", "NOTICE"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(root), codeLicence) {
		t.Errorf("../NOTICE does not begin with the licence the binary prints:\n%s", codeLicence)
	}
	found, _ := filepath.Glob(filepath.Join("..", "*", "*", "data", "NOTICE.txt"))
	more, _ := filepath.Glob(filepath.Join("..", "*", "*", "NOTICE.txt"))
	deeper, _ := filepath.Glob(filepath.Join("..", "*", "*", "*", "NOTICE.txt"))
	for _, f := range append(append(found, more...), deeper...) {
		part := filepath.ToSlash(filepath.Dir(strings.TrimPrefix(f, ".."+string(filepath.Separator))))
		listed := false
		for _, n := range notices {
			listed = listed || n.Part == part
		}
		if !listed {
			t.Errorf("%s is not among the notices that version --licenses prints", f)
		}
		if !strings.Contains(string(root), part+"/NOTICE.txt") {
			t.Errorf("../NOTICE does not name %s/NOTICE.txt", part)
		}
	}
	for _, n := range notices {
		if strings.TrimSpace(n.Text) == "" {
			t.Errorf("the notice of %s is empty", n.Part)
		}
	}
}
