package cmd_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/cmd"
)

// TestSARIFSchema validates the SARIF report of the bundled examples with
// Microsoft's SARIF Multitool against the SARIF 2.1.0 JSON schema it ships
// (and its own rules). CROSSCHECK_SARIF_MULTITOOL names the folder holding
// Sarif.Multitool and sarif-2.1.0.json (.ci/run installs it with npm); the
// test is skipped, saying so, when it is not set.
func TestSARIFSchema(t *testing.T) {
	dir := os.Getenv("CROSSCHECK_SARIF_MULTITOOL")
	if dir == "" {
		t.Skip("CROSSCHECK_SARIF_MULTITOOL is not set: no SARIF validator to run (.ci/run installs one)")
	}
	tool, schema := filepath.Join(dir, "Sarif.Multitool"), filepath.Join(dir, "sarif-2.1.0.json")
	for _, p := range []string{tool, schema} {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("CROSSCHECK_SARIF_MULTITOOL: %v", err)
		}
	}
	tmp := t.TempDir()
	for name, path := range map[string]string{"relative": filepath.Join("..", "examples"), "absolute": mustAbs(t, filepath.Join("..", "examples"))} {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := cmd.Main([]string{"check", "--format", "sarif", path}, nil, &out, &errOut); code > 1 {
				t.Fatalf("check exited %d: %s", code, errOut.String())
			}
			in, report := filepath.Join(tmp, name+".sarif"), filepath.Join(tmp, name+"-validation.sarif")
			if err := os.WriteFile(in, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			msg, err := exec.Command(tool, "validate", in, "-o", report, "-j", schema).CombinedOutput()
			if err != nil {
				t.Fatalf("validator failed: %v\n%s", err, msg)
			}
			for _, r := range validationResults(t, report) {
				t.Errorf("%s %s: %s", r.Level, r.RuleID, r.Message.Text)
			}
		})
	}
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

type validationResult struct {
	RuleID  string `json:"ruleId"`
	Level   string `json:"level"`
	Message struct {
		Text string `json:"text"`
	} `json:"message"`
}

// validationResults reads the validator's own SARIF log: its results are
// the problems it found (errors and warnings; notes are left out).
func validationResults(t *testing.T, path string) []validationResult {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []validationResult `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("validator output: %v", err)
	}
	var out []validationResult
	for _, run := range log.Runs {
		for _, r := range run.Results {
			if r.Level != "note" && r.Level != "none" {
				out = append(out, r)
			}
		}
	}
	return out
}
