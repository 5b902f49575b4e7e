package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare/names"
)

// nameVariants reports a person whose name the articles spell differently
// (Dmitri/Dmitry, Yildiranli/Yıldıranlı). A shorter form of the same name
// ("Lee" for "Ann Lee") is not a variant.
func (b *builder) nameVariants() {
	for ei, e := range b.res.Entities {
		surfaces := b.surfaces(e)
		var forms []string
		for s := range surfaces {
			forms = append(forms, s)
		}
		sort.Strings(forms)
		if !spelledDifferently(forms, e.Type == claims.Person) {
			continue
		}
		f := Finding{Rule: RuleVariant, Kind: KindVariant, Severity: Info, Type: "spelling",
			Subject: b.entityID(ei), SubjectName: e.Name, Attribute: "name spelling"}
		for _, s := range forms {
			v := FindingValue{Value: s}
			for _, d := range surfaces[s] {
				v.Sources = append(v.Sources, b.sourceID(d))
			}
			f.Values = append(f.Values, v)
		}
		f.Message = fmt.Sprintf("%s is spelled differently: %s", e.Name, sideList(f.Values))
		f.Explanation = fmt.Sprintf("The names differ in spelling (transliteration or diacritics) but were resolved as one %s: %s", e.Type, strings.Join(e.Why, "; "))
		b.add(f)
	}
}

// surfaces maps every multi-word name of an entity, a person's without
// titles, to the documents using it.
func (b *builder) surfaces(e ResolvedEntity) map[string][]int {
	out := map[string][]int{}
	for _, m := range e.Members {
		de := &b.docs[m.Doc].Entities[m.Local]
		for _, n := range de.Names {
			if located(n) || slices.Contains(de.Aliases, n) {
				continue // a place's place, another name: no spelling
			}
			if e.Type == claims.Person {
				if n = names.TrimTitles(n); !strings.Contains(n, " ") {
					continue // a surname alone ("Ms Lee") is a short form
				}
			}
			if ds := out[n]; len(ds) == 0 || ds[len(ds)-1] != m.Doc {
				out[n] = append(out[n], m.Doc)
			}
		}
	}
	return out
}

// spelledDifferently reports whether two forms spell a shared name part
// differently: the same surname position with different letters, or a
// given name that differs beyond an initial.
func spelledDifferently(forms []string, person bool) bool {
	for i := range forms {
		for j := i + 1; j < len(forms); j++ {
			if person && partsDiffer(forms[i], forms[j]) || !person && wordsDiffer(forms[i], forms[j]) {
				return true
			}
		}
	}
	return false
}

// wordsDiffer reports whether two names of a place or organisation spell
// a word differently, word for word ("Duesseldorf" and "Düsseldorf",
// "Kiev" and "Kyiv", flight "NA512" and "512"); a longer form ("X hall" for "X") and another word
// ("X city" and "X island") are no spelling.
func wordsDiffer(a, b string) bool {
	ta, tb := spellings(a), spellings(b)
	if len(ta) != len(tb) {
		return false
	}
	differ := false
	for k := range ta {
		if ta[k] == tb[k] {
			continue
		}
		if sound(ta[k]) != sound(tb[k]) && !sameNumber(ta[k], tb[k]) {
			return false
		}
		differ = true
	}
	return differ
}

// sameNumber: two codes ending in one number ("NA512" and "512", a
// flight with and without its airline's code).
func sameNumber(a, b string) bool {
	na := flightNumber(names.Fold(a))
	return na != "" && na == flightNumber(names.Fold(b))
}

// sound is the loosest key of a word: folded, umlauts unified, then the
// skeleton of its transliteration key.
func sound(w string) string {
	return names.Skeleton(names.GivenKey(umlauts.Replace(names.Fold(w))))
}

// partsDiffer reports whether two forms of a person's name spell a part
// differently: the surname, or the given name before it ("Dmitri Volkonov"
// and "Dmitry Volkonov"). A form whose words all stand, in order, in the
// other is a shorter form ("Sean Lee" of "Coach Sean Lee", "Sean Lee
// Jr", "Sean Paul Lee"), and case or punctuation alone is no spelling.
func partsDiffer(a, b string) bool {
	ta, tb := spellings(a), spellings(b)
	if len(ta) < 2 || len(tb) < 2 || subsequence(ta, tb) || subsequence(tb, ta) {
		return false
	}
	pa, pb := names.Parse(strings.Join(ta, " ")), names.Parse(strings.Join(tb, " "))
	if pa.Surname != pb.Surname {
		return true
	}
	if len(pa.Given) == 0 || len(pb.Given) == 0 {
		return false
	}
	ga, gb := pa.Given[len(pa.Given)-1], pb.Given[len(pb.Given)-1]
	return ga != gb && !names.IsInitial(ga) && !names.IsInitial(gb)
}

// spellings are the words of a name in lower case without punctuation
// ("u.k." is "uk", "pin-up" is "pinup"), diacritics kept.
func spellings(n string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(n)) {
		if w = strings.Map(letterOrDigit, w); w != "" {
			out = append(out, w)
		}
	}
	return out
}

func letterOrDigit(r rune) rune {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return r
	}
	return -1
}

// subsequence reports whether the words of short stand, in order, in long.
func subsequence(short, long []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}
