package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// Options tune a comparison. The zero value is the default.
type Options struct {
	Aliases    [][]string          // names the user pins as one entity
	Forbid     [][]string          // pairs of names the user says are different entities
	Severities map[string]Severity // severity per rule id, overriding the rule's own
	Ignore     []string            // rule ids not to report
}

// Check resolves entities across the documents, aligns their claims by
// (entity, attribute), compares the values by type and returns the report,
// its findings sorted and numbered.
func Check(docs []*claims.Document, opts Options) *Report {
	b := newBuilder(docs, opts)
	b.findings()
	return Process(b.r, Standard(opts.Severities, opts.Ignore)...)
}

// item is one claim with where it stands in the report.
type item struct {
	doc    int
	c      *claims.Claim
	id     string // report claim id
	entity int    // resolved entity index, -1 when the subject is not an entity
	mute   bool   // a quote whose speaker resolved to a place or a thing: no speaker
}

// builder assembles the report of one comparison.
type builder struct {
	docs  []*claims.Document
	res   *Resolution
	r     *Report
	items []item

	parsed map[string]parsed // claim values read from their text, by valueKey
}

func newBuilder(docs []*claims.Document, opts Options) *builder {
	b := &builder{docs: docs, res: ResolveEntities(docs, opts), r: &Report{Schema: Schema}}
	b.addSources()
	b.addEntities()
	b.addClaims()
	return b
}

func (b *builder) sourceID(doc int) string { return fmt.Sprintf("s%d", doc+1) }
func (b *builder) entityID(e int) string   { return fmt.Sprintf("e%d", e+1) }

func (b *builder) addSources() {
	for i, d := range b.docs {
		a := d.Article
		s := Source{ID: b.sourceID(i), Path: a.Path, Format: a.Format, PublishedFrom: a.PublishedFrom,
			Title: a.Title, Outlet: a.Outlet, Author: a.Author, URL: a.URL}
		if a.HasPublished() {
			p := a.Published.Format("2006-01-02")
			s.Published = &p
		}
		s.Sentences, s.SentencesRead = coverage(d)
		b.r.Sources = append(b.r.Sources, s)
	}
}

func (b *builder) addEntities() {
	for i, e := range b.res.Entities {
		// names are every form the articles use for it, descriptions
		// resolved to it included; descriptions tells those apart
		ent := Entity{ID: b.entityID(i), Type: string(e.Type), Name: e.Name, Names: append(slices.Clip(e.Names), e.Descriptions...),
			Roles: e.Roles, Descriptions: e.Descriptions, Why: e.Why}
		seen := map[int]bool{}
		for _, m := range e.Members {
			if !seen[m.Doc] {
				seen[m.Doc] = true
				ent.Sources = append(ent.Sources, b.sourceID(m.Doc))
			}
		}
		b.r.Entities = append(b.r.Entities, ent)
	}
}

func (b *builder) addClaims() {
	n := 0
	for di, d := range b.docs {
		for ci := range d.Claims {
			c := &d.Claims[ci]
			n++
			it := item{doc: di, c: c, id: fmt.Sprintf("c%d", n), entity: -1}
			if c.Subject >= 0 {
				if e, ok := b.res.Of[EntityRef{Doc: di, Local: c.Subject}]; ok {
					it.entity = e
				}
			}
			if c.Kind == claims.Quote && !b.canSpeak(it) {
				it.entity, it.mute = -1, true
			}
			b.items = append(b.items, it)
			b.r.Claims = append(b.r.Claims, b.reportClaim(it))
		}
	}
}

func (b *builder) reportClaim(it item) Claim {
	c := it.c
	rc := Claim{ID: it.id, Source: b.sourceID(it.doc), Kind: string(c.Kind), Attribute: c.Attribute,
		Value: c.Value.Text, Type: string(c.Value.Type), Norm: c.Value.Norm, Recipient: c.Recipient,
		When: c.When, Scope: string(c.Scope), SaidBy: c.Said, Modality: c.Modality, Caption: c.Caption, Earlier: c.Earlier,
		Pos: c.Pos, Text: b.sentence(it), Start: c.Start, End: c.End,
		Normalized: c.Value.Norm, Predicate: c.Pred, Role: c.Role, Path: c.Path}
	rc.Subject = b.subjectOf(it)
	return rc
}

// canSpeak reports whether a quote's speaker, as resolved across the
// articles, can speak: a person or an organisation, never a place or a
// thing (a pronoun resolved to a town is a misreading).
func (b *builder) canSpeak(it item) bool {
	if it.entity < 0 {
		return true
	}
	t := b.res.Entities[it.entity].Type
	return t != claims.Place && t != claims.Thing
}

// subjectOf names a claim's subject: its entity id, or the plain name.
func (b *builder) subjectOf(it item) string {
	if it.entity >= 0 {
		return b.entityID(it.entity)
	}
	if it.mute {
		return it.c.Said // the words that name the speaker, as written
	}
	if it.c.SubjectAs != "" {
		return it.c.SubjectAs
	}
	if it.c.Subject >= 0 && it.c.Subject < len(b.docs[it.doc].Entities) {
		return b.docs[it.doc].Entities[it.c.Subject].Name
	}
	return ""
}

// subjectName is the display name of a claim's subject.
func (b *builder) subjectName(it item) string {
	if it.entity >= 0 {
		return b.res.Entities[it.entity].Name
	}
	return b.subjectOf(it)
}

// sentence returns the sentence a claim was read from, on one line.
func (b *builder) sentence(it item) string {
	d := b.docs[it.doc]
	if it.c.Sentence < 0 || it.c.Sentence >= len(d.Sentences) {
		return ""
	}
	return strings.Join(strings.Fields(d.Sentences[it.c.Sentence].Text), " ")
}

// evidence is where one item was read.
func (b *builder) evidence(it item) Evidence {
	return Evidence{Source: b.sourceID(it.doc), Claim: it.id, Pos: it.c.Pos, Text: b.sentence(it)}
}

// findings runs every rule family over the aligned claims.
func (b *builder) findings() {
	groups := b.align()
	for _, g := range groups {
		b.compareGroup(g)
	}
	b.plainGroups()
	b.quoteAttribution()
	b.nameVariants()
	b.unresolvedDates()
}

// coverage counts a document's sentences, those left unread over the
// length limit included, and those with at least one claim.
func coverage(d *claims.Document) (all, read int) {
	with := make(map[int]bool, len(d.Sentences))
	for _, c := range d.Claims {
		if c.Sentence >= 0 && c.Sentence < len(d.Sentences) {
			with[c.Sentence] = true
		}
	}
	return len(d.Sentences) + d.Skipped, len(with)
}
