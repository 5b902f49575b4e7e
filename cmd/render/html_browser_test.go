package render

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var screenshot = flag.String("screenshot", "", "also save the html report's screenshot to this file")

const chromium = "/usr/bin/chromium"

// TestHTMLInBrowser loads the html report in headless Chromium, and checks
// that a non-empty PNG comes out and the log shows no console message, no
// uncaught error and no failed load. It runs when CROSSCHECK_BROWSER=1 is
// set and Chromium is installed.
func TestHTMLInBrowser(t *testing.T) {
	if os.Getenv("CROSSCHECK_BROWSER") != "1" {
		t.Skip("set CROSSCHECK_BROWSER=1 to load the html report in headless Chromium")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s is absent: install chromium to run the browser check", chromium)
	}
	var page bytes.Buffer
	if err := (&HTML{Articles: sampleArticles()}).Render(&page, sampleReport()); err != nil {
		t.Fatal(err)
	}
	png, log := shoot(t, page.Bytes())
	if len(png) < 1000 || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Errorf("screenshot is not a PNG (%d bytes)", len(png))
	}
	if bad := consoleProblems(log); len(bad) > 0 {
		t.Errorf("console problems:\n%s", strings.Join(bad, "\n"))
	}
	if *screenshot != "" {
		if err := os.WriteFile(*screenshot, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBrowserCheckSeesErrors feeds the check a page with a console error,
// to show that TestHTMLInBrowser would catch one.
func TestBrowserCheckSeesErrors(t *testing.T) {
	if os.Getenv("CROSSCHECK_BROWSER") != "1" {
		t.Skip("set CROSSCHECK_BROWSER=1 to run the browser checks")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s is absent", chromium)
	}
	_, log := shoot(t, []byte(`<!DOCTYPE html><p>x</p><script>console.error("probe-error"); undefinedCall();</script>`))
	if len(consoleProblems(log)) == 0 {
		t.Errorf("the log check missed a console error; log:\n%s", log)
	}
}

// shoot renders a page in headless Chromium and returns the PNG and the log.
func shoot(t *testing.T, page []byte) ([]byte, string) {
	t.Helper()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "report.html"), filepath.Join(dir, "shot.png")
	if err := os.WriteFile(in, page, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--enable-logging=stderr", "--v=0", "--screenshot="+out, "--window-size=1400,1000", "file://"+in)
	log, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, log)
	}
	png, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("no screenshot: %v\n%s", err, log)
	}
	return png, string(log)
}

// consoleProblems picks the log lines that tell of the page's console
// output, script errors or resources that failed to load.
func consoleProblems(log string) []string {
	var bad []string
	for _, line := range strings.Split(log, "\n") {
		if strings.Contains(line, "CONSOLE") || strings.Contains(line, "Uncaught") || strings.Contains(line, "ERR_") {
			bad = append(bad, line)
		}
	}
	return bad
}
