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
func (x *extractor) isPlace(name string) bool {
	if v, ok := x.places[name]; ok {
		return v
	}
	v := isPlace(name)
	x.places[name] = v
	return v
}

// isDemonym is isDemonym with the article's answers remembered.
func (x *extractor) isDemonym(w string) bool {
	if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') {
		return false
	}
	return x.demonymCountry(w) != ""
}

// demonymCountry is demonymCountry with the article's answers remembered.
func (x *extractor) demonymCountry(w string) string {
	if v, ok := x.demonyms[w]; ok {
		return v
	}
	v := demonymCountry(w)
	x.demonyms[w] = v
	return v
}
