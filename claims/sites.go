package claims

// crashSite reads the locality of a crash when the sentence names it with
// its kind: "crashed near the village of Ashcombe", "debris was found
// in the commune of Vire". A bare "near Ashcombe" is left alone: without
// its kind a name could be a region, a river or a mountain.
func (x *extractor) crashSite(si int) {
	toks := x.sents[si].Tokens
	if !x.crashSentence(toks) {
		return
	}
	for i := 0; i+4 < len(toks); i++ {
		switch lower(toks[i]) {
		case "near", "in", "at", "outside", "above":
		default:
			continue
		}
		if lower(toks[i+1]) != "the" || !x.lex.localities[lower(toks[i+2])] || lower(toks[i+3]) != "of" || !toks[i+4].Upper() {
			continue
		}
		j := i + 4
		for j < len(toks) && toks[j].Upper() && toks[j].Kind == TWord {
			j++
		}
		name := x.join(toks[i+4 : j])
		v := Value{Type: PlaceValue, Text: name, Norm: fold(name), Class: "locality"}
		x.add(Claim{Kind: Event, Subject: -1, SubjectAs: "crash site", Attribute: "crash locality", Value: v,
			Start: toks[i].Start, End: toks[j-1].End}, si)
		return
	}
}

// crashSentence reports whether a sentence speaks of a crash: a crash
// word, or an aircraft that "came down" or "went down".
func (x *extractor) crashSentence(toks []Token) bool {
	for i, t := range toks {
		if t.flags&fCrash == 0 {
			continue
		}
		w := lower(t)
		if x.lex.crashWords[w] {
			return true
		}
		if (w == "came" || w == "went") && i+1 < len(toks) && lower(toks[i+1]) == "down" {
			return true
		}
	}
	return false
}
