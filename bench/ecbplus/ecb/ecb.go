// Package ecb reads the ECB+ corpus (texts, gold mentions, annotated
// sentences) for the measurement programs beside it, and maps extracted
// mentions back to byte offsets of the corpus files.
package ecb

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

// Mention is one gold mention.
type Mention struct {
	Doc   string `json:"doc_id"`
	Tag   string `json:"tag"`
	Start int    `json:"start_byte"`
	End   int    `json:"end_byte"`
	Text  string `json:"text"`
	Chain string `json:"chain_id"`
}

// Doc is one corpus article with its extraction.
type Doc struct {
	ID    string
	Path  string
	Src   []byte
	Lines []int // byte offset of each line start
	Doc   *claims.Document
}

// Mentions reads mentions.jsonl, keeping those with the tag.
func Mentions(root, tag string) ([]Mention, error) {
	f, err := os.Open(filepath.Join(root, "mentions.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("gold mentions: %w", err)
	}
	defer f.Close()
	var out []Mention
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var m Mention
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			return nil, fmt.Errorf("gold mentions: %w", err)
		}
		if m.Tag == tag {
			out = append(out, m)
		}
	}
	return out, sc.Err()
}

// Sentences reads the annotated sentences: doc id → 0-based line numbers.
func Sentences(root string) (map[string]map[int]bool, error) {
	f, err := os.Open(filepath.Join(root, "ECBplus_coreference_sentences.csv"))
	if err != nil {
		return nil, fmt.Errorf("annotated sentences: %w", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("annotated sentences: %w", err)
	}
	out := map[string]map[int]bool{}
	for _, r := range rows[1:] {
		id := r[0] + "_" + r[1]
		if out[id] == nil {
			out[id] = map[int]bool{}
		}
		var n int
		fmt.Sscan(r[2], &n)
		out[id][n] = true
	}
	return out, nil
}

// Folder returns the folder of a doc id: "1_10ecbplus" → "1_ecbplus".
func Folder(id string) string {
	topic, rest, _ := strings.Cut(id, "_")
	if strings.HasSuffix(rest, "ecbplus") {
		return topic + "_ecbplus"
	}
	return topic + "_ecb"
}

// Load reads and extracts every article of a folder, sorted by id.
func Load(root, folder string) ([]*Doc, error) {
	files, _ := filepath.Glob(filepath.Join(root, "texts", folder, "*.txt"))
	sort.Strings(files)
	var out []*Doc
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("load: %w", err)
		}
		a, err := sources.Parse(p, src, sources.Options{})
		if err != nil {
			return nil, fmt.Errorf("load: %w", err)
		}
		doc, err := extract(a)
		if err != nil {
			Failed = append(Failed, p+": "+err.Error())
			continue
		}
		d := &Doc{ID: strings.TrimSuffix(filepath.Base(p), ".txt"), Path: p, Src: src, Doc: doc}
		d.Lines = append(d.Lines, 0)
		for i, c := range src {
			if c == '\n' {
				d.Lines = append(d.Lines, i+1)
			}
		}
		out = append(out, d)
	}
	return out, nil
}

// lexicon is read once: parsing it costs more than extracting an article.
var lexicon *claims.Lexicon

// Failed lists the articles whose extraction panicked, with the panic.
var Failed []string

// extract runs claims.Extract, turning a panic into an error so that one
// article cannot stop a measurement.
func extract(a *sources.Article) (d *claims.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract panicked: %v", r)
		}
	}()
	if lexicon == nil {
		lexicon = claims.DefaultLexicon()
	}
	return claims.Extract(a, lexicon), nil
}

// FileOffset maps a byte offset of the article text to one of the file.
func (d *Doc) FileOffset(off int) int {
	p := d.Doc.Article.Position(off)
	if p.Line < 1 || p.Line > len(d.Lines) {
		return -1
	}
	i := d.Lines[p.Line-1]
	for n := 1; n < p.Column && i < len(d.Src); n++ {
		_, w := utf8.DecodeRune(d.Src[i:])
		i += w
	}
	return i
}

// Line is the 0-based line of a file offset.
func (d *Doc) Line(off int) int {
	return sort.Search(len(d.Lines), func(i int) bool { return d.Lines[i] > off }) - 1
}

// Span is an extracted person mention in file offsets.
type Span struct {
	Start, End int
	Entity     int // index into Doc.Doc.Entities
}

// Persons returns the person mentions of the extraction in file offsets,
// the name alone where the mention carries a title.
func (d *Doc) Persons() []Span {
	var out []Span
	for ei, e := range d.Doc.Entities {
		if e.Type != claims.Person {
			continue
		}
		for _, m := range e.Mentions {
			s, end := m.Start, m.End
			if m.Name != "" {
				if i := strings.LastIndex(m.Text, m.Name); i >= 0 {
					s, end = m.Start+i, m.Start+i+len(m.Name)
				}
			}
			out = append(out, Span{d.FileOffset(s), d.FileOffset(end), ei})
		}
	}
	return out
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "you": true,
	"his": true, "her": true, "him": true, "their": true, "them": true, "it": true, "who": true, "me": true}

// IsName reports whether a gold mention text is a name: capitalised, not a pronoun.
func IsName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !pronouns[strings.ToLower(s)]
}

// Overlap reports whether two spans share a byte.
func Overlap(a0, a1, b0, b1 int) bool { return a0 < b1 && b0 < a1 }
