// Package claims turns an article's text into typed claims with their
// provenance: sentences, mentions of people (and organisations and places),
// entities resolved inside the article, and claims of kinds attribute,
// order, quote, count, event and statement, each with its attribution scope
// (the outlet's own voice, a named speaker, an unnamed source), modality
// and position.
//
// The extractor is rule-based and general: a single pass of tokenizing per
// block, no backtracking regular expressions, word lists held as data in
// the embedded lexicon/lexicon.yaml that a user's config can extend. No
// rule names a person or copies a phrase of any one story.
//
// The package is pure: it does not print, read flags, open files or exit.
// It depends on sources (for Article and Position), claims/value (numbers,
// dates, times, units) and claims/geo (the gazetteer), never on compare or
// cmd.
package claims
