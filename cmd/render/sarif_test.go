package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"testing"
)

// The SARIF 2.1.0 schema cannot be fetched here, so the log is checked
// structurally against the properties that schema requires and the
// values it constrains: version "2.1.0", $schema a URI, runs[].tool.driver
// with a name, results with message.text, a level among none, note,
// warning and error, and locations whose physicalLocation has an
// artifactLocation.uri (a valid URI reference) and a region with an
// integer startLine ≥ 1 and startColumn ≥ 1 when present.

type obj = map[string]any

func field(o obj, path ...string) (any, error) {
	var cur any = o
	for _, p := range path {
		m, ok := cur.(obj)
		if !ok {
			return nil, fmt.Errorf("%v: not an object", path)
		}
		if cur, ok = m[p]; !ok {
			return nil, fmt.Errorf("missing required property %v", path)
		}
	}
	return cur, nil
}

func list(o obj, path ...string) ([]any, error) {
	v, err := field(o, path...)
	if err != nil {
		return nil, err
	}
	l, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%v: not an array", path)
	}
	return l, nil
}

func checkSARIF(data []byte) error {
	var log obj
	if err := json.Unmarshal(data, &log); err != nil {
		return err
	}
	if v, _ := field(log, "version"); v != "2.1.0" {
		return fmt.Errorf("version = %v", v)
	}
	if s, _ := field(log, "$schema"); s != nil {
		if _, err := url.Parse(fmt.Sprint(s)); err != nil {
			return fmt.Errorf("$schema: %w", err)
		}
	}
	runs, err := list(log, "runs")
	if err != nil {
		return err
	}
	for _, run := range runs {
		if err := checkRun(run.(obj)); err != nil {
			return err
		}
	}
	return nil
}

func checkRun(run obj) error {
	if n, err := field(run, "tool", "driver", "name"); err != nil || n == "" {
		return fmt.Errorf("tool.driver.name: %v", err)
	}
	results, err := list(run, "results")
	if err != nil {
		return err
	}
	for i, res := range results {
		if err := checkResult(res.(obj)); err != nil {
			return fmt.Errorf("results[%d]: %w", i, err)
		}
	}
	return nil
}

func checkResult(res obj) error {
	if t, err := field(res, "message", "text"); err != nil || t == "" {
		return fmt.Errorf("message.text: %v", err)
	}
	if l, ok := res["level"]; ok && l != "none" && l != "note" && l != "warning" && l != "error" {
		return fmt.Errorf("level %v", l)
	}
	locs, err := list(res, "locations")
	if err != nil {
		return err
	}
	rel, _ := res["relatedLocations"].([]any)
	for _, l := range append(locs, rel...) {
		if err := checkLocation(l.(obj)); err != nil {
			return err
		}
	}
	return nil
}

func checkLocation(l obj) error {
	uri, err := field(l, "physicalLocation", "artifactLocation", "uri")
	if err != nil {
		return err
	}
	if _, err := url.Parse(fmt.Sprint(uri)); err != nil || uri == "" {
		return fmt.Errorf("uri %v: %v", uri, err)
	}
	reg, err := field(l, "physicalLocation", "region")
	if err != nil {
		return nil // region is optional
	}
	line, ok := reg.(obj)["startLine"].(float64)
	if !ok || line < 1 || line != float64(int(line)) {
		return fmt.Errorf("region.startLine %v", reg.(obj)["startLine"])
	}
	if c, ok := reg.(obj)["startColumn"].(float64); ok && c < 1 {
		return fmt.Errorf("region.startColumn %v", c)
	}
	return nil
}

func TestSARIFStructure(t *testing.T) {
	var buf bytes.Buffer
	if err := (SARIF{Version: "v1"}).Render(&buf, sampleReport()); err != nil {
		t.Fatal(err)
	}
	if err := checkSARIF(buf.Bytes()); err != nil {
		t.Fatalf("invalid SARIF: %v\n%s", err, buf.String())
	}
	var log struct {
		Runs []struct{ Results []sarifResult }
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results
	if len(res) != 2 || res[0].RuleID != "descriptor-conflict" || res[1].Level != "warning" || len(res[0].RelatedLocations) != 1 {
		t.Errorf("results = %+v, want one per conflict with a related location", res)
	}
}

func TestSARIFCheckerRejects(t *testing.T) {
	bad := []string{
		`{"version":"2.0.0","runs":[]}`,
		`{"version":"2.1.0"}`,
		`{"version":"2.1.0","runs":[{"tool":{"driver":{}},"results":[]}]}`,
		`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"fatal","locations":[]}]}]}`,
		`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a"},"region":{"startLine":0}}}]}]}]}`,
	}
	for _, doc := range bad {
		t.Run(doc, func(t *testing.T) {
			if err := checkSARIF([]byte(doc)); err == nil {
				t.Error("accepted an invalid log")
			}
		})
	}
}
