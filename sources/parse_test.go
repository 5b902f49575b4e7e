package sources

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// parse reads one input and fails the test on error.
func parse(t *testing.T, path, data string) *Article {
	t.Helper()
	a, err := Parse(path, []byte(data), Options{})
	if err != nil {
		t.Fatalf("Parse(%s): %v", path, err)
	}
	checkInvariants(t, a)
	return a
}

// checkInvariants checks the shape promised by Article.Text and Blocks.
func checkInvariants(t *testing.T, a *Article) {
	t.Helper()
	if strings.Contains(a.Text, "\n\n\n") || strings.HasPrefix(a.Text, "\n") || strings.HasSuffix(a.Text, "\n") {
		t.Errorf("%s: Text has stray line breaks: %q", a.Path, a.Text)
	}
	prev := -2
	for _, b := range a.Blocks {
		blk := a.Text[b.Start:b.End]
		if blk == "" || strings.Contains(blk, "\n") || strings.TrimSpace(blk) != blk {
			t.Errorf("%s: bad block %q", a.Path, blk)
		}
		if b.Start != prev+2 {
			t.Errorf("%s: block at %d does not follow the last one (end %d) after \"\\n\\n\"", a.Path, b.Start, prev)
		}
		prev = b.End
	}
	if prev != len(a.Text) {
		t.Errorf("%s: blocks end at %d, Text at %d", a.Path, prev, len(a.Text))
	}
}

// texts lists the blocks of a with their kinds.
func texts(a *Article) []string {
	var out []string
	for _, b := range a.Blocks {
		out = append(out, b.Kind.String()+": "+a.Text[b.Start:b.End])
	}
	return out
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		name, path, in string
		want           []string // blocks, in order
		title, author  string
	}{
		{"txt headline and paragraphs", "a.txt", "Bridge closes after crack found\n\nThe bridge shut on Friday.\n\nEngineers will inspect it.\n",
			[]string{"headline: Bridge closes after crack found", "paragraph: The bridge shut on Friday.", "paragraph: Engineers will inspect it."}, "Bridge closes after crack found", ""},
		{"txt first line sentence", "a.txt", "The bridge shut on Friday.\nEngineers will inspect it.\n",
			[]string{"paragraph: The bridge shut on Friday.", "paragraph: Engineers will inspect it."}, "", ""},
		{"txt lower-case continuation joins", "a.txt", "The bridge, which opened in 1961\nand carries 9,000 cars a day, shut.\n",
			[]string{"paragraph: The bridge, which opened in 1961 and carries 9,000 cars a day, shut."}, "", ""},
		{"txt hard-wrapped paragraph", "a.txt", strings.Repeat("The council met for six hours on Tuesday evening and then agreed\nThat the work should start in the spring of next year, said Ms Reed,\nwho chairs it. The vote was close and several members abstained.\n\n", 2),
			[]string{"paragraph: The council met for six hours on Tuesday evening and then agreed That the work should start in the spring of next year, said Ms Reed, who chairs it. The vote was close and several members abstained.",
				"paragraph: The council met for six hours on Tuesday evening and then agreed That the work should start in the spring of next year, said Ms Reed, who chairs it. The vote was close and several members abstained."}, "", ""},
		{"txt byline kept out", "a.txt", "Storm hits coast\nBy Lena Marsh\n\nWinds reached 120 km/h.\n",
			[]string{"headline: Storm hits coast", "paragraph: Winds reached 120 km/h."}, "Storm hits coast", "Lena Marsh"},
		{"txt bullets", "a.txt", "Storm hits coast\n\nWhat we know\n- Winds reached 120 km/h.\n- Two roads are closed.\n",
			[]string{"headline: Storm hits coast", "headline: What we know", "list item: Winds reached 120 km/h.", "list item: Two roads are closed."}, "Storm hits coast", ""},
		{"txt other story headline dropped", "a.txt", "The storm closed two roads.\n\nCouncil Approves New Budget For Harbour Works\n\nWinds reached 120 km/h.\n",
			[]string{"paragraph: The storm closed two roads.", "paragraph: Winds reached 120 km/h."}, "", ""},
		{"md markup stripped", "a.md", "# Dam opens\n\nThe **new** dam, built by [Acme](http://x.example) for `$2m`, opened.\n\n1. First item\n2. Second_item here\n",
			[]string{"headline: Dam opens", "paragraph: The new dam, built by Acme for $2m, opened.", "list item: First item", "list item: Second_item here"}, "", ""},
		{"md title not repeated", "a.md", "---\ntitle: Dam opens\n---\n# Dam opens\n\nIt opened.\n",
			[]string{"headline: Dam opens", "paragraph: It opened."}, "Dam opens", ""},
		{"md setext heading and quote", "a.md", "Dam opens\n=========\n\n> \"It works,\" she said.\n",
			[]string{"headline: Dam opens", "paragraph: \"It works,\" she said."}, "", ""},
		{"html paragraphs and entities", "a.html", "<html><body><article><h1>Dam&nbsp;opens</h1><p>It cost &pound;2m &amp; took &#8220;two years&#8221;.</p></article></body></html>",
			[]string{"headline: Dam opens", "paragraph: It cost £2m & took “two years”."}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := parse(t, tc.path, tc.in)
			got := texts(a)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("blocks:\n got %q\nwant %q", got, tc.want)
			}
			if a.Title != tc.title && tc.path != "a.html" {
				t.Errorf("Title = %q, want %q", a.Title, tc.title)
			}
			if a.Author != tc.author {
				t.Errorf("Author = %q, want %q", a.Author, tc.author)
			}
		})
	}
}

func TestFurnitureRemoved(t *testing.T) {
	tests := []struct{ name, path, in, gone, kept string }{
		{"copyright credit", "a.txt", "The mayor spoke.\n© City Press/ Jo Hale\n", "Jo Hale", "The mayor spoke."},
		{"photograph credit in caption", "a.txt", "The mayor at the podium on Monday. Photograph: Jo Hale/Getty Images\n\nShe spoke for an hour.\n", "Getty", "The mayor at the podium on Monday."},
		{"AP photo credit", "a.txt", "The mayor spoke. (AP Photo/Jo Hale)\n", "AP Photo", "The mayor spoke."},
		{"read more line", "a.txt", "The mayor spoke.\n\nRead more: Council Votes On Budget\n\nShe left.\n", "Council Votes", "She left."},
		{"also read", "a.txt", "The mayor spoke.\n\nALSO READ: Budget row deepens\n\nShe left.\n", "Budget row", "She left."},
		{"related label and headline", "a.txt", "The mayor spoke.\n\nRelated\n\nBudget Row Deepens As Council Splits\n", "Budget Row", "The mayor spoke."},
		{"bio after read more", "a.txt", "The mayor spoke.\n\nRead more:\n\nJo Hale is the founder and editor of City Notes. She writes about towns.\n", "founder", "The mayor spoke."},
		{"trailing bio", "a.txt", "The mayor spoke.\n\nJo Hale is a senior correspondent for City Press.\n", "correspondent", "The mayor spoke."},
		{"section label", "a.txt", "The mayor spoke.\nPolitics\nShe left.\n", "Politics", "She left."},
		{"share and tags", "a.txt", "The mayor spoke.\n\nShare this article\n\nTags: council, budget\n", "Tags", "The mayor spoke."},
		{"cookie banner", "a.txt", "We use cookies to give you the best experience on our site.\n\nThe mayor spoke.\n", "cookies", "The mayor spoke."},
		{"weather widget", "a.txt", "Lisbon 24°C\n\nThe mayor spoke.\n", "24°C", "The mayor spoke."},
		{"comments closed", "a.txt", "The mayor spoke.\n\nComments are closed.\n", "Comments", "The mayor spoke."},
		{"newsletter", "a.md", "The mayor spoke.\n\nSign up for our daily newsletter\n", "newsletter", "The mayor spoke."},
		{"html hinted boxes", "a.html", `<body><div class="cookie-bar">We use cookies.</div><article><p>The mayor spoke at length.</p><div class="tags">Tags: x</div><p class="also-read"><a href="/x">Budget row deepens</a></p></article><aside class="author">Jo Hale covers towns.</aside><section class="trending">Top ten beaches</section></body>`, "Budget", "The mayor spoke at length."},
		{"html byline", "a.html", `<body><article><h1>Dam opens</h1><p class="byline">By Jo Hale</p><p>The dam opened on Monday after two years.</p></article></body>`, "Jo Hale", "The dam opened"},
		{"html nav and footer", "a.html", `<body><nav>Home News Sport</nav><article><p>The dam opened on Monday after two years.</p></article><footer>About us</footer></body>`, "About", "The dam opened"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := parse(t, tc.path, tc.in)
			if strings.Contains(a.Text, tc.gone) {
				t.Errorf("Text keeps %q:\n%s", tc.gone, a.Text)
			}
			if !strings.Contains(a.Text, tc.kept) {
				t.Errorf("Text lost %q:\n%s", tc.kept, a.Text)
			}
		})
	}
}

func TestCaptions(t *testing.T) {
	a := parse(t, "a.txt", "The mayor spoke.\n\nThe mayor at the podium in the town hall\n© City Press/ Jo Hale\nShe left at noon.\n")
	want := []string{"paragraph: The mayor spoke.", "caption: The mayor at the podium in the town hall", "paragraph: She left at noon."}
	if got := texts(a); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	h := parse(t, "a.html", `<article><figure><img src="x.jpg"><figcaption>Crowds at the gate. Photo: Jo Hale</figcaption></figure><p>The gate opened at nine in the morning.</p></article>`)
	if got := texts(h); len(got) == 0 || got[0] != "caption: Crowds at the gate." {
		t.Errorf("html caption: got %q", got)
	}
}

func TestDatelines(t *testing.T) {
	tests := []struct{ in, place, first string }{
		{"OSLO (NTB) — The talks ended.", "OSLO (NTB)", "The talks ended."},
		{"LYON - The talks ended.", "LYON", "The talks ended."},
		{"BAN SAENG, Nakhon Phanom – The talks ended.", "BAN SAENG, Nakhon Phanom", "The talks ended."},
		{"Lyon, France (Reuters) - The talks ended.", "Lyon, France (Reuters)", "The talks ended."},
		{"NATO leaders met. The talks ended.", "", "NATO leaders met. The talks ended."},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			a := parse(t, "a.txt", tc.in+"\n")
			if a.Dateline != tc.place || a.Text != tc.first {
				t.Errorf("got dateline %q text %q, want %q %q", a.Dateline, a.Text, tc.place, tc.first)
			}
			if tc.place != "" {
				if p := a.Position(0); p.Column != len([]rune(tc.in))-len([]rune(tc.first))+1 {
					t.Errorf("Position(0) = %v", p)
				}
			}
		})
	}
}

func TestPublished(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name, path, in string
		flag           string
		want           time.Time
		from           string
	}{
		{"flag wins", "a.md", "---\npublished: 2020-01-02\n---\nText here.\n", "2021-03-04", day(2021, 3, 4), "flag"},
		{"flag by file name", "dir/a.md", "Text here.\n", "2021-03-04", day(2021, 3, 4), "flag"},
		{"front matter", "a.md", "---\npublished: 2020-01-02\n---\nText here.\n", "", day(2020, 1, 2), "front matter"},
		{"front matter date key", "a.md", "---\ndate: \"5 March 2019\"\n---\nText here.\n", "", day(2019, 3, 5), "front matter"},
		{"front matter beats date line", "a.md", "---\ndate: 2019-03-05\n---\nPublished: 7 March 2019\n\nText here.\n", "", day(2019, 3, 5), "front matter"},
		{"date line iso", "a.txt", " date 2017-02-12 Register\nText here.\n", "", day(2017, 2, 12), "date line"},
		{"date line words", "a.txt", "Published: 12 February 2017\n\nText here.\n", "", day(2017, 2, 12), "date line"},
		{"date line us", "a.txt", "Posted on March 3, 2018\n\nText here.\n", "", day(2018, 3, 3), "date line"},
		{"dateline date", "a.txt", "CHRISTCHURCH, 17 April 2019 — Text here.\n", "", day(2019, 4, 17), "dateline"},
		{"date line and time", "a.txt", "Ferry strikes pier\n\nJuly 2, 2013 07:44\n\nText here.\n", "", day(2013, 7, 2), "date line"},
		{"date line, weekday, time and zone", "a.txt", "Ferry strikes pier\n\nTue, 02 Jul 2013 12:28 CDT\n\nText here.\n", "", day(2013, 7, 2), "date line"},
		{"date line iso with time", "a.txt", "Ferry strikes pier\n\n2013-07-02T12:28:00Z\n\nText here.\n", "", time.Date(2013, 7, 2, 12, 28, 0, 0, time.UTC), "date line"},
		{"date line, time and us zone", "a.txt", "Ferry strikes pier\n\nSeptember 17, 2013 4:16 PM ET\n\nText here.\n", "", day(2013, 9, 17), "date line"},
		{"date line with a bar and time", "a.txt", "Ferry strikes pier\n\nSunday, March 17, 2013 | 5:00 PM\n\nText here.\n", "", day(2013, 3, 17), "date line"},
		{"date and a count is not a date line", "a.txt", "Ferry strikes pier\n\nJuly 2, 2013 12 people hurt\n\nText here.\n", "", time.Time{}, ""},
		{"html published_time", "a.html", `<head><meta property="article:published_time" content="2016-12-20"></head><body><p>Text here and more text.</p></body>`, "", day(2016, 12, 20), "html meta"},
		{"html pubdate", "a.html", `<head><meta name="pubdate" content="2016-12-21"></head><body><p>Text here and more text.</p></body>`, "", day(2016, 12, 21), "html meta"},
		{"html time", "a.html", `<body><article><p>Text here <time datetime="2016-12-22">Thursday</time> and more text.</p></article></body>`, "", day(2016, 12, 22), "html meta"},
		{"html json-ld", "a.html", `<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-12-23"}</script></head><body><p>Text here and more text.</p></body>`, "", day(2016, 12, 23), "html meta"},
		{"nothing", "a.txt", "Text here on Monday, 19 December.\n", "", time.Time{}, ""},
		{"date in body is not a date line", "a.txt", "On 19 December 2016, the talks ended after a long day.\n", "", time.Time{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{}
			if tc.flag != "" {
				opts.Published = map[string]string{strings.TrimPrefix(tc.path, "dir/"): tc.flag}
			}
			a, err := Parse(tc.path, []byte(tc.in), opts)
			if err != nil {
				t.Fatal(err)
			}
			if !a.Published.Equal(tc.want) || a.PublishedFrom != tc.from {
				t.Errorf("Published = %v (%q), want %v (%q)", a.Published, a.PublishedFrom, tc.want, tc.from)
			}
			if strings.Contains(a.Text, "Published") || strings.Contains(a.Text, "Register") {
				t.Errorf("date line left in Text: %q", a.Text)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	good := map[string]string{
		"2017-02-12": "2017-02-12T00:00:00Z", "12 February 2017": "2017-02-12T00:00:00Z",
		"Feb. 12, 2017": "2017-02-12T00:00:00Z", "Sunday, 12 Feb 2017": "2017-02-12T00:00:00Z",
		"2019-06-14T07:05:00+02:00": "2019-06-14T07:05:00+02:00", "2017/02/12": "2017-02-12T00:00:00Z",
	}
	for in, want := range good {
		if d, ok := ParseDate(in); !ok || d.Format(time.RFC3339) != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, d, ok, want)
		}
	}
	for _, in := range []string{"", "yesterday", "2017-02-30", "31 June 2017", "12 February", "2017-02-12 and more words"} {
		if d, ok := ParseDate(in); ok {
			t.Errorf("ParseDate(%q) = %v, want no date", in, d)
		}
	}
}

func TestHygiene(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "Caf\u00e9 opens.\r\n" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	utf16be := []byte{0xFE, 0xFF}
	for _, r := range "Caf\u00e9 opens.\n" {
		utf16be = append(utf16be, byte(r>>8), byte(r))
	}
	tests := []struct {
		name string
		in   []byte
		want string
		warn string
	}{
		{"bom", []byte("\xEF\xBB\xBFCaf\u00e9 opens."), "Café opens.", ""},
		{"utf16 le", utf16le, "Café opens.", ""},
		{"utf16 be", utf16be, "Café opens.", ""},
		{"windows-1252", []byte("Caf\xe9 opens \x93today\x94."), "Café opens “today”.", "not UTF-8 at byte 3 (read as Windows-1252)"},
		{"spaces folded", []byte("Caf\u00e9\u00a0opens\u2009at\u202fnine\u3000today."), "Café opens at nine today.", ""},
		{"soft hyphen and zero width", []byte("Ca\u00adf\u00e9 op\u200bens\u2060."), "Café opens.", ""},
		{"crlf", []byte("Caf\u00e9 opens.\r\n\r\nIt is new.\r\n"), "Café opens.\n\nIt is new.", ""},
		{"curly quotes kept", []byte("\u2018Yes,\u2019 she said. \u201cNo.\u201d"), "‘Yes,’ she said. “No.”", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("a.txt", tc.in, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tc.want {
				t.Errorf("Text = %q, want %q", a.Text, tc.want)
			}
			if w := strings.Join(a.Warnings, "; "); w != tc.warn {
				t.Errorf("Warnings = %q, want %q", w, tc.warn)
			}
		})
	}
}

func TestPosition(t *testing.T) {
	src := "Bridge closes\r\n\r\n  The old\u00a0bridge — built in 1961 — shut on Friday.\n"
	a := parse(t, "p.txt", src)
	tests := []struct {
		sub  string
		line int
		col  int
	}{
		{"Bridge", 1, 1}, {"closes", 1, 8}, {"The old", 3, 3}, {"bridge", 3, 11}, {"built", 3, 20}, {"Friday", 3, 44},
	}
	for _, tc := range tests {
		off := strings.Index(a.Text, tc.sub)
		if off < 0 {
			t.Fatalf("%q not in %q", tc.sub, a.Text)
		}
		if p := a.Position(off); p.Line != tc.line || p.Column != tc.col || p.File != "p.txt" {
			t.Errorf("Position(%q) = %v, want p.txt:%d:%d", tc.sub, p, tc.line, tc.col)
		}
	}
	h := parse(t, "p.html", "<html>\n<body>\n<p>Caf&eacute; &amp; bar\n  opens <b>today</b>.</p>\n</body></html>")
	for sub, want := range map[string]string{"Caf": "p.html:3:4", "é": "p.html:3:7", "bar": "p.html:3:22", "opens": "p.html:4:3", "today": "p.html:4:12"} {
		if p := h.Position(strings.Index(h.Text, sub)); p.String() != want {
			t.Errorf("html Position(%q) = %v, want %s", sub, p, want)
		}
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name, path string
		in         []byte
		opts       Options
		is         error
		msg        string
	}{
		{"binary", "notes/a.html", []byte("<html>\x00\x01\x02"), Options{}, ErrNotArticle, "notes/a.html: not an article: binary data at byte 6"},
		{"empty", "a.txt", nil, Options{}, ErrEmpty, "a.txt: empty file: no article text"},
		{"blank", "a.txt", []byte(" \n\t\n"), Options{}, ErrEmpty, "a.txt: empty file: no article text"},
		{"only furniture", "a.txt", []byte("Share this article\n\n© Press/ Jo Hale\n"), Options{}, ErrEmpty, "a.txt: no article text"},
		{"too large", "a.txt", []byte("Some text here."), Options{MaxBytes: 4}, ErrTooLarge, "a.txt: too large: 15 bytes (the cap is 4)"},
		{"front matter yaml", "a.md", []byte("---\ntitle: [unclosed\n---\nText.\n"), Options{}, ErrFrontMatter, "a.md: malformed front matter: yaml: line 2: did not find expected ',' or ']'"},
		{"front matter not closed", "a.md", []byte("---\ntitle: x\nText.\n"), Options{}, ErrFrontMatter, `a.md: malformed front matter: no closing "---" line`},
		{"front matter not a mapping", "a.md", []byte("---\n- a\n- b\n---\nText.\n"), Options{}, ErrFrontMatter, "a.md: malformed front matter: line 2: not a mapping of keys to values"},
		{"broken html", "a.html", []byte("<html><body><div class=\"nav\"><p>Home"), Options{}, ErrEmpty, "a.html: no article text"},
		{"utf16 binary", "a.txt", []byte{0xFF, 0xFE, 'a', 0, 0, 0}, Options{}, ErrNotArticle, "a.txt: not an article: binary data at byte 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(tc.path, tc.in, tc.opts)
			if err == nil {
				t.Fatalf("Parse = %q, want an error", a.Text)
			}
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path != tc.path || !errors.Is(err, tc.is) {
				t.Errorf("error %v (%T) is not an InputError for %s wrapping %v", err, err, tc.path, tc.is)
			}
			if err.Error() != tc.msg || strings.Contains(err.Error(), "\n") {
				t.Errorf("message %q, want %q", err.Error(), tc.msg)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "The second story.\n")
	write("sub/a.md", "---\ntitle: First\n---\nThe first story.\n")
	write("sub/c.html", "<p>The third story is here.</p>")
	write(".hidden/x.txt", "Hidden story.\n")
	write(".y.txt", "Hidden file.\n")
	write("README.md", "Not an article.\n")
	write("gold.yaml", "not: read\n")
	write("notes.pdf", "%PDF")
	write("bad.txt", "\x00\x00")
	empty := filepath.Join(dir, "emptydir")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	arts, errs := Load([]string{missing, "-", dir, empty}, Options{Stdin: strings.NewReader("From standard input.\n")})
	var paths []string
	for _, a := range arts {
		paths = append(paths, strings.TrimPrefix(a.Path, dir))
	}
	want := []string{"-", "/b.txt", "/sub/a.md", "/sub/c.html"}
	if strings.Join(paths, " ") != strings.Join(want, " ") {
		t.Errorf("paths %q, want %q", paths, want)
	}
	wantErrs := []string{missing + ": no such file or directory", filepath.Join(dir, "bad.txt") + ": not an article: binary data at byte 0", empty + ": " + ErrNoArticles.Error()}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %v, want %q", errs, wantErrs)
	}
	for i, e := range errs {
		if e.Error() != wantErrs[i] {
			t.Errorf("error %d = %q, want %q", i, e, wantErrs[i])
		}
	}
}

func TestLoadSizeCap(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(p, []byte(strings.Repeat("Words here. ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs := Load([]string{p}, Options{MaxBytes: 100})
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("errors %v, want one ErrTooLarge", errs)
	}
	_, errs = Load([]string{"-"}, Options{MaxBytes: 100, Stdin: strings.NewReader(strings.Repeat("x", 200))})
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("stdin errors %v, want one ErrTooLarge", errs)
	}
}
