package claims

import "strings"

// workspace is what one worker reuses from article to article: the token
// buffer (tokens are dropped when an article is done) and the answers of
// pure lookups (gazetteer, demonyms, name folding), which come back in
// article after article of the same news.
type workspace struct {
	toks       []Token
	lowerCount map[string]int
	folds      map[string]string
	places     map[string]bool
	demonyms   map[string]string
}

// maxRemembered bounds each cache of a workspace; past it the cache starts
// again, so memory stays flat over any number of articles.
const maxRemembered = 1 << 16

func newWorkspace() *workspace {
	return &workspace{lowerCount: map[string]int{}, folds: map[string]string{},
		places: map[string]bool{}, demonyms: map[string]string{}}
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
