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

// isPlace is isPlace with the worker's answers remembered: the same
// capitalised words come back sentence after sentence.
func (x *extractor) isPlace(name string) bool { return remember(x.ws.places, name, isPlace) }

// isDemonym is isDemonym with the worker's answers remembered.
func (x *extractor) isDemonym(w string) bool {
	if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') {
		return false
	}
	return x.demonymCountry(w) != ""
}

// demonymCountry is demonymCountry with the worker's answers remembered.
func (x *extractor) demonymCountry(w string) string {
	return remember(x.ws.demonyms, w, demonymCountry)
}
