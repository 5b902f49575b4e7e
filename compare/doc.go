// Package compare lines up the claims of several articles and reports what
// they disagree on, how they spell one person differently, what several of
// them corroborate and what rests on one source.
//
// It resolves entities across articles (ResolveEntities, with the name
// rules of compare/names), aligns claims by (entity, attribute) in one pass
// over a map, compares values by type (descriptor classes, numbers as
// intervals, quotes by their words) and builds the one serialisable Report
// that every renderer prints. Small processors (Process, Standard) then
// apply baselines, filters, de-duplication and the one sort order.
//
// The package is pure: it does not print, read flags or files, or exit.
package compare
