package compare

import "github.com/crosscheck/crosscheck/claims"

// Options tune a comparison. The zero value is the default.
type Options struct {
	Aliases    [][]string          // names the user pins as one entity
	Forbid     [][]string          // pairs of names the user says are different entities
	Severities map[string]Severity // severity per rule id, overriding the rule's own
	Ignore     []string            // rule ids not to report
}

// Check resolves entities across the documents, aligns their claims and
// returns the report.
func Check(docs []*claims.Document, opts Options) *Report {
	r := &Report{Schema: Schema}
	return r
}
