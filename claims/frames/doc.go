// Package frames reads predications from a sentence's dependency parse:
// every clause and every noun that heads arguments becomes a predicate
// with its arguments by role (subject, object, agent, recipient,
// location, origin, destination, time, …), its polarity and modality, and
// the reporting verb and speaker it is said under. Values and mentions
// are tied to the predicates through the tree: Attach climbs from a word
// to the predicate whose argument it is and says by which role and path.
//
// The package reads the tree only: it knows the relations of Universal
// Dependencies and a handful of function words (the case words that mark
// a role, the modal and negative words), never a story's vocabulary. What
// a word means (that "kill" and "death" are one event, that "mph" is a
// speed) is for the callers, from the lexicon and WordNet.
//
// It is pure: no printing, no flags, no I/O. It depends on claims/syntax
// alone.
package frames
