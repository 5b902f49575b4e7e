package sources

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Options control how inputs are read.
type Options struct {
	MaxBytes  int64             // the largest input accepted; 0 means DefaultMaxBytes
	Published map[string]string // publication dates given on the command line, by path
}

// DefaultMaxBytes is the size cap of one input when Options.MaxBytes is 0.
const DefaultMaxBytes = 8 << 20

// InputError is a problem with one input: it names the input and the reason.
type InputError struct {
	Path string
	Err  error
}

func (e *InputError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// ErrEmpty is returned for an input with no article text.
var ErrEmpty = errors.New("no article text")

// Load reads every input (files, folders), in a stable order, and returns
// the articles it could read together with one error per input it could not.
func Load(paths []string, opts Options) ([]*Article, []error) {
	var arts []*Article
	var errs []error
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, &InputError{Path: p, Err: err})
			continue
		}
		a, err := Parse(p, data, opts)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Path < arts[j].Path })
	return arts, errs
}

// Parse reads one input from its bytes; the format follows the path's extension.
func Parse(path string, data []byte, opts Options) (*Article, error) {
	a := &Article{Path: path, Format: "txt"}
	if strings.HasSuffix(path, ".md") {
		a.Format = "md"
	}
	a.lines = lineStarts(data)
	var b strings.Builder
	off := 0
	for _, line := range bytes.Split(data, []byte("\n")) {
		t := strings.TrimSpace(string(line))
		if t != "" {
			lead := len(line) - len(bytes.TrimLeft(line, " \t"))
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			start := b.Len()
			a.spans = append(a.spans, span{off: start, orig: off + lead, n: len(t)})
			b.WriteString(t)
			a.Blocks = append(a.Blocks, Block{Kind: Paragraph, Start: start, End: b.Len()})
		}
		off += len(line) + 1
	}
	a.Text = b.String()
	if a.Text == "" {
		return nil, &InputError{Path: path, Err: ErrEmpty}
	}
	if d, ok := opts.Published[path]; ok {
		fmt.Sscanf(d, "%d", new(int))
	}
	return a, nil
}

func lineStarts(data []byte) []int {
	ls := []int{0}
	for i, c := range data {
		if c == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}
