package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare/names"
)

// EntityRef names one entity of one article: docs[Doc].Entities[Local].
type EntityRef struct{ Doc, Local int }

// ResolvedEntity is one person, organisation, place or thing across the
// articles: the entities of each article that denote it.
type ResolvedEntity struct {
	Type  claims.EntityType
	Name  string   // canonical: the fullest, most frequent, properly capitalised form
	Names []string // every surface name seen, exact duplicates dropped, sorted
	Roles []string // every role, one per folded form, sorted
	// Descriptions are the definite descriptions the articles resolved to
	// it ("the prosecutor"), one per folded form, sorted.
	Descriptions []string
	Members      []EntityRef // sorted
	Why          []string    // why each merge happened, in words
}

// Resolution links the entities of several articles.
type Resolution struct {
	Entities []ResolvedEntity     // sorted by folded canonical name, then first member
	Of       map[EntityRef]int    // the resolved entity of each article's entity
	docs     []*claims.Document   // for Explain
	merges   map[int][]mergeEvent // resolved entity → merges, in the order made
}

// mergeEvent is one merge of two groups of article entities.
type mergeEvent struct {
	a, b EntityRef
	why  string
}

// ResolveEntities links the entities of the documents across articles.
// Persons link on the full name (surname key and compatible given names,
// see package names), a weaker form (a surname alone, an initial, a
// missing middle name) only to the one person it fits, with shared roles
// as a tie-break; organisations, places and things link on the folded
// name or a known acronym. opts.Aliases pins names as one entity;
// opts.Forbid keeps names apart. The result does not depend on map order.
func ResolveEntities(docs []*claims.Document, opts Options) *Resolution {
	r := newResolver(docs, opts)
	r.repairLowercase()
	r.pinAliases()
	r.linkPersons()
	r.linkOthers()
	return r.result()
}

// local is one article's entity, prepared for linking.
type local struct {
	ref    EntityRef
	path   string
	typ    claims.EntityType
	names  []string // surface names: Names, Name, repaired forms
	roles  []string
	full   names.Name // the fullest name, parsed (persons)
	key    string     // its surname key (persons) or folded name (others)
	spec   int        // how much of a name it holds: 2 per given name, 1 per initial
	given  int        // given names held in full
	weight map[string]int
	note   string // a repair to say in the reason of its first merge
}

type resolver struct {
	docs   []*claims.Document
	locals []local
	index  map[EntityRef]int
	parent []int
	folded []map[string]bool // per root: folded names, for opts.Forbid
	events []mergeEvent
	forbid [][]string
	alias  [][]string
	df     map[string]int // surname key → documents using it
	m      *names.Matcher
}

func newResolver(docs []*claims.Document, opts Options) *resolver {
	r := &resolver{docs: docs, index: map[EntityRef]int{}, df: map[string]int{}}
	for di, d := range docs {
		if d == nil {
			continue
		}
		for li := range d.Entities {
			r.addLocal(di, li, d)
		}
	}
	r.forbid = foldGroups(opts.Forbid)
	r.alias = foldGroups(opts.Aliases)
	r.countKeys()
	r.m = &names.Matcher{Rare: r.rare}
	return r
}

func (r *resolver) addLocal(di, li int, d *claims.Document) {
	e := &d.Entities[li]
	l := local{ref: EntityRef{di, li}, typ: e.Type, roles: e.Roles, weight: map[string]int{}}
	if d.Article != nil {
		l.path = d.Article.Path
	}
	l.names = appendUnique(append([]string{}, e.Names...), e.Name)
	for _, n := range l.names {
		l.weight[n]++
	}
	for _, m := range e.Mentions {
		if m.Name != "" {
			l.weight[m.Name]++
		}
	}
	l.setName(fullest(e))
	r.index[l.ref] = len(r.locals)
	r.locals = append(r.locals, l)
	r.parent = append(r.parent, len(r.parent))
	set := map[string]bool{}
	for _, n := range l.names {
		set[names.Fold(n)] = true
	}
	r.folded = append(r.folded, set)
}

// setName sets the name the local entity links on.
func (l *local) setName(n string) {
	if l.typ != claims.Person {
		l.key = orgKey(n)
		return
	}
	l.full = names.Parse(n)
	l.key = l.full.Key()
	l.spec, l.given = 0, 0
	for _, g := range l.full.Given {
		if names.IsInitial(g) {
			l.spec++
		} else if !names.IsParticle(names.Fold(g)) {
			l.spec += 2
			l.given++
		}
	}
}

// fullest returns the entity's name, or its longest surface name that
// is not located by a possessive ("Bangkok's Lakeside airport").
func fullest(e *claims.Entity) string {
	best := e.Name
	for _, n := range e.Names {
		if len(strings.Fields(n)) > len(strings.Fields(best)) && !located(n) {
			best = n
		}
	}
	return best
}

func appendUnique(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func foldGroups(groups [][]string) [][]string {
	var out [][]string
	for _, g := range groups {
		var f []string
		for _, n := range g {
			if k := names.Fold(n); k != "" {
				f = append(f, k)
			}
		}
		if len(f) > 1 {
			out = append(out, f)
		}
	}
	return out
}

// countKeys counts, for each surname key, the documents that use it.
func (r *resolver) countKeys() {
	last := map[string]int{}
	for _, l := range r.locals {
		if l.typ != claims.Person || l.key == "" {
			continue
		}
		if d, ok := last[l.key]; !ok || d != l.ref.Doc {
			r.df[l.key]++
			last[l.key] = l.ref.Doc
		}
	}
}

// rare reports whether one of two near spellings of a surname is rare
// among the documents (a slip or a minority romanisation) rather than two
// established names: used by fewer than a quarter of the documents, or
// by two at most.
func (r *resolver) rare(a, b string) bool {
	lo := min(r.df[a], r.df[b])
	return lo <= max(2, len(r.docs)/4)
}

// find returns the root of i's group.
func (r *resolver) find(i int) int {
	for r.parent[i] != i {
		r.parent[i] = r.parent[r.parent[i]]
		i = r.parent[i]
	}
	return i
}

// union merges the groups of i and j unless opts.Forbid keeps them apart;
// the smaller root index stays root, so the result is order-free.
func (r *resolver) union(i, j int, why string) bool {
	a, b := r.find(i), r.find(j)
	if a == b {
		return true
	}
	if r.forbidden(a, b) {
		return false
	}
	if b < a {
		a, b = b, a
	}
	r.parent[b] = a
	for n := range r.folded[b] {
		r.folded[a][n] = true
	}
	r.folded[b] = nil
	for _, k := range []int{i, j} {
		if n := r.locals[k].note; n != "" {
			why += "; " + n
			r.locals[k].note = ""
		}
	}
	r.events = append(r.events, mergeEvent{r.locals[i].ref, r.locals[j].ref, why})
	return true
}

// forbidden reports whether the user said two names of the groups denote
// different entities.
func (r *resolver) forbidden(a, b int) bool {
	for _, g := range r.forbid {
		for x, nx := range g {
			for y, ny := range g {
				if x != y && nx != ny && r.folded[a][nx] && r.folded[b][ny] {
					return true
				}
			}
		}
	}
	return false
}

// pinAliases merges every entity that bears a name of one alias group.
func (r *resolver) pinAliases() {
	for _, g := range r.alias {
		first := -1
		for i := range r.locals {
			if !r.bears(i, g) {
				continue
			}
			if first < 0 {
				first = i
				continue
			}
			r.union(first, i, fmt.Sprintf("pinned as one entity by the alias %s", strings.Join(g, " = ")))
		}
	}
}

func (r *resolver) bears(i int, g []string) bool {
	for _, n := range r.locals[i].names {
		if slices.Contains(g, names.Fold(n)) {
			return true
		}
	}
	return false
}

// repairLowercase restores a given name that machine translation wrote in
// lower case before a surname ("ahmet Yılmaz"): when the surname is known
// with that given name in some article, the repaired form joins the
// entity's names and links it.
func (r *resolver) repairLowercase() {
	givens := r.givenIndex()
	for i := range r.locals {
		l := &r.locals[i]
		if l.typ != claims.Person || l.key == "" {
			continue
		}
		d := r.docs[l.ref.Doc]
		for _, m := range d.Entities[l.ref.Local].Mentions {
			w := lowerWordBefore(d, m.Start)
			n := mentionName(m)
			if w == "" || !strings.HasPrefix(m.Text, n) || names.SurnameKey(n) != l.key || !startsUpper(n) || len(strings.Fields(n)) != 1 {
				continue
			}
			if !givens[l.key][names.GivenKey(w)] {
				continue
			}
			fixed := w + " " + n
			l.note = fmt.Sprintf("%s: read %s as a name (a given name in lower case before a known surname)", d.Article.Position(m.Start-len(w)-1), quote(fixed))
			l.names = appendUnique(l.names, fixed)
			l.weight[fixed]++
			r.folded[r.find(i)][names.Fold(fixed)] = true
			if len(l.full.Given) == 0 {
				l.setName(fixed)
			}
		}
	}
}

// givenIndex maps each surname key to the keys of the first given names
// it is written with.
func (r *resolver) givenIndex() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, l := range r.locals {
		if l.typ != claims.Person || l.key == "" || len(l.full.Given) == 0 {
			continue
		}
		if out[l.key] == nil {
			out[l.key] = map[string]bool{}
		}
		for _, g := range l.full.Given {
			if !names.IsInitial(g) {
				out[l.key][names.GivenKey(g)] = true
			}
		}
	}
	return out
}

func mentionName(m claims.Mention) string {
	if m.Name != "" {
		return m.Name
	}
	return m.Text
}

// lowerWordBefore returns the word just before off in the article text
// when it is written in lower case ("" otherwise).
func lowerWordBefore(d *claims.Document, off int) string {
	if d.Article == nil || off <= 1 || off > len(d.Article.Text) {
		return ""
	}
	t := d.Article.Text[:off]
	if t[len(t)-1] != ' ' {
		return ""
	}
	t = t[:len(t)-1]
	i := len(t)
	for i > 0 {
		c, n := utf8.DecodeLastRuneInString(t[:i])
		if !unicode.IsLetter(c) {
			break
		}
		i -= n
	}
	w := t[i:]
	if w == "" || w != strings.ToLower(w) || utf8.RuneCountInString(w) < 2 {
		return ""
	}
	return w
}

func startsUpper(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c)
}

// form is one distinct person name: a surname key and given-name keys,
// with the article entities that bear it as their fullest name.
type form struct {
	key, sig string
	name     names.Name
	spec     int
	given    int   // given names held in full
	members  []int // local indexes, in order
}

// linkPersons links persons in four steps: the same form; equal given
// names under near surname spellings; weaker forms to the one fuller
// person they fit; a lone given name to the one person bearing it.
func (r *resolver) linkPersons() {
	forms, byKey := r.personForms()
	for _, f := range forms {
		if !f.strong() {
			continue
		}
		for _, m := range f.members[1:] {
			r.union(f.members[0], m, r.m.Match(f.name, r.locals[m].full).Why)
		}
	}
	comp := r.linkEqual(forms, byKey)
	r.linkWeaker(forms, comp)
	r.linkGivenOnly(forms, byKey)
}

// personForms groups the persons by form, sorted by key and signature.
func (r *resolver) personForms() ([]*form, map[string][]*form) {
	seen := map[string]*form{}
	var forms []*form
	for i, l := range r.locals {
		if l.typ != claims.Person || l.key == "" {
			continue
		}
		sig := givenSig(l.full.Given)
		f := seen[l.key+"|"+sig]
		if f == nil {
			f = &form{key: l.key, sig: sig, name: l.full, spec: l.spec, given: l.given}
			seen[l.key+"|"+sig] = f
			forms = append(forms, f)
		}
		f.members = append(f.members, i)
	}
	slices.SortFunc(forms, func(a, b *form) int {
		return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.sig, b.sig))
	})
	byKey := map[string][]*form{}
	for _, f := range forms {
		byKey[f.key] = append(byKey[f.key], f)
	}
	return forms, byKey
}

func givenSig(given []string) string {
	var ks []string
	for _, g := range given {
		if k := names.GivenKey(g); k != "" && !names.IsParticle(names.Fold(g)) {
			ks = append(ks, k)
		}
	}
	return strings.Join(ks, " ")
}

// linkEqual merges forms whose given names are the same, under one
// surname key or two near spellings of a long, rare surname, and returns
// the component of each surname key (keys joined by such merges).
func (r *resolver) linkEqual(forms []*form, byKey map[string][]*form) map[string]string {
	comp := map[string]string{}
	for _, f := range forms {
		comp[f.key] = f.key
	}
	for _, pair := range nearKeyPairs(forms) {
		for _, a := range byKey[pair[0]] {
			for _, b := range byKey[pair[1]] {
				res := r.m.Match(a.name, b.name)
				if res.Same && res.Given == names.GivenEqual && r.union(a.members[0], b.members[0], res.Why) {
					joinComp(comp, a.key, b.key)
				}
			}
		}
	}
	for _, k := range sortedKeys(byKey) {
		fs := byKey[k]
		for i := range fs {
			for j := i + 1; j < len(fs); j++ {
				if res := r.m.Match(fs[i].name, fs[j].name); res.Same && res.Given == names.GivenEqual {
					r.union(fs[i].members[0], fs[j].members[0], res.Why)
				}
			}
		}
	}
	return comp
}

// joinComp points every key of b's component at a's component root.
func joinComp(comp map[string]string, a, b string) {
	ra, rb := compRoot(comp, a), compRoot(comp, b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	comp[rb] = ra
}

func compRoot(comp map[string]string, k string) string {
	for comp[k] != k {
		k = comp[k]
	}
	return k
}

// nearKeyPairs returns the pairs of distinct surname keys that may be
// near spellings, found by blocking on one-letter deletions and on the
// skeleton (never all pairs); sorted.
func nearKeyPairs(forms []*form) [][2]string {
	block := map[string][]string{}
	for _, f := range forms {
		for _, b := range nearBlocks(f.key) {
			if l := block[b]; len(l) == 0 || l[len(l)-1] != f.key {
				block[b] = append(l, f.key)
			}
		}
	}
	set := map[[2]string]bool{}
	for _, ks := range block {
		for i := range ks {
			for j := i + 1; j < len(ks); j++ {
				a, b := min(ks[i], ks[j]), max(ks[i], ks[j])
				if a != b {
					set[[2]string{a, b}] = true
				}
			}
		}
	}
	pairs := make([][2]string, 0, len(set))
	for p := range set {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(x, y [2]string) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	})
	return pairs
}

// nearBlocks returns the blocking keys of a surname key: itself and its
// one-letter deletions (long keys), and its consonant-voicing skeleton.
func nearBlocks(k string) []string {
	out := []string{"s:" + names.Skeleton(k)}
	if len(k) < 6 || len(k) > 40 {
		return out
	}
	out = append(out, "d:"+k)
	for i := range len(k) {
		out = append(out, "d:"+k[:i]+k[i+1:])
	}
	return out
}

// linkWeaker links each weaker form (fewer given names, an initial, a
// surname alone) to the one fuller person of its surname component that
// it fits; where several fit, shared roles decide; otherwise it stays
// apart (two people may share a surname).
func (r *resolver) linkWeaker(forms []*form, comp map[string]string) {
	byComp := map[string][]*form{}
	for _, f := range forms {
		c := compRoot(comp, f.key)
		byComp[c] = append(byComp[c], f)
	}
	for _, c := range sortedKeys(byComp) {
		fs := slices.Clone(byComp[c])
		slices.SortStableFunc(fs, func(a, b *form) int { return cmp.Compare(b.spec, a.spec) })
		for _, f := range fs {
			r.linkForm(f, fs)
		}
	}
}

// strong reports whether a form holds a given name in full: its
// article entities are one person whatever else the articles hold.
func (f *form) strong() bool { return f.given > 0 }

// linkForm links form f to the one group, among those holding a fuller
// form in fs, whose fullest form fits it. The article entities of a weak
// form (a surname alone, initials) are linked one by one, their own roles
// deciding between several candidates; they join each other only when no
// fuller person fits them.
func (r *resolver) linkForm(f *form, fs []*form) {
	cands, whys := r.candidates(f, fs)
	if f.strong() {
		r.linkTo(f.members[0], cands, whys, fs)
		return
	}
	if len(cands) == 0 {
		for _, m := range f.members[1:] {
			r.union(f.members[0], m, r.m.Match(f.name, r.locals[m].full).Why+", and no fuller name fits")
		}
		return
	}
	for _, m := range f.members {
		r.linkTo(m, cands, whys, fs)
	}
}

// candidates returns the groups holding a fuller form than f whose
// fullest form fits f, and why each fits.
func (r *resolver) candidates(f *form, fs []*form) ([]int, map[int]string) {
	me := r.find(f.members[0])
	var cands []int
	whys := map[int]string{}
	for _, g := range fs {
		root := r.find(g.members[0])
		if g.spec <= f.spec || root == me || whys[root] != "" {
			continue
		}
		head := r.head(root, fs)
		if res := r.m.Match(f.name, head.name); res.Same {
			cands = append(cands, root)
			whys[root] = res.Why
		}
	}
	return cands, whys
}

// linkTo links article entity i to the one candidate group, or to the one
// that shares a role with it.
func (r *resolver) linkTo(i int, cands []int, whys map[int]string, fs []*form) {
	why := ""
	if len(cands) > 1 {
		cands = r.byRole(r.find(i), cands, fs)
		why = ", and they share a role"
	}
	if len(cands) == 1 {
		r.union(i, cands[0], whys[cands[0]]+why)
	}
}

// head returns the fullest form of a group (the first in fs order).
func (r *resolver) head(root int, fs []*form) *form {
	for _, g := range fs {
		if r.find(g.members[0]) == root {
			return g
		}
	}
	return nil
}

// byRole keeps the candidate groups that share a folded role with group
// me (all groups are among the forms fs).
func (r *resolver) byRole(me int, cands []int, fs []*form) []int {
	mine := r.roles(me, fs)
	var out []int
	for _, c := range cands {
		for role := range r.roles(c, fs) {
			if mine[role] {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func (r *resolver) roles(root int, fs []*form) map[string]bool {
	out := map[string]bool{}
	for _, f := range fs {
		for _, i := range f.members {
			if r.find(i) != root {
				continue
			}
			for _, role := range r.locals[i].roles {
				out[names.Fold(role)] = true
			}
		}
	}
	return out
}

// linkGivenOnly links a person named by one word that is no known surname
// ("Wichai") to the one person whose first given name it is. Two people
// sharing the given name leave it alone: never merge on a given name when
// it is ambiguous.
func (r *resolver) linkGivenOnly(forms []*form, byKey map[string][]*form) {
	first := map[string]map[int]bool{}
	for _, f := range forms {
		if len(f.name.Given) == 0 || names.IsInitial(f.name.Given[0]) {
			continue
		}
		k := names.GivenKey(f.name.Given[0])
		if first[k] == nil {
			first[k] = map[int]bool{}
		}
		first[k][r.find(f.members[0])] = true
	}
	for _, f := range forms {
		if len(f.name.Given) > 0 || len(byKey[f.key]) > 1 {
			continue
		}
		roots := first[names.GivenKey(f.name.Surname)]
		if len(roots) != 1 {
			continue
		}
		for root := range roots {
			r.union(f.members[0], root, fmt.Sprintf("'%s' is the given name of one person only", names.Fold(f.name.Surname)))
		}
	}
}

// orgKey is the match key of an organisation, place or thing: folded,
// a leading "the" and a possessive dropped, German umlaut spellings
// unified (Luebeck = Lübeck).
func orgKey(n string) string {
	n = strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")
	w := strings.Fields(names.Fold(n))
	if k := flightKey(w); k != "" {
		return k
	}
	if len(w) > 1 && w[0] == "the" {
		w = w[1:]
	}
	return umlauts.Replace(strings.Join(w, " "))
}

// flightKey keys a flight on its number without the airline's code:
// "Northair flight NA512", "flight NA512" and "flight 512" are one flight.
func flightKey(w []string) string {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "flight" {
			continue
		}
		if num := flightNumber(w[i+1]); num != "" {
			return "flight " + num
		}
	}
	return ""
}

// flightNumber is the number of a folded flight designator without the
// airline's code and leading zeros ("na512" and "512" are "512"), or ""
// when the word is no designator.
func flightNumber(code string) string {
	k := len(code)
	for k > 0 && code[k-1] >= '0' && code[k-1] <= '9' {
		k--
	}
	if num := strings.TrimLeft(code[k:], "0"); num != "" && k <= 3 {
		return num
	}
	return ""
}

var umlauts = strings.NewReplacer("ue", "u", "oe", "o", "ae", "a")

// linkOthers links organisations, places and things on their key, then an
// acronym ("UN") to the one entity whose name it abbreviates.
func (r *resolver) linkOthers() {
	byKey := map[string][]int{}
	for i, l := range r.locals {
		if l.typ != claims.Person && l.key != "" {
			k := string(l.typ) + "|" + l.key
			byKey[k] = append(byKey[k], i)
		}
	}
	for _, k := range sortedKeys(byKey) {
		is := byKey[k]
		for _, i := range is[1:] {
			r.union(is[0], i, fmt.Sprintf("same name '%s'", r.locals[i].key))
		}
	}
	r.linkAcronyms()
	r.linkShortForms()
}

// genericNouns end place and organisation names without telling them
// apart: "Ban Saeng" and "Ban Saeng province" are one place.
var genericNouns = map[string]bool{"cave": true, "province": true, "airport": true, "team": true,
	"football": true, "club": true, "district": true, "region": true, "county": true, "city": true,
	"town": true, "village": true, "state": true, "island": true, "river": true, "the": true}

// coreTokens are a key's words without generic nouns.
func coreTokens(key string) []string {
	var out []string
	for _, w := range strings.Fields(key) {
		if !genericNouns[w] {
			out = append(out, w)
		}
	}
	return out
}

// inOrder reports whether every word of short stands in long, in order,
// starting with long's first word.
func inOrder(short, long []string) bool {
	if len(short) == 0 || len(short) > len(long) || short[0] != long[0] {
		return false
	}
	j := 0
	for _, w := range long {
		if j < len(short) && w == short[j] {
			j++
		}
	}
	return j == len(short)
}

// linkShortForms links a short form of a place or organisation name to
// the one longer name it abbreviates ("Nakhon" and "Nakhon Ratchasima
// province"), longest first so the middle forms join first. A one-word or
// two-word "person" with no role may be such a short form too ("Ban Saeng"
// before "Ban Saeng cave"): names without titles are often places. Names
// are blocked on their first word, and each distinct form is compared once.
func (r *resolver) linkShortForms() {
	forms, byFirst := r.shortFormIndex()
	for _, f := range forms {
		r.linkSameForm(f)
	}
	for _, f := range forms {
		roots := map[int]bool{}
		with := -1
		for _, g := range byFirst[f.core[0]] {
			if g == f || !inOrder(f.core, g.core) {
				continue
			}
			for _, j := range g.locals {
				if r.locals[j].typ != claims.Person && r.compatible(f.locals[0], j) {
					roots[r.find(j)] = true
					with = j
				}
			}
		}
		if len(roots) != 1 {
			continue
		}
		for _, i := range f.locals {
			if r.compatible(i, with) {
				r.union(i, with, fmt.Sprintf("'%s' is a short form of '%s'", r.locals[i].names[0], r.locals[with].names[0]))
			}
		}
	}
}

// shortForm is one distinct name, without generic nouns, and the article
// entities that bear it.
type shortForm struct {
	core   []string
	locals []int
}

// shortFormIndex groups the eligible entities by their core name, longest
// first, and indexes the forms by their first word.
func (r *resolver) shortFormIndex() ([]*shortForm, map[string][]*shortForm) {
	byKey := map[string]*shortForm{}
	var forms []*shortForm
	for i, l := range r.locals {
		if len(l.names) == 0 || (l.typ == claims.Person && len(l.roles) > 0) {
			continue
		}
		core := coreTokens(orgKey(l.names[0]))
		if len(core) == 0 {
			continue
		}
		k := strings.Join(core, " ")
		f, ok := byKey[k]
		if !ok {
			f = &shortForm{core: core}
			byKey[k] = f
			forms = append(forms, f)
		}
		f.locals = append(f.locals, i)
	}
	slices.SortStableFunc(forms, func(a, b *shortForm) int {
		return cmp.Or(cmp.Compare(len(b.core), len(a.core)), cmp.Compare(strings.Join(a.core, " "), strings.Join(b.core, " ")))
	})
	byFirst := map[string][]*shortForm{}
	for _, f := range forms {
		byFirst[f.core[0]] = append(byFirst[f.core[0]], f)
	}
	return forms, byFirst
}

// linkSameForm links the entities that bear one form ("Roi Et" and "Roi
// Et province"): places with places, organisations with organisations, and
// a titleless "person" with either.
func (r *resolver) linkSameForm(f *shortForm) {
	anchor := -1
	for _, i := range f.locals {
		if r.locals[i].typ != claims.Person {
			anchor = i
			break
		}
	}
	if anchor < 0 {
		return
	}
	for _, i := range f.locals {
		if i != anchor && r.compatible(i, anchor) {
			r.union(anchor, i, fmt.Sprintf("'%s' and '%s' are one name", r.locals[anchor].names[0], r.locals[i].names[0]))
		}
	}
}

// compatible reports whether entity i may join non-person entity j: of
// the same type, or a person with neither role nor title.
func (r *resolver) compatible(i, j int) bool {
	ti := r.locals[i].typ
	return ti == r.locals[j].typ || (ti == claims.Person && len(r.locals[i].roles) == 0)
}

func (r *resolver) linkAcronyms() {
	expands := map[string]map[int]bool{}
	for i, l := range r.locals {
		if a := acronymOf(l); a != "" && l.typ != claims.Person {
			k := string(l.typ) + "|" + a
			if expands[k] == nil {
				expands[k] = map[int]bool{}
			}
			expands[k][r.find(i)] = true
		}
	}
	for i, l := range r.locals {
		a := asAcronym(l)
		if a == "" || l.typ == claims.Person {
			continue
		}
		roots := expands[string(l.typ)+"|"+a]
		if len(roots) == 1 {
			for root := range roots {
				r.union(i, root, fmt.Sprintf("'%s' is the acronym of %s", strings.ToUpper(a), r.locals[root].names[0]))
			}
		}
	}
}

// asAcronym returns the letters of a name written as an acronym ("UN",
// "the U.N.", "NATO"), lower case; "" for any other name.
func asAcronym(l local) string {
	for _, n := range l.names {
		n = strings.TrimPrefix(strings.TrimPrefix(n, "the "), "The ")
		letters := strings.ReplaceAll(n, ".", "")
		if c := utf8.RuneCountInString(letters); c < 2 || c > 6 || strings.ToUpper(letters) != letters {
			continue
		}
		if k := names.Fold(letters); len(k) == len(letters) && !strings.Contains(k, " ") {
			return k
		}
	}
	return ""
}

// acronymWords are left out of an acronym.
var acronymWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true, "de": true, "des": true, "du": true, "la": true}

// acronymOf returns the initials of a name of three or more letters in
// two or more words ("United Nations" → "un").
func acronymOf(l local) string {
	for _, n := range l.names {
		w := strings.Fields(names.Fold(n))
		if len(w) < 2 {
			continue
		}
		var b strings.Builder
		for i, x := range w {
			if !(i == 0 && x == "the") && !acronymWords[x] {
				b.WriteByte(x[0])
			}
		}
		if b.Len() >= 2 {
			return b.String()
		}
	}
	return ""
}

// result builds the resolution from the groups.
func (r *resolver) result() *Resolution {
	groups := map[int][]int{}
	for i := range r.locals {
		root := r.find(i)
		groups[root] = append(groups[root], i)
	}
	res := &Resolution{Of: map[EntityRef]int{}, docs: r.docs, merges: map[int][]mergeEvent{}}
	roots := sortedKeys(groups)
	ents := make([]ResolvedEntity, len(roots))
	for n, root := range roots {
		ents[n] = r.entity(groups[root])
	}
	order := make([]int, len(ents))
	folded := make([]string, len(ents))
	for i := range order {
		order[i], folded[i] = i, names.Fold(ents[i].Name)
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(folded[a], folded[b]), r.refCompare(ents[a].Members[0], ents[b].Members[0]))
	})
	for pos, i := range order {
		res.Entities = append(res.Entities, ents[i])
		for _, m := range ents[i].Members {
			res.Of[m] = pos
		}
	}
	for _, ev := range r.events {
		i := res.Of[ev.a]
		res.merges[i] = append(res.merges[i], ev)
		res.Entities[i].Why = append(res.Entities[i].Why, ev.why)
	}
	return res
}

// refCompare orders article entities by article path, then position.
func (r *resolver) refCompare(a, b EntityRef) int {
	la, lb := r.locals[r.index[a]], r.locals[r.index[b]]
	return cmp.Or(cmp.Compare(la.path, lb.path), cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Local, b.Local))
}

// entity assembles one resolved entity from its members.
func (r *resolver) entity(members []int) ResolvedEntity {
	e := ResolvedEntity{}
	slices.SortFunc(members, func(a, b int) int { return r.refCompare(r.locals[a].ref, r.locals[b].ref) })
	weight := map[string]int{}
	types := map[claims.EntityType]float64{}
	roles, descs := map[string]string{}, map[string]string{}
	for _, i := range members {
		l := r.locals[i]
		e.Members = append(e.Members, l.ref)
		types[l.typ] += typeVote(l)
		for _, n := range l.names {
			weight[n] += l.weight[n]
		}
		for _, role := range l.roles {
			if k := names.Fold(role); k != "" && roles[k] == "" {
				roles[k] = role
			}
		}
		for _, d := range r.docs[l.ref.Doc].Entities[l.ref.Local].Descriptions {
			if k := names.Fold(d); k != "" && descs[k] == "" {
				descs[k] = d
			}
		}
	}
	e.Type = majorityType(types)
	e.Names = sortedNames(weight)
	for _, k := range sortedKeys(roles) {
		e.Roles = append(e.Roles, roles[k])
	}
	for _, k := range sortedKeys(descs) {
		e.Descriptions = append(e.Descriptions, descs[k])
	}
	e.Name = canonical(e.Names, weight, e.Type)
	if n := r.composed(e, members); n != "" {
		e.Name = n
		if !slices.Contains(e.Names, n) {
			e.Names = append(e.Names, n)
			slices.SortFunc(e.Names, compareNames)
		}
	}
	return e
}

// composed returns the full name an entity is known by when no article
// gives it whole: a flight's operator with its full designator
// ("Northair flight 512" and "flight NA512" are "Northair flight NA512"),
// and a place with the place an article locates it in ("Lakeside
// Airport, Bangkok" of "Bangkok's Lakeside airport").
func (r *resolver) composed(e ResolvedEntity, members []int) string {
	switch e.Type {
	case claims.Thing:
		return flightName(e.Names)
	case claims.Place:
		for _, i := range members {
			ref := r.locals[i].ref
			in := r.docs[ref.Doc].Entities[ref.Local].Within
			if in != "" && !located(e.Name) && !strings.Contains(names.Fold(e.Name), names.Fold(in)) {
				return e.Name + ", " + in
			}
		}
	}
	return ""
}

// located reports whether a name is located by a possessive place.
func located(n string) bool {
	for _, w := range strings.Fields(n) {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return true
		}
	}
	return false
}

// flightName joins the operator one name gives a flight to the longest
// designator another gives it, when no name has both.
func flightName(list []string) string {
	operator, word, designator := "", "", ""
	for _, n := range list {
		w := strings.Fields(n)
		for i := 0; i+1 < len(w); i++ {
			if !strings.EqualFold(w[i], "flight") {
				continue
			}
			if i > 0 && (operator == "" || i > len(strings.Fields(operator))) {
				operator, word = strings.Join(w[:i], " "), w[i]
			}
			if len(w[i+1]) > len(designator) {
				designator = w[i+1]
			}
			break
		}
	}
	if operator == "" || flightNumber(names.Fold(designator)) == "" {
		return ""
	}
	full := operator + " " + word + " " + designator
	for _, n := range list {
		if names.Fold(n) == names.Fold(full) {
			return ""
		}
	}
	return full
}

// typeVote: a "person" with neither role nor title is a weak vote, for a
// name without a title may be a place or a team's.
func typeVote(l local) float64 {
	if l.typ == claims.Person && len(l.roles) == 0 {
		return 0.5
	}
	return 1
}

var typeOrder = []claims.EntityType{claims.Person, claims.Organisation, claims.Place, claims.Thing}

func majorityType(types map[claims.EntityType]float64) claims.EntityType {
	best := claims.EntityType("")
	for _, t := range typeOrder {
		if types[t] > types[best] {
			best = t
		}
	}
	for _, t := range sortedKeys(types) {
		if best == "" || types[t] > types[best] {
			best = t
		}
	}
	return best
}

func sortedNames(weight map[string]int) []string {
	out := make([]string, 0, len(weight))
	for n := range weight {
		out = append(out, n)
	}
	slices.SortFunc(out, compareNames)
	return out
}

func compareNames(a, b string) int {
	return cmp.Or(cmp.Compare(names.Fold(a), names.Fold(b)), cmp.Compare(a, b))
}

// canonical picks the display name: not located by a possessive first,
// then properly capitalised, then the fullest, then the most frequent, then the first in sorted order.
func canonical(list []string, weight map[string]int, t claims.EntityType) string {
	best, bestScore := "", []int(nil)
	for _, n := range list {
		s := []int{0, capitalised(n), len(strings.Fields(names.Fold(n))), weight[n]}
		if !located(n) {
			s[0] = 1
		}
		if t == claims.Person {
			p := names.Parse(n)
			s[2] = len(p.Given)*2 + 1
		}
		if bestScore == nil || slices.Compare(s, bestScore) > 0 {
			best, bestScore = n, s
		}
	}
	return best
}

// capitalised is 1 when every word of n but a particle starts upper case.
func capitalised(n string) int {
	for _, w := range strings.Fields(n) {
		if !startsUpper(w) && !names.IsParticle(names.Fold(w)) {
			return 0
		}
	}
	return 1
}

func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Explain says who was merged with whom, and why, for resolved entity i.
func (r *Resolution) Explain(i int) string {
	if i < 0 || i >= len(r.Entities) {
		return fmt.Sprintf("no entity %d", i)
	}
	e := r.Entities[i]
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %d article entities\n", e.Name, e.Type, len(e.Members))
	for _, m := range e.Members {
		fmt.Fprintf(&b, "  %s\n", r.describe(m))
	}
	for _, ev := range r.merges[i] {
		fmt.Fprintf(&b, "  merged %s with %s: %s\n", r.describe(ev.a), r.describe(ev.b), ev.why)
	}
	return b.String()
}

// describe names an article entity: path, index and name.
func (r *Resolution) describe(ref EntityRef) string {
	if ref.Doc < 0 || ref.Doc >= len(r.docs) || r.docs[ref.Doc] == nil {
		return fmt.Sprintf("doc %d entity %d", ref.Doc, ref.Local)
	}
	d := r.docs[ref.Doc]
	path := fmt.Sprintf("doc %d", ref.Doc)
	if d.Article != nil {
		path = d.Article.Path
	}
	if ref.Local < 0 || ref.Local >= len(d.Entities) {
		return fmt.Sprintf("%s#%d", path, ref.Local)
	}
	return fmt.Sprintf("%s#%d %s", path, ref.Local, quote(d.Entities[ref.Local].Name))
}
