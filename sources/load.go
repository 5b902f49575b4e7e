package sources

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Options control how inputs are read.
type Options struct {
	MaxBytes  int64             // the largest input accepted; 0 means DefaultMaxBytes
	Published map[string]string // publication dates given on the command line, by path as given
	Stdin     io.Reader         // what "-" reads; nil means no standard input
	Format    string            // force the format of "-" ("txt", "md" or "html"); empty means guess
	Timeout   time.Duration     // for one URL; 0 means DefaultTimeout
}

// DefaultMaxBytes is the size cap of one input when Options.MaxBytes is 0.
const DefaultMaxBytes = 8 << 20

// DefaultTimeout is how long a URL may take when Options.Timeout is 0.
const DefaultTimeout = 20 * time.Second

// Extensions are the file name endings read from folders, with their formats.
var Extensions = map[string]string{".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Load reads every input (files, folders, "-" for standard input, http
// and https URLs) and returns the articles it could read, sorted by
// path, together with one error per input it could not.
func Load(paths []string, opts Options) ([]*Article, []error) {
	var arts []*Article
	var errs []error
	for _, p := range paths { // errors in the order of the paths given
		inputs, es := Expand([]string{p})
		errs = append(errs, es...)
		for _, in := range inputs {
			a, err := Open(in, opts)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			arts = append(arts, a)
		}
	}
	sort.SliceStable(arts, func(i, j int) bool { return NaturalCompare(arts[i].Path, arts[j].Path) < 0 })
	return arts, errs
}

// Expand lists what Load would read, without reading it: files, URLs and
// "-" as given, folders as the article files they hold (hidden ones and
// README or gold files left out), sorted by path. The errors are for paths
// that cannot be listed and folders that hold no article. A caller can
// then read the inputs with Open in any order, or in parallel.
func Expand(paths []string) ([]string, []error) {
	var inputs []string
	var errs []error
	for _, p := range paths {
		if p == "-" || isURL(p) {
			inputs = append(inputs, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &InputError{Path: p, Err: pathReason(err)})
			continue
		}
		if !info.IsDir() {
			inputs = append(inputs, p)
			continue
		}
		files, es := listDir(p)
		inputs, errs = append(inputs, files...), append(errs, es...)
	}
	sort.SliceStable(inputs, func(i, j int) bool { return NaturalCompare(inputs[i], inputs[j]) < 0 })
	return inputs, errs
}

// Open reads one input as Expand lists it: a file, a URL, or "-".
func Open(p string, opts Options) (*Article, error) {
	switch {
	case p == "-":
		return readStdin(opts)
	case isURL(p):
		return Fetch(p, opts)
	}
	return ReadFile(p, opts)
}

// pathReason drops the path that an os error repeats.
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadFile reads and parses one file, refusing it when over the size cap.
func ReadFile(p string, opts Options) (*Article, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, &InputError{Path: p, Err: pathReason(err)}
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > opts.maxBytes() {
		return nil, &InputError{Path: p, Err: tooLarge(info.Size(), opts.maxBytes())}
	}
	data, err := readCapped(f, opts.maxBytes())
	if err != nil {
		return nil, &InputError{Path: p, Err: pathReason(err)}
	}
	return Parse(p, data, opts)
}

func tooLarge(n, capBytes int64) error {
	if n < 0 {
		return fmt.Errorf("%w: over %d bytes (the cap)", ErrTooLarge, capBytes)
	}
	return fmt.Errorf("%w: %d bytes (the cap is %d)", ErrTooLarge, n, capBytes)
}

// readCapped reads r to the end, failing once it passes capBytes.
func readCapped(r io.Reader, capBytes int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, capBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > capBytes {
		return nil, tooLarge(-1, capBytes)
	}
	return data, nil
}

// readStdin reads the article given as "-".
func readStdin(opts Options) (*Article, error) {
	if opts.Stdin == nil {
		return nil, &InputError{Path: "-", Err: errors.New("no standard input")}
	}
	data, err := readCapped(opts.Stdin, opts.maxBytes())
	if err != nil {
		return nil, &InputError{Path: "-", Err: err}
	}
	return ParseFormat("-", data, opts.Format, opts)
}

// listDir lists the article files of a folder and its subfolders, skipping
// hidden files and folders, README files and files of other kinds.
func listDir(dir string) ([]string, []error) {
	var files []string
	var errs []error
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &InputError{Path: p, Err: pathReason(err)})
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && isArticleFile(d.Name()) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		errs = append(errs, &InputError{Path: dir, Err: err})
	}
	if len(files) == 0 && len(errs) == 0 {
		return nil, []error{&InputError{Path: dir, Err: ErrNoArticles}}
	}
	return files, errs
}

// isArticleFile reports whether a file found in a folder is to be read.
func isArticleFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	base := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
	return Extensions[ext] != "" && base != "readme" && base != "gold"
}

// Parse reads one input from its bytes; the format follows the path's
// extension (or, without a known one, what the bytes look like).
func Parse(path string, data []byte, opts Options) (*Article, error) {
	return ParseFormat(path, data, "", opts)
}

// recoverPanics turns a panic while parsing into an InputError; the fuzz
// tests turn it off so that a panic is found rather than hidden.
var recoverPanics = true

// ParseFormat is Parse with the format given ("txt", "md" or "html");
// an empty format follows the path's extension or the bytes.
func ParseFormat(path string, data []byte, format string, opts Options) (a *Article, err error) {
	defer func() {
		if r := recover(); r != nil && recoverPanics {
			a, err = nil, &InputError{Path: path, Err: fmt.Errorf("%w: cannot be read (%v)", ErrNotArticle, r)}
		}
	}()
	if int64(len(data)) > opts.maxBytes() {
		return nil, &InputError{Path: path, Err: tooLarge(int64(len(data)), opts.maxBytes())}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &InputError{Path: path, Err: fmt.Errorf("empty file: %w", ErrEmpty)}
	}
	src, warns, err := decode(data)
	if err != nil {
		return nil, &InputError{Path: path, Err: err}
	}
	if format == "" {
		format = formatOf(path, src)
	}
	a = &Article{Path: path, Format: format, src: src, lines: lineStarts(src), Warnings: warns}
	a.marks = runeMarks(src, a.lines)
	if err := a.read(opts); err != nil {
		return nil, &InputError{Path: path, Err: err}
	}
	return a, nil
}

// formatOf guesses the format from the path's extension, else from the text.
func formatOf(path, src string) string {
	if f := Extensions[strings.ToLower(filepath.Ext(urlPath(path)))]; f != "" {
		return f
	}
	head := strings.ToLower(strings.TrimSpace(src[:min(len(src), 512)]))
	switch {
	case strings.HasPrefix(head, "<!doctype html"), strings.HasPrefix(head, "<html"), strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<html"):
		return "html"
	case strings.HasPrefix(head, "---\n"), strings.HasPrefix(head, "---\r\n"):
		return "md"
	}
	return "txt"
}

// read parses the decoded source by format and fills in the article.
func (a *Article) read(opts Options) error {
	var us []*unit
	var rs ruleSet
	switch a.Format {
	case "md":
		body, title, err := a.frontMatter()
		if err != nil {
			return err
		}
		us = a.parseMarkdown(body)
		if title != nil {
			if len(us) > 0 && us[0].heading && squash(us[0].text) == squash(title.text) {
				us = us[1:]
			}
			us = append([]*unit{title}, us...)
		}
		rs = ruleSet{titleCase: true}
	case "html":
		us = a.parseHTML()
		a.keepMain(us)
	default:
		us = a.parseText()
		rs = ruleSet{plain: true, titleCase: true}
	}
	a.flagDate(opts)
	a.assemble(a.applyRules(us, rs))
	if a.Text == "" {
		return ErrEmpty
	}
	return nil
}

// flagDate takes the publication date given for this input on the
// command line: keyed by the path as given, else by the cleaned path,
// else by the file name alone (for files found in a folder).
func (a *Article) flagDate(opts Options) {
	v, ok := opts.Published[a.Path]
	if !ok {
		v, ok = opts.Published[filepath.Clean(a.Path)]
	}
	if !ok && !isURL(a.Path) {
		v, ok = opts.Published[filepath.Base(a.Path)]
	}
	if !ok {
		return
	}
	if d, ok := ParseDate(v); ok {
		a.setPublished(d, "flag")
		return
	}
	a.Warnings = append(a.Warnings, fmt.Sprintf("--published date %q is not a date: ignored", v))
}
