package claims

import (
	"fmt"
	"sort"

	"github.com/crosscheck/crosscheck/sources"
)

// Problem is something the extractor met and could not read with confidence.
type Problem struct {
	Pos sources.Position
	Msg string
}

func (p Problem) Error() string { return p.Pos.String() + ": " + p.Msg }

// ErrorList collects problems, like go/scanner.ErrorList: one bad
// paragraph never loses the rest of the article.
type ErrorList []*Problem

// Add appends a problem at pos.
func (l *ErrorList) Add(pos sources.Position, msg string) {
	*l = append(*l, &Problem{Pos: pos, Msg: msg})
}

// Sort orders the list by file, line and column.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no problems"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more problems)", l[0], len(l)-1)
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
