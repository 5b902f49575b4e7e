package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/crosscheck/crosscheck/compare"
)

// ConfigName is the file looked for upward from the working directory.
const ConfigName = ".crosscheck.yaml"

// Config is the content of a .crosscheck.yaml file.
type Config struct {
	Path        string              `yaml:"-"` // where it was read from; "" for none
	Lexicon     []byte              `yaml:"-"` // the lexicon mapping, line numbers kept
	Places      []byte              `yaml:"-"` // the places mapping, line numbers kept
	Aliases     [][]string          `yaml:"aliases"`
	ForbidMerge [][]string          `yaml:"forbid_merge"`
	Severity    map[string]severity `yaml:"severity"`
	Ignore      []string            `yaml:"ignore"`
	FailOn      string              `yaml:"fail_on"`
	LexiconNode yaml.Node           `yaml:"lexicon"`
	PlacesNode  yaml.Node           `yaml:"places"`
}

// severity is a severity name read from YAML, checked as it is read.
type severity compare.Severity

// UnmarshalYAML reads info, warning or error.
func (s *severity) UnmarshalYAML(n *yaml.Node) error {
	v, err := compare.ParseSeverity(n.Value)
	if err != nil {
		return &posError{Line: n.Line, Err: err}
	}
	*s = severity(v)
	return nil
}

// posError is a config problem at a line.
type posError struct {
	Line int
	Err  error
}

func (e *posError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *posError) Unwrap() error { return e.Err }

// ConfigError is a problem with a config file, at file:line.
type ConfigError struct {
	File string
	Line int
	Msg  string
}

func (e *ConfigError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// ExitCode makes a bad config a usage error.
func (e *ConfigError) ExitCode() int { return ExitUsage }

// FindConfig looks for ConfigName in dir and its parents; "" when none.
func FindConfig(dir string) string {
	for {
		p := filepath.Join(dir, ConfigName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

// LoadConfig reads the config at path; with path "", the one found upward
// from dir, or an empty config when there is none.
func LoadConfig(path, dir string) (*Config, error) {
	if path == "" {
		if path = FindConfig(dir); path == "" {
			return &Config{}, nil
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &ConfigError{File: path, Msg: "no such file"}
		}
		return nil, &ConfigError{File: path, Msg: err.Error()}
	}
	return ParseConfig(data, path)
}

// ParseConfig decodes a config strictly; errors carry file:line.
func ParseConfig(data []byte, file string) (*Config, error) {
	c := &Config{Path: file}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, configErr(file, err)
	}
	if err := c.validate(file); err != nil {
		return nil, err
	}
	if c.LexiconNode.Kind != 0 {
		if c.LexiconNode.Kind != yaml.MappingNode {
			return nil, &ConfigError{File: file, Line: c.LexiconNode.Line, Msg: "lexicon: want a mapping"}
		}
		c.Lexicon = section(data, &c.LexiconNode)
	}
	if c.PlacesNode.Kind != 0 {
		if c.PlacesNode.Kind != yaml.MappingNode {
			return nil, &ConfigError{File: file, Line: c.PlacesNode.Line, Msg: "places: want a mapping"}
		}
		c.Places = section(data, &c.PlacesNode)
	}
	return c, nil
}

// typeLine matches the "line N: " yaml puts before each decoding problem.
var typeLine = regexp.MustCompile(`^line (\d+): (.*)$`)

// configErr turns a yaml error into file:line messages.
func configErr(file string, err error) error {
	var pe *posError
	if errors.As(err, &pe) {
		return &ConfigError{File: file, Line: pe.Line, Msg: pe.Err.Error()}
	}
	var te *yaml.TypeError
	msgs := []string{strings.TrimPrefix(err.Error(), "yaml: ")}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	for i, m := range msgs {
		if sm := typeLine.FindStringSubmatch(m); sm != nil {
			msgs[i] = file + ":" + sm[1] + ": " + sm[2]
		} else {
			msgs[i] = file + ": " + m
		}
	}
	return &ExitError{Code: ExitUsage, Err: errors.New(strings.Join(msgs, "\n"))}
}

// validate checks what the types cannot.
func (c *Config) validate(file string) error {
	for i, pair := range c.ForbidMerge {
		if len(pair) != 2 {
			return &ConfigError{File: file, Msg: fmt.Sprintf("forbid_merge entry %d: want a pair of names, got %d", i+1, len(pair))}
		}
	}
	for i, group := range c.Aliases {
		if len(group) < 2 {
			return &ConfigError{File: file, Msg: fmt.Sprintf("aliases entry %d: want at least two names", i+1)}
		}
	}
	if c.FailOn != "" {
		if _, err := parseFailOn(c.FailOn); err != nil {
			return &ConfigError{File: file, Msg: "fail_on: " + err.Error()}
		}
	}
	return nil
}

// Severities returns the severity overrides as compare wants them.
func (c *Config) Severities() map[string]compare.Severity {
	m := map[string]compare.Severity{}
	for k, v := range c.Severity {
		m[k] = compare.Severity(v)
	}
	return m
}

// CompareOptions returns the comparison options the config sets.
func (c *Config) CompareOptions() compare.Options {
	ig := append([]string(nil), c.Ignore...)
	sort.Strings(ig)
	return compare.Options{Aliases: c.Aliases, Forbid: c.ForbidMerge, Severities: c.Severities(), Ignore: ig}
}

// section cuts the lines of a block node out of the document, de-indented
// and preceded by blank lines, so that line numbers in the bytes are the
// line numbers of the file.
func section(data []byte, n *yaml.Node) []byte {
	lines := strings.Split(string(data), "\n")
	first := n.Line - 1
	last := lastLine(n) - 1
	if first < 0 || first >= len(lines) {
		return nil
	}
	last = min(max(last, first), len(lines)-1)
	var b strings.Builder
	b.WriteString(strings.Repeat("\n", first))
	for i := first; i <= last; i++ {
		b.WriteString(deindent(lines[i], n.Column-1, i == first) + "\n")
	}
	return []byte(b.String())
}

// deindent removes up to col leading columns; the first line is cut at col.
func deindent(line string, col int, first bool) string {
	if first && col <= len(line) {
		return line[col:]
	}
	k := 0
	for k < len(line) && k < col && line[k] == ' ' {
		k++
	}
	return line[k:]
}

// lastLine is the last line a node's content reaches.
func lastLine(n *yaml.Node) int {
	l := n.Line
	for _, c := range n.Content {
		l = max(l, lastLine(c))
	}
	return l
}
