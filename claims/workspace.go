package claims

import "strings"

// workspace is what one worker reuses from article to article: the token
// buffer (tokens are dropped when an article is done) and the answers of
// pure lookups (gazetteer, demonyms, name folding), which come back in
// article after article of the same news.
type workspace struct {
	toks     []Token
	cands    []cand           // name candidates of the article being read
	words    map[string]*word // by lower-case form
	lex      *Lexicon         // the lexicon words' flags come from
	article  uint32           // counts the articles read, for word.article
	folds    map[string]string
	places   map[string]bool
	demonyms map[string]string
}

// maxRemembered bounds each cache of a workspace; past it the cache starts
// again, so memory stays flat over any number of articles.
const maxRemembered = 1 << 16

func newWorkspace() *workspace {
	return &workspace{words: map[string]*word{}, folds: map[string]string{},
		places: map[string]bool{}, demonyms: map[string]string{}}
}

// word is what a worker knows of one word: its lexicon flags, and how
// often the current article writes it in lower case.
type word struct {
	flags   uint32
	article uint32 // the article lower counts; an older one means 0
	lower   int
}

// scanWords gives every word token of the article its flags and counts
// the words the article writes in lower case, so that a capitalised
// common word at the start of a sentence is not taken for a name.
func (x *extractor) scanWords() {
	ws := x.ws
	if ws.lex != x.lex || len(ws.words) >= maxRemembered {
		clear(ws.words)
		ws.lex = x.lex
	}
	ws.article++
	for si := range x.sents {
		toks := x.sents[si].Tokens
		for i := range toks {
			t := &toks[i]
			if t.Kind != TWord {
				continue
			}
			w := ws.words[t.low]
			if w == nil {
				w = &word{flags: x.lex.flags[t.low]}
				ws.words[strings.Clone(t.low)] = w
			}
			t.flags = w.flags
			if w.article != ws.article {
				w.article, w.lower = ws.article, 0
			}
			if t.Text == t.low && t.Lower() {
				w.lower++
			}
		}
	}
}

// lowerCount returns how often the article writes the lower-case word w.
func (x *extractor) lowerCount(w string) int {
	if k := x.ws.words[w]; k != nil && k.article == x.ws.article {
		return k.lower
	}
	return 0
}

// remember returns f(k), kept in m. Keys are cloned: they are slices of
// an article's text, which must not be kept alive by the cache.
func remember[V any](m map[string]V, k string, f func(string) V) V {
	if v, ok := m[k]; ok {
		return v
	}
	v := f(k)
	if len(m) >= maxRemembered {
		clear(m)
	}
	m[strings.Clone(k)] = v
	return v
}
