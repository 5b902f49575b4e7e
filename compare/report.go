package compare

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/sources"
)

// Schema names the version of the report document.
const Schema = "crosscheck/v1"

// Report is the whole result of a check: the one serialisable document
// that every renderer prints (see the report contract in README.md).
type Report struct {
	Schema   string    `json:"schema" yaml:"schema"`
	Sources  []Source  `json:"sources" yaml:"sources"`
	Entities []Entity  `json:"entities" yaml:"entities"`
	Claims   []Claim   `json:"claims" yaml:"claims"`
	Findings []Finding `json:"findings" yaml:"findings"`
	Summary  Summary   `json:"summary" yaml:"summary"`
	Problems []Problem `json:"problems,omitempty" yaml:"problems,omitempty"`
}

// Source is one input article.
type Source struct {
	ID            string  `json:"id" yaml:"id"`
	Path          string  `json:"path" yaml:"path"`
	Format        string  `json:"format" yaml:"format"`
	Published     *string `json:"published" yaml:"published"` // YYYY-MM-DD, null when unknown
	PublishedFrom string  `json:"published_from,omitempty" yaml:"published_from,omitempty"`
	Title         string  `json:"title,omitempty" yaml:"title,omitempty"`
	Outlet        string  `json:"outlet,omitempty" yaml:"outlet,omitempty"`
	Author        string  `json:"author,omitempty" yaml:"author,omitempty"`
	URL           string  `json:"url,omitempty" yaml:"url,omitempty"`
	New           bool    `json:"new,omitempty" yaml:"new,omitempty"` // named with --new
	// Sentences counts the article's sentences and SentencesRead those
	// with at least one claim: how much of it the check could read.
	Sentences     int `json:"sentences" yaml:"sentences"`
	SentencesRead int `json:"sentences_read" yaml:"sentences_read"`
}

// Entity is a person, organisation or place resolved across articles.
type Entity struct {
	ID    string   `json:"id" yaml:"id"`
	Type  string   `json:"type" yaml:"type"`
	Name  string   `json:"name" yaml:"name"`   // the canonical name
	Names []string `json:"names" yaml:"names"` // every surface name seen, titles peeled
	Roles []string `json:"roles,omitempty" yaml:"roles,omitempty"`
	// Descriptions are the definite descriptions the articles use for it
	// ("the prosecutor"), resolved inside each article.
	Descriptions []string `json:"descriptions,omitempty" yaml:"descriptions,omitempty"`
	Sources      []string `json:"sources" yaml:"sources"`
	Why          []string `json:"why,omitempty" yaml:"why,omitempty"` // why its mentions were merged
}

// Claim is one claim of one article, as printed.
type Claim struct {
	ID        string `json:"id" yaml:"id"`
	Source    string `json:"source" yaml:"source"`
	Kind      string `json:"kind" yaml:"kind"`
	Subject   string `json:"subject" yaml:"subject"` // an entity id, or a plain name
	Attribute string `json:"attribute" yaml:"attribute"`
	Value     string `json:"value" yaml:"value"`
	Type      string `json:"type" yaml:"type"` // the value type: number, date, descriptor …
	Norm      string `json:"norm,omitempty" yaml:"norm,omitempty"`
	// Normalized is the value in canonical form: the interval, the ISO
	// date or the instant, the class or the resolved name.
	Normalized string `json:"normalized,omitempty" yaml:"normalized,omitempty"`
	// Predicate, Role and Path say where the parse put the value (see
	// claims.Claim).
	Predicate string           `json:"predicate,omitempty" yaml:"predicate,omitempty"`
	Role      string           `json:"role,omitempty" yaml:"role,omitempty"`
	Path      string           `json:"path,omitempty" yaml:"path,omitempty"`
	Recipient string           `json:"recipient,omitempty" yaml:"recipient,omitempty"`
	When      string           `json:"when,omitempty" yaml:"when,omitempty"`
	Scope     string           `json:"scope" yaml:"scope"`
	SaidBy    string           `json:"said_by,omitempty" yaml:"said_by,omitempty"`
	Modality  string           `json:"modality,omitempty" yaml:"modality,omitempty"`
	Caption   bool             `json:"caption,omitempty" yaml:"caption,omitempty"`
	Earlier   bool             `json:"earlier,omitempty" yaml:"earlier,omitempty"` // dated to an earlier occasion (When): not compared
	Pos       sources.Position `json:"pos" yaml:"pos"`
	Text      string           `json:"text" yaml:"text"` // the sentence it was read from
	// Start and End are the byte span of the value's words in the
	// article's main text, for a renderer that marks them; not printed.
	Start int `json:"-" yaml:"-"`
	End   int `json:"-" yaml:"-"`
}

// Severity orders findings: info < warning < error.
type Severity int

// The severities.
const (
	Info Severity = iota
	Warning
	Error
)

var severityNames = []string{"info", "warning", "error"}

func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(s, n) {
			return Severity(i), nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// Finding kinds.
const (
	KindConflict     = "conflict"
	KindVariant      = "variant"
	KindCorroborated = "corroborated"
	KindSingleSource = "single-source"
	KindUpdate       = "update"
	KindUnresolved   = "unresolved"
	KindSelfConflict = "self-conflict"
)

// Finding is one result of the comparison, with its evidence.
type Finding struct {
	ID          string         `json:"id" yaml:"id"`     // short, stable within a report: F1, F2 …
	Rule        string         `json:"rule" yaml:"rule"` // the rule that made it, e.g. "descriptor-conflict"
	Kind        string         `json:"kind" yaml:"kind"`
	Severity    Severity       `json:"severity" yaml:"severity"`
	Type        string         `json:"type,omitempty" yaml:"type,omitempty"` // contradiction type: numeric, date, time, status, negation, place, attribution, quote …
	Subject     string         `json:"subject" yaml:"subject"`               // an entity id, or a plain name
	SubjectName string         `json:"subject_name" yaml:"subject_name"`
	Attribute   string         `json:"attribute" yaml:"attribute"`
	Values      []FindingValue `json:"values" yaml:"values"`
	Message     string         `json:"message" yaml:"message"`
	Explanation string         `json:"explanation,omitempty" yaml:"explanation,omitempty"`
	Fingerprint string         `json:"fingerprint" yaml:"fingerprint"`
}

// FindingValue is one side of a finding: a value and who says it.
type FindingValue struct {
	Value    string     `json:"value" yaml:"value"`
	Sources  []string   `json:"sources" yaml:"sources"`
	Evidence []Evidence `json:"evidence" yaml:"evidence"`
}

// Evidence is where a value was read: the claim, its position and sentence.
type Evidence struct {
	Source string           `json:"source" yaml:"source"`
	Claim  string           `json:"claim" yaml:"claim"`
	Pos    sources.Position `json:"pos" yaml:"pos"`
	Text   string           `json:"text" yaml:"text"`
}

// Summary counts the findings by kind.
type Summary struct {
	Sources      int `json:"sources" yaml:"sources"`
	Entities     int `json:"entities" yaml:"entities"`
	Claims       int `json:"claims" yaml:"claims"`
	Conflicts    int `json:"conflicts" yaml:"conflicts"`
	Variants     int `json:"variants" yaml:"variants"`
	Corroborated int `json:"corroborated" yaml:"corroborated"`
	SingleSource int `json:"single_source" yaml:"single_source"`
	Updates      int `json:"updates" yaml:"updates"`
	Unresolved   int `json:"unresolved" yaml:"unresolved"`
	Suppressed   int `json:"suppressed" yaml:"suppressed"` // findings a baseline hid
	// Sentences and SentencesRead add up the sources' own: sentences in
	// all, and those with at least one claim.
	Sentences     int `json:"sentences" yaml:"sentences"`
	SentencesRead int `json:"sentences_read" yaml:"sentences_read"`
}

// Problem is an input that could not be read, or read only in part.
type Problem struct {
	Path    string `json:"path" yaml:"path"`
	Message string `json:"message" yaml:"message"`
	Fatal   bool   `json:"fatal" yaml:"fatal"` // the input was not checked at all
}
