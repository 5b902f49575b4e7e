package sources

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The quick tests run before the patterns (and the hand-written scans
// that stand for strings.Fields and strings.ToLower) must give the same
// answers as the slow ways on every line, tricky or not.

// trickyLines are lines on the edges of the quick tests: other cases,
// runes beyond ASCII that fold or lower into ASCII, invalid UTF-8.
var trickyLines = []string{
	"", " ", "a", "\t\n", "\xff", "\xc4", "\xe2\x84", "\u00a0x\u00a0", "x\u2003y \u0085z",
	"Photo: Jo Hale", "PHOTO BY JO", "photograph: x", "Photos:", "pİcture: x", "Pİcture by x",
	"© City Press/ Jo Hale", "(c) Jo", "(C) 2019", "Copyright 2019", "copyrİght", "credit: x",
	"(AP Photo/Jo Hale)", "AFP photo", "file photo", "Jo Hale/Getty Images", "GETTY IMAGES",
	"Shutterstock", "SHUTTERSTOC\u212a", "\u017fhutterstock", "ſhutterſtock", "Alamy", "REUTERS/Jo",
	"reuters /", "AP PHOTO/", "EPA-EFE", "epa-efE", "The mayor at the podium. Photograph: Jo Hale/Getty Images",
	"Crowds at the gate. Photo: Jo Hale", "The mayor spoke. (AP Photo/Jo Hale)", "x (photo: y)", "x (c) y",
	"Read more: x", "READ ALSO", "Related", "Related stories »", "related\u00a0links", "See also:",
	"More from Europe:", "Most read", "Trending now", "Editor's picks", "Don't miss", "What to read next",
	"ſee also", "Share this article", "share", "SHARES:", "Follow us", "Click here", "Sign up", "ſubscribe",
	"Tags: x", "Topics:", "Filed under:", "Keywords :", "\u212aeywords:", "Categories:",
	"Advertisement", "ADVERT", "Sponsored content", "Ad", "Promoted", "Paid content", "Scroll to continue",
	"Continue reading below", "Story continues below", "ſponſored", "By Jane Roe", "BY JANE ROE", "Written by Jo Hale",
	"reporting by Jo Hale and Al Bin", "Jo Hale is a senior correspondent for City Press.", "Jo Hale covers towns.",
	"She has reported from Paris since 2001.", "ſhe has covered x for years", "10:30", "9.30 a.m.", "10:30 GMT",
	"1. First", "12) Twelfth", "123. No", "- item", "* item", "• item", "– item", "· item", "▪ item", "► item",
	"date 2017-02-12", "Dated: 12 Feb 2017", "Published on 2017-02-12", "First published on 12 February 2017",
	"Posted: Feb. 12, 2017", "Publication date 2017/02/12", "Pub date 12.02.2017", "Issued 2017", "İssued 2017",
	"Updated: 12 Feb 2017", "Last updated 2017-02-12", "Last modified on 2017-02-12", "Modified at 10:00",
	"Monday, 12 February 2017", "TUE 2017-02-12", "Wednesday 12th of February 2017", "sat. 2017-02-12",
	"OSLO (Agency) — Body text.", "LYON - x", "BAN SAENG, Nakhon Phanom – x", "CHRISTCHURCH, 17 April 2019 — x",
	"Christchurch, New Zealand (Reuters) - x", "A man -- x", "A. B. — x", "ÉCOLE — x", "E\u0301COLE - x",
	"O'HARE — x", "O’HARE — x", "U/N — x", "Lisbon 24°C", "12 comments", "We use cookies", "COOKİES", "Comment", "Sign up for our newsletter",
	"SİGN UP", "Subscribe to", "in your İnbox", "All rights reserved", "Terms and conditions", "Privacy policy", "PRİVACY", "Comments are closed", "In 1998, x.",
	"# Heading", "   ### Heading", "```go", "~~~", "---", "* * *", "===", "1) item", "> quote", ">quote", "[ref]: http://x",
	"![alt](src)", "A Man And İnto The Night", "Wİth İS Vİa", "INTO OVER", "İNTOO", "\xffof", "<div class=x>", "</span>", "&amp;", "&#8220;", "&#x201C;",
}

// testLines are the tricky lines, the lines of the test articles and, when
// present, those of the ECB+ texts.
func testLines(t *testing.T) []string {
	lines := append([]string(nil), trickyLines...)
	files, _ := filepath.Glob("testdata/articles/*")
	more, _ := filepath.Glob(filepath.Join(ecbplusTexts, "*", "*.txt"))
	if testing.Short() {
		more = nil
	}
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.Lines(string(data)) {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	return lines
}

// anchoredPatterns are the patterns with a quick test of the first rune.
var anchoredPatterns = map[string]*anchoredRe{
	"creditLine": creditLineRe, "readMore": readMoreRe, "share": shareRe, "tags": tagsRe, "ad": adRe,
	"byline": bylineRe, "bio": bioRe, "bioVerb": bioVerbRe, "bioTail": bioTailRe, "timeStamp": timeStampRe,
	"numbered": numberedRe, "bullet": bulletRe, "dateLine": dateLineRe, "updated": updatedRe,
	"weekday": weekdayRe, "dateline": datelineRe, "agencyDateline": agencyDatelineRe,
	"mdHeading": mdHeadingRe, "mdFence": mdFenceRe, "mdRule": mdRuleRe, "mdSetext": mdSetextRe,
	"mdList": mdListRe, "mdQuote": mdQuoteRe, "mdRefDef": mdRefDefRe, "mdImage": mdImageRe,
	"mdTag": mdTagRe, "mdEntity": mdEntityRe,
}

// checkQuick compares the quick ways with the slow ones on line s.
func checkQuick(t *testing.T, s string) {
	t.Helper()
	if got, want := wordCount(s), len(strings.Fields(s)); got != want {
		t.Errorf("wordCount(%q) = %d, strings.Fields finds %d", s, got, want)
	}
	for _, limit := range []int{0, 1, 4, 13} {
		if got, want := wordsUpTo(s, limit), min(len(strings.Fields(s)), limit); got != want {
			t.Errorf("wordsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
		}
	}
	low := strings.ToLower(s)
	if got, want := creditWords.in(s), containsAny(low, "photo", "picture", "image", "credit", "(c)", "getty", "shutterstock", "alamy", "copyright"); got != want {
		t.Errorf("creditWords.in(%q) = %v, want %v", s, got, want)
	}
	for w := range strings.FieldsSeq(s) {
		if got, want := isSmallWord(w), smallWords[strings.ToLower(w)]; got != want {
			t.Errorf("isSmallWord(%q) = %v, want %v", w, got, want)
		}
	}
	for name, re := range anchoredPatterns {
		if re.Regexp.MatchString(s) && !re.mayMatch(s) {
			t.Errorf("%s: the quick test refuses %q, which the pattern matches", name, s)
		}
	}
	found := furnitureWords.found(s)
	for k, w := range furnitureWords.words {
		if got, want := found&(1<<k) != 0, strings.Contains(low, w); got != want {
			t.Errorf("furnitureWords.found(%q) has %q: %v, want %v", s, w, got, want)
		}
	}
	if agencyRe.MatchString(s) && !agencyWords.in(s) {
		t.Errorf("agencyWords refuses %q, which agencyRe matches", s)
	}
	if got, want := findCreditTail(s), creditTailRe.FindStringIndex(s); !equalInts(got, want) {
		t.Errorf("findCreditTail(%q) = %v, creditTailRe finds %v", s, got, want)
	}
	if agencyDatelineRe.MatchString(s) && !strings.Contains(s, "(") {
		t.Errorf("agencyDatelineRe matches %q, which has no bracket", s)
	}
	if datelineRe.MatchString(s) && !mayOpenDateline(s) {
		t.Errorf("mayOpenDateline refuses %q, which datelineRe matches", s)
	}
	for _, re := range []*regexp.Regexp{isoDateRe, slashRe, dmyRe, mdyRe} {
		if re.MatchString(s) && !hasYear(s) {
			t.Errorf("hasYear refuses %q, which %v matches", s, re)
		}
	}
}

// containsAny reports whether s contains one of the words.
func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// equalInts reports whether two match indexes are the same (nil or not).
func equalInts(a, b []int) bool { return (a == nil) == (b == nil) && slices.Equal(a, b) }

func TestQuickTestsAgree(t *testing.T) {
	for _, s := range trickyLines {
		checkQuick(t, s)
		// and with the case changed, and behind a space
		checkQuick(t, strings.ToUpper(s))
		checkQuick(t, " "+s)
	}
	for _, s := range testLines(t)[len(trickyLines):] {
		checkQuick(t, s)
	}
}

func FuzzQuickTests(f *testing.F) {
	for _, s := range trickyLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkQuick(t, s) })
}

// TestASCIIOf checks that asciiOf knows every rune beyond ASCII that
// unicode.ToLower or simple case folding turns into ASCII.
func TestASCIIOf(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf {
			if b, ok := asciiOf(r, false); !ok || rune(b) != l {
				t.Errorf("asciiOf(%U, false) = %q, %v; unicode.ToLower gives %q", r, b, ok, l)
			}
		} else if _, ok := asciiOf(r, false); ok {
			t.Errorf("asciiOf(%U, false) is ASCII; unicode.ToLower gives %q", r, l)
		}
		var folded byte
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf {
				folded = byte(unicode.ToLower(f))
			}
		}
		if b, ok := asciiOf(r, true); b != folded || ok != (folded != 0) {
			t.Errorf("asciiOf(%U, true) = %q, %v; simple folding gives %q", r, b, ok, folded)
		}
	}
}

// TestFoldSet checks a set made with newFoldSet against the (?i) pattern
// of its words.
func TestFoldSet(t *testing.T) {
	words := []string{"getty", "shutterstock", "alamy", "reuters/", "ap photo/", "epa-efe", "kite", "it's"}
	set := newFoldSet(words...)
	var quoted []string
	for _, w := range words {
		quoted = append(quoted, regexp.QuoteMeta(w))
	}
	re := regexp.MustCompile(`(?i)(` + strings.Join(quoted, "|") + `)`)
	for _, s := range append(testLines(t), "\u212aite", "\u212aITE", "KİTE", "ıt's", "ſhutterſtock", "IT'S") {
		if got, want := set.in(s), re.MatchString(s); got != want {
			t.Errorf("in(%q) = %v, the pattern says %v", s, got, want)
		}
	}
}
