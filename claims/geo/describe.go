package geo

import "strings"

// Words that name a kind of place after a name ("the Ankara province") or
// before "of" ("the Turkish city of Izmir").
var (
	regionWords = map[string]bool{
		"province": true, "region": true, "state": true, "oblast": true,
		"governorate": true, "prefecture": true, "county": true,
		"department": true, "district": true, "krai": true,
	}
	cityWords = map[string]bool{
		"city": true, "town": true, "port": true, "village": true,
		"resort": true, "capital": true,
	}
)

// Regional reports whether a phrase names a region by its kind ("the
// Rhône region", "Kars province", "the area"): a place that may hold a
// town it does not name.
func Regional(phrase string) bool {
	w := strings.Fields(Fold(phrase))
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	return regionWords[last] || last == "area"
}

// Describe resolves a descriptive phrase to one place: "the Turkish
// capital" and "the capital of Turkey" → Ankara, "the Thai capital" →
// Bangkok, "the Turkish city of Izmir" → Izmir, "the Ankara province" → the
// region of Ankara; a plain name resolves to its most populous place. "the
// capital" alone, or any phrase it cannot tie to one place, returns false.
func Describe(phrase string) (Place, bool) {
	words := strings.Fields(Fold(phrase))
	if len(words) == 0 || len(words) > 12 {
		return Place{}, false
	}
	for _, try := range []func([]string) (Place, bool){capitalPhrase, ofPhrase, kindPhrase} {
		if p, ok := try(words); ok {
			return p, true
		}
	}
	if ps := Lookup(phrase); len(ps) > 0 {
		return ps[0], true
	}
	return Place{}, false
}

// capitalPhrase reads "<country or people> capital" and "capital of <country>".
func capitalPhrase(w []string) (Place, bool) {
	switch {
	case len(w) >= 2 && w[len(w)-1] == "capital":
		return capitalOf(w[:len(w)-1])
	case len(w) >= 3 && w[0] == "capital" && w[1] == "of":
		return capitalOf(w[2:])
	case len(w) >= 3 && w[len(w)-2] == "capital" && w[len(w)-1] == "city":
		return capitalOf(w[:len(w)-2])
	}
	return Place{}, false
}

// capitalOf finds the capital of the country that words name or whose
// people they name.
func capitalOf(words []string) (Place, bool) {
	code, ok := countryOf(strings.Join(words, " "))
	if !ok {
		return Place{}, false
	}
	return Capital(code)
}

// countryOf reads a folded country name or demonym.
func countryOf(s string) (string, bool) {
	if code, ok := Demonym(s); ok {
		return code, true
	}
	for _, p := range Lookup(s) {
		if p.Kind == KindCountry {
			return p.ID, true
		}
	}
	return "", false
}

// ofPhrase reads "[<people or country>] <city|province…> of <name>".
func ofPhrase(w []string) (Place, bool) {
	for i := 0; i+2 < len(w); i++ {
		if w[i+1] != "of" || !(cityWords[w[i]] || regionWords[w[i]]) {
			continue
		}
		want := KindRegion
		if cityWords[w[i]] {
			want = KindCity
		}
		code, _ := countryOf(strings.Join(w[:i], " "))
		if i > 0 && code == "" {
			return Place{}, false
		}
		return pick(strings.Join(w[i+2:], " "), want, code)
	}
	return Place{}, false
}

// kindPhrase reads "[<people or country>] <name> <province|region…>".
func kindPhrase(w []string) (Place, bool) {
	if len(w) < 2 || !regionWords[w[len(w)-1]] {
		return Place{}, false
	}
	return pick(strings.Join(w[:len(w)-1], " "), KindRegion, "")
}

// pick returns the most populous place of the name, preferring the wanted
// kind and, when code is set, that country.
func pick(name string, want Kind, code string) (Place, bool) {
	ps := Lookup(name)
	var fallback []Place
	for _, p := range ps {
		if code != "" && p.Country != code {
			continue
		}
		if p.Kind == want {
			return p, true
		}
		fallback = append(fallback, p)
	}
	if len(fallback) > 0 {
		return fallback[0], true
	}
	return Place{}, false
}
