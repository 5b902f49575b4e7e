package render

import (
	"slices"

	"github.com/crosscheck/crosscheck/compare"
)

// Cell is one source's stance on one row of the corroboration matrix.
type Cell int

// The stances.
const (
	Silent   Cell = iota // the source says nothing on it
	Agrees               // the source holds the row's value
	Disagree             // the source holds another value
)

// Symbol is how a cell is printed.
func (c Cell) Symbol() string {
	return [...]string{"·", "✓", "✗"}[c]
}

// MatrixRow is one fact of the matrix: a finding, its reference value
// (the one most sources hold) and each source's stance.
type MatrixRow struct {
	Finding *compare.Finding
	Value   string
	Cells   []Cell // in the order of Report.Sources
}

// matrixKinds are the findings that make rows; single-source rows only
// when all is set.
func matrixKind(kind string, all bool) bool {
	switch kind {
	case compare.KindConflict, compare.KindSelfConflict, compare.KindUpdate, compare.KindCorroborated:
		return true
	case compare.KindSingleSource:
		return all
	}
	return false
}

// Matrix builds the corroboration matrix: claims × sources.
func Matrix(r *compare.Report, all bool) []MatrixRow {
	var rows []MatrixRow
	for i := range r.Findings {
		f := &r.Findings[i]
		if !matrixKind(f.Kind, all) || len(f.Values) == 0 {
			continue
		}
		ref := reference(f)
		row := MatrixRow{Finding: f, Value: f.Values[ref].Value, Cells: make([]Cell, len(r.Sources))}
		for j, s := range r.Sources {
			row.Cells[j] = stance(f, ref, s.ID)
		}
		rows = append(rows, row)
	}
	return rows
}

// reference is the index of the value held by the most sources (the first on a tie).
func reference(f *compare.Finding) int {
	best := 0
	for i, v := range f.Values {
		if len(v.Sources) > len(f.Values[best].Sources) {
			best = i
		}
	}
	return best
}

func stance(f *compare.Finding, ref int, id string) Cell {
	if slices.Contains(f.Values[ref].Sources, id) {
		return Agrees
	}
	for _, v := range f.Values {
		if slices.Contains(v.Sources, id) {
			return Disagree
		}
	}
	return Silent
}

// rowLabel names a matrix row: id, subject, attribute and reference value.
func rowLabel(row MatrixRow) string {
	f := row.Finding
	return f.ID + " " + subjectOf(f) + " · " + f.Attribute + " = " + row.Value
}
