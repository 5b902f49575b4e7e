package syntax

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// segmentation writes words as tokens separated by spaces, with the
// words of a multiword token joined by "+": "Lee+'s dog".
func segmentation(words []Word) string {
	var b strings.Builder
	for i, w := range words {
		switch {
		case w.Joined:
			b.WriteByte('+')
		case i > 0:
			b.WriteByte(' ')
		}
		b.WriteString(w.Form)
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"possessive", "Mira's dog barked.", "Mira+'s dog barked ."},
		{"negation", "It didn't, and won't, and can't; it cannot.", "It did+n't , and wo+n't , and ca+n't ; it can+not ."},
		{"pronoun clitics", "I'm sure they're in; we've seen it, you'll see, she'd know.",
			"I+'m sure they+'re in ; we+'ve seen it , you+'ll see , she+'d know ."},
		{"two clitics", "You shouldn't've waited.", "You should+n't+'ve waited ."},
		{"upper case", "TOM'S CAR ISN'T HERE", "TOM+'S CAR IS+N'T HERE"},
		{"curly apostrophes", "Ola’s cat isn’t home.", "Ola+’s cat is+n’t home ."},
		{"informal contractions", "We're gonna win, wanna bet? Gotta go.", "We+'re gon+na win , wan+na bet ? Got+ta go ."},
		{"without apostrophes", "i dont know, im late and cant stay", "i do+nt know , i+m late and ca+nt stay"},
		{"its as it is", "its a draw but its score stands", "it+s a draw but its score stands"},
		{"your as you are", "your in luck, your car is here", "you+r in luck , your car is here"},
		{"clitic run into an article", "I'ma try, it wasn'ta joke", "I+'m a try , it was+n't a joke"},
		{"plural possessive", "the parents' meeting", "the parents+' meeting"},
		{"single quotes", "a 'simple' fix and the 'odd lots' plan", "a ' simple ' fix and the ' odd lots ' plan"},
		{"apostrophe inside a word", "Shi'ite o'clock O'Dowd", "Shi'ite o'clock O'Dowd"},
		{"apostrophe words", "tell 'em 'til the '90s, in '07", "tell 'em 'til the '90s , in '07"},
		{"numbers before clitics", "the 1970's and AK47's", "the 1970's and AK47's"},
		{"hyphens between words", "a well-informed source in Al-Rami", "a well - informed source in Al - Rami"},
		{"hyphens after prefixes", "a non-profit e-mail, re-elected anti-fraud co-chair",
			"a non-profit e-mail , re-elected anti-fraud co-chair"},
		{"one-letter prefix before a capital", "columns E-J", "columns E - J"},
		{"hyphenated number", "a 26-year-old", "a 26 - year - old"},
		{"ranges", "from 1998-2004, pages 20-22", "from 1998 - 2004 , pages 20 - 22"},
		{"phone numbers", "call 555-0134 or 713-555-0100 or +44 20 7946 0000", "call 555-0134 or 713-555-0100 or +44 20 7946 0000"},
		{"titles", "Dr. Olund met Mr. Vance and Gen. Hale", "Dr. Olund met Mr. Vance and Gen. Hale"},
		{"dotted abbreviations", "in the U.S. at 10 a.m. today, i.e. now", "in the U.S. at 10 a.m. today , i.e. now"},
		{"stop at the end", "She flew to the U.S.", "She flew to the U.S ."},
		{"listed abbreviation at the end", "Pens, pads, etc.", "Pens , pads , etc ."},
		{"stop at the end before a bracket", "(They met in Kettleby, Ont.)", "( They met in Kettleby , Ont . )"},
		{"initials", "J. R. Vance wrote", "J. R. Vance wrote"},
		{"number sign", "No. 5 is gone, I said no.", "No. 5 is gone , I said no ."},
		{"abbreviation run into a word", "Dr.Vance and S.Korea on Nov.28", "Dr. Vance and S. Korea on Nov. 28"},
		{"amounts", "6,000 people paid $5.50, or 1.5% more.", "6,000 people paid $ 5.50 , or 1.5 % more ."},
		{"decimal comma", "7,5 euros", "7,5 euros"},
		{"small numbers", "just .5 of it", "just .5 of it"},
		{"times", "at 10:30, 7pm or 7:30PM", "at 10:30 , 7 pm or 7:30 PM"},
		{"units", "a 35mm lens, 65k miles", "a 35 mm lens , 65 k miles"},
		{"ordinals and decades", "the 21st time in the 1980s, 4G", "the 21st time in the 1980s , 4G"},
		{"dates", "on 9/11 and 16/11/2004", "on 9/11 and 16/11/2004"},
		{"fractions", "3/4 of 19/20", "3 / 4 of 19 / 20"},
		{"slashes", "and/or w/o", "and / or w/o"},
		{"ampersand", "AT&T and Q&A, Smith&Wesson", "AT&T and Q&A , Smith & Wesson"},
		{"url", "See http://example.com/a?b=1, or www.example.org.", "See http://example.com/a?b=1 , or www.example.org ."},
		{"url in brackets", "(see https://example.com/wiki/Tarn_(lake))", "( see https://example.com/wiki/Tarn_(lake) )"},
		{"e-mail", "Write to ann.lee@example.com (or <bo@example.net>).", "Write to ann.lee@example.com ( or < bo@example.net > ) ."},
		{"handles and hashtags", "ask @lee_k about #rivers", "ask @lee_k about #rivers"},
		{"file extension", "open report .doc now", "open report .doc now"},
		{"stop before a word", "help .thanks", "help . thanks"},
		{"stop before a non-ASCII letter", "so .ıx", "so . ıx"},
		{"lines and arrows", "----== News ==---- see -> here <== *~*~*", "----== News ==---- see -> here <== *~*~*"},
		{"emoticons", "Thanks :) see you;) :-(", "Thanks :) see you ;) :-("},
		{"ellipsis and dashes", "Wait... no -- yes!! Really?! ok.?", "Wait ... no -- yes !! Really ?! ok .?"},
		{"long ellipsis before a question mark", "so...?", "so ... ?"},
		{"quotes", "He said “no” and «non» and \"maybe\".", "He said “ no ” and « non » and \" maybe \" ."},
		{"doubled quotes", "``fine'' she said", "`` fine '' she said"},
		{"brackets", "[sic] (twice) {x}", "[ sic ] ( twice ) { x }"},
		{"symbols", "A * B = 4 ** 2 ~ ok", "A * B = 4 ** 2 ~ ok"},
		{"currency", "€20 or £5 or $$$", "€ 20 or £ 5 or $$$"},
		{"unicode letters", "Yıldız's café—naïve", "Yıldız+'s café — naïve"},
		{"soft hyphen", "basic\u00adally", "basic\u00adally"},
		{"white space", "  two\tspaces\u00a0here\n", "two spaces here"},
		{"invalid UTF-8", "a\xffb", "a \xff b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := Tokenize(tt.text)
			if got := segmentation(words); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
			if err := checkSpans(tt.text, words); err != "" {
				t.Error(err)
			}
		})
	}
}

func TestAppendTokens(t *testing.T) {
	dst := Tokenize("First part.")
	n := len(dst)
	text := "Lee's second part."
	got := AppendTokens(dst, text)
	if len(got) < n || segmentation(got[:n]) != "First part ." {
		t.Fatalf("AppendTokens changed the words it was given: %s", segmentation(got))
	}
	if a, b := segmentation(got[n:]), segmentation(Tokenize(text)); a != b {
		t.Errorf("AppendTokens appended %s, Tokenize gives %s", a, b)
	}
}

// checkSpans returns what is wrong with the words of a text, or "": each
// word spans its Form, the words are in order, a Joined word continues
// the word before it without a gap, and all that no word covers is white
// space.
func checkSpans(text string, words []Word) string {
	prev := 0
	for i, w := range words {
		switch {
		case w.Start < prev || w.End <= w.Start || w.End > len(text):
			return fmt.Sprintf("word %d %q spans [%d,%d) after %d in %d bytes", i, w.Form, w.Start, w.End, prev, len(text))
		case text[w.Start:w.End] != w.Form:
			return fmt.Sprintf("word %d form %q, span %q", i, w.Form, text[w.Start:w.End])
		case w.Joined && (i == 0 || w.Start != prev):
			return fmt.Sprintf("word %d %q joined but not right after a word", i, w.Form)
		}
		if gap := text[prev:w.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" || !utf8.ValidString(gap) {
			return fmt.Sprintf("before word %d %q, %q is in no word", i, w.Form, gap)
		}
		prev = w.End
	}
	if gap := text[prev:]; strings.TrimFunc(gap, unicode.IsSpace) != "" || !utf8.ValidString(gap) {
		return fmt.Sprintf("the end %q is in no word", gap)
	}
	return ""
}

// TestTokenizeLinear tokenizes long runs of what once took quadratic
// time (a rescan per word): each must take well under a second.
func TestTokenizeLinear(t *testing.T) {
	for _, unit := range []string{"a..", "1-", "1/", ")", "a@", "a'", "-a"} {
		text := strings.Repeat(unit, 100000)
		if unit == ")" {
			text = "http://example.com/" + text
		}
		start := time.Now()
		words := Tokenize(text)
		if d := time.Since(start); d > time.Second {
			t.Errorf("%d bytes of %q took %v", len(text), unit, d)
		}
		if err := checkSpans(text, words); err != "" {
			t.Errorf("%q: %s", unit, err)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"Mira's dog didn't bark at the U.S. envoy's 10:30 a.m. call (555-0134).",
		"i dont know... its 7pm :) “ok” — he said 'fine' at http://example.com/x.",
		"ann.lee@example.com, $5.50, 6,000, 1998-2004, well-informed, non-stop",
		"a\xffb\xc3", "''``‘’", "I'ma go", "Dr.Vance", "+44", "@", "#", ".5.", "'07'",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if err := checkSpans(text, Tokenize(text)); err != "" {
			t.Fatalf("%q: %s", text, err)
		}
	})
}

// BenchmarkTokenize tokenizes the texts of the table test, or of the EWT
// training set where it is at hand; MB/s is the tokenizer's throughput.
func BenchmarkTokenize(b *testing.B) {
	texts := benchTexts(b)
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var words []Word
	for b.Loop() {
		for _, s := range texts {
			words = AppendTokens(words[:0], s)
		}
	}
}

// benchTexts are the sentence texts of the EWT training set, or a few
// sentences of this file's own when the treebank is not at hand.
func benchTexts(b *testing.B) []string {
	if f, err := os.Open("../../../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu"); err == nil {
		defer f.Close()
		sents, err := ReadCoNLLU(f)
		if err != nil {
			b.Fatal(err)
		}
		texts := make([]string, len(sents))
		for i, s := range sents {
			texts[i] = s.Text
		}
		return texts
	}
	b.Log("EWT is not at hand: timing a few sentences of the test's own")
	return []string{
		"Mira's dog didn't bark at the U.S. envoy's 10:30 a.m. call (555-0134).",
		"i dont know... its 7pm :) “ok” — he said 'fine' at http://example.com/x.",
		"Write to ann.lee@example.com, pay $5.50 for 6,000 well-informed, non-stop reports.",
	}
}

func TestTokenLexicon(t *testing.T) {
	lex, err := parseTokenLexicon(tokensYAML)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := has(lex.contractions, "Cannot"); !ok || !lex.prefixes["non"] || !lex.abbrevs["dr"] {
		t.Error("the embedded lists lack cannot, non- or Dr.")
	}
	for _, bad := range []string{
		"no_such_list: [a]",
		"abbreviations: [Dr]",
		"abbreviations: [dr, dr]",
		"units: [\"k m\"]",
		"contractions: [dont]",
		"contractions: [do nt, do nt]",
		"contractions_before: {its: [a]}",
		"contractions_before: {it s: [A]}",
		"emoticons: [xd]",
		"hyphen_prefixes: [averyveryverylongprefixindeed]",
	} {
		if _, err := parseTokenLexicon([]byte(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}
