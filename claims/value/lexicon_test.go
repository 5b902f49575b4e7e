package value

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestEmbeddedLexicon checks that values.yaml decodes strictly, that every
// section has entries, and that the default lexicon holds what it says.
func TestEmbeddedLexicon(t *testing.T) {
	d, err := DecodeLexicon(valuesYAML, "values.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Hedges) == 0 || len(d.SuffixHedges) == 0 || len(d.Quantifiers) == 0 || len(d.Units) == 0 || len(d.TimeHedges) == 0 {
		t.Errorf("a section of values.yaml is empty: %+v", d)
	}
	if got := Default().Data(); !reflect.DeepEqual(got, d) {
		t.Errorf("Default().Data() differs from values.yaml:\n%+v\n%+v", got, d)
	}
}

// TestLexiconTable checks the word table's size, and that every word of
// a lexicon is found in any case, however many words it holds.
func TestLexiconTable(t *testing.T) {
	var many []string
	for i := range 3000 {
		many = append(many, "zq"+strings.Map(func(r rune) rune { return 'a' + (r-'0')%26 }, fmt.Sprint(i*7919)))
	}
	big, err := Default().Extend(LexiconData{Units: map[string][]string{"zq": many}})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []*Lexicon{Default(), big} {
		n := len(l.slots)
		if n&(n-1) != 0 || n < 4*len(l.words) || n >= 8*len(l.words) {
			t.Errorf("%d slots for %d words: want the next power of two from four times the words", n, len(l.words))
		}
		for w, f := range l.words {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				if gf, k := l.lookup(v); k == 0 || gf != f || l.slots[k-1].word != w {
					t.Fatalf("lookup(%q) = %b, %d; want %b", v, gf, k, f)
				}
			}
		}
	}
	if len(big.slots) <= len(Default().slots) {
		t.Errorf("the table did not grow: %d slots", len(big.slots))
	}
	if got := big.FindNumbers("they walked 12 " + many[2999] + " inland"); len(got) != 1 || got[0].Unit != "zq" {
		t.Errorf("a word of a large lexicon is not read: %+v", got)
	}
}

// extended is the default lexicon with one entry of every kind, all
// invented for the tests.
func extended(t *testing.T) *Lexicon {
	t.Helper()
	l, err := Default().Extend(LexiconData{
		Hedges:       map[string][]string{"about": {"in the region of", "more or less"}, "nearly": {"a shade under"}},
		SuffixHedges: map[string][]string{"about": {"or thereabouts", "-something"}, "at least": {"and upwards"}},
		Quantifiers: map[string]Quantifier{
			"a clutch of": {Min: 3, Max: 6},
			"half-dozen":  {Min: 6, Max: 6, About: true},
			"several":     {Min: 3, Max: 7}, // replaces [3, 9]
		},
		Units:      map[string][]string{"km": {"klicks"}, "l": {"l", "litre", "litres"}},
		TimeHedges: map[string][]string{"default": {"towards"}, "quarter hour": {"a little after"}, "half hour": {"some time after"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestExtend(t *testing.T) {
	l := extended(t)
	inf := math.Inf(1)
	tests := []struct {
		in, text string
		lo, hi   float64
		approx   bool
		hedge    string
		unit     string
	}{
		{"Ferries carried in the region of 300 riders.", "in the region of 300", 300, 300, true, "about", ""},
		{"In The Region Of 300 riders came.", "In The Region Of 300", 300, 300, true, "about", ""},
		{"It cost more or less 40 crowns.", "more or less 40", 40, 40, true, "about", ""},
		{"It cost more than 40 crowns.", "more than 40", 41, inf, false, "more than", ""},
		{"The tower is a shade under 90 m tall.", "a shade under 90", 90, 90, true, "nearly", ""},
		{"A clutch of ferries left the quay.", "A clutch of", 3, 6, false, "vague", ""},
		{"A half-dozen ferries left.", "half-dozen", 6, 6, true, "vague", ""},
		{"Several ferries left.", "Several", 3, 7, false, "vague", ""},
		{"The road runs 40 klicks north.", "40 klicks", 40, 40, false, "", "km"},
		{"The tank holds 5l of fuel.", "5l", 5, 5, false, "", "l"},
		{"The tank holds 5 litres of fuel.", "5 litres", 5, 5, false, "", "l"},
		{"The tank holds 5 l of fuel.", "5", 5, 5, false, "", ""},
		{"Riders numbered 300 or thereabouts.", "300 or thereabouts", 300, 300, true, "about", ""},
		{"The 30-something riders left.", "30-something", 30, 30, true, "about", ""},
		{"Riders aged 30 and upwards came.", "30 and upwards", 30, inf, false, "at least", "year-old"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			ns := l.FindNumbers(tc.in)
			if len(ns) != 1 {
				t.Fatalf("found %d numbers: %+v", len(ns), ns)
			}
			n := ns[0]
			if n.Text != tc.text || n.Lo != tc.lo || n.Hi != tc.hi || n.Approx != tc.approx || n.Hedge != tc.hedge || n.Unit != tc.unit {
				t.Errorf("got %+v", n)
			}
		})
	}
	times := []struct {
		in, text string
		prec     int
	}{
		{"The ferry left towards 9pm.", "towards 9pm", 30},
		{"The ferry left towards 9.40pm.", "towards 9.40pm", 10},
		{"The ferry left a little after 9pm.", "a little after 9pm", 15},
		{"The ferry left some time after 9pm.", "some time after 9pm", 30},
	}
	for _, tc := range times {
		t.Run(tc.in, func(t *testing.T) {
			ts := l.FindTimes(tc.in)
			if len(ts) != 1 || ts[0].Text != tc.text || ts[0].Prec != tc.prec || !ts[0].Approx {
				t.Errorf("got %+v", ts)
			}
		})
	}
	for word, want := range map[string]string{"klicks": "km", "KLICKS": "km", "kilometres": "km", "l": "l", "m": "m"} {
		if u, ok := l.Unit(word); !ok || u != want {
			t.Errorf("Unit(%q) = %q, %v; want %q", word, u, ok, want)
		}
	}
}

// TestExtendKeepsDefault checks that Extend changes neither the default
// lexicon nor its data, and that Data gives a copy.
func TestExtendKeepsDefault(t *testing.T) {
	before := Default().Data()
	extended(t)
	if after := Default().Data(); !reflect.DeepEqual(before, after) {
		t.Errorf("Extend changed the default data")
	}
	if n, ok := ParseNumber("in the region of 300"); ok {
		t.Errorf("the default lexicon reads %+v", n)
	}
	if n, _ := ParseNumber("several"); n.Hi != 9 {
		t.Errorf("the default lexicon's several is %+v", n)
	}
	if _, ok := Default().Unit("klicks"); ok {
		t.Errorf("the default lexicon has klicks")
	}
	if ts := FindTimes("towards 9pm"); len(ts) != 1 || ts[0].Approx {
		t.Errorf("the default lexicon reads a time hedge towards: %+v", ts)
	}
	d := Default().Data()
	d.Hedges["about"][0] = "changed"
	d.Quantifiers["several"] = Quantifier{Min: 0, Max: 1}
	if !reflect.DeepEqual(before, Default().Data()) {
		t.Errorf("changing the result of Data changed the lexicon")
	}
}

// TestExtendOrder checks that the longest phrase of a first word is tried
// first, whatever the order of the maps it was built from.
func TestExtendOrder(t *testing.T) {
	for range 20 {
		l := extended(t)
		for in, want := range map[string]string{"more or less 40": "about", "more than 40": "more than", "more 40": ""} {
			if n, _ := l.ParseNumber(in); n.Hedge != want {
				t.Errorf("%q: hedge %q, want %q", in, n.Hedge, want)
			}
		}
		if first := l.hedges["more"][0]; strings.Join(first.toks, " ") != "more or less" {
			t.Errorf("phrases of more start with %q", first.toks)
		}
	}
}

func TestExtendInvalid(t *testing.T) {
	tests := []struct {
		name string
		d    LexiconData
		want string // in the error
	}{
		{"unknown meaning", LexiconData{Hedges: map[string][]string{"roughly": {"in the region of"}}}, `hedges: "roughly": unknown meaning`},
		{"unknown suffix meaning", LexiconData{SuffixHedges: map[string][]string{"range": {"or thereabouts"}}}, `suffix_hedges: "range": unknown meaning`},
		{"unknown tolerance", LexiconData{TimeHedges: map[string][]string{"hour": {"towards"}}}, `time_hedges: "hour": unknown tolerance`},
		{"empty phrase", LexiconData{Hedges: map[string][]string{"about": {" "}}}, `hedges: about: " ": empty phrase`},
		{"digit first", LexiconData{Hedges: map[string][]string{"about": {"3 or so"}}}, `"3 or so": does not start with a letter`},
		{"punctuation first", LexiconData{TimeHedges: map[string][]string{"default": {"~"}}}, `time_hedges: default: "~": does not start with a letter`},
		{"number inside", LexiconData{Hedges: map[string][]string{"up to": {"top 10 of"}}}, `"10" is a number`},
		{"not ascii", LexiconData{Units: map[string][]string{"km": {"kilomètres"}}}, `units: km: "kilomètres": "kilomètres" is not ASCII letters`},
		{"two-word unit", LexiconData{Units: map[string][]string{"km": {"road km"}}}, `units: km: "road km": a unit word is one word`},
		{"empty unit", LexiconData{Units: map[string][]string{"": {"klicks"}}}, `units: "": empty unit name`},
		{"bare hyphen", LexiconData{SuffixHedges: map[string][]string{"about": {"-"}}}, `suffix_hedges: about: "-": a hyphened suffix hedge`},
		{"min above max", LexiconData{Quantifiers: map[string]Quantifier{"a clutch of": {Min: 6, Max: 3}}}, `quantifiers: "a clutch of": min 6 is above max 3`},
		{"not finite", LexiconData{Quantifiers: map[string]Quantifier{"a clutch of": {Min: 3, Max: math.Inf(1)}}}, `quantifiers: "a clutch of": min and max must be finite`},
		{"long word", LexiconData{Units: map[string][]string{"km": {strings.Repeat("k", 32)}}}, `is longer than 31 letters`},
		{"two meanings in one", LexiconData{Hedges: map[string][]string{"about": {"give or take"}, "nearly": {"Give or take"}}}, `hedges: nearly: "Give or take": given two meanings: "about" and "nearly"`},
		{"two meanings with the default", LexiconData{Hedges: map[string][]string{"about": {"over"}}}, `hedges: about: "over": given two meanings: "more than" and "about"`},
		{"unit word of another unit", LexiconData{Units: map[string][]string{"mi": {"km"}}}, `units: mi: "km": given two meanings: "km" and "mi"`},
		{"time hedge twice", LexiconData{TimeHedges: map[string][]string{"quarter hour": {"around"}}}, `time_hedges: quarter hour: "around": given two meanings`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Default().Extend(tc.d)
			if err == nil {
				t.Fatalf("Extend(%+v) = %p, want an error", tc.d, l)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to hold %q", err, tc.want)
			}
		})
	}
}

func TestDecodeLexicon(t *testing.T) {
	d, err := DecodeLexicon([]byte(`
hedges:
  about: [in the region of]
suffix_hedges:
  about: [-something]
quantifiers:
  a clutch of: {min: 3, max: 6}
units:
  km: [klicks]
time_hedges:
  default: [towards]
`), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := LexiconData{
		Hedges:       map[string][]string{"about": {"in the region of"}},
		SuffixHedges: map[string][]string{"about": {"-something"}},
		Quantifiers:  map[string]Quantifier{"a clutch of": {Min: 3, Max: 6}},
		Units:        map[string][]string{"km": {"klicks"}},
		TimeHedges:   map[string][]string{"default": {"towards"}},
	}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("got %+v", d)
	}
	for _, doc := range []string{"", "# nothing yet\n", "---\n"} {
		if d, err := DecodeLexicon([]byte(doc), "user.yaml"); err != nil || !reflect.DeepEqual(d, LexiconData{}) {
			t.Errorf("DecodeLexicon(%q) = %+v, %v", doc, d, err)
		}
	}
}

func TestDecodeLexiconInvalid(t *testing.T) {
	tests := []struct {
		name, doc string
		want      string // in the error
	}{
		{"unknown section", "hedges: {}\nunits_of_measure: {}\n", "user.yaml: yaml: unmarshal errors:\n  line 2: field units_of_measure not found"},
		{"unknown quantifier field", "quantifiers:\n  a clutch of: {min: 3, max: 6, approx: true}\n", "line 2: field approx not found"},
		{"list for a map", "hedges: [about]\n", "user.yaml: yaml: unmarshal errors:\n  line 1: cannot unmarshal"},
		{"syntax", "hedges:\n  about: [in the region of\n", "user.yaml: yaml: line"},
		{"bad phrase", "hedges:\n  about:\n    - circa\n    - 3 or so\n", `user.yaml:4: hedges: about: "3 or so": does not start with a letter`},
		{"unknown meaning", "hedges:\n  about: [circa]\n  roughly: [in the region of]\n", `user.yaml:3: hedges: "roughly": unknown meaning`},
		{"min above max", "quantifiers:\n\n  a clutch of: {min: 6, max: 3}\n", `user.yaml:3: quantifiers: "a clutch of": min 6 is above max 3`},
		{"unknown tolerance", "time_hedges:\n  soon: [towards]\n", `user.yaml:2: time_hedges: "soon": unknown tolerance`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeLexicon([]byte(tc.doc), "user.yaml")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to hold %q", err, tc.want)
			}
		})
	}
}

// TestLexiconConcurrent runs the default and an extended lexicon from
// many goroutines at once (go test -race checks the sharing).
func TestLexiconConcurrent(t *testing.T) {
	ext := extended(t)
	pub := time.Date(2016, 12, 7, 0, 0, 0, 0, time.UTC)
	in := "In the region of 300 riders left towards 9pm on Monday, a clutch of them 40 klicks away."
	want := []Values{Default().Find(in, pub), ext.Find(in, pub)}
	if reflect.DeepEqual(want[0], want[1]) {
		t.Fatalf("the two lexicons read the same: %+v", want[0])
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := range 8 {
		wg.Go(func() {
			l := []*Lexicon{Default(), ext}[g%2]
			for range 200 {
				if got := l.Find(in, pub); !reflect.DeepEqual(got, want[g%2]) {
					errs <- fmt.Sprintf("goroutine %d: %+v", g, got)
					return
				}
			}
		})
	}
	wg.Go(func() {
		for range 20 {
			if _, err := Default().Extend(LexiconData{Units: map[string][]string{"km": {"klicks"}}}); err != nil {
				errs <- err.Error()
				return
			}
		}
	})
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestDefaultFindersDelegate checks that the package-level finders are
// those of Default.
func TestDefaultFindersDelegate(t *testing.T) {
	pub := time.Date(2016, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, s := range benchSentences {
		l := Default()
		if !reflect.DeepEqual(FindNumbers(s), l.FindNumbers(s)) || !reflect.DeepEqual(FindDates(s, pub), l.FindDates(s, pub)) ||
			!reflect.DeepEqual(FindTimes(s), l.FindTimes(s)) || !reflect.DeepEqual(Find(s, pub), l.Find(s, pub)) {
			t.Errorf("%q: the package finders differ from Default's", s)
		}
		a, aok := ParseNumber(s)
		b, bok := l.ParseNumber(s)
		if aok != bok || !reflect.DeepEqual(a, b) {
			t.Errorf("%q: ParseNumber differs from Default's", s)
		}
	}
}
