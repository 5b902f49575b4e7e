package cmd_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gopkg.in/yaml.v3"

	"github.com/crosscheck/crosscheck/cmd"
)

// TestJSONEqualsYAML runs every command that prints both json and yaml
// and checks that the two are one document: the same keys, values,
// lists and nulls.
func TestJSONEqualsYAML(t *testing.T) {
	examples := filepath.Join("..", "examples")
	commands := [][]string{
		{"check", examples},
		{"check", "-v", examples},
		{"check", "--new", filepath.Join(examples, "river-tribune.html"), examples},
		{"claims", examples},
		{"entities", examples},
		{"export", examples},
	}
	for i := 1; i <= 7; i++ {
		commands = append(commands, []string{"explain", fmt.Sprintf("F%d", i), examples})
	}
	for _, args := range commands {
		t.Run(fmt.Sprint(args[:len(args)-1]), func(t *testing.T) {
			j := runDoc(t, append([]string{"--format", "json"}, args...))
			y := runDoc(t, append([]string{"--format", "yaml"}, args...))
			var jv, yv any
			if err := json.Unmarshal(j, &jv); err != nil {
				t.Fatalf("json: %v", err)
			}
			if err := yaml.Unmarshal(y, &yv); err != nil {
				t.Fatalf("yaml: %v", err)
			}
			if diff := cmp.Diff(canonical(t, jv), canonical(t, yv)); diff != "" {
				t.Errorf("json and yaml differ (-json +yaml):\n%s", diff)
			}
		})
	}
}

// runDoc runs the command line with the format flag after the command.
func runDoc(t *testing.T, args []string) []byte {
	t.Helper()
	args = append([]string{args[2]}, append(args[:2:2], args[3:]...)...)
	var out, errOut bytes.Buffer
	if code := cmd.Main(args, bytes.NewReader(nil), &out, &errOut); code > 1 {
		t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
	}
	return out.Bytes()
}

// canonical passes a decoded document through json, so that yaml's
// integers and json's floats compare alike.
func canonical(t *testing.T, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}
