package render

import (
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/compare"
)

// SARIF prints a SARIF 2.1.0 log: one result per conflict, ruleId the
// finding's rule, the first side as the location and the other sides as
// related locations.
type SARIF struct {
	Version string
}

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string       `json:"id"`
	ShortDescription sarifMessage `json:"shortDescription"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int           `json:"startLine"`
	StartColumn int           `json:"startColumn,omitempty"`
	Snippet     *sarifMessage `json:"snippet,omitempty"`
}

// Render implements Renderer.
func (s SARIF) Render(w io.Writer, r *compare.Report) error {
	run := sarifRun{Tool: sarifTool{Driver: sarifDriver{
		Name: "crosscheck", Version: sarifToolVersion(s.Version),
		InformationURI: "https://github.com/crosscheck/crosscheck", Rules: []sarifRule{},
	}}, Results: []sarifResult{}}
	rules := map[string]string{}
	for i := range r.Findings {
		f := &r.Findings[i]
		if !compare.IsConflict(f) || len(f.Values) == 0 {
			continue
		}
		rules[f.Rule] = f.Type
		run.Results = append(run.Results, sarifResultOf(r, f))
	}
	ids := make([]string, 0, len(rules))
	for id := range rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		desc := "Articles disagree"
		if rules[id] != "" {
			desc += " (" + rules[id] + ")"
		}
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{ID: id, ShortDescription: sarifMessage{Text: desc}})
	}
	return WriteJSON(w, sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

func sarifResultOf(r *compare.Report, f *compare.Finding) sarifResult {
	msg := f.Message
	if msg == "" {
		msg = subjectOf(f) + ": " + f.Attribute + " differs between articles"
	}
	res := sarifResult{
		RuleID: f.Rule, Level: sarifLevel(f.Severity), Message: sarifMessage{Text: msg},
		Locations: []sarifLocation{sarifLocationOf(r, &f.Values[0], nil)},
	}
	for i := 1; i < len(f.Values); i++ {
		id := i
		res.RelatedLocations = append(res.RelatedLocations, sarifLocationOf(r, &f.Values[i], &id))
	}
	if f.Fingerprint != "" {
		res.PartialFingerprints = map[string]string{"crosscheck/v1": f.Fingerprint}
	}
	return res
}

func sarifLocationOf(r *compare.Report, v *compare.FindingValue, id *int) sarifLocation {
	loc := sarifLocation{ID: id, Message: &sarifMessage{Text: v.Value}}
	if e, ok := firstEvidence(v); ok {
		loc.PhysicalLocation.ArtifactLocation.URI = sarifURI(e.Pos.File)
		loc.PhysicalLocation.Region = &sarifRegion{StartLine: max(e.Pos.Line, 1), StartColumn: max(e.Pos.Column, 0)}
		if e.Text != "" {
			loc.PhysicalLocation.Region.Snippet = &sarifMessage{Text: e.Text}
		}
		return loc
	}
	if len(v.Sources) > 0 {
		loc.PhysicalLocation.ArtifactLocation.URI = sarifURI(sourcePath(r, v.Sources[0]))
	}
	loc.PhysicalLocation.Region = &sarifRegion{StartLine: 1}
	return loc
}

// sarifURI turns a path into a URI: a relative reference for a relative
// path, a file: URI for an absolute one (a relative reference must not
// begin with a slash), a URL as it is.
func sarifURI(p string) string {
	if u, err := url.Parse(p); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		return u.String()
	}
	u := url.URL{Path: filepath.ToSlash(p)}
	if filepath.IsAbs(p) {
		u.Scheme = "file"
	}
	return u.String()
}

// sarifToolVersion makes the tool's version start with a number, as SARIF
// consumers compare versions: "(devel)" becomes "0.0.0-devel".
func sarifToolVersion(v string) string {
	if v != "" && v[0] >= '0' && v[0] <= '9' {
		return v
	}
	if v = strings.Trim(strings.TrimPrefix(v, "v"), "()"); v != "" && v[0] >= '0' && v[0] <= '9' {
		return v
	}
	if v == "" {
		return "0.0.0"
	}
	return "0.0.0-" + v
}

func sarifLevel(s compare.Severity) string {
	switch s {
	case compare.Error:
		return "error"
	case compare.Warning:
		return "warning"
	}
	return "note"
}
