package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare/names"
)

// nameVariants reports a person whose name the articles spell differently
// (Andrei/Andrey, Altintas/Altıntaş). A shorter form of the same name
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

// surfaces maps every multi-word name of an entity to the documents using it.
func (b *builder) surfaces(e ResolvedEntity) map[string][]int {
	out := map[string][]int{}
	for _, m := range e.Members {
		de := &b.docs[m.Doc].Entities[m.Local]
		for _, n := range de.Names {
			if e.Type == claims.Person && !strings.Contains(n, " ") || located(n) || slices.Contains(de.Aliases, n) {
				continue // a surname alone, a place's place, another name: no spelling
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
	ta, tb := strings.Fields(a), strings.Fields(b)
	if len(ta) != len(tb) {
		return false
	}
	differ := false
	for k := range ta {
		if strings.EqualFold(ta[k], tb[k]) {
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
	na, nb := flightKey([]string{"flight", names.Fold(a)}), flightKey([]string{"flight", names.Fold(b)})
	return na != "" && na == nb
}

// sound is the loosest key of a word: folded, umlauts unified, then the
// skeleton of its transliteration key.
func sound(w string) string {
	return names.Skeleton(names.GivenKey(umlauts.Replace(names.Fold(w))))
}

func partsDiffer(a, b string) bool {
	ta, tb := strings.Fields(a), strings.Fields(b)
	if len(ta) != len(tb) && (len(ta) == 1 || len(tb) == 1) {
		return false // "Roi Et" and "Roi Et province", "Lee" and "Ann Lee"
	}
	la, lb := ta[len(ta)-1], tb[len(tb)-1]
	if !strings.EqualFold(la, lb) {
		return true
	}
	fa, fb := ta[0], tb[0]
	if len(ta) > 1 && len(tb) > 1 && !strings.EqualFold(fa, fb) && len(names.Fold(fa)) > 1 && len(names.Fold(fb)) > 1 {
		return true
	}
	return false
}
