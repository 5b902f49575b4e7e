package claims

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/claims/geo"
	"github.com/crosscheck/crosscheck/claims/sense"
	"github.com/crosscheck/crosscheck/claims/syntax"
	"github.com/crosscheck/crosscheck/claims/value"
	"github.com/crosscheck/crosscheck/sources"
)

// extractor holds the state of one article's extraction.
type extractor struct {
	lex         *Lexicon
	a           *sources.Article
	doc         *Document
	sents       []Sentence
	ws          *workspace
	nameRefs    [][]ref // person names per sentence, as resolved
	refs        [][]ref // person references per sentence, in token order
	focus       []int   // per sentence: the person the sentence is about, or -1
	quotes      []quoteSpan
	quotesIn    [][]int32       // per sentence: the quotes that overlap it, in order
	nationality map[int]string  // entity → country code, from role phrases
	keys        []nameKey       // per entity of doc.Entities
	parses      []parsed        // per sentence: its parse and predications
	mentions    [][]sentMention // per sentence: the mentions of entities (see mentionsIn)
	sense       *sense.Tables   // word meaning, for the types of events
	main        int             // index of the main event in doc.Events, or -1

	deadline time.Time // zero: no time limit
	timedOut bool      // the deadline passed before the article was done

	// the dates of sentence datesAt-1, found once for counts, events,
	// orders and earlier occasions (datesAt 0: none yet)
	datesAt int
	dates   []value.DateSpan
}

// datesIn returns the dates of sentence si, scanning it at most once.
func (x *extractor) datesIn(si int) []value.DateSpan {
	if x.datesAt != si+1 {
		x.dates, x.datesAt = x.lex.values.FindDates(x.sents[si].Text, x.a.Published), si+1
	}
	return x.dates
}

// Options limit extraction.
type Options struct {
	Workers     int // articles extracted in parallel; 0 means one per CPU
	MaxSentence int // longest sentence read, in bytes; 0 means DefaultMaxSentence
	// Timeout bounds the time one article may take to be read and
	// extracted (0: no bound). It is checked after reading and between
	// sentences; an article over it is left out with an error wrapping
	// ErrTimeout, and the others go on.
	Timeout time.Duration

	deadline time.Time // when the article being extracted is out of time
}

// ErrTimeout says that an article took longer than Options.Timeout.
var ErrTimeout = errors.New("timed out")

// DefaultMaxSentence is the longest sentence read when Options.MaxSentence
// is 0. A longer one (a table, a list run together, a page without
// punctuation) is skipped with a problem, never read half-way.
const DefaultMaxSentence = 4000

// Extract reads one article into a Document: sentences, entities resolved
// inside the article, and claims with their provenance.
func Extract(a *sources.Article, lex *Lexicon) *Document {
	return ExtractWith(a, lex, Options{})
}

// ExtractWith is Extract with limits.
func ExtractWith(a *sources.Article, lex *Lexicon, opts Options) *Document {
	return newWorkspace().extract(a, lex, opts)
}

// extract reads one article with the buffers and caches of ws.
func (ws *workspace) extract(a *sources.Article, lex *Lexicon, opts Options) *Document {
	d, _ := ws.extractTimed(a, lex, opts)
	return d
}

// extractTimed is extract, and whether the article ran out of time (its
// document is then partial).
func (ws *workspace) extractTimed(a *sources.Article, lex *Lexicon, opts Options) (*Document, bool) {
	x := &extractor{lex: lex, a: a, doc: &Document{Article: a}, nationality: map[int]string{}, ws: ws, deadline: opts.deadline}
	if x.late() {
		return x.doc, true // reading took the article's time
	}
	var sents []Sentence
	sents, ws.toks = split(a, ws.toks[:0], lex.abbreviations)
	x.sents = x.limit(sents, opts.MaxSentence)
	x.doc.Sentences = x.sents
	x.scanWords()
	x.nameRefs = make([][]ref, len(x.sents))
	if t, err := sense.Default(); err == nil {
		x.sense = t // role nouns inside names
	}
	cands := ws.cands[:0]
	for si := range x.sents {
		cands = x.findNames(si, cands)
	}
	ws.cands = cands
	if x.late() {
		return x.doc, true
	}
	x.doc.Entities = make([]Entity, 0, len(cands)/2+1)
	x.resolve(cands)
	x.findRefs()
	x.findQuotes()
	x.parse()
	x.main = -1
	x.findEvents()
	for si := range x.sents {
		if si%64 == 0 && x.late() {
			return x.doc, true
		}
		x.attributes(si)
		x.descriptions(si)
		x.arguments(si)
		x.orders(si)
		x.statements(si)
		x.counts(si)
	}
	x.quoteClaims()
	x.finish()
	// the tokens served extraction; a report keeps only the sentences'
	// text, so memory stays bounded by the articles, not their tokens, and
	// the workspace's buffer serves the next article
	for i := range x.doc.Sentences {
		x.doc.Sentences[i].Tokens = nil
	}
	return x.doc, x.timedOut
}

// late reports whether the article's time is up, and marks it so.
func (x *extractor) late() bool {
	if x.deadline.IsZero() || time.Now().Before(x.deadline) {
		return false
	}
	x.timedOut = true
	return true
}

// limit drops sentences over max bytes, each with a problem that says so.
func (x *extractor) limit(sents []Sentence, max int) []Sentence {
	if max <= 0 {
		max = DefaultMaxSentence
	}
	kept := sents[:0]
	for _, s := range sents {
		if s.End-s.Start > max {
			x.doc.Problems.Add(x.a.Position(s.Start), fmt.Sprintf("sentence of %d bytes skipped (over the limit of %d)", s.End-s.Start, max))
			x.doc.Skipped++
			continue
		}
		kept = append(kept, s)
	}
	return kept
}

// finish drops the claims read twice from one sentence (a pattern and
// the parse may read the same appositive), then fills in positions and
// the caption flag of every claim.
func (x *extractor) finish() {
	type key struct {
		kind                   Kind
		subject                int
		as, attribute, norm, t string
		sentence               int
	}
	seen := make(map[key]bool, len(x.doc.Claims))
	kept := x.doc.Claims[:0]
	for _, c := range x.doc.Claims {
		k := key{c.Kind, c.Subject, c.SubjectAs, c.Attribute, c.Value.Norm, c.Value.Text, c.Sentence}
		if c.Kind != Quote && seen[k] {
			continue
		}
		seen[k] = true
		kept = append(kept, c)
	}
	x.doc.Claims = kept
	for i := range x.doc.Claims {
		c := &x.doc.Claims[i]
		c.Pos = x.a.Position(c.Start)
		if b := x.sents[c.Sentence].Block; b < len(x.a.Blocks) {
			k := x.a.Blocks[b].Kind
			c.Caption = k == sources.Caption || k == sources.Headline
		}
		if c.Scope == "" {
			c.Scope = OutletVoice
		}
	}
}

// add appends a claim read from sentence si, spanning [start, end).
func (x *extractor) add(c Claim, si int) {
	c.Sentence = si
	if c.Pred != "" && c.EventType == "" {
		c.EventType = x.eventType(c.Pred, "VERB")
		if c.EventType == "" {
			c.EventType = x.eventType(c.Pred, "NOUN")
		}
	}
	if c.Start == 0 && c.End == 0 {
		c.Start, c.End = x.sents[si].Start, x.sents[si].End
	}
	if q := x.quoteAt(c.Start); q != nil && c.Kind != Quote {
		c.Scope = Speaker
		if q.speaker < 0 {
			c.Scope = Unnamed
		}
		c.Speaker = q.speaker
		c.Said = q.speakerText
	}
	if c.Kind != Quote && c.Modality == "" {
		c.Modality = x.modalityNear(si, c.Start, c.End)
	}
	if c.Kind == Count && c.Modality == "" {
		c.Modality = x.predicateModality(si, c.End) // "two crew members must be on board"
	}
	if c.Kind == Count && c.When == "" {
		if d, ok := x.earlierOccasion(si, c.Start, c.End); ok {
			c.When, c.Earlier = d.String(), true
		}
	}
	x.doc.Claims = append(x.doc.Claims, c)
}

// modalityNear returns the modality of the words of a claim and the eight
// words before it, back to a semicolon or a reporting verb: "reportedly",
// "allegedly", "denied", "not", "may".
// predicateModality is the modality of the two words after a counted
// noun, where its verb's auxiliary stands ("may have died", "must be on
// board", "were reportedly hurt"), up to punctuation or a conjunction;
// further on a modal word is another verb's ("150 aboard was likely to
// have survived"). A negation there is left out: in "the two
// deaths were not related" the deaths stand.
func (x *extractor) predicateModality(si, end int) string {
	toks := x.sents[si].Tokens
	_, k := x.tokenRange(si, end, end)
	for n := 0; n < 2 && k < len(toks) && toks[k].Kind == TWord; n, k = n+1, k+1 {
		w := lower(toks[k])
		switch w {
		case "and", "but", "or", "which", "who", "that":
			return ""
		}
		if m := x.lex.modality[w]; m != "" && m != "not" && !(w == "may" && toks[k].Upper()) {
			return m
		}
	}
	return ""
}

func (x *extractor) modalityNear(si, start, end int) string {
	toks := x.sents[si].Tokens
	from, to := x.tokenRange(si, start, end)
	back := from
	for back > 0 && back > from-8 && toks[back-1].Text != ";" && !x.lex.reporting[lower(toks[back-1])] {
		back--
	}
	for k := back; k < to && k < len(toks); k++ {
		w := lower(toks[k])
		if k+1 < len(toks) && w == "according" && lower(toks[k+1]) == "to" {
			return "reportedly"
		}
		if m, ok := x.lex.modality[w]; ok && !(w == "may" && toks[k].Upper()) { // "May" the month
			return m
		}
		if k+1 < len(toks) && w == "no" && lower(toks[k+1]) == "longer" {
			return "not"
		}
	}
	return ""
}

// ExtractAll extracts every article, in parallel on up to opts.Workers
// goroutines (0 means one per CPU). The result is in the order of arts,
// whatever the scheduling.
func ExtractAll(arts []*sources.Article, lex *Lexicon, opts Options) []*Document {
	docs, _ := ExtractEach(len(arts), func(i int) (*sources.Article, error) { return arts[i], nil }, lex, opts)
	return docs
}

// ExtractEach streams n articles through reading and extraction: each
// worker reads article i with read, extracts it and moves on, so that an
// article's raw bytes and tokens are garbage as soon as its document is
// made. Documents and errors come back in the order of i, whatever the
// scheduling; an article that cannot be read leaves a nil document and
// its error.
func ExtractEach(n int, read func(i int) (*sources.Article, error), lex *Lexicon, opts Options) ([]*Document, []error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	docs := make([]*Document, n)
	errs := make([]error, n)
	loadModels() // once, before any article's clock starts
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ws := newWorkspace()
			for i := range next {
				docs[i], errs[i] = ws.readExtract(i, read, lex, opts)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return docs, errs
}

// loadModels loads the parsing model, the WordNet tables and the
// gazetteer, which the first article would otherwise wait for within its
// --timeout. An error is the first article's to report.
func loadModels() {
	_, _ = syntax.Default()
	_, _ = sense.Default()
	geo.Lookup("London")
}

// readExtract reads and extracts article i within opts.Timeout.
func (ws *workspace) readExtract(i int, read func(int) (*sources.Article, error), lex *Lexicon, opts Options) (*Document, error) {
	start := time.Now()
	a, err := read(i)
	if err != nil {
		return nil, err
	}
	if opts.Timeout > 0 {
		opts.deadline = start.Add(opts.Timeout)
	}
	d, late := ws.extractTimed(a, lex, opts)
	if late || (opts.Timeout > 0 && time.Since(start) > opts.Timeout) {
		return nil, &sources.InputError{Path: a.Path, Err: fmt.Errorf("%w: not read and extracted within --timeout %v; left out", ErrTimeout, opts.Timeout)}
	}
	return d, nil
}

func lower(t Token) string { return t.LowerText() }
