package cmd

import (
	"fmt"
	"io"
	"time"
)

// progressMin is the number of articles from which progress is shown.
const progressMin = 20

// progress tells a person at a terminal what a long run is doing. It says
// nothing when stderr is not a terminal (CI logs, pipes) or the run is small.
type progress struct {
	w     io.Writer
	n     int
	start time.Time
}

func newProgress(w io.Writer, n int) *progress {
	if n < progressMin || !IsTerminal(w) {
		return &progress{}
	}
	fmt.Fprintf(w, "reading %d articles…", n)
	return &progress{w: w, n: n, start: time.Now()}
}

// done ends the progress line.
func (p *progress) done(what string) {
	if p.w == nil {
		return
	}
	fmt.Fprintf(p.w, "\r%d articles %s in %s\n", p.n, what, time.Since(p.start).Round(time.Millisecond))
}
