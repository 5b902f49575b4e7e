package compare

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// BaselineSchema names the version of the baseline document.
const BaselineSchema = "crosscheck-baseline/v1"

// Baseline is a set of accepted findings, matched by content fingerprint,
// so that an edit that moves lines keeps them accepted.
type Baseline struct {
	Schema  string          `yaml:"schema"`
	Entries []BaselineEntry `yaml:"entries"`
}

// BaselineEntry is one accepted finding. Only the fingerprint is matched;
// the other fields help a person read the file, and Reason says why the
// finding was accepted.
type BaselineEntry struct {
	Fingerprint string `yaml:"fingerprint"`
	Rule        string `yaml:"rule,omitempty"`
	Subject     string `yaml:"subject,omitempty"`
	Attribute   string `yaml:"attribute,omitempty"`
	Message     string `yaml:"message,omitempty"`
	Reason      string `yaml:"reason"`
}

// ErrBaselineSchema is returned for a baseline of another schema.
var ErrBaselineSchema = errors.New("not a crosscheck baseline")

// NewBaseline accepts every finding of the report.
func NewBaseline(r *Report) *Baseline {
	b := &Baseline{Schema: BaselineSchema, Entries: []BaselineEntry{}}
	paths := sourcePaths(r.Sources)
	for _, f := range r.Findings {
		fp := f.Fingerprint
		if fp == "" {
			fp = fingerprint(&f, paths)
		}
		b.Entries = append(b.Entries, BaselineEntry{
			Fingerprint: fp, Rule: f.Rule, Subject: f.SubjectName,
			Attribute: f.Attribute, Message: f.Message,
		})
	}
	return b
}

// Has reports whether the baseline accepts the fingerprint. A nil
// baseline accepts nothing.
func (b *Baseline) Has(fp string) bool {
	if b == nil || fp == "" {
		return false
	}
	return slices.ContainsFunc(b.Entries, func(e BaselineEntry) bool { return e.Fingerprint == fp })
}

// Marshal writes the baseline as YAML.
func (b *Baseline) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("# Accepted crosscheck findings. Fill in each reason; entries match by\n")
	buf.WriteString("# fingerprint (content, not line numbers), so moving text keeps them.\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(b); err != nil {
		return nil, fmt.Errorf("writing baseline: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("writing baseline: %w", err)
	}
	return buf.Bytes(), nil
}

// ReadBaseline decodes a baseline document strictly; file names it in errors.
func ReadBaseline(data []byte, file string) (*Baseline, error) {
	var b Baseline
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if b.Schema != BaselineSchema {
		return nil, fmt.Errorf("%s: schema %q: %w (want %q)", file, b.Schema, ErrBaselineSchema, BaselineSchema)
	}
	for i, e := range b.Entries {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: entry %d has no fingerprint", file, i+1)
		}
	}
	return &b, nil
}

// ContentFingerprint makes a fingerprint from what a finding says: rule,
// subject, attribute, the folded values and the paths of their sources.
// Positions and ids are left out, so it survives edits that move lines.
func ContentFingerprint(f *Finding, srcs []Source) string {
	return fingerprint(f, sourcePaths(srcs))
}

// sourcePaths maps source ids to paths, made once for all the findings
// of a report.
func sourcePaths(srcs []Source) map[string]string {
	paths := make(map[string]string, len(srcs))
	for _, s := range srcs {
		paths[s.ID] = s.Path
	}
	return paths
}

func fingerprint(f *Finding, paths map[string]string) string {
	var sides []string
	for _, v := range f.Values {
		var ps []string
		for _, id := range v.Sources {
			ps = append(ps, paths[id])
		}
		sort.Strings(ps)
		sides = append(sides, normValue(v.Value)+"@"+strings.Join(ps, ","))
	}
	sort.Strings(sides)
	h := sha256.New()
	for _, part := range append([]string{f.Rule, normValue(f.SubjectName), normValue(f.Attribute)}, sides...) {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
