package render

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources"
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

// manySources builds a report of twelve articles that disagree on a
// count, each article a few sentences long, and their texts.
func manySources() (*compare.Report, []*sources.Article) {
	r := &compare.Report{Schema: compare.Schema}
	var arts []*sources.Article
	var vals []compare.FindingValue
	for i := 1; i <= 12; i++ {
		id, path := fmt.Sprintf("s%d", i), fmt.Sprintf("articles/outlet-%02d-harbour-fire-report.txt", i)
		sentence := fmt.Sprintf("Officials said %d people were hurt when the fire reached the pier.", 10+i)
		text := "Fire at the pier.\n\n" + sentence + " Crews worked through the night to stop it spreading to the boats moored alongside.\n\nThe harbour stayed closed on Friday."
		a := &sources.Article{Path: path, Text: text}
		start := 0
		for _, p := range strings.Split(text, "\n\n") {
			a.Blocks = append(a.Blocks, sources.Block{Kind: sources.Paragraph, Start: start, End: start + len(p)})
			start += len(p) + 2
		}
		arts = append(arts, a)
		r.Sources = append(r.Sources, compare.Source{ID: id, Path: path, Format: "txt", Outlet: fmt.Sprintf("Outlet %d", i)})
		at := strings.Index(text, sentence) + len("Officials said ")
		cid := fmt.Sprintf("c%d", i)
		r.Claims = append(r.Claims, compare.Claim{ID: cid, Source: id, Kind: "count", Subject: "injured", Attribute: "people injured",
			Value: fmt.Sprint(10 + i), Pos: sources.Position{File: path, Line: 3, Column: 16}, Text: sentence, Start: at, End: at + 2})
		vals = append(vals, compare.FindingValue{Value: fmt.Sprint(10 + i), Sources: []string{id},
			Evidence: []compare.Evidence{{Source: id, Claim: cid, Pos: sources.Position{File: path, Line: 3, Column: 16}, Text: sentence}}})
	}
	r.Findings = []compare.Finding{{ID: "F1", Rule: compare.RuleNumber, Kind: compare.KindConflict, Severity: compare.Warning,
		Subject: "injured", SubjectName: "injured", Attribute: "people injured", Values: vals, Message: "twelve counts of the injured"}}
	return compare.Process(r, compare.Resummarise), arts
}

// measure is added to the page under test (the report itself has no
// script): it writes what would make the page hard to use into #check.
const measure = `<pre id="check"></pre><script>
const bad = [];
const w = window.innerWidth;
if (document.documentElement.scrollWidth > w + 1) bad.push("the page is wider than the window: " + document.documentElement.scrollWidth + " > " + w);
document.querySelectorAll("nav.sources a").forEach(a => { const r = a.getBoundingClientRect(); if (r.right > w + 1 || r.width === 0) bad.push("source link off screen: " + a.textContent); });
document.querySelectorAll("section.articles article").forEach(a => { const r = a.getBoundingClientRect(); if (r.width < 250) bad.push("article too narrow: " + a.id + " " + r.width); });
document.querySelectorAll("a[href^='#']").forEach(a => { if (!document.getElementById(a.getAttribute("href").slice(1))) bad.push("link to nothing: " + a.getAttribute("href")); });
const marks = document.querySelectorAll("section.articles mark");
if (marks.length !== 12) bad.push("marks: " + marks.length + ", want 12");
marks.forEach(m => { if (m.textContent.length > 3) bad.push("a whole sentence marked: " + m.textContent); });
document.getElementById("check").textContent = bad.length ? bad.join("\n") : "OK";
</script>`

// TestHTMLManySources loads a twelve-source report in headless Chromium
// at a laptop's width: the page never grows wider than the window, every
// source's link is on screen, every article column stays readable, every
// link leads somewhere, and the values, not their sentences, are marked.
func TestHTMLManySources(t *testing.T) {
	if os.Getenv("CROSSCHECK_BROWSER") != "1" {
		t.Skip("set CROSSCHECK_BROWSER=1 to load the html report in headless Chromium")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s is absent: install chromium to run the browser check", chromium)
	}
	r, arts := manySources()
	var page bytes.Buffer
	if err := (&HTML{Articles: arts}).Render(&page, r); err != nil {
		t.Fatal(err)
	}
	png, log := shoot(t, page.Bytes())
	if len(png) < 1000 || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Errorf("screenshot is not a PNG (%d bytes)", len(png))
	}
	if bad := consoleProblems(log); len(bad) > 0 {
		t.Errorf("console problems:\n%s", strings.Join(bad, "\n"))
	}
	probe := bytes.Replace(page.Bytes(), []byte("</body>"), []byte(measure+"</body>"), 1)
	dom := dumpDOM(t, probe)
	m := regexp.MustCompile(`(?s)<pre id="check">(.*?)</pre>`).FindStringSubmatch(dom)
	if m == nil || m[1] != "OK" {
		t.Errorf("the twelve-source page is hard to use:\n%v", m)
	}
}

// dumpDOM loads a page in headless Chromium, lets its script run and
// returns the document as it then stands.
func dumpDOM(t *testing.T, page []byte) string {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "probe.html")
	if err := os.WriteFile(in, page, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--window-size=1400,1000", "--virtual-time-budget=3000", "--dump-dom", "file://"+in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom: %v", err)
	}
	return string(out)
}
