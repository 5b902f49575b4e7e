package compare

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/google/go-cmp/cmp"
)

var updateEntities = flag.Bool("update-entities", false, "rewrite the golden files of testdata/entities")

func person(name string, roles ...string) claims.Entity {
	return claims.Entity{Type: claims.Person, Name: name, Names: []string{name}, Roles: roles}
}

func org(name string, other ...string) claims.Entity {
	return claims.Entity{Type: claims.Organisation, Name: name, Names: append([]string{name}, other...)}
}

func place(name string) claims.Entity {
	return claims.Entity{Type: claims.Place, Name: name, Names: []string{name}}
}

func thing(name string) claims.Entity {
	return claims.Entity{Type: claims.Thing, Name: name, Names: []string{name}}
}

func doc(path string, ents ...claims.Entity) *claims.Document {
	return &claims.Document{Article: &sources.Article{Path: path}, Entities: ents}
}

// docWithText builds an article whose entities are mentioned in text at
// the first place their name occurs.
func docWithText(path, text string, ents ...claims.Entity) *claims.Document {
	for i := range ents {
		n := ents[i].Name
		if at := strings.Index(text, n); at >= 0 {
			ents[i].Mentions = []claims.Mention{{Start: at, End: at + len(n), Text: n, Name: n}}
		}
	}
	return &claims.Document{Article: &sources.Article{Path: path, Text: text}, Entities: ents}
}

// refOf finds "path/Name" among the docs.
func refOf(t *testing.T, docs []*claims.Document, s string) EntityRef {
	t.Helper()
	path, name, _ := strings.Cut(s, "/")
	for di, d := range docs {
		for li, e := range d.Entities {
			if d.Article.Path == path && e.Name == name {
				return EntityRef{di, li}
			}
		}
	}
	t.Fatalf("no entity %q", s)
	return EntityRef{}
}

type resolveCase struct {
	name  string
	docs  []*claims.Document
	opts  Options
	same  [][]string // each list resolves to one entity
	apart [][2]string
	names map[string][]string // "path/Name" → the Names of its resolved entity
	canon map[string]string   // "path/Name" → the canonical name of its resolved entity
}

func resolveCases() []resolveCase {
	return []resolveCase{
		{
			name: "transliteration variants and a surname alone",
			docs: []*claims.Document{
				doc("a.txt", person("Dmitri Volkonov", "envoy")),
				doc("b.txt", person("Dmitry Volkonov")),
				doc("c.txt", person("Volkonov")),
			},
			same: [][]string{{"a.txt/Dmitri Volkonov", "b.txt/Dmitry Volkonov", "c.txt/Volkonov"}},
		},
		{
			name: "gendered surnames stay apart",
			docs: []*claims.Document{
				doc("a.txt", person("Dmitri Volkonov"), person("Irina Volkonova")),
				doc("b.txt", person("Volkonova")),
				doc("c.txt", person("Volkonov")),
			},
			same:  [][]string{{"a.txt/Irina Volkonova", "b.txt/Volkonova"}, {"a.txt/Dmitri Volkonov", "c.txt/Volkonov"}},
			apart: [][2]string{{"a.txt/Dmitri Volkonov", "a.txt/Irina Volkonova"}},
		},
		{
			name: "a surname shared by relatives links by role or not at all",
			docs: []*claims.Document{
				doc("a.txt", person("Lena Brandvik", "mayor")),
				doc("b.txt", person("Oskar Brandvik", "harbour master")),
				doc("c.txt", person("Brandvik")),
				doc("d.txt", person("Brandvik", "Mayor")),
			},
			same: [][]string{{"a.txt/Lena Brandvik", "d.txt/Brandvik"}},
			apart: [][2]string{
				{"a.txt/Lena Brandvik", "b.txt/Oskar Brandvik"},
				{"c.txt/Brandvik", "a.txt/Lena Brandvik"},
				{"c.txt/Brandvik", "b.txt/Oskar Brandvik"},
			},
		},
		{
			name: "two officials sharing a first name",
			docs: []*claims.Document{
				doc("a.txt", person("Thomas Hallberg", "bank governor"), person("Thomas von Eckerlin", "university rector")),
				doc("b.txt", person("Thomas")),
				doc("c.txt", person("Eckerlin")),
			},
			same: [][]string{{"a.txt/Thomas von Eckerlin", "c.txt/Eckerlin"}},
			apart: [][2]string{
				{"a.txt/Thomas Hallberg", "a.txt/Thomas von Eckerlin"},
				{"b.txt/Thomas", "a.txt/Thomas Hallberg"},
				{"b.txt/Thomas", "a.txt/Thomas von Eckerlin"},
			},
		},
		{
			name: "a lone given name links to the one person bearing it",
			docs: []*claims.Document{
				doc("a.txt", person("Wichai Sornpetch")),
				doc("b.txt", person("Wichai")),
			},
			same: [][]string{{"a.txt/Wichai Sornpetch", "b.txt/Wichai"}},
		},
		{
			name: "middle names and initials",
			docs: []*claims.Document{
				doc("a.txt", person("Ana Marisol Ferrandes")),
				doc("b.txt", person("Ana Ferrandes")),
				doc("c.txt", person("A. M. Ferrandes")),
				doc("d.txt", person("Marisol Ferrandes")),
			},
			same: [][]string{{"a.txt/Ana Marisol Ferrandes", "b.txt/Ana Ferrandes", "c.txt/A. M. Ferrandes", "d.txt/Marisol Ferrandes"}},
		},
		{
			name: "a shorter name fitting two people stays apart",
			docs: []*claims.Document{
				doc("a.txt", person("Maria Elena Rodrigal")),
				doc("b.txt", person("Maria Jose Rodrigal")),
				doc("c.txt", person("Maria Rodrigal")),
			},
			apart: [][2]string{
				{"a.txt/Maria Elena Rodrigal", "b.txt/Maria Jose Rodrigal"},
				{"c.txt/Maria Rodrigal", "a.txt/Maria Elena Rodrigal"},
				{"c.txt/Maria Rodrigal", "b.txt/Maria Jose Rodrigal"},
			},
		},
		{
			name: "near spelling of a long rare surname, same given name",
			docs: []*claims.Document{
				doc("a.txt", person("Henrike Sollenbacher")),
				doc("b.txt", person("Henrike Sollenbacher")),
				doc("c.txt", person("Henrike Sollenbecher")),
				doc("d.txt", person("Nattapong Kaewsamrit"), person("Chaiwat Khaewsamrit")),
			},
			same:  [][]string{{"a.txt/Henrike Sollenbacher", "c.txt/Henrike Sollenbecher"}},
			apart: [][2]string{{"d.txt/Nattapong Kaewsamrit", "d.txt/Chaiwat Khaewsamrit"}},
		},
		{
			name: "a given name written in lower case is repaired",
			docs: []*claims.Document{
				doc("a.txt", person("Kerem Yıldıranlı")),
				docWithText("b.txt", "Police said kerem Yıldıranlı fired twice.", person("Yıldıranlı")),
			},
			same:  [][]string{{"a.txt/Kerem Yıldıranlı", "b.txt/Yıldıranlı"}},
			names: map[string][]string{"b.txt/Yıldıranlı": {"Kerem Yıldıranlı", "kerem Yıldıranlı", "Yıldıranlı"}},
		},
		{
			name: "a lower-case word that is not the given name is left alone",
			docs: []*claims.Document{
				doc("a.txt", person("Kerem Yıldıranlı")),
				docWithText("b.txt", "Police said Yıldıranlı fired twice.", person("Yıldıranlı")),
			},
			names: map[string][]string{"b.txt/Yıldıranlı": {"Kerem Yıldıranlı", "Yıldıranlı"}},
		},
		{
			name: "organisations and places: folded names and acronyms",
			docs: []*claims.Document{
				doc("a.txt", org("United Nations"), place("Lübeck"), org("Harbour Authority")),
				doc("b.txt", org("the UN"), place("Luebeck"), place("Harbour")),
				doc("c.txt", org("UN")),
			},
			same:  [][]string{{"a.txt/United Nations", "b.txt/the UN", "c.txt/UN"}, {"a.txt/Lübeck", "b.txt/Luebeck"}},
			apart: [][2]string{{"a.txt/Harbour Authority", "b.txt/Harbour"}},
		},
		{
			name: "a flight is named by its operator and its full designator",
			docs: []*claims.Document{
				doc("a.txt", thing("Northair flight 512")),
				doc("b.txt", thing("flight NA512")),
				doc("c.txt", thing("flight 512")),
			},
			same:  [][]string{{"a.txt/Northair flight 512", "b.txt/flight NA512", "c.txt/flight 512"}},
			names: map[string][]string{"a.txt/Northair flight 512": {"flight 512", "flight NA512", "Northair flight 512", "Northair flight NA512"}},
			canon: map[string]string{"c.txt/flight 512": "Northair flight NA512"},
		},
		{
			name: "a flight already named in full gets no new name",
			docs: []*claims.Document{
				doc("a.txt", thing("Northair flight NA512")),
				doc("b.txt", thing("flight 512")),
			},
			same:  [][]string{{"a.txt/Northair flight NA512", "b.txt/flight 512"}},
			names: map[string][]string{"b.txt/flight 512": {"flight 512", "Northair flight NA512"}},
		},
		{
			name: "a place located by a possessive is named with its place",
			docs: []*claims.Document{
				doc("a.txt", claims.Entity{Type: claims.Place, Name: "Lakeside airport", Names: []string{"Lakeside airport", "Kettleby's Lakeside airport"}, Within: "Kettleby"}),
				doc("b.txt", place("Lakeside Airport")),
			},
			same:  [][]string{{"a.txt/Lakeside airport", "b.txt/Lakeside Airport"}},
			names: map[string][]string{"b.txt/Lakeside Airport": {"Kettleby's Lakeside airport", "Lakeside Airport", "Lakeside airport", "Lakeside Airport, Kettleby"}},
			canon: map[string]string{"a.txt/Lakeside airport": "Lakeside Airport, Kettleby"},
		},
		{
			name: "forbid keeps names apart, aliases pin them together",
			docs: []*claims.Document{
				doc("a.txt", person("Dmitri Volkonov"), person("Ludo Sanderijn")),
				doc("b.txt", person("Dmitry Volkonov"), person("the Fox")),
			},
			opts: Options{
				Forbid:  [][]string{{"Dmitri Volkonov", "Dmitry Volkonov"}},
				Aliases: [][]string{{"Ludo Sanderijn", "The Fox"}},
			},
			same:  [][]string{{"a.txt/Ludo Sanderijn", "b.txt/the Fox"}},
			apart: [][2]string{{"a.txt/Dmitri Volkonov", "b.txt/Dmitry Volkonov"}},
		},
	}
}

func TestResolveEntities(t *testing.T) {
	for _, tc := range resolveCases() {
		t.Run(tc.name, func(t *testing.T) {
			res := ResolveEntities(tc.docs, tc.opts)
			checkResolution(t, tc, res)
		})
	}
}

func checkResolution(t *testing.T, tc resolveCase, res *Resolution) {
	t.Helper()
	for _, g := range tc.same {
		want := res.Of[refOf(t, tc.docs, g[0])]
		for _, s := range g[1:] {
			if got := res.Of[refOf(t, tc.docs, s)]; got != want {
				t.Errorf("%s and %s not merged:\n%s\n%s", g[0], s, res.Explain(want), res.Explain(got))
			}
		}
	}
	for _, p := range tc.apart {
		a, b := res.Of[refOf(t, tc.docs, p[0])], res.Of[refOf(t, tc.docs, p[1])]
		if a == b {
			t.Errorf("%s and %s merged:\n%s", p[0], p[1], res.Explain(a))
		}
	}
	for s, want := range tc.names {
		e := res.Entities[res.Of[refOf(t, tc.docs, s)]]
		if d := cmp.Diff(want, e.Names); d != "" {
			t.Errorf("names of %s (-want +got):\n%s", s, d)
		}
	}
	for s, want := range tc.canon {
		if got := res.Entities[res.Of[refOf(t, tc.docs, s)]].Name; got != want {
			t.Errorf("canonical name of %s = %q, want %q", s, got, want)
		}
	}
	checkInvariants(t, tc.docs, res)
}

// checkInvariants checks what holds of every resolution: each article
// entity in exactly one resolved entity, members sorted, a why for every
// merge, a canonical name among the names.
func checkInvariants(t *testing.T, docs []*claims.Document, res *Resolution) {
	t.Helper()
	n := 0
	for i, e := range res.Entities {
		n += len(e.Members)
		for _, m := range e.Members {
			if res.Of[m] != i {
				t.Errorf("entity %d holds %v but Of says %d", i, m, res.Of[m])
			}
		}
		if len(e.Why) != len(e.Members)-1 {
			t.Errorf("%s: %d members, %d reasons: %q", e.Name, len(e.Members), len(e.Why), e.Why)
		}
		if !slices.Contains(e.Names, e.Name) {
			t.Errorf("canonical %q not among %q", e.Name, e.Names)
		}
		if !slices.IsSortedFunc(e.Members, func(a, b EntityRef) int { return cmpRef(docs, a, b) }) {
			t.Errorf("%s: members not sorted: %v", e.Name, e.Members)
		}
	}
	total := 0
	for _, d := range docs {
		total += len(d.Entities)
	}
	if n != total || len(res.Of) != total {
		t.Errorf("%d article entities, %d members, %d in Of", total, n, len(res.Of))
	}
}

func cmpRef(docs []*claims.Document, a, b EntityRef) int {
	return strings.Compare(fmt.Sprintf("%s\x00%06d", docs[a.Doc].Article.Path, a.Local), fmt.Sprintf("%s\x00%06d", docs[b.Doc].Article.Path, b.Local))
}

// TestResolveOrderFree checks that the partition, names and canonical
// names do not depend on the order of the documents.
func TestResolveOrderFree(t *testing.T) {
	for _, tc := range resolveCases() {
		t.Run(tc.name, func(t *testing.T) {
			want := summary(tc.docs, ResolveEntities(tc.docs, tc.opts))
			rng := rand.New(rand.NewPCG(1, 2))
			for range 5 {
				docs := slices.Clone(tc.docs)
				rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
				if d := cmp.Diff(want, summary(docs, ResolveEntities(docs, tc.opts))); d != "" {
					t.Fatalf("order changed the result (-sorted +shuffled):\n%s", d)
				}
			}
		})
	}
}

// summary prints a resolution without document indexes.
func summary(docs []*claims.Document, res *Resolution) []string {
	var out []string
	for _, e := range res.Entities {
		var ms []string
		for _, m := range e.Members {
			ms = append(ms, fmt.Sprintf("%s#%d", docs[m.Doc].Article.Path, m.Local))
		}
		out = append(out, fmt.Sprintf("%s %s %q %q [%s]", e.Type, e.Name, e.Names, e.Roles, strings.Join(ms, " ")))
	}
	return out
}

func TestResolveEmpty(t *testing.T) {
	docs := []*claims.Document{
		doc("a.txt"),
		doc("b.txt", claims.Entity{Type: claims.Person}, claims.Entity{Type: claims.Organisation, Name: "..."}),
		{Entities: []claims.Entity{person("Nobody Known")}},
	}
	res := ResolveEntities(docs, Options{})
	if len(res.Entities) != 3 {
		t.Errorf("%d entities, want 3", len(res.Entities))
	}
	if got := res.Explain(99); !strings.Contains(got, "no entity") {
		t.Errorf("Explain(99) = %q", got)
	}
}

// TestExplainGolden keeps the explanation of a small resolution in
// testdata/entities/explain.golden (-update-entities rewrites it).
func TestExplainGolden(t *testing.T) {
	docs := []*claims.Document{
		doc("a.txt", person("Dmitri Volkonov", "envoy"), org("United Nations")),
		doc("b.txt", person("Dmitry Volkonov", "Envoy"), org("UN")),
		docWithText("c.txt", "Witnesses saw dmitri Volkonov leave.", person("Volkonov")),
		doc("d.txt", person("Henrike Sollenbacher"), person("Henrike Sollenbecher")),
	}
	res := ResolveEntities(docs, Options{})
	var b strings.Builder
	for i := range res.Entities {
		b.WriteString(res.Explain(i))
		fmt.Fprintf(&b, "  names: %q\n  roles: %q\n", res.Entities[i].Names, res.Entities[i].Roles)
	}
	golden := filepath.Join("testdata", "entities", "explain.golden")
	if *updateEntities {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update-entities)", err)
	}
	if d := cmp.Diff(string(want), b.String()); d != "" {
		t.Errorf("explanation (-golden +got):\n%s", d)
	}
}

// cpuTime is the CPU time the process has used: a figure a loaded machine
// does not inflate as it does wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// syntheticDocs builds n articles of about ten entities each, drawn from a
// population that grows with n (as the names of a news archive do), one
// person in ten sharing a surname with another: full names, initials,
// surnames alone, given-name variants, organisations and places.
func syntheticDocs(n int) []*claims.Document {
	rng := rand.New(rand.NewPCG(7, uint64(n)))
	syl := []string{"ka", "ro", "vin", "del", "mar", "sto", "len", "ber", "tak", "hol", "gri", "sun", "pel", "dor", "vas", "kin"}
	givens := []string{"Anton", "Sergei", "Sergey", "Marta", "Oskar", "Lena", "Yuri", "Iouri", "Ines", "Pavel", "Ruth", "Tomas"}
	word := func(i int) string {
		var b strings.Builder
		for range 4 {
			b.WriteString(syl[i%len(syl)])
			i /= len(syl)
		}
		return strings.ToUpper(b.String()[:1]) + b.String()[1:]
	}
	people := make([][2]string, n*2)
	for i := range people {
		sur := word(i)
		if i > 0 && rng.IntN(10) == 0 {
			sur = people[rng.IntN(i)][1]
		}
		people[i] = [2]string{givens[rng.IntN(len(givens))], sur}
	}
	docs := make([]*claims.Document, n)
	for d := range docs {
		var ents []claims.Entity
		for range 8 {
			p := people[rng.IntN(len(people))]
			switch rng.IntN(4) {
			case 0:
				ents = append(ents, person(p[1]))
			case 1:
				ents = append(ents, person(p[0][:1]+". "+p[1]))
			default:
				ents = append(ents, person(p[0]+" "+p[1], "official"))
			}
		}
		ents = append(ents, org(word(rng.IntN(n))+" Ministry"), place(word(rng.IntN(n))))
		docs[d] = doc(fmt.Sprintf("doc%05d.txt", d), ents...)
	}
	return docs
}

// BenchmarkResolveEntities shows how resolution grows with the number of
// articles: near-linearly, since persons are blocked on surname keys.
func BenchmarkResolveEntities(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		docs := syntheticDocs(n)
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				ResolveEntities(docs, Options{})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/doc")
			b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/doc")
		})
	}
}
