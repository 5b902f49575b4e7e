package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind classifies a token.
type TokenKind uint8

// The token kinds.
const (
	TWord   TokenKind = iota // letters, with inner hyphens, apostrophes and dots ("off-duty", "gunman's", "U.S.")
	TNumber                  // digits, with inner , . : ("6,000", "10:53", "1.5")
	TPunct                   // . , ; : ! ? ( ) and other symbols
	TQuote                   // a quotation mark: " “ ” ‘ ’ « »
	TDash                    // - – — standing alone
)

// Token is one token of a text, with its byte span.
type Token struct {
	Start, End int
	Kind       TokenKind
	Text       string
	low        string // Text in lower case, made once
	flags      uint32 // word flags from the lexicon, set by the extractor
}

// LowerText returns the token's text in lower case.
func (t Token) LowerText() string {
	if t.low == "" {
		return strings.ToLower(t.Text)
	}
	return t.low
}

// lowerOf lower-cases a word without allocating when it has no capital.
func lowerOf(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// Upper reports whether the token starts with an upper-case letter.
func (t Token) Upper() bool {
	if t.Text != "" && t.Text[0] < utf8.RuneSelf {
		return 'A' <= t.Text[0] && t.Text[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// Lower reports whether the token starts with a lower-case letter.
func (t Token) Lower() bool {
	if t.Text != "" && t.Text[0] < utf8.RuneSelf {
		return 'a' <= t.Text[0] && t.Text[0] <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&(aLetter|aDigit) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '«', '»', '„', '\'':
		return true
	}
	return false
}

func isDashRune(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '―' }

// Tokenize splits s into tokens. Offsets are relative to s plus base.
// It is a single pass over the runes: no regular expressions.
func Tokenize(s string, base int) []Token {
	return appendTokens(make([]Token, 0, len(s)/5+1), s, base)
}

// ASCII character classes, so that the common case costs a table lookup
// rather than a Unicode range search.
const (
	aSpace uint8 = 1 << iota
	aLetter
	aDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch r := rune(c); {
		case unicode.IsSpace(r):
			t[c] = aSpace
		case unicode.IsLetter(r):
			t[c] = aLetter
		case unicode.IsDigit(r):
			t[c] = aDigit
		}
	}
	return t
}()

// decode returns the rune at s[i] and its width, ASCII first.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpace is unicode.IsSpace with an ASCII table.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == aSpace
	}
	return unicode.IsSpace(r)
}

// appendTokens appends the tokens of s to toks.
func appendTokens(toks []Token, s string, base int) []Token {
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		switch {
		case isSpace(r):
			i += n
			continue
		case isWordRune(r):
			j, kind := scanWord(s, i)
			w := s[i:j]
			toks = append(toks, Token{Start: base + i, End: base + j, Kind: kind, Text: w, low: lowerOf(w)})
			i = j
			continue
		case isQuoteRune(r):
			toks = append(toks, Token{Start: base + i, End: base + i + n, Kind: TQuote, Text: s[i : i+n], low: s[i : i+n]})
		case isDashRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := decode(s, j)
				if !isDashRune(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, Token{Start: base + i, End: base + j, Kind: TDash, Text: s[i:j], low: s[i:j]})
			i = j
			continue
		default:
			toks = append(toks, Token{Start: base + i, End: base + i + n, Kind: TPunct, Text: s[i : i+n], low: s[i : i+n]})
		}
		i += n
	}
	return toks
}

// scanWord reads a word or number starting at i and returns its end.
// Hyphens, apostrophes and dots join when a word character follows;
// a dot also joins single letters ("U.S.", "a.m.").
func scanWord(s string, i int) (int, TokenKind) {
	kind := TNumber
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && asciiClass[c]&(aLetter|aDigit) != 0 {
			if asciiClass[c] == aLetter {
				kind = TWord
			}
			j++
			continue
		}
		r, n := decode(s, j)
		if isWordRune(r) {
			if !unicode.IsDigit(r) {
				kind = TWord
			}
			j += n
			continue
		}
		if !joins(r, kind) || j+n >= len(s) {
			break
		}
		r2, _ := decode(s, j+n)
		if !isWordRune(r2) {
			if r == '.' && isInitialism(s[i:j+n]) {
				j += n
			}
			break
		}
		if r == '.' && kind == TWord && !isInitialism(s[i:j+n]) && !(isDigitByte(s[j-1]) && unicode.IsDigit(r2)) {
			break // a dot ends a word, but not the number of "magnitude-5.2"
		}
		j += n
	}
	return j, kind
}

func joins(r rune, kind TokenKind) bool {
	switch r {
	case '-', '\'', '’', '‐', '‑', '.':
		return true
	case ',', ':':
		return kind == TNumber
	}
	return false
}

// isInitialism reports whether w (ending in '.') alternates single letters
// and dots: "U.S.", "a.m.", "U.N.".
func isInitialism(w string) bool {
	letters := 0
	prevDot := true
	for _, r := range w {
		if r == '.' {
			if prevDot {
				return false
			}
			prevDot = true
			continue
		}
		if !prevDot || !unicode.IsLetter(r) {
			return false
		}
		prevDot = false
		letters++
	}
	return letters >= 1 && prevDot
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
