package render

import (
	"encoding/json"
	"fmt"
	"io"

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

// WriteYAML writes any value as YAML with two-space indents.
func WriteYAML(w io.Writer, v any) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("writing yaml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("writing yaml: %w", err)
	}
	return nil
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
	return &c
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
