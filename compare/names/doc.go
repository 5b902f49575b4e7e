// Package names folds, parses and matches person names written in news
// text, in any romanisation.
//
// It owns the match keys (Fold, SurnameKey, GivenKey), the parse of a name
// into given names, particles and surname (Parse), and the decision whether
// two names denote the same person (Match), which always says why in words.
// Folding is for keys only: callers keep the surface form for display.
//
// It must not know about articles, documents or entities: it compares two
// names and nothing else. Evidence beyond the names (roles, how often a
// token occurs in a set of articles) is handed in by the caller through a
// Matcher. It never prints and never panics on bad input.
package names
