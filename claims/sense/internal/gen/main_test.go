package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/claims/internal/wordnet"
	"github.com/crosscheck/crosscheck/claims/sense/internal/store"
)

// TestTablesUpToDate rebuilds the tables from Open English WordNet and
// checks that they are byte for byte the committed ones: the generator is
// deterministic and the data were not edited by hand.
func TestTablesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("reading WordNet's YAML takes seconds")
	}
	dir := filepath.Join("..", "..", "..", "..", "..", "shared", "corpora", "wordnet", "yaml")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no WordNet source at %s", dir)
	}
	wn, err := wordnet.Read(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := build(wn)
	if err != nil {
		t.Fatal(err)
	}
	b, err := store.Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "data", "wordnet.tables"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, committed) {
		t.Errorf("tables built now (%d bytes) differ from data/wordnet.tables (%d bytes): run go run ./claims/sense/internal/gen", len(b), len(committed))
	}
}

func TestSpellingRank(t *testing.T) {
	tests := []struct {
		spelling, key string
		want          int
	}{
		{"march", "march", 0},
		{"March", "march", 1},
		{"MArch", "march", 2},
		{"Éclair", "éclair", 1},
	}
	for _, tt := range tests {
		if got := spellingRank(tt.spelling, tt.key); got != tt.want {
			t.Errorf("spellingRank(%q, %q) = %d, want %d", tt.spelling, tt.key, got, tt.want)
		}
	}
}
