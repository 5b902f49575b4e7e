package compare

import (
	"errors"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/sources"
)

func TestBaselineRoundTrip(t *testing.T) {
	r := Process(sampleReport(), Dedupe)
	data, err := NewBaseline(r).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "reason: \"\"") {
		t.Errorf("no reason field to fill in:\n%s", data)
	}
	b, err := ReadBaseline(data, "base.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if !b.Has(f.Fingerprint) {
			t.Errorf("baseline lost %s", f.Fingerprint)
		}
	}
	if got := Process(r, FilterBaseline(b)); len(got.Findings) != 0 {
		t.Errorf("baseline kept %d findings", len(got.Findings))
	}
}

func TestReadBaselineInvalid(t *testing.T) {
	tests := []struct {
		name, doc, want string
	}{
		{"wrong schema", "schema: other/v1\nentries: []\n", "not a crosscheck baseline"},
		{"unknown field", "schema: crosscheck-baseline/v1\nentries:\n  - fingerprint: ab\n    colour: red\n", "line 4"},
		{"no fingerprint", "schema: crosscheck-baseline/v1\nentries:\n  - rule: x\n", "entry 1 has no fingerprint"},
		{"not yaml", "schema: [\n", "base.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadBaseline([]byte(tt.doc), "base.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
	_, err := ReadBaseline([]byte("schema: x\n"), "b")
	if !errors.Is(err, ErrBaselineSchema) {
		t.Errorf("err = %v, want ErrBaselineSchema", err)
	}
}

func TestContentFingerprint(t *testing.T) {
	srcs := []Source{{ID: "s1", Path: "a.txt"}, {ID: "s2", Path: "b.txt"}}
	base := Finding{Rule: "r", SubjectName: "Ana Lis", Attribute: "age", Values: []FindingValue{
		{Value: "54", Sources: []string{"s1"}, Evidence: []Evidence{{Source: "s1", Pos: posAt(3)}}},
		{Value: "55", Sources: []string{"s2"}},
	}}
	fp := ContentFingerprint(&base, srcs)
	moved := base
	moved.Values = []FindingValue{base.Values[1], {Value: " 54 ", Sources: []string{"s1"}, Evidence: []Evidence{{Source: "s1", Pos: posAt(9)}}}}
	moved.SubjectName = "ana  lis"
	if got := ContentFingerprint(&moved, srcs); got != fp {
		t.Errorf("moved lines changed the fingerprint: %s != %s", got, fp)
	}
	other := base
	other.Values = []FindingValue{base.Values[0], {Value: "56", Sources: []string{"s2"}}}
	if ContentFingerprint(&other, srcs) == fp {
		t.Error("a different value kept the fingerprint")
	}
	renamed := []Source{{ID: "s1", Path: "a.txt"}, {ID: "s2", Path: "z.txt"}}
	if ContentFingerprint(&base, renamed) == fp {
		t.Error("a different source path kept the fingerprint")
	}
}

func FuzzReadBaseline(f *testing.F) {
	f.Add([]byte("schema: crosscheck-baseline/v1\nentries:\n  - fingerprint: ab12\n    reason: ok\n"))
	f.Add([]byte("schema: [\n"))
	f.Add([]byte("entries: {a: b}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ReadBaseline(data, "fuzz.yaml")
		if err == nil && b.Schema != BaselineSchema {
			t.Fatalf("accepted schema %q", b.Schema)
		}
	})
}

func posAt(line int) sources.Position { return sources.Position{File: "a.txt", Line: line} }
