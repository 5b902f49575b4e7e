package claims_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

func tokenTexts(toks []claims.Token) string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return strings.Join(out, "|")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"abbreviation keeps its dot apart", "Mr. Olund left", "Mr|.|Olund|left"},
		{"initials", "the U.S. envoy", "the|U.S.|envoy"},
		{"a.m.", "at 9 a.m. today", "at|9|a.m.|today"},
		{"curly quotes", "said “no” twice", "said|“|no|”|twice"},
		{"single curly quotes", "‘Yes.’", "‘|Yes|.|’"},
		{"apostrophe inside word", "didn't stop Yıldıranlı's car", "didn't|stop|Yıldıranlı's|car"},
		{"curly apostrophe inside word", "the gunman’s car", "the|gunman’s|car"},
		{"hyphenated word", "an off-duty officer", "an|off-duty|officer"},
		{"thousands", "6,000 homes", "6,000|homes"},
		{"clock", "at 10:53,", "at|10:53|,"},
		{"decimal", "1.5 km.", "1.5|km|."},
		{"number in a hyphenated word", "a magnitude-5.2 tremor.", "a|magnitude-5.2|tremor|."},
		{"word then a stop", "in Sector-7. Then", "in|Sector-7|.|Then"},
		{"unicode letters", "Çağrı Öztürk", "Çağrı|Öztürk"},
		{"em dash alone", "waved — then", "waved|—|then"},
		{"en dash alone", "2 – 3", "2|–|3"},
		{"parentheses", "(Reuters)", "(|Reuters|)"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokenTexts(claims.Tokenize(tt.in, 0)); got != tt.want {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeKinds(t *testing.T) {
	toks := claims.Tokenize(`Mr. Pell, 62, said “no” — off-duty`, 0)
	want := []claims.TokenKind{claims.TWord, claims.TPunct, claims.TWord, claims.TPunct, claims.TNumber,
		claims.TPunct, claims.TWord, claims.TQuote, claims.TWord, claims.TQuote, claims.TDash, claims.TWord}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens (%s), want %d", len(toks), tokenTexts(toks), len(want))
	}
	for i, k := range want {
		if toks[i].Kind != k {
			t.Errorf("token %d %q: kind %d, want %d", i, toks[i].Text, toks[i].Kind, k)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	s := "Çağrı said “6,000” — at 10:53."
	for _, tk := range claims.Tokenize(s, 100) {
		if got := s[tk.Start-100 : tk.End-100]; got != tk.Text {
			t.Errorf("span [%d,%d) = %q, token text %q", tk.Start, tk.End, got, tk.Text)
		}
	}
}

func parse(t testing.TB, text string) *sources.Article {
	t.Helper()
	a, err := sources.Parse("a.txt", []byte(text), sources.Options{})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return a
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations", "Talks began on Dec. 4 with Mr. Olund present. They ended late.",
			[]string{"Talks began on Dec. 4 with Mr. Olund present.", "They ended late."}},
		{"initials", "The letter was signed by J. R. Pell of the board. It was read aloud.",
			[]string{"The letter was signed by J. R. Pell of the board.", "It was read aloud."}},
		{"quote closing after the period", `He said: "It is over." Then he left.`,
			[]string{`He said: "It is over."`, "Then he left."}},
		{"question and exclamation", "Was it safe? Nobody knew! The crews waited.",
			[]string{"Was it safe?", "Nobody knew!", "The crews waited."}},
		{"a number starts a sentence", "The road closed. 12 cars were stuck.",
			[]string{"The road closed.", "12 cars were stuck."}},
		{"decimal is no boundary", "It rose 1.5 metres in an hour.", []string{"It rose 1.5 metres in an hour."}},
		{"decimal in a hyphenated word", "A magnitude-5.2 tremor shook the town. Nobody was hurt.",
			[]string{"A magnitude-5.2 tremor shook the town.", "Nobody was hurt."}},
		{"headline never glued", "Floods close the valley road\n\nThe road closed on Monday.",
			[]string{"Floods close the valley road", "The road closed on Monday."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSplit(t, tt.in, tt.want)
		})
	}
}

func checkSplit(t *testing.T, in string, want []string) {
	t.Helper()
	a := parse(t, in)
	var got []string
	for _, s := range claims.Split(a) {
		got = append(got, s.Text)
		if a.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence span %d-%d does not give its text %q", s.Start, s.End, s.Text)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Split:\n got %q\nwant %q", got, want)
	}
}

// An opening quote after a full stop belongs to the next sentence.
func TestSplitOpeningQuote(t *testing.T) {
	checkSplit(t, `The mayor closed the port. "Nobody sails," she said.`,
		[]string{"The mayor closed the port.", `"Nobody sails," she said.`})
	checkSplit(t, `She said: "It is over." Then she left.`,
		[]string{`She said: "It is over."`, "Then she left."})
}
