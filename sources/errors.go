package sources

import (
	"errors"
	"fmt"
)

// InputError is a problem with one input: it names the input and the reason.
type InputError struct {
	Path string
	Err  error
}

func (e *InputError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// The reasons an input is not read, to test with errors.Is.
var (
	ErrEmpty       = errors.New("no article text")
	ErrNotArticle  = errors.New("not an article")
	ErrTooLarge    = errors.New("too large")
	ErrFrontMatter = errors.New("malformed front matter")
	ErrNoArticles  = errors.New("no articles in folder (looked for .txt .md .markdown .html .htm)")
	ErrFetch       = errors.New("cannot fetch")
	ErrContentType = errors.New("unsupported content type")
)

// BinaryError says an input holds binary data, and where it starts.
type BinaryError struct{ Offset int }

func (e *BinaryError) Error() string {
	return fmt.Sprintf("%v: binary data at byte %d", ErrNotArticle, e.Offset)
}

// Is makes errors.Is(err, ErrNotArticle) hold for a BinaryError.
func (e *BinaryError) Is(target error) bool { return target == ErrNotArticle }
