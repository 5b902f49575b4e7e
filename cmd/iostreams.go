package cmd

import (
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/term"
)

// IOStreams are the streams and environment a command runs with.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	Getenv func(string) string
	Getwd  func() (string, error)
}

// fd returns the file descriptor behind a stream, if it is a file.
func fd(s any) (int, bool) {
	f, ok := s.(*os.File)
	if !ok || f == nil {
		return 0, false
	}
	return int(f.Fd()), true
}

// IsTerminal reports whether a stream is a terminal.
func IsTerminal(s any) bool {
	n, ok := fd(s)
	return ok && term.IsTerminal(n)
}

// ColorOn decides, once, whether to colour what goes to w: --color
// always or never wins; auto colours a terminal unless NO_COLOR is set
// or TERM is dumb.
func (s *IOStreams) ColorOn(mode string, w io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		if s.Getenv("NO_COLOR") != "" || s.Getenv("TERM") == "dumb" {
			return false, nil
		}
		return IsTerminal(w), nil
	}
	return false, usageError("--color %q: want auto, always or never", mode)
}

// Width is the width to wrap text to: COLUMNS, else the terminal's
// width, else 100.
func (s *IOStreams) Width(w io.Writer) int {
	if c, err := strconv.Atoi(strings.TrimSpace(s.Getenv("COLUMNS"))); err == nil && c >= 20 {
		return c
	}
	if n, ok := fd(w); ok && term.IsTerminal(n) {
		if c, _, err := term.GetSize(n); err == nil && c >= 20 {
			return c
		}
	}
	return 100
}
