package cmd

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/compare"
)

func TestParseConfigValid(t *testing.T) {
	doc := "# settings\naliases:\n  - [A B, A. B]\nseverity:\n  number-conflict: warning\nlexicon:\n  titles:\n    - harbour master\n  # note\nfail_on: never\n"
	c, err := ParseConfig([]byte(doc), "c.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Severities()["number-conflict"]; got != compare.Warning {
		t.Errorf("severity = %v, want warning", got)
	}
	lines := strings.Split(string(c.Lexicon), "\n")
	if len(lines) < 8 || lines[6] != "titles:" || lines[7] != "  - harbour master" {
		t.Errorf("lexicon lines lost their numbers:\n%q", lines)
	}
	if c.FailOn != "never" {
		t.Errorf("fail_on = %q", c.FailOn)
	}
}

func TestParseConfigInvalid(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"unknown key", "ignore: []\ncolour: red\n", "c.yaml:2: field colour not found"},
		{"bad severity", "severity:\n  x: loud\n", "c.yaml:2: unknown severity \"loud\""},
		{"bad type", "aliases: 3\n", "c.yaml:1: cannot unmarshal"},
		{"short pair", "forbid_merge:\n  - [A]\n", "forbid_merge entry 1"},
		{"lone alias", "aliases:\n  - [A]\n", "aliases entry 1"},
		{"bad fail_on", "fail_on: loud\n", "fail_on: unknown severity"},
		{"lexicon list", "lexicon: [a, b]\n", "c.yaml:1: lexicon: want a mapping"},
		{"not yaml", "aliases: [\n", "c.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig([]byte(tt.doc), "c.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
			var ec interface{ ExitCode() int }
			if !errors.As(err, &ec) || ec.ExitCode() != ExitUsage {
				t.Errorf("exit code of %v is not %d", err, ExitUsage)
			}
		})
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add([]byte("aliases:\n  - [A, B]\nlexicon:\n  x: [1]\n"))
	f.Add([]byte("lexicon: {a: b}\n"))
	f.Add([]byte("severity: {r: error}\nfail_on: warning\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseConfig(data, "f.yaml")
		if err == nil && c == nil {
			t.Fatal("nil config without error")
		}
	})
}

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestColorOn(t *testing.T) {
	var buf bytes.Buffer
	tests := []struct {
		mode string
		env  map[string]string
		want bool
	}{
		{"always", map[string]string{"NO_COLOR": "1"}, true},
		{"never", nil, false},
		{"auto", nil, false}, // a buffer is not a terminal
		{"auto", map[string]string{"NO_COLOR": "1"}, false},
		{"auto", map[string]string{"TERM": "dumb"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			s := &IOStreams{Getenv: env(tt.env)}
			got, err := s.ColorOn(tt.mode, &buf)
			if err != nil || got != tt.want {
				t.Errorf("ColorOn(%q) = %v, %v; want %v", tt.mode, got, err, tt.want)
			}
		})
	}
	if _, err := (&IOStreams{Getenv: env(nil)}).ColorOn("sometimes", &buf); err == nil {
		t.Error("accepted --color sometimes")
	}
}

func TestWidth(t *testing.T) {
	for _, tt := range []struct {
		cols string
		want int
	}{{"", 100}, {"132", 132}, {"5", 100}, {"wide", 100}} {
		t.Run(tt.cols, func(t *testing.T) {
			s := &IOStreams{Getenv: env(map[string]string{"COLUMNS": tt.cols})}
			if got := s.Width(&bytes.Buffer{}); got != tt.want {
				t.Errorf("Width = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestFindFinding(t *testing.T) {
	r := &compare.Report{Findings: []compare.Finding{
		{ID: "F1", Fingerprint: "abcd1234"}, {ID: "F2", Fingerprint: "abcd9999"}, {ID: "F3", Fingerprint: "ffff0000"},
	}}
	tests := []struct{ id, want, err string }{
		{"F2", "F2", ""}, {"f3", "F3", ""}, {"ffff", "F3", ""}, {"abcd1", "F1", ""},
		{"abcd", "", "2 findings"}, {"abc", "", "no such finding"}, {"F9", "", "F1 to F3"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			f, err := FindFinding(r, tt.id)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || f.ID != tt.want {
				t.Fatalf("FindFinding(%q) = %v, %v; want %s", tt.id, f, err, tt.want)
			}
		})
	}
}

func TestParsePublished(t *testing.T) {
	got, err := parsePublished([]string{"a.txt=2025-03-14", "dir/b.md=2024-02-29"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"a.txt": "2025-03-14", "dir/b.md": "2024-02-29"}, got); diff != "" {
		t.Error(diff)
	}
	for _, bad := range []string{"a.txt", "=2025-03-14", "a.txt=2025-02-30", "a.txt=14 March"} {
		if _, err := parsePublished([]string{bad}); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}

func TestExitCode(t *testing.T) {
	rep := &compare.Report{Findings: []compare.Finding{
		{Kind: compare.KindConflict, Severity: compare.Warning},
		{Kind: compare.KindCorroborated, Severity: compare.Info},
	}}
	tests := []struct {
		flag, config string
		want         int
	}{
		{"", "", ExitOK}, {"warning", "", ExitFindings}, {"never", "", ExitOK},
		{"", "warning", ExitFindings}, {"error", "warning", ExitOK}, {"info", "", ExitFindings},
	}
	for _, tt := range tests {
		t.Run(tt.flag+"/"+tt.config, func(t *testing.T) {
			err := (&checkOptions{FailOn: tt.flag}).exit(rep, &Config{FailOn: tt.config})
			got := ExitOK
			var ee *ExitError
			if errors.As(err, &ee) {
				got = ee.ExitCode()
			}
			if got != tt.want {
				t.Errorf("exit = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestCheckFlags runs the check command with a run function that records
// the options, so the flags are tested without reading any article.
func TestCheckFlags(t *testing.T) {
	var got *checkOptions
	s := &IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}, Getenv: env(nil)}
	c := newCheckCmd(s, func(o *checkOptions) error { got = o; return nil })
	c.SetArgs([]string{"-f", "sarif", "--fail-on", "warning", "--new", "n.md", "--published", "a.txt=2025-03-14", "-j", "3", "a.txt"})
	if err := c.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Format != "sarif" || got.FailOn != "warning" || got.Input.Jobs != 3 {
		t.Errorf("options = %+v", got)
	}
	if diff := cmp.Diff([]string{"a.txt", "n.md"}, got.Input.Paths); diff != "" {
		t.Errorf("--new article not read (-want +got):\n%s", diff)
	}
}

func TestMainExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		want int
		err  string
	}{
		{[]string{"version"}, ExitOK, ""},
		{[]string{"check"}, ExitUsage, "requires at least 1 arg"},
		{[]string{"check", "--nope", "a"}, ExitUsage, "unknown flag"},
		{[]string{"check", "/nonexistent/x.txt"}, ExitUsage, "no article could be read"},
		{[]string{"nope"}, ExitUsage, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var out, errOut bytes.Buffer
			if got := Main(tt.args, strings.NewReader(""), &out, &errOut); got != tt.want {
				t.Errorf("exit = %d, want %d; stderr %s", got, tt.want, errOut.String())
			}
			if !strings.Contains(errOut.String(), tt.err) {
				t.Errorf("stderr = %q, want %q", errOut.String(), tt.err)
			}
		})
	}
}
