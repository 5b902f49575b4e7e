package names

import "strings"

// Name is a person's name split into its parts, surface forms kept.
type Name struct {
	Given     []string // given names and initials in order: ["M.", "Mert"]
	Surname   string   // the family name with its particles: "de Fermat"
	Particles []string // the particles of the surname, as written: ["de"]
	Raw       string   // the name as given to Parse

	key, keyOf string // SurnameKey(keyOf), cached by Parse
}

// titles are peeled off the front of a name (the extractor does it first;
// this keeps Parse robust when it did not).
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true,
	"prof": true, "professor": true, "sir": true, "dame": true, "lord": true,
	"lady": true, "rev": true, "father": true, "sheikh": true, "shaikh": true,
	"president": true, "minister": true, "general": true, "gen": true,
	"colonel": true, "col": true, "captain": true, "capt": true, "judge": true,
	"senator": true, "sen": true, "rep": true, "gov": true, "governor": true,
	"mayor": true, "ambassador": true, "officer": true, "sergeant": true,
	"sgt": true, "lt": true, "major": true, "maj": true, "king": true,
	"queen": true, "prince": true, "princess": true, "pope": true,
	"chancellor": true, "premier": true, "coach": true, "herr": true,
	"frau": true, "m": false, "mme": true, "mlle": true, "monsieur": true,
	"madame": true, "imam": true, "rabbi": true, "hon": true,
}

// suffixes are dropped from the end of a name.
var suffixes = map[string]bool{
	"jr": true, "sr": true, "junior": true, "senior": true,
	"ii": true, "iii": true, "iv": true, "phd": true, "md": true,
	"esq": true, "qc": true, "kc": true, "mp": true,
}

// Parse splits a person's name into given names, surname and particles.
// "Guy de Maupassant" gives Given [Thomas], Surname "de Fermat";
// "G. Emre Yildiztas" keeps the initial; "John Smith Jr." drops the suffix;
// a leading title is dropped; "SURNAME, Given" (a list's order) is turned
// round. A single word is taken as a surname.
func Parse(s string) Name {
	n := Name{Raw: s}
	given, family := splitComma(s)
	if family != "" {
		n.Given = trimTitles(tokens(given), 0)
		n.Surname = strings.Join(tokens(family), " ")
		n.Particles = surnameParticles(tokens(family))
		return n.cacheKey()
	}
	toks := trimTitles(trimSuffixes(tokens(given)), 1)
	if len(toks) == 0 {
		return n
	}
	i := len(toks) - 1
	for i > 0 && isParticleTok(toks[i-1], i-1, len(toks)) {
		i--
	}
	n.Surname = strings.Join(toks[i:], " ")
	n.Given = toks[:i]
	n.Particles = surnameParticles(toks[i:])
	return n.cacheKey()
}

// splitComma splits "SURNAME, Given" into its given names and family
// name; family is "" when s is in natural order ("John Smith, Jr.").
func splitComma(s string) (given, family string) {
	i := strings.IndexByte(s, ',')
	if i < 0 {
		return s, ""
	}
	before, after := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	after = strings.ReplaceAll(after, ",", " ")
	if Fold(before) == "" || Fold(after) == "" || allSuffixes(after) {
		return before + " " + after, ""
	}
	return strings.Join(trimSuffixes(strings.Fields(after)), " "), before
}

// surnameParticles returns the particles of the surname's words: "de" of
// "de Fermat", "al" of "al-Assad".
func surnameParticles(toks []string) []string {
	var out []string
	for j, t := range toks {
		if j < len(toks)-1 && particles[Fold(t)] {
			out = append(out, t)
		}
	}
	if len(out) == 0 && len(toks) > 0 {
		out = hyphenParticle(toks[len(toks)-1])
	}
	return out
}

// isParticleTok reports whether the token at index i (not the last) of n
// is a particle of the surname: written in lower case anywhere, a particle
// word in any case after the first token, or a two-word name that starts
// with one ("De Gaulle", "Van Gogh").
func isParticleTok(t string, i, n int) bool {
	f := Fold(t)
	if !particles[f] {
		return false
	}
	return i > 0 || t == strings.ToLower(t) || (n == 2 && len(f) > 1)
}

// hyphenParticle returns ["al"] for "al-Assad".
func hyphenParticle(t string) []string {
	j := strings.IndexByte(t, '-')
	if j <= 0 || j == len(t)-1 || !particles[Fold(t[:j])] {
		return nil
	}
	return []string{t[:j]}
}

// tokens splits s into words, splitting run-together initials
// ("J.R." → "J.", "R.") and dropping bare punctuation.
func tokens(s string) []string {
	var out []string
	for _, t := range strings.Fields(s) {
		if Fold(t) == "" {
			continue
		}
		out = append(out, splitInitials(t)...)
	}
	return out
}

func allSuffixes(s string) bool {
	w := strings.Fields(Fold(s))
	for _, x := range w {
		if !suffixes[x] {
			return false
		}
	}
	return len(w) > 0
}

// splitInitials turns "J.R.R." into "J.", "R.", "R.".
func splitInitials(t string) []string {
	if strings.Count(t, ".") < 2 || strings.Contains(t, "-") {
		return []string{t}
	}
	parts := strings.Split(strings.TrimSuffix(t, "."), ".")
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if len(Fold(p)) != 1 {
			return []string{t}
		}
		out = append(out, p+".")
	}
	return out
}

// trimTitles drops leading titles, keeping at least keep words.
// TrimTitles drops the titles that begin a name ("Captain Ann Lee" is
// "Ann Lee", "Ms Lee" is "Lee"), keeping its last word.
func TrimTitles(s string) string {
	w := strings.Fields(s)
	return strings.Join(trimTitles(w, 1), " ")
}

func trimTitles(toks []string, keep int) []string {
	for len(toks) > keep && titles[Fold(toks[0])] {
		toks = toks[1:]
	}
	return toks
}

func trimSuffixes(toks []string) []string {
	for len(toks) > 1 && suffixes[Fold(toks[len(toks)-1])] {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// IsInitial reports whether a given-name token is an initial ("M." or "M").
func IsInitial(t string) bool { return len(Fold(t)) == 1 }

// Key returns the surname key of n (see SurnameKey).
func (n Name) Key() string {
	if n.keyOf == n.Surname && n.key != "" {
		return n.key
	}
	return SurnameKey(n.Surname)
}

// cacheKey stores the surname key in n.
func (n Name) cacheKey() Name {
	n.key, n.keyOf = SurnameKey(n.Surname), n.Surname
	return n
}

// IsZero reports whether n holds no name at all.
func (n Name) IsZero() bool { return n.Surname == "" }

// String writes the name back: given names, then surname.
func (n Name) String() string {
	return strings.TrimSpace(strings.Join(append(append([]string{}, n.Given...), n.Surname), " "))
}
