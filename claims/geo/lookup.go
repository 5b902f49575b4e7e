package geo

// Lookup returns the places known by name, exact name or alias, compared
// after folding (case, diacritics, "the", full stops: "Duesseldorf",
// "Düsseldorf" and "Dusseldorf" are one key), most populous first. An
// ambiguous name returns every place it names ("Georgia": the country and
// the US state). It returns nil for an unknown name.
func Lookup(name string) []Place {
	g := get()
	ids := g.byKey[Fold(name)]
	if len(ids) == 0 {
		return nil
	}
	out := make([]Place, len(ids))
	for i, id := range ids {
		out[i] = g.places[id]
	}
	return out
}

// IsPlaceName reports whether name is a known place name. It is one fold
// and one map lookup, cheap enough to call on every capitalised run of
// words. A name that is also an everyday English word ("nice", "reading",
// "split") counts only when written with a capital letter; at the start of
// a sentence that capital proves nothing, which the caller can check with
// IsCommonWord.
func IsPlaceName(name string) bool {
	g := get()
	k := Fold(name)
	if len(g.byKey[k]) == 0 {
		return false
	}
	return !g.common[k] || capitalised(name)
}

// IsCommonWord reports whether the folded name is also an everyday English
// word (Nice, Reading, Bath, Mobile, Split, Orange, Chad), so that a
// capitalised match at the start of a sentence is weak evidence of a place.
func IsCommonWord(name string) bool {
	return get().common[Fold(name)]
}

// Demonym returns the ISO code of the country whose people or adjective the
// word names: "German", "Germans", "Spaniards", "Britons", "British",
// "Turkish", "Thai". A word shared by several countries that the data does
// not settle ("Korean") returns false.
func Demonym(word string) (country string, ok bool) {
	code := get().demonym[Fold(word)]
	return code, code != ""
}

// Adjective returns the adjective of a country's people ("NO" →
// "Norwegian"), as the data lists it first; "" when none is known.
func Adjective(code string) string { return get().adjective[upperASCII(code)] }

// Country returns the country with the ISO 3166-1 alpha-2 code (any case).
func Country(code string) (Place, bool) {
	g := get()
	i, ok := g.countries[upperASCII(code)]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Capital returns the capital city of the country with the ISO code.
func Capital(code string) (Place, bool) {
	g := get()
	i, ok := g.capital[upperASCII(code)]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// RegionOf returns the region with the given ID, e.g. a city's Region.
func RegionOf(id string) (Place, bool) {
	g := get()
	i, ok := g.regions[id]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
