package cmd_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/testscript"
	"gopkg.in/yaml.v3"

	"github.com/crosscheck/crosscheck/cmd"
)

var updateScripts = flag.Bool("update", false, "rewrite the expected output inside the txtar scripts")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"crosscheck": func() { os.Exit(cmd.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: the real
// commands in an isolated directory, with the bundled examples copied in.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join("testdata", "script"),
		UpdateScripts: *updateScripts,
		Setup: func(env *testscript.Env) error {
			env.Setenv("COLUMNS", "")
			return os.CopyFS(filepath.Join(env.WorkDir, "examples"), os.DirFS(filepath.Join("..", "examples")))
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){"replace": replaceCmd, "samedoc": sameDocCmd,
			"shape": shapeCmd, "articles": articlesCmd},
	})
}

// replaceCmd edits a file in place: replace FILE OLD NEW, where OLD must
// occur; \n in OLD and NEW stands for a newline.
func replaceCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: replace FILE OLD NEW")
	}
	path := ts.MkAbs(args[0])
	data, err := os.ReadFile(path)
	ts.Check(err)
	old, repl := strings.ReplaceAll(args[1], `\n`, "\n"), strings.ReplaceAll(args[2], `\n`, "\n")
	if !strings.Contains(string(data), old) {
		ts.Fatalf("%s does not contain %q", args[0], old)
	}
	ts.Check(os.WriteFile(path, []byte(strings.Replace(string(data), old, repl, 1)), 0o644))
}

// sameDocCmd compares a json and a yaml file as documents: samedoc
// FILE.json FILE.yaml fails when their keys, values, lists or nulls differ.
func sameDocCmd(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: samedoc FILE.json FILE.yaml")
	}
	var jv, yv any
	ts.Check(json.Unmarshal([]byte(ts.ReadFile(args[0])), &jv))
	ts.Check(yaml.Unmarshal([]byte(ts.ReadFile(args[1])), &yv))
	diff := cmp.Diff(viaJSON(ts, jv), viaJSON(ts, yv))
	switch {
	case diff != "" && !neg:
		ts.Fatalf("%s and %s differ (-json +yaml):\n%s", args[0], args[1], diff)
	case diff == "" && neg:
		ts.Fatalf("%s and %s are the same document", args[0], args[1])
	}
}

// viaJSON passes a decoded document through json, so that yaml's integers
// and json's floats compare alike.
func viaJSON(ts *testscript.TestScript, v any) any {
	data, err := json.Marshal(v)
	ts.Check(err)
	var out any
	ts.Check(json.Unmarshal(data, &out))
	return out
}

// shapeCmd writes a generated article: shape NAME BYTES FILE (see the
// shapes of growth_test.go: lines, paragraphs, filler, filler-txt, oneline).
func shapeCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: shape NAME BYTES FILE")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	data, _, ok := cmd.Shape(args[0], n)
	if !ok {
		ts.Fatalf("unknown shape %q", args[0])
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), data, 0o644))
}

// articlesCmd writes N short fictional articles into DIR: articles N DIR.
// Every tenth gives another count of the injured, so the check has work.
func articlesCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: articles N DIR")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	dir := ts.MkAbs(args[1])
	ts.Check(os.MkdirAll(dir, 0o755))
	for i := range n {
		text := fmt.Sprintf("Ferry strikes pier at Vellmar\n\n%d people were injured when the ferry struck the pier at Vellmar on Monday, the harbour master Ann Lee said.\n", 12+i%10/9)
		ts.Check(os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte(text), 0o644))
	}
}
