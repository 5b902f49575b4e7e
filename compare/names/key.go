package names

import "strings"

// particles are the words that belong to a surname without being it:
// "de Fermat", "bin Laden", "al-Assad", "van der Berg".
var particles = map[string]bool{
	"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true,
	"at": true, "az": true, "an": true, "bin": true, "ibn": true, "bint": true,
	"ben": true, "de": true, "da": true, "di": true, "del": true, "della": true,
	"des": true, "do": true, "dos": true, "das": true, "du": true, "van": true,
	"von": true, "der": true, "den": true, "ter": true, "ten": true, "le": true,
	"la": true, "zu": true, "y": true, "st": true, "d": true, "l": true,
}

// IsParticle reports whether the folded word w is a surname particle.
func IsParticle(w string) bool { return particles[w] }

// digraphs are rewritten first, longest first: spellings of one sound in
// different romanisations (German, French, English, Arabic, Thai).
var digraphs = strings.NewReplacer(
	"tsch", "ch", "sch", "sh", "tch", "ch",
	"gue", "ge", "gui", "gi",
	"kh", "h", "ph", "f", "th", "t", "dh", "d", "gh", "g", "ck", "k",
	"ue", "u", "oe", "o", "ae", "a",
	"q", "k", "x", "ks",
)

// glides unify y, j and i (Yuri = Iouri = Juri, Sergey = Sergei) and w, v.
var glides = strings.NewReplacer("y", "i", "j", "i", "w", "v")

// vowels unify ou and oo with u (Youkham = Yukham = Yookham).
var vowels = strings.NewReplacer("ou", "u", "oo", "u")

// SurnameKey returns the transliteration-tolerant key of a surname:
// folded, leading particles dropped ("de Fermat" → "fermat"), words
// joined, spelling variants of one sound unified (kh/h, ph/f, th/t, j/y/i,
// -ei/-ey, -iy/-y/-ii, ou/u, w/v, double letters single). Gendered forms
// keep distinct keys: Pavlov ≠ Pavlova, Novak ≠ Novakova.
func SurnameKey(s string) string {
	words := strings.Fields(Fold(s))
	for len(words) > 1 && particles[words[0]] {
		words = words[1:]
	}
	return endings(translit(strings.Join(words, "")))
}

// endings unifies the spellings of a final Arabic ta marbuta (Hawatmah,
// Hawatma; Hamieh, Hamie): a final h after a vowel is dropped.
func endings(k string) string {
	if n := len(k); n > 3 && k[n-1] == 'h' && isVowel(k[n-2]) {
		k = k[:n-1]
	}
	return k
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// GivenKey returns the transliteration-tolerant key of one given name
// (Sergei = Sergey = Serguei, Yuri = Iouri, Dmitry = Dmitriy).
func GivenKey(s string) string {
	return translit(strings.ReplaceAll(Fold(s), " ", ""))
}

func translit(w string) string {
	if w == "" {
		return ""
	}
	w = vowels.Replace(glides.Replace(digraphs.Replace(w)))
	return single(w)
}

// single collapses runs of one letter: Kittipol = Kitipol, Sutthiwong.
func single(w string) string {
	b := []byte(w)
	n := 0
	for i := range b {
		if n > 0 && b[n-1] == b[i] {
			continue
		}
		b[n] = b[i]
		n++
	}
	return string(b[:n])
}

// skeleton is a looser key for a key: voiced and voiceless consonants
// merged (g/k, d/t, b/p, z/s), f with p, c with k, e with i and o with u
// (Laden/Ladin). Two different keys with one skeleton are spellings of
// one name only with other evidence.
func skeleton(key string) string {
	b := []byte(key)
	for i, c := range b {
		switch c {
		case 'g', 'c':
			b[i] = 'k'
		case 'd':
			b[i] = 't'
		case 'b', 'f':
			b[i] = 'p'
		case 'z':
			b[i] = 's'
		case 'e':
			b[i] = 'i'
		case 'o':
			b[i] = 'u'
		}
	}
	return single(string(b))
}

// Skeleton returns the looser key of a surname or given-name key (see
// SurnameKey): voiced and voiceless consonants merged, e with i, o with u.
// Callers block on it to find near spellings without comparing all pairs.
func Skeleton(key string) string { return skeleton(key) }

// gendered reports whether two surname keys are the masculine and feminine
// forms of one family name (Pavlov/Pavlova, Novak/Novakova,
// Kowalski/Kowalska, Chaikovski/Chaikovskaia): the same family, never the
// same person.
func gendered(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if a == b || len(a) < 3 {
		return false
	}
	for _, suf := range []string{"a", "ova", "eva", "aia", "ia"} {
		if b == a+suf {
			return true
		}
	}
	fem := strings.HasSuffix(a, "a") != strings.HasSuffix(b, "a")
	return fem && commonPrefix(a, b) >= len(a)-2
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
