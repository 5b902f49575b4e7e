// Package syntax is crosscheck's syntactic backbone: it splits a sentence
// into the words Universal Dependencies counts, tags each with its
// universal and Penn part of speech, gives its lemma, and parses the
// sentence into a labelled dependency tree.
//
// Tokenize gives the words as the treebank has them, multiword tokens
// included ("don't" is do + n't); the conventions it follows are data in
// tokens.yaml. Package udeval scores words, tags and trees the way the
// CoNLL 2018 shared task does.
//
// The models are trained here, from the UD English Web Treebank, and the
// trained model is embedded in the binary: nothing is downloaded at run
// time and no cgo is used. See NOTICE for the model's licence.
//
// The package is pure: it does not print, read flags or open files other
// than through the readers it is given.
package syntax
