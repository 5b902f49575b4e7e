package value

import "math"

// Tolerances used when comparing numbers.
const (
	approxTolerance  = 0.10 // "about 50" is 45 to 55
	convertTolerance = 0.05 // "100 km" and "60 miles": conversions are rounded
)

// Bounds is the interval n stands for once its hedge is applied: an
// approximate number widens by 10% ("about 50" is [45, 55], at least one
// for whole numbers from 3 up, so "about 5" is [4, 6]); "nearly" widens
// downwards only, "just over" upwards only. Hi is +Inf when Open.
func (n Number) Bounds() (lo, hi float64) {
	lo, hi = n.Lo, n.Hi
	if n.Open {
		hi = math.Inf(1)
	}
	if !n.Approx {
		return lo, hi
	}
	tol := tolerance
	if n.Unit != "" {
		tol = measureTolerance // "about 4 km" is a measure, not a head count
	}
	switch n.Hedge {
	case "nearly":
		lo -= tol(lo)
	case "just over":
		hi += tol(hi)
	default:
		lo -= tol(lo)
		hi += tol(hi)
	}
	return lo, hi
}

// measureTolerance is the half-width of an approximate measure with a
// unit: a share of the value, with no whole-unit minimum ("about 4 km"
// and "some 5 km" do not meet).
func measureTolerance(x float64) float64 {
	if math.IsInf(x, 0) {
		return 0
	}
	return approxTolerance * math.Abs(x)
}

// tolerance is the half-width of an approximate value x.
func tolerance(x float64) float64 {
	if math.IsInf(x, 0) {
		return 0
	}
	tol := approxTolerance * math.Abs(x)
	if x == math.Trunc(x) && math.Abs(x) >= 3 && tol < 1 {
		tol = 1
	}
	return tol
}

// Overlaps reports whether a and b can both be true: their intervals,
// widened by their hedges, overlap once b is converted into a's unit
// (with a further 5% for a rounded conversion when neither number is
// hedged: a hedge's own tolerance covers the rounding). A number without a unit
// compares with any unit ("62" and "62-year-old"); two units of different
// dimensions never overlap, nor a rank with a count.
func (a Number) Overlaps(b Number) bool {
	return CompareNumbers(a, b) == Agree
}

// CompareNumbers says whether a and b agree, conflict, or cannot be
// compared (units of different dimensions, a rank against a count).
func CompareNumbers(a, b Number) Verdict {
	if a.Ordinal != b.Ordinal {
		return Unknown
	}
	slack := 0.0
	if a.Unit != "" && b.Unit != "" && a.Unit != b.Unit {
		c, ok := Convert(b, a.Unit)
		if !ok {
			return Unknown
		}
		b = c
		if !a.Approx && !b.Approx {
			slack = convertTolerance // a hedge already covers a rounded conversion
		}
	}
	alo, ahi := a.Bounds()
	blo, bhi := b.Bounds()
	blo -= slack * math.Abs(blo)
	if !math.IsInf(bhi, 1) {
		bhi += slack * math.Abs(bhi)
	}
	const eps = 1e-9
	if alo <= bhi+eps*math.Abs(bhi) && blo <= ahi+eps*math.Abs(ahi) {
		return Agree
	}
	return Conflict
}
