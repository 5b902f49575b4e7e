package value

// Verdict is the outcome of comparing two values.
type Verdict int

// The verdicts.
const (
	Unknown  Verdict = iota // the values cannot be compared (other units, zones, anchors)
	Agree                   // the values can both be true
	Conflict                // the values cannot both be true
)

// String names the verdict.
func (v Verdict) String() string {
	switch v {
	case Agree:
		return "agree"
	case Conflict:
		return "conflict"
	}
	return "unknown"
}
