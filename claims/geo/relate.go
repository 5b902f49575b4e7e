package geo

import "math"

// Contains reports whether outer contains inner: a country its regions and
// cities, a region its cities. A place does not contain itself.
func Contains(outer, inner Place) bool {
	switch outer.Kind {
	case KindCountry:
		return inner.Kind != KindCountry && inner.Country == outer.ID
	case KindRegion:
		return inner.Kind == KindCity && inner.Region == outer.ID
	}
	return false
}

// Same reports whether a and b are one place.
func Same(a, b Place) bool {
	return a.Kind == b.Kind && a.ID == b.ID && a.ID != ""
}

// Relate says how two place values as written relate. Each side is read as
// a name (every place it may name) or, failing that, as a descriptive
// phrase (Describe). Of all the readings, the most agreeable verdict wins,
// in the order Same, Contains, Within, Near, Disjoint: an ambiguous name
// never makes a conflict that one of its readings would avoid. Unknown
// means at least one side is no known place.
func Relate(a, b string) Verdict {
	pa, pb := readings(a), readings(b)
	if len(pa) == 0 || len(pb) == 0 {
		return VerdictUnknown
	}
	best := VerdictDisjoint
	for _, x := range pa {
		for _, y := range pb {
			if v := relate(x, y); v < best {
				best = v
			}
		}
	}
	return best
}

// RelatePlaces says how two places relate, as Relate does for names.
func RelatePlaces(a, b Place) Verdict {
	if a.ID == "" || b.ID == "" {
		return VerdictUnknown
	}
	return relate(a, b)
}

func relate(a, b Place) Verdict {
	switch {
	case Same(a, b):
		return VerdictSame
	case Contains(a, b):
		return VerdictContains
	case Contains(b, a):
		return VerdictWithin
	case a.Kind == KindCity && b.Kind == KindCity && distanceKm(a, b) < NearKm:
		return VerdictNear
	}
	return VerdictDisjoint
}

func readings(s string) []Place {
	if ps := Lookup(s); len(ps) > 0 {
		return ps
	}
	if p, ok := Describe(s); ok {
		return []Place{p}
	}
	return nil
}

// distanceKm is the great-circle distance between two places.
func distanceKm(a, b Place) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dLat := (b.Lat - a.Lat) * rad
	dLon := (b.Lon - a.Lon) * rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}
