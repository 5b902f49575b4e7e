package claims

import "strings"

// workspace is what one worker reuses from article to article: the
// buffers of tokens, name candidates and words (each article's, emptied
// for the next) and the answers of pure lookups (gazetteer, demonyms,
// name folding), which come back in article after article of the same
// news.
type workspace struct {
	toks     []Token
	cands    []cand           // name candidates of the article being read
	words    map[string]int32 // the article's words by lower-case form: index into vocab
	vocab    []word
	folds    map[string]string
	places   map[string]bool
	demonyms map[string]string
}

// maxRemembered bounds each cache of a workspace; past it the cache starts
// again, so memory stays flat over any number of articles.
const maxRemembered = 1 << 16

func newWorkspace() *workspace {
	return &workspace{words: map[string]int32{}, folds: map[string]string{},
		places: map[string]bool{}, demonyms: map[string]string{}}
}

// word is what the article being read does with one word: its lexicon
// flags, and how often the article writes it in lower case.
type word struct {
	flags uint32
	lower int32
}

// scanWords gives every word token of the article its flags and counts
// the words the article writes in lower case, so that a capitalised
// common word at the start of a sentence is not taken for a name. The
// table is the article's own, cleared for the next: small enough to stay
// in cache, which a table of every word the worker ever met is not.
func (x *extractor) scanWords() {
	ws := x.ws
	clear(ws.words)
	ws.vocab = ws.vocab[:0]
	for si := range x.sents {
		toks := x.sents[si].Tokens
		for i := range toks {
			t := &toks[i]
			if t.Kind != TWord {
				continue
			}
			k, ok := ws.words[t.low]
			if !ok {
				k = int32(len(ws.vocab))
				ws.vocab = append(ws.vocab, word{flags: x.lex.flags[t.low]})
				ws.words[t.low] = k
			}
			w := &ws.vocab[k]
			t.flags = w.flags
			if t.Text == t.low && t.Lower() {
				w.lower++
			}
		}
	}
}

// lowerCount returns how often the article writes the lower-case word w.
func (x *extractor) lowerCount(w string) int {
	if k, ok := x.ws.words[w]; ok {
		return int(x.ws.vocab[k].lower)
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
