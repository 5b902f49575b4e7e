// Package udeval scores a system's words, tags, lemmas and dependency
// trees against gold ones the way the CoNLL 2018 shared task on
// Universal Dependencies parsing does (its conll18_ud_eval.py): Tokens,
// Sentences, Words, UPOS, XPOS, UFeats, AllTags, Lemmas, UAS, LAS, CLAS,
// MLAS and BLEX, each as precision, recall and F1, and the metrics read on
// aligned words as an accuracy over those words too.
//
// Gold and system words are aligned by their character offsets in the
// document with white space left out, so the two sides may tokenise and
// split sentences differently; the words of multiword tokens ("don't" as
// "do" + "n't") are aligned by the longest common subsequence of their
// forms. When both sides have the same words, every metric but Tokens,
// Sentences and Words is an accuracy.
//
// The package is pure: it reads the sentences it is given and prints
// nothing. It depends only on claims/syntax and the standard library.
package udeval
