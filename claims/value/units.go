package value

import "math"

// unitAt reads a unit starting at token i, written after a number, its
// words from the lexicon: "100 km", "1.5km", "11-month", "62-year-old",
// "62 years old", "33°C", "1.4%", "20 per cent", "90 km/h".
func (t *text) unitAt(i int, money bool) (string, int, bool) {
	if i >= t.n() {
		return "", 0, false
	}
	if t.punct(i, "%") {
		return "%", i, true
	}
	if t.punct(i, "°") || t.is(i, "degrees") {
		return t.degreesAt(i)
	}
	if t.is(i, "per") && t.is(i+1, "cent") {
		return "%", i + 1, true
	}
	hyphen := t.dash(i) && t.adj(i) && t.adj(i+1)
	if hyphen {
		i++
	}
	if !t.has(i, fUnit) {
		return "", 0, false
	}
	w := t.word(i)
	if u, ok := t.lex.adjUnits[w]; ok { // one letter: "100m", not "100 m" nor "$100m"
		if !t.adj(i) || hyphen || money {
			return "", 0, false
		}
		return u, i, true
	}
	u, ok := t.lex.units[w]
	if !ok {
		return "", 0, false
	}
	return t.unitTail(u, i)
}

// unitTail extends a unit: "year-old", "years old", "km/h".
func (t *text) unitTail(u string, i int) (string, int, bool) {
	switch {
	case u == "year" && t.dash(i+1) && t.adj(i+1) && t.is(i+2, "old") && t.adj(i+2):
		return "year-old", i + 2, true
	case u == "year" && t.is(i+1, "old"):
		return "year-old", i + 1, true
	case u == "km" && t.punct(i+1, "/") && t.is(i+2, "h"):
		return "km/h", i + 2, true
	}
	return u, i, true
}

// degreesAt reads "°C", "° F", "degrees Celsius", "degrees".
func (t *text) degreesAt(i int) (string, int, bool) {
	switch t.word(i + 1) {
	case "c", "celsius", "centigrade":
		return "°C", i + 1, true
	case "f", "fahrenheit":
		return "°F", i + 1, true
	}
	return "°", i, true
}

// dimension says what a unit measures and its size in the base unit of
// that dimension.
type dimension struct {
	kind   string
	factor float64
}

var dimensions = map[string]dimension{
	"km": {"length", 1000}, "mi": {"length", 1609.344}, "m": {"length", 1},
	"ft": {"length", 0.3048}, "cm": {"length", 0.01}, "mm": {"length", 0.001},
	"in": {"length", 0.0254},
	"kg": {"mass", 1}, "lb": {"mass", 0.45359237}, "t": {"mass", 1000}, "g": {"mass", 0.001},
	"mph": {"speed", 1.609344}, "km/h": {"speed", 1}, "kn": {"speed", 1.852},
	"s": {"time", 1}, "min": {"time", 60}, "h": {"time", 3600}, "day": {"time", 86400},
	"week": {"time", 7 * 86400}, "month": {"time", 30.436875 * 86400},
	"year": {"time", 365.2425 * 86400}, "year-old": {"time", 365.2425 * 86400},
	"decade": {"time", 3652.425 * 86400},
	"°C":     {"temperature", 1}, "°F": {"temperature", 1},
}

// Convert expresses n in another unit of the same dimension: km, mi, m, ft,
// cm, mm, in; kg, lb, t; mph, km/h, knots; s, min, h, day, week, month,
// year; °C and °F. It reports false when the units do not convert. The
// result keeps the hedge; an open upper bound stays open.
func Convert(n Number, unit string) (Number, bool) {
	if n.Unit == unit {
		return n, true
	}
	from, ok1 := dimensions[n.Unit]
	to, ok2 := dimensions[unit]
	if !ok1 || !ok2 || from.kind != to.kind {
		return n, false
	}
	f := func(v float64) float64 {
		if math.IsInf(v, 0) {
			return v
		}
		if from.kind == "temperature" {
			return convertTemp(v, n.Unit, unit)
		}
		return v * from.factor / to.factor
	}
	n.Lo, n.Hi, n.Unit = f(n.Lo), f(n.Hi), unit
	return n, true
}

func convertTemp(v float64, from, to string) float64 {
	if from == "°C" && to == "°F" {
		return v*9/5 + 32
	}
	if from == "°F" && to == "°C" {
		return (v - 32) * 5 / 9
	}
	return v
}
