package compare

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// Processor is one step run on a report after comparison. A processor is
// pure: it returns a new report and leaves its input untouched.
type Processor func(r *Report) *Report

// Process runs the processors in order and returns the last report.
func Process(r *Report, ps ...Processor) *Report {
	for _, p := range ps {
		r = p(r)
	}
	return r
}

// Standard is the chain every report goes through before it is printed:
// fingerprints filled in, rule settings applied, duplicates dropped,
// findings sorted, numbered F1.. and counted.
func Standard(severities map[string]Severity, ignore []string) []Processor {
	return []Processor{EnsureFingerprints, ApplyRules(severities, ignore), Dedupe, Sort, Renumber, Resummarise}
}

// clone copies the report and its findings slice, so that a processor can
// change findings without touching its input.
func clone(r *Report) *Report {
	c := *r
	c.Findings = slices.Clone(r.Findings)
	c.Sources = slices.Clone(r.Sources)
	return &c
}

// keep returns a copy of r holding only the findings for which ok is true.
func keep(r *Report, ok func(f *Finding) bool) *Report {
	c := clone(r)
	c.Findings = c.Findings[:0:0]
	for i := range r.Findings {
		if ok(&r.Findings[i]) {
			c.Findings = append(c.Findings, r.Findings[i])
		}
	}
	return c
}

// EnsureFingerprints gives every finding without a fingerprint one made
// from its content (see ContentFingerprint).
func EnsureFingerprints(r *Report) *Report {
	c := clone(r)
	paths := sourcePaths(c.Sources)
	for i := range c.Findings {
		if c.Findings[i].Fingerprint == "" {
			c.Findings[i].Fingerprint = fingerprint(&c.Findings[i], paths)
		}
	}
	return c
}

// ApplyRules sets the severity of findings whose rule has one in
// severities and drops the findings of the ignored rules.
func ApplyRules(severities map[string]Severity, ignore []string) Processor {
	return func(r *Report) *Report {
		c := keep(r, func(f *Finding) bool { return !slices.Contains(ignore, f.Rule) })
		for i := range c.Findings {
			if s, ok := severities[c.Findings[i].Rule]; ok {
				c.Findings[i].Severity = s
			}
		}
		return c
	}
}

// FilterBaseline drops the findings whose fingerprint the baseline holds
// and counts them in Summary.Suppressed.
func FilterBaseline(b *Baseline) Processor {
	return func(r *Report) *Report {
		c := keep(r, func(f *Finding) bool { return !b.Has(f.Fingerprint) })
		c.Summary.Suppressed += len(r.Findings) - len(c.Findings)
		return c
	}
}

// KeepNew marks the sources read from paths as new and keeps only the
// findings that involve at least one of them. Paths are compared cleaned.
func KeepNew(paths []string) Processor {
	want := map[string]bool{}
	for _, p := range paths {
		want[filepath.Clean(p)] = true
	}
	return func(r *Report) *Report {
		c := clone(r)
		ids := map[string]bool{}
		for i := range c.Sources {
			if want[filepath.Clean(c.Sources[i].Path)] {
				c.Sources[i].New = true
				ids[c.Sources[i].ID] = true
			}
		}
		return keep(c, func(f *Finding) bool { return involves(f, ids) })
	}
}

// involves reports whether any side of f is sourced to one of ids.
func involves(f *Finding, ids map[string]bool) bool {
	for _, v := range f.Values {
		for _, s := range v.Sources {
			if ids[s] {
				return true
			}
		}
		for _, e := range v.Evidence {
			if ids[e.Source] {
				return true
			}
		}
	}
	return false
}

// Dedupe drops every finding whose fingerprint an earlier one has.
func Dedupe(r *Report) *Report {
	seen := map[string]bool{}
	return keep(r, func(f *Finding) bool {
		if f.Fingerprint == "" {
			return true
		}
		dup := seen[f.Fingerprint]
		seen[f.Fingerprint] = true
		return !dup
	})
}

// kindOrder is the order of kinds in every listing.
var kindOrder = []string{KindConflict, KindSelfConflict, KindUpdate, KindVariant, KindCorroborated, KindSingleSource, KindUnresolved}

// KindRank is the place of a kind in the one sort order; unknown kinds come last.
func KindRank(kind string) int {
	if i := slices.Index(kindOrder, kind); i >= 0 {
		return i
	}
	return len(kindOrder)
}

// Less is the one order of findings: kind, severity (highest first),
// subject name, attribute, fingerprint.
func Less(a, b *Finding) bool {
	if ka, kb := KindRank(a.Kind), KindRank(b.Kind); ka != kb {
		return ka < kb
	}
	if a.Severity != b.Severity {
		return a.Severity > b.Severity
	}
	if a.SubjectName != b.SubjectName {
		return a.SubjectName < b.SubjectName
	}
	if a.Attribute != b.Attribute {
		return a.Attribute < b.Attribute
	}
	return a.Fingerprint < b.Fingerprint
}

// Sort orders the findings by Less.
func Sort(r *Report) *Report {
	c := clone(r)
	sort.SliceStable(c.Findings, func(i, j int) bool { return Less(&c.Findings[i], &c.Findings[j]) })
	return c
}

// Renumber gives the findings the ids F1, F2 … in their order.
func Renumber(r *Report) *Report {
	c := clone(r)
	for i := range c.Findings {
		c.Findings[i].ID = fmt.Sprintf("F%d", i+1)
	}
	return c
}

// Resummarise recounts the summary from the report's contents.
func Resummarise(r *Report) *Report {
	c := clone(r)
	s := Summary{Sources: len(c.Sources), Entities: len(c.Entities), Claims: len(c.Claims), Suppressed: c.Summary.Suppressed}
	for _, src := range c.Sources {
		s.Sentences += src.Sentences
		s.SentencesRead += src.SentencesRead
	}
	for _, f := range c.Findings {
		switch f.Kind {
		case KindConflict, KindSelfConflict:
			s.Conflicts++
		case KindVariant:
			s.Variants++
		case KindCorroborated:
			s.Corroborated++
		case KindSingleSource:
			s.SingleSource++
		case KindUpdate:
			s.Updates++
		case KindUnresolved:
			s.Unresolved++
		}
	}
	c.Summary = s
	return c
}

// IsConflict reports whether a finding is a disagreement, between articles
// or inside one.
func IsConflict(f *Finding) bool {
	return f.Kind == KindConflict || f.Kind == KindSelfConflict
}

// CountAtLeast counts the findings of severity min or above: with the
// default severities, the conflicts.
func CountAtLeast(r *Report, min Severity) int {
	n := 0
	for i := range r.Findings {
		if r.Findings[i].Severity >= min {
			n++
		}
	}
	return n
}

// Involves lists the source ids a finding cites, in order of first use.
func Involves(f *Finding) []string {
	var ids []string
	for _, v := range f.Values {
		for _, s := range v.Sources {
			if !slices.Contains(ids, s) {
				ids = append(ids, s)
			}
		}
	}
	return ids
}

// normValue folds a value for fingerprinting: case and runs of spaces.
func normValue(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}
