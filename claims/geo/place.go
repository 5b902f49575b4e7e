package geo

import "fmt"

// Kind says what sort of place a Place is.
type Kind int

// The kinds of place, broadest first.
const (
	KindCountry Kind = iota + 1 // a country or territory with an ISO 3166-1 code
	KindRegion                  // a first-level administrative division (state, province, région)
	KindCity                    // a populated place
)

// String returns "country", "region" or "city".
func (k Kind) String() string {
	switch k {
	case KindCountry:
		return "country"
	case KindRegion:
		return "region"
	case KindCity:
		return "city"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Place is one entry of the gazetteer.
//
// ID is the ISO 3166-1 alpha-2 code for a country ("TR"), the GeoNames
// admin1 code for a region ("TR.68") and the GeoNames id for a city
// ("323786"). Country is the ISO code of the country the place lies in (a
// country's own code for a country); Region is the ID of the region a city
// lies in, when the source gives one. Population is the source's figure for
// a city and an estimate for countries and regions (the sum of their places
// of 1,000 people or more). Common is set when the name is also an everyday
// English word (Nice, Reading, Mobile, Split, Orange, Chad): a capital
// letter at the start of a sentence is then no evidence of a place.
type Place struct {
	ID         string  `json:"id" yaml:"id"`
	Name       string  `json:"name" yaml:"name"`
	Kind       Kind    `json:"kind" yaml:"kind"`
	Country    string  `json:"country" yaml:"country"`
	Region     string  `json:"region,omitempty" yaml:"region,omitempty"`
	Population int     `json:"population,omitempty" yaml:"population,omitempty"`
	Lat        float64 `json:"lat,omitempty" yaml:"lat,omitempty"`
	Lon        float64 `json:"lon,omitempty" yaml:"lon,omitempty"`
	Common     bool    `json:"common,omitempty" yaml:"common,omitempty"`
}

// String returns the name with its kind and country, e.g. "Nice (city, FR)".
func (p Place) String() string {
	return fmt.Sprintf("%s (%s, %s)", p.Name, p.Kind, p.Country)
}

// Verdict is how two place values relate.
type Verdict int

// The verdicts of Relate. Contains and Within are the two directions of
// containment; Near says two distinct cities lie so close together that one
// may be a district of the other, so their difference is no evidence of a
// conflict.
const (
	VerdictUnknown  Verdict = iota // at least one side is not a known place
	VerdictSame                    // one place under two names
	VerdictContains                // the first contains the second (Turkey, Ankara)
	VerdictWithin                  // the first lies in the second (Ankara, Turkey)
	VerdictNear                    // two cities within NearKm of each other
	VerdictDisjoint                // two known places, neither containing the other
)

// NearKm is the distance under which two cities are Near rather than Disjoint.
const NearKm = 25.0

var verdictNames = [...]string{"unknown", "same", "contains", "within", "near", "disjoint"}

// String returns the verdict's name in lower case.
func (v Verdict) String() string {
	if v < 0 || int(v) >= len(verdictNames) {
		return fmt.Sprintf("Verdict(%d)", int(v))
	}
	return verdictNames[v]
}

// Agrees reports whether the verdict makes two place values compatible:
// every verdict but Disjoint and Unknown.
func (v Verdict) Agrees() bool {
	return v == VerdictSame || v == VerdictContains || v == VerdictWithin || v == VerdictNear
}
