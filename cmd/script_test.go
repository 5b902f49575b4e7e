package cmd_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
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
			goEnv(env)
			return os.CopyFS(filepath.Join(env.WorkDir, "examples"), os.DirFS(filepath.Join("..", "examples")))
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){"replace": replaceCmd, "samedoc": sameDocCmd,
			"shape": shapeCmd, "articles": articlesCmd,
			"crosscheck-source": sourceCmd, "readme-install": readmeInstallCmd, "readme-workflow": readmeWorkflowCmd},
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

// goEnv lets a script build Go as a fresh machine would: the caches and
// proxy of the go running the tests, a GOPATH of the script's own whose
// bin is on PATH, and a name for git commits.
func goEnv(env *testscript.Env) {
	for k, v := range outerGoEnv() {
		env.Setenv(k, v)
	}
	env.Setenv("HOME", filepath.Join(env.WorkDir, "home"))
	gopath := filepath.Join(env.WorkDir, "gopath")
	env.Setenv("GOPATH", gopath)
	env.Setenv("PATH", filepath.Join(gopath, "bin")+string(os.PathListSeparator)+os.Getenv("PATH"))
	for k, v := range map[string]string{"GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
		"GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org", "GIT_CONFIG_NOSYSTEM": "1"} {
		env.Setenv(k, v)
	}
}

// outerGoEnv is the go environment the tests run with, read once.
var outerGoEnv = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	out, err := exec.Command("go", "env", "-json", "GOCACHE", "GOMODCACHE", "GOPROXY", "GONOSUMDB", "GONOPROXY",
		"GOPRIVATE", "GOSUMDB", "GOFLAGS", "GOTOOLCHAIN").Output()
	if err == nil {
		_ = json.Unmarshal(out, &m)
	}
	return m
})

// repoRoot is the root of the source tree the tests run in.
func repoRoot(ts *testscript.TestScript) string {
	root, err := filepath.Abs("..")
	ts.Check(err)
	return root
}

// sourceCmd makes DIR a clone-like git repository of this source tree,
// branch main, one commit: crosscheck-source DIR. It copies the files git
// tracks or would track (not the ignored ones), as they are now.
func sourceCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: crosscheck-source DIR")
	}
	root, dir := repoRoot(ts), ts.MkAbs(args[0])
	out, err := exec.Command("git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	ts.Check(err)
	for _, f := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(root, f))
		if os.IsNotExist(err) {
			continue // deleted in the working tree
		}
		ts.Check(err)
		ts.Check(os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755))
		ts.Check(os.WriteFile(filepath.Join(dir, f), data, 0o644))
	}
	for _, a := range [][]string{{"init", "-q", "-b", "main"}, {"add", "-A"}, {"commit", "-q", "-m", "source"}} {
		c := exec.Command("git", a...)
		c.Dir, c.Env = dir, scriptEnv(ts)
		if out, err := c.CombinedOutput(); err != nil {
			ts.Fatalf("git %v: %v\n%s", a, err, out)
		}
	}
}

// scriptEnv is the environment of the script, for a command it runs.
func scriptEnv(ts *testscript.TestScript) []string {
	var env []string
	for _, k := range []string{"HOME", "PATH", "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "GIT_CONFIG_NOSYSTEM"} {
		env = append(env, k+"="+ts.Getenv(k))
	}
	return env
}

// readmeBlock returns the fenced code block that follows the marker
// "<!-- NAME" in the README.
func readmeBlock(ts *testscript.TestScript, name string) string {
	data, err := os.ReadFile(filepath.Join(repoRoot(ts), "README.md"))
	ts.Check(err)
	s := string(data)
	at := strings.Index(s, "<!-- "+name)
	if at < 0 {
		ts.Fatalf("README.md has no <!-- %s marker", name)
	}
	s = s[at:]
	open := strings.Index(s, "```")
	body := s[open:]
	body = body[strings.Index(body, "\n")+1:]
	end := strings.Index(body, "```")
	if open < 0 || end < 0 {
		ts.Fatalf("README.md: no code block after <!-- %s", name)
	}
	return body[:end]
}

// readmeInstallCmd writes the README's install commands, as written, to
// a shell script: readme-install FILE.
func readmeInstallCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: readme-install FILE")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte("set -ex\n"+readmeBlock(ts, "install")), 0o755))
}

// readmeWorkflowCmd writes each run step of the README's workflow to
// DIR/step-N.sh, as GitHub runs it: the job's env (unless the script set
// a variable already), ${{ github.base_ref }} put in before the shell
// sees it, bash with -e. readme-workflow DIR BASE_REF.
func readmeWorkflowCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: readme-workflow DIR BASE_REF")
	}
	var wf struct {
		Jobs map[string]struct {
			Env   map[string]string `yaml:"env"`
			Steps []struct {
				Uses string `yaml:"uses"`
				Run  string `yaml:"run"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	ts.Check(yaml.Unmarshal([]byte(readmeBlock(ts, "workflow")), &wf))
	dir := ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(dir, 0o755))
	n := 0
	for _, job := range wf.Jobs {
		var env strings.Builder
		for k, v := range job.Env {
			fmt.Fprintf(&env, ": \"${%s:=%s}\"; export %s\n", k, v, k)
		}
		for _, st := range job.Steps {
			if st.Run == "" {
				continue // an action: the script stands in for checkout and setup-go
			}
			n++
			run := strings.ReplaceAll(st.Run, "${{ github.base_ref }}", args[1])
			if strings.Contains(run, "${{") {
				ts.Fatalf("step %d uses an expression the script cannot put in: %s", n, run)
			}
			ts.Check(os.WriteFile(filepath.Join(dir, fmt.Sprintf("step-%d.sh", n)), []byte("set -e\n"+env.String()+run), 0o755))
		}
	}
	if n == 0 {
		ts.Fatalf("the README's workflow has no run step")
	}
}
