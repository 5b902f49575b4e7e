package claims_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

// TestTimeout: an article over the time limit is left out with an error
// that names it; the others are extracted.
func TestTimeout(t *testing.T) {
	var big strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&big, "Officials said %d people were injured in the blast.\n\n", i+1)
	}
	texts := map[string]string{"small.txt": "Twelve people were injured when the ferry hit the pier.\n", "big.txt": big.String()}
	paths := []string{"small.txt", "big.txt"}
	slow := func(i int) (*sources.Article, error) {
		a, err := sources.Parse(paths[i], []byte(texts[paths[i]]), sources.Options{})
		if paths[i] == "big.txt" {
			time.Sleep(20 * time.Millisecond) // reading alone takes the time
		}
		return a, err
	}
	warm, _ := sources.Parse("warm.txt", []byte(texts["small.txt"]), sources.Options{})
	claims.Extract(warm, claims.DefaultLexicon()) // the gazetteer loads once, on first use
	docs, errs := claims.ExtractEach(2, slow, claims.DefaultLexicon(), claims.Options{Timeout: 10 * time.Millisecond, Workers: 1})
	if docs[0] == nil || errs[0] != nil || len(docs[0].Claims) == 0 {
		t.Errorf("the small article: doc %v, err %v", docs[0], errs[0])
	}
	var ie *sources.InputError
	if docs[1] != nil || !errors.Is(errs[1], claims.ErrTimeout) || !errors.As(errs[1], &ie) || ie.Path != "big.txt" {
		t.Errorf("the big article: doc %v, err %v; want no document and a timeout naming big.txt", docs[1] != nil, errs[1])
	}
	fast := func(i int) (*sources.Article, error) {
		return sources.Parse(paths[i], []byte(texts[paths[i]]), sources.Options{})
	}
	start := time.Now()
	_, errs = claims.ExtractEach(2, fast, claims.DefaultLexicon(), claims.Options{Timeout: time.Millisecond, Workers: 1})
	if !errors.Is(errs[1], claims.ErrTimeout) {
		t.Errorf("extraction past the limit: err %v, want a timeout", errs[1])
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("extraction stopped %v after it began, not soon after its limit", d)
	}
	docs, errs = claims.ExtractEach(2, slow, claims.DefaultLexicon(), claims.Options{Timeout: time.Minute})
	if docs[1] == nil || errs[1] != nil {
		t.Errorf("within a minute the big article is read: err %v", errs[1])
	}
}
