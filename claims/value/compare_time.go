package value

import (
	"math"
	"strings"
)

// UnknownOffset tells CompareTimes that the local zone of the event is
// not known.
const UnknownOffset = math.MinInt32

// CompareTimes says whether two clock times name the same instant. Times
// with known zones compare in UTC; a time without a zone (or "local
// time") is local, at localOffset minutes east of UTC when that is known
// (pass UnknownOffset otherwise); two local times compare as written; two
// times in the same named zone ("Ankara time") compare as written; any
// other pairing is Unknown. The times agree when they differ by no more
// than the larger of their tolerances, across midnight too.
func CompareTimes(a, b Clock, localOffset int) Verdict {
	ua, okA := a.utc(localOffset)
	ub, okB := b.utc(localOffset)
	switch {
	case okA && okB:
	case a.isLocal() && b.isLocal():
		ua, ub = a.Minute, b.Minute
	case !a.HasZone && !b.HasZone && !a.isLocal() && strings.EqualFold(a.Zone, b.Zone):
		ua, ub = a.Minute, b.Minute
	default:
		return Unknown
	}
	d := ((ua-ub)%1440 + 1440) % 1440
	d = min(d, 1440-d)
	if d <= max(a.Prec, b.Prec) {
		return Agree
	}
	return Conflict
}

// isLocal reports whether the time is in the event's local zone.
func (c Clock) isLocal() bool { return !c.HasZone && (c.Zone == "" || c.Zone == "local") }

// utc is the time in minutes after midnight UTC, when it can be known.
func (c Clock) utc(localOffset int) (int, bool) {
	switch {
	case c.HasZone:
		return c.Minute - c.Offset, true
	case c.isLocal() && localOffset != UnknownOffset:
		return c.Minute - localOffset, true
	}
	return 0, false
}
