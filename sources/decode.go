package sources

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// decode turns the bytes of an input into UTF-8 text: a byte order mark
// is dropped, UTF-16 with a mark is converted, and bytes that are not
// UTF-8 are read as Windows-1252 with a warning. Binary data is an error.
func decode(data []byte) (string, []string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", nil, &BinaryError{Offset: i}
	}
	if utf8.Valid(data) {
		return string(data), nil, nil
	}
	bad := firstInvalid(data)
	s, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", nil, fmt.Errorf("%w: undecodable bytes at byte %d", ErrNotArticle, bad)
	}
	return string(s), []string{fmt.Sprintf("not UTF-8 at byte %d (read as Windows-1252)", bad)}, nil
}

// decodeUTF16 converts UTF-16 text without its byte order mark.
func decodeUTF16(data []byte, bigEndian bool) (string, []string, error) {
	var warns []string
	if len(data)%2 == 1 {
		warns = append(warns, "UTF-16 text with an odd number of bytes: last byte dropped")
		data = data[:len(data)-1]
	}
	u := make([]uint16, len(data)/2)
	for i := range u {
		hi, lo := data[2*i], data[2*i+1]
		if !bigEndian {
			hi, lo = lo, hi
		}
		u[i] = uint16(hi)<<8 | uint16(lo)
	}
	s := string(utf16.Decode(u))
	if i := strings.IndexByte(s, 0); i >= 0 {
		return "", nil, &BinaryError{Offset: 2 + 2*len(utf16.Encode([]rune(s[:i])))}
	}
	return s, warns, nil
}

// firstInvalid is the offset of the first byte that is not UTF-8.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// lineStarts returns the byte offset of the start of every line of s.
func lineStarts(s string) []int {
	ls := make([]int, 1, strings.Count(s, "\n")+1)
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}

// markStep is the distance in bytes between two marks of a runeIndex.
const markStep = 4096

// runeMark is a rune boundary of src and the number of runes before it.
type runeMark struct{ pos, runes int }

// runeMarks indexes the rune counts of s every markStep bytes, at rune
// boundaries, when a line of s is longer than that: a column on a long line
// (a page on one line) is then counted from the nearest mark, not from the
// start of the line. It is nil when every line is short.
func runeMarks(s string, lines []int) []runeMark {
	long := false
	for i, start := range lines {
		end := len(s)
		if i+1 < len(lines) {
			end = lines[i+1]
		}
		if end-start > markStep {
			long = true
			break
		}
	}
	if !long {
		return nil
	}
	marks := make([]runeMark, 1, len(s)/markStep+1)
	pos, runes := 0, 0
	for pos+markStep < len(s) {
		next := pos + markStep
		for next < len(s) && !utf8.RuneStart(s[next]) {
			next++
		}
		runes += utf8.RuneCountInString(s[pos:next])
		pos = next
		marks = append(marks, runeMark{pos, runes})
	}
	return marks
}

// runesBefore counts the runes of s[:x] from the nearest mark.
func runesBefore(s string, marks []runeMark, x int) int {
	k := sort.Search(len(marks), func(i int) bool { return marks[i].pos > x }) - 1
	return marks[k].runes + utf8.RuneCountInString(s[marks[k].pos:x])
}
