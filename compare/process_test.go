package compare

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func finding(kind, rule string, sev Severity, subject, attr, fp string, srcs ...string) Finding {
	f := Finding{Kind: kind, Rule: rule, Severity: sev, SubjectName: subject, Attribute: attr, Fingerprint: fp}
	for _, s := range srcs {
		f.Values = append(f.Values, FindingValue{Value: "v-" + s, Sources: []string{s}})
	}
	return f
}

func sampleReport() *Report {
	return &Report{
		Schema:  Schema,
		Sources: []Source{{ID: "s1", Path: "a.txt"}, {ID: "s2", Path: "b.md"}, {ID: "s3", Path: "c.html"}},
		Findings: []Finding{
			finding(KindSingleSource, "single-source", Info, "Ana", "age", "f5", "s3"),
			finding(KindVariant, "name-variant", Warning, "Dmitri", "name", "f4", "s1", "s3"),
			finding(KindConflict, "number-conflict", Warning, "fire", "injured", "f2", "s1", "s2"),
			finding(KindConflict, "descriptor-conflict", Error, "Volkov", "status", "f1", "s1", "s2"),
			finding(KindCorroborated, "corroborated", Info, "fire", "date", "f3", "s1", "s2", "s3"),
			finding(KindConflict, "descriptor-conflict", Error, "Volkov", "status", "f1", "s1", "s2"),
		},
	}
}

func fps(r *Report) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Fingerprint)
	}
	return out
}

func TestProcessors(t *testing.T) {
	tests := []struct {
		name string
		ps   []Processor
		want []string
	}{
		{"dedupe", []Processor{Dedupe}, []string{"f5", "f4", "f2", "f1", "f3"}},
		{"sort", []Processor{Dedupe, Sort}, []string{"f1", "f2", "f4", "f3", "f5"}},
		{"ignore", []Processor{ApplyRules(nil, []string{"number-conflict", "corroborated"}), Dedupe}, []string{"f5", "f4", "f1"}},
		{"new c.html", []Processor{KeepNew([]string{"./c.html"}), Sort}, []string{"f4", "f3", "f5"}},
		{"new none", []Processor{KeepNew([]string{"zzz.txt"})}, nil},
		{"baseline", []Processor{FilterBaseline(&Baseline{Entries: []BaselineEntry{{Fingerprint: "f1"}, {Fingerprint: "f3"}}})}, []string{"f5", "f4", "f2"}},
		{"nil baseline", []Processor{FilterBaseline(nil), Dedupe}, []string{"f5", "f4", "f2", "f1", "f3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := sampleReport()
			before := fps(in)
			got := fps(Process(in, tt.ps...))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("fingerprints (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, fps(in)); diff != "" {
				t.Errorf("input changed (-before +after):\n%s", diff)
			}
		})
	}
}

func TestKeepNewMarksSources(t *testing.T) {
	r := Process(sampleReport(), KeepNew([]string{"b.md"}))
	var marked []string
	for _, s := range r.Sources {
		if s.New {
			marked = append(marked, s.ID)
		}
	}
	if diff := cmp.Diff([]string{"s2"}, marked); diff != "" {
		t.Errorf("new sources (-want +got):\n%s", diff)
	}
	if sampleReport().Sources[1].New {
		t.Error("input source marked")
	}
}

func TestApplyRulesSeverity(t *testing.T) {
	r := Process(sampleReport(), ApplyRules(map[string]Severity{"number-conflict": Error}, nil))
	for _, f := range r.Findings {
		if f.Rule == "number-conflict" && f.Severity != Error {
			t.Errorf("severity of %s = %v, want error", f.Fingerprint, f.Severity)
		}
	}
}

func TestStandardChain(t *testing.T) {
	r := Process(sampleReport(), Standard(map[string]Severity{"name-variant": Error}, []string{"single-source"})...)
	var ids []string
	for _, f := range r.Findings {
		ids = append(ids, f.ID+":"+f.Fingerprint)
	}
	want := []string{"F1:f1", "F2:f2", "F3:f4", "F4:f3"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	wantSum := Summary{Sources: 3, Conflicts: 2, Variants: 1, Corroborated: 1}
	if diff := cmp.Diff(wantSum, r.Summary); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
}

func TestCountAtLeast(t *testing.T) {
	r := Process(sampleReport(), Dedupe)
	for _, tt := range []struct {
		min  Severity
		want int
	}{{Error, 1}, {Warning, 3}, {Info, 5}} {
		t.Run(tt.min.String(), func(t *testing.T) {
			if got := CountAtLeast(r, tt.min); got != tt.want {
				t.Errorf("CountAtLeast(%v) = %d, want %d", tt.min, got, tt.want)
			}
		})
	}
}

func TestKindRank(t *testing.T) {
	order := []string{KindConflict, KindSelfConflict, KindUpdate, KindVariant, KindCorroborated, KindSingleSource, KindUnresolved, "other"}
	for i := 1; i < len(order); i++ {
		if KindRank(order[i-1]) >= KindRank(order[i]) {
			t.Errorf("%s not before %s", order[i-1], order[i])
		}
	}
}

func BenchmarkStandard(b *testing.B) {
	r := &Report{Sources: sampleReport().Sources}
	for i := 0; i < 2000; i++ {
		f := sampleReport().Findings[i%6]
		f.Fingerprint = ""
		f.SubjectName += string(rune('a' + i%26))
		r.Findings = append(r.Findings, f)
	}
	b.ResetTimer()
	for b.Loop() {
		Process(r, Standard(nil, nil)...)
	}
}
