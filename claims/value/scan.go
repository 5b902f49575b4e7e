package value

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// tokKind is the class of a token.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters
	tNum                      // digits, with inner "," before three digits and "." before a digit
	tPunct                    // any other single rune
)

// token is a span of the scanned string.
type token struct {
	start, end int
	kind       tokKind
	plain      bool      // for numbers: digits only, without "," or "."
	flags      wordFlags // for words: what the word may start
	lex        uint32    // for words of the lexicon: their slot in Lexicon.slots, plus one
}

// text is a scanned sentence: the original and its tokens, and the
// lexicon that read its words.
type text struct {
	s    string
	toks []token
	nums []NumberSpan // findNumbers' buffer, kept from sentence to sentence
	lex  *Lexicon
}

// scan splits s into words, numbers and punctuation, and looks the words
// up in l. It never fails: any byte sequence scans, invalid UTF-8 bytes
// become one-byte punctuation.
func (l *Lexicon) scan(s string) *text {
	t := textPool.Get().(*text)
	t.s, t.toks, t.lex = s, t.toks[:0], l
	for i := 0; i < len(s); {
		switch byteClass[s[i]] {
		case bSpace:
			i++
		case bDigit:
			i = t.add(i, scanNum(s, i), tNum)
		case bLetter:
			j := i + 1
			for j < len(s) && byteClass[s[j]] == bLetter {
				j++
			}
			if j < len(s) && s[j] >= utf8.RuneSelf {
				j = scanWord(s, j)
			}
			i = t.add(i, j, tWord)
		case bPunct:
			i = t.add(i, i+1, tPunct)
		default:
			i = t.scanRune(i)
		}
	}
	return t
}

// Byte classes, for scan.
const (
	bPunct  uint8 = iota // any other ASCII byte
	bSpace               // ASCII white space
	bDigit               // an ASCII digit
	bLetter              // an ASCII letter
	bHigh                // a byte of a multi-byte rune, or an invalid one
)

// byteClass is the class of every byte.
var byteClass = func() (class [256]uint8) {
	for c := range 256 {
		switch b := byte(c); {
		case b >= utf8.RuneSelf:
			class[c] = bHigh
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v':
			class[c] = bSpace
		case isDigit(b):
			class[c] = bDigit
		case isLetter(b):
			class[c] = bLetter
		}
	}
	return class
}()

// textPool recycles token and number slices between sentences.
var textPool = sync.Pool{New: func() any { return &text{toks: make([]token, 0, 64)} }}

// release returns t to the pool; nothing may use t afterwards.
func (t *text) release() {
	if cap(t.toks) > 4096 || cap(t.nums) > 256 {
		return
	}
	t.s, t.lex = "", nil
	textPool.Put(t)
}

// scanRune reads one non-ASCII rune at i: a letter starts a word, a space
// is skipped, anything else is punctuation.
func (t *text) scanRune(i int) int {
	r, n := utf8.DecodeRuneInString(t.s[i:])
	switch {
	case r != utf8.RuneError && unicode.IsLetter(r):
		return t.add(i, scanWord(t.s, i), tWord)
	case unicode.IsSpace(r):
		return i + n
	}
	return t.add(i, i+n, tPunct)
}

func (t *text) add(start, end int, k tokKind) int {
	tk := token{start: start, end: end, kind: k}
	switch k {
	case tWord:
		tk.flags, tk.lex = t.lex.lookup(t.s[start:end])
	case tNum:
		tk.plain = allDigits(t.s[start:end])
	}
	t.toks = append(t.toks, tk)
	return end
}

// has reports whether the token at i is a word that the lexicon marks
// with any of f.
func (t *text) has(i int, f wordFlags) bool {
	return i >= 0 && i < len(t.toks) && t.toks[i].flags&f != 0
}

// startsAny reports whether the token at i may start a value of kind f:
// numbers always may; words only when the lexicon says so.
func (t *text) startsAny(i int, f wordFlags) bool {
	tk := &t.toks[i]
	return tk.kind == tNum || tk.kind == tWord && tk.flags&f != 0
}

// scanNum reads digits with inner thousands commas ("1,500") and decimal
// points ("1.5", "19.12.2016").
func scanNum(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case isDigit(c):
			i++
		case c == ',' && threeDigits(s, i+1):
			i += 4
		case c == '.' && i+1 < len(s) && isDigit(s[i+1]):
			i++
		default:
			return i
		}
	}
	return i
}

// threeDigits reports whether s has exactly three digits at i, not followed
// by a fourth.
func threeDigits(s string, i int) bool {
	if i+3 > len(s) || !isDigit(s[i]) || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
		return false
	}
	return i+3 == len(s) || !isDigit(s[i+3])
}

// scanWord reads the letters from i, ASCII or not.
func scanWord(s string, i int) int {
	for i < len(s) {
		switch byteClass[s[i]] {
		case bLetter:
			i++
			continue
		case bHigh:
		default:
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !unicode.IsLetter(r) {
			return i
		}
		i += n
	}
	return i
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }

// n is the number of tokens.
func (t *text) n() int { return len(t.toks) }

// word is the word at i in lower case, or "" when i is not a word. A word
// in no list of the lexicon (see Lexicon.words) is given as written: it
// equals no word the package looks for, in whatever case it is written.
func (t *text) word(i int) string {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tWord {
		return ""
	}
	if k := t.toks[i].lex; k != 0 {
		return t.lex.slots[k-1].word
	}
	return t.s[t.toks[i].start:t.toks[i].end]
}

// raw is the token at i as written, or "".
func (t *text) raw(i int) string {
	if i < 0 || i >= len(t.toks) {
		return ""
	}
	return t.s[t.toks[i].start:t.toks[i].end]
}

// is reports whether the token at i is the word w (lower case).
func (t *text) is(i int, w string) bool { return t.word(i) == w }

// isNum reports whether the token at i is a number.
func (t *text) isNum(i int) bool { return i >= 0 && i < len(t.toks) && t.toks[i].kind == tNum }

// isPunct reports whether the token at i is punctuation.
func (t *text) isPunct(i int) bool {
	return i >= 0 && i < len(t.toks) && t.toks[i].kind == tPunct
}

// punct reports whether the token at i is the punctuation p.
func (t *text) punct(i int, p string) bool {
	return i >= 0 && i < len(t.toks) && t.toks[i].kind == tPunct && t.raw(i) == p
}

// dash reports whether the token at i is a hyphen or a dash.
func (t *text) dash(i int) bool {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tPunct {
		return false
	}
	switch t.raw(i) {
	case "-", "–", "—", "‐":
		return true
	}
	return false
}

// adj reports whether the token at i directly follows the one before it.
func (t *text) adj(i int) bool {
	return i > 0 && i < len(t.toks) && t.toks[i].start == t.toks[i-1].end
}

// capital reports whether the token at i starts with an upper-case letter.
func (t *text) capital(i int) bool {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tWord {
		return false
	}
	c := t.s[t.toks[i].start]
	return isUpper(c)
}

// allCaps reports whether the word at i is written in ASCII capitals.
func (t *text) allCaps(i int) bool {
	w := t.raw(i)
	if w == "" || t.toks[i].kind != tWord {
		return false
	}
	for j := 0; j < len(w); j++ {
		if !isUpper(w[j]) {
			return false
		}
	}
	return true
}

// span is the byte span from token i to token j inclusive.
func (t *text) span(i, j int) (int, int) { return t.toks[i].start, t.toks[j].end }

// digits is the length of the number token at i when it is all digits,
// else 0.
func (t *text) digits(i int) int {
	if !t.isNum(i) || !t.toks[i].plain {
		return 0
	}
	return t.toks[i].end - t.toks[i].start
}

// allDigits reports whether s is all ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// intAt is the value of an all-digit token at i (at most nine digits).
func (t *text) intAt(i int) (int, bool) {
	n := t.digits(i)
	if n == 0 || n > 9 {
		return 0, false
	}
	v := 0
	for _, c := range []byte(t.raw(i)) {
		v = v*10 + int(c-'0')
	}
	return v, true
}
