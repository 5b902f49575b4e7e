package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	ExitOK       = 0 // no conflict at or above --fail-on
	ExitFindings = 1 // conflicts found
	ExitUsage    = 2 // bad usage, bad config or no readable input
)

// ExitError ends a command with an exit code. A nil Err ends it silently
// (the report has been printed already).
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

// Unwrap returns the cause.
func (e *ExitError) Unwrap() error { return e.Err }

// ExitCode returns the code the process ends with.
func (e *ExitError) ExitCode() int { return e.Code }

// usageError marks an error as bad usage: exit code 2.
func usageError(format string, a ...any) error {
	return &ExitError{Code: ExitUsage, Err: fmt.Errorf(format, a...)}
}

// Main runs the command line and returns the process exit code. It alone
// prints the final error.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	streams := &IOStreams{In: stdin, Out: stdout, ErrOut: stderr, Getenv: os.Getenv, Getwd: os.Getwd}
	root := newRootCmd(streams)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	code := ExitUsage
	var ec interface{ ExitCode() int }
	if errors.As(err, &ec) {
		code = ec.ExitCode()
	}
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Err != nil {
		fmt.Fprintf(stderr, "crosscheck: %v\n", err)
	}
	return code
}
