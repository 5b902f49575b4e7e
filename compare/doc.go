// Package compare lines up the claims of several articles and reports what
// they disagree on, how they spell one person differently, what several of
// them corroborate and what rests on one source.
//
// It resolves entities across articles (ResolveEntities, with the name
// rules of compare/names), aligns claims by (entity, attribute) in one pass
// over a map, compares values by type (descriptor classes, numbers as
// intervals, quotes by their words) and builds the one serialisable Report
// that every renderer prints. The values of a slot are split into sides of
// values that can all be true together, pair by pair, never through a
// chain of agreements (sides.go): counts and resolved dates by one sort and
// a sweep of their intervals, so a slot of n values costs O(n log n); a
// vague value that agrees with several sides backs none of them, and a
// value is corroborated only when its sources are on one side. Small processors (Process, Standard) then
// apply baselines, filters, de-duplication and the one sort order.
//
// The package is pure: it does not print, read flags or files, or exit.
package compare
