package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"

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
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	doc, err := jsonNode(dec)
	if err != nil {
		return fmt.Errorf("writing yaml: %w", err)
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing yaml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("writing yaml: %w", err)
	}
	return nil
}

// jsonNode reads the next JSON value of dec as a YAML node, keys in their
// order: strings plain where they can be (the encoder quotes those that
// would read as another type, and escapes what is not printable), on
// several lines as a literal block, lists and maps in block style.
func jsonNode(dec *json.Decoder) (*yaml.Node, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		if t == '{' {
			n.Kind, n.Tag = yaml.MappingNode, "!!map"
		}
		for dec.More() {
			if n.Kind == yaml.MappingNode {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: fmt.Sprint(k)})
			}
			c, err := jsonNode(dec)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, c)
		}
		_, err := dec.Token() // the closing delimiter
		return n, err
	case string:
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: t}
		if strings.Contains(t, "\n") && printable(t) {
			n.Style = yaml.LiteralStyle
		}
		return n, nil
	case json.Number:
		tag := "!!int"
		if strings.ContainsAny(t.String(), ".eE") {
			tag = "!!float"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: t.String()}, nil
	case bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(t)}, nil
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}, nil
}

// printable reports whether a string can stand in a literal block: no
// control character but the line break and the tab.
func printable(s string) bool {
	for _, r := range s {
		if r != '\n' && r != '\t' && !unicode.IsPrint(r) {
			return false
		}
	}
	return true
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
