package claims

import "github.com/crosscheck/crosscheck/claims/geo"

// isPlace reports whether a capitalised word or phrase names a known place.
func isPlace(name string) bool { return geo.IsPlaceName(trimPossessive(name)) }

// isDemonym reports whether a capitalised word is a nationality adjective
// or demonym ("Turkish", "Germans").
func isDemonym(w string) bool {
	if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') {
		return false
	}
	return demonymCountry(w) != ""
}

// demonymCountry returns the country code of a demonym, or "".
func demonymCountry(w string) string {
	c, _ := geo.Demonym(w)
	return c
}

// isPlace is isPlace with the article's answers remembered: the same
// capitalised words come back sentence after sentence.
func (x *extractor) isPlace(name string) bool { return memo(x.places, name, isPlace) }

// isDemonym is isDemonym with the article's answers remembered.
func (x *extractor) isDemonym(w string) bool {
	if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') {
		return false
	}
	return x.demonymCountry(w) != ""
}

// demonymCountry is demonymCountry with the article's answers remembered.
func (x *extractor) demonymCountry(w string) string { return memo(x.demonyms, w, demonymCountry) }

// memo returns f(k), remembered in m.
func memo[K comparable, V any](m map[K]V, k K, f func(K) V) V {
	if v, ok := m[k]; ok {
		return v
	}
	v := f(k)
	m[k] = v
	return v
}
