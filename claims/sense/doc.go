// Package sense answers questions about word meaning from WordNet, for
// the layers that read claims from a dependency parse: what kind of thing
// a noun names (NounClass: person, organization, place, time, …), whether
// one word is a kind of another (IsA: a pistol is a weapon), which words
// derive from one another (Derived: die → death), synonyms and antonyms,
// whether two counted nouns may name the same things (Similar), and which
// news event a word names (EventType: killing, fatal → die; derailment →
// derail).
//
// Lemmas are given as the tagger gives them: lower case, multiword
// lemmas with spaces ("police officer"); a lemma with a capital is a
// proper noun and matches only WordNet's capitalised entries. Senses come
// most frequent first, as WordNet counts them, except for a short list of
// senses news uses more (prefer.yaml: "charge" as accusing, "vessel" as a
// ship). Most questions use the first sense, a few look at the first
// FirstSenses, and each method's comment says which.
//
// The data are Open English WordNet, reduced by ./internal/gen to compact
// tables embedded in the binary and loaded on first use (Default, about
// 13 ms); the event ontology (events.yaml), the noun classes
// (classes.yaml) and the news senses (prefer.yaml) are embedded data
// too, short lists of senses whose members are computed through
// WordNet's hypernyms and derivations, validated on load with file:line
// on every complaint. Notice holds the
// licence and the attribution the data require.
//
// The package is pure: it does not print, read flags or open files; it
// reads only its embedded data.
package sense
