package render

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/crosscheck/crosscheck/compare"
)

// JSON prints the report document as indented JSON.
type JSON struct{}

// Render implements Renderer.
func (JSON) Render(w io.Writer, r *compare.Report) error { return WriteJSON(w, Normalise(r)) }

// YAML prints the same document as JSON does, in YAML.
type YAML struct{}

// Render implements Renderer.
func (YAML) Render(w io.Writer, r *compare.Report) error { return WriteYAML(w, Normalise(r)) }

// WriteJSON writes any value as indented JSON, HTML characters unescaped.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("writing json: %w", err)
	}
	return nil
}

// WriteYAML writes any value as YAML with two-space indents: the JSON
// document, key for key, so that json and yaml never drift apart (a nil
// list is null in both, a field json omits yaml omits too).
func WriteYAML(w io.Writer, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("writing yaml: %w", err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("writing yaml: %w", err)
	}
	plainStyle(&doc)
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return fmt.Errorf("writing yaml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("writing yaml: %w", err)
	}
	return nil
}

// plainStyle drops the quotes and brackets a node read from JSON keeps, so
// that the YAML reads as YAML: strings plain where they can be (the encoder
// quotes those that would read as another type), on several lines as a
// literal block, lists and maps in block style.
func plainStyle(n *yaml.Node) {
	n.Style = 0
	if n.Kind == yaml.ScalarNode && n.Tag == "!!str" && strings.Contains(n.Value, "\n") {
		n.Style = yaml.LiteralStyle
	}
	for _, c := range n.Content {
		plainStyle(c)
	}
}

// Normalise returns a copy of the report whose lists are empty rather
// than null, so the document always has the contract's shape.
func Normalise(r *compare.Report) *compare.Report {
	c := *r
	if c.Schema == "" {
		c.Schema = compare.Schema
	}
	c.Sources = nonNil(c.Sources)
	c.Entities = nonNil(c.Entities)
	c.Claims = nonNil(c.Claims)
	c.Findings = nonNil(c.Findings)
	fs := make([]compare.Finding, len(c.Findings))
	for i, f := range c.Findings {
		f.Values = nonNil(f.Values)
		vs := make([]compare.FindingValue, len(f.Values))
		for k, v := range f.Values {
			v.Sources, v.Evidence = nonNil(v.Sources), nonNil(v.Evidence)
			vs[k] = v
		}
		f.Values = vs
		fs[i] = f
	}
	c.Findings = fs
	return &c
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
