package claims

import (
	"github.com/crosscheck/crosscheck/claims/value"
	"strings"
)

// compass words may stand between a distance and its landmark ("100 km
// north-west of Nice").
var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"north-west": true, "north-east": true, "south-west": true, "south-east": true,
	"northwest": true, "northeast": true, "southwest": true, "southeast": true,
	"northern": true, "southern": true, "eastern": true, "western": true}

// distanceClaims reads a distance and what it is measured from: "about
// 80 km south-east of Lyon", "3 km from the entrance", "6 km inside the
// mine". Every distance is turned into kilometres, so that 80 km and 50
// miles compare as the near-equals they are.
func (x *extractor) distanceClaims(si int, nums []value.NumberSpan) {
	s := x.sents[si]
	for _, n := range nums {
		km, ok := value.Convert(n.Number, "km")
		if n.Ordinal || !ok || !lengthUnit(n.Unit) {
			continue
		}
		_, to := x.tokenRange(si, s.Start+n.Start, s.Start+n.End)
		from, ok := x.landmark(s.Tokens, to)
		if !ok || from != "entrance" && !x.placesEvent(s.Tokens) {
			continue // "a motorist 50 miles north of X spotted": not where it happened
		}
		attr := "distance from " + from
		if dir := direction(s.Tokens, to); dir != "" {
			attr = "distance " + dir + " of " + from // only the same bearing is the same place
		}
		v := numberValue(km)
		v.Text, v.Unit = houseQuantity(n.Text, x.lex.values), "km"
		subject := "distance"
		if from == "entrance" && x.trappedStory() {
			subject = "trapped" // how far in those trapped are, as "days trapped" is how long
		}
		x.add(Claim{Kind: Count, Subject: -1, SubjectAs: subject, Attribute: attr,
			Value: v, Start: s.Start + n.Start, End: s.Start + n.End}, si)
	}
}

// trappedStory reports whether the article tells of people trapped
// ("trapped", "underground", "entombed"): its distances from an entrance
// are then where they are.
func (x *extractor) trappedStory() bool {
	if x.trapped == 0 {
		x.trapped = -1
		for _, s := range x.sents {
			for _, t := range s.Tokens {
				if x.lex.ordeals[lower(t)] == "trapped" {
					x.trapped = 1
				}
			}
		}
	}
	return x.trapped > 0
}

// direction returns the compass words right after a distance, joined.
func direction(toks []Token, i int) string {
	var ws []string
	for i < len(toks) && compass[lower(toks[i])] {
		ws = append(ws, strings.ReplaceAll(lower(toks[i]), "-", ""))
		i++
	}
	return strings.Join(ws, " ")
}

// placesEvent reports whether a sentence says where the event happened.
func (x *extractor) placesEvent(toks []Token) bool {
	for _, t := range toks {
		if x.lex.placeVerbs[lower(t)] {
			return true
		}
	}
	return false
}

func lengthUnit(u string) bool {
	switch u {
	case "km", "mi", "m", "ft", "mile", "miles", "kilometre", "metre", "meter", "foot", "feet":
		return true
	}
	return false
}

// landmark reads what a distance at token i is measured from: a place
// after "of" or "from" (with a compass word between), an entrance, or
// the inside of a cave.
func (x *extractor) landmark(toks []Token, i int) (string, bool) {
	for i < len(toks) && compass[lower(toks[i])] {
		i++
	}
	if i >= len(toks) {
		return "", false
	}
	switch lower(toks[i]) {
	case "of", "from":
	case "inside", "into", "underground":
		if j := skipArticle(toks, i+1); j < len(toks) && x.lex.enclosures[lower(toks[j])] {
			return "entrance", true
		}
		return "", false
	default:
		return "", false
	}
	j := skipArticle(toks, i+1)
	if j >= len(toks) {
		return "", false
	}
	if toks[j].Upper() {
		k := j
		for k < len(toks) && toks[k].Upper() && toks[k].Kind == TWord {
			k++
		}
		if name := joinTokens(toks[j:k]); x.isPlace(name) {
			return name, true
		}
		return "", false
	}
	for k := j; k < len(toks) && k < j+3; k++ {
		if x.lex.entrances[lower(toks[k])] {
			return "entrance", true
		}
	}
	return "", false
}

func skipArticle(toks []Token, i int) int {
	if i < len(toks) && (lower(toks[i]) == "the" || lower(toks[i]) == "a" || lower(toks[i]) == "its") {
		return i + 1
	}
	return i
}
