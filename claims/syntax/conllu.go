package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ReadCoNLLU reads the sentences of a CoNLL-U document. Multiword token
// lines set Joined on the words they cover and give those words the
// token's span; empty nodes (enhanced graphs only) are skipped. Byte spans
// are recovered from "# text" where the word forms can be found in it, and
// otherwise laid end to end by SpaceAfter. A malformed line is an error
// naming its line number; the sentences read before it are returned too.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var (
		out  []Sentence
		cur  Sentence
		aux  []wordAux
		line int
	)
	flush := func() {
		if len(cur.Words) > 0 {
			placeWords(&cur, aux)
			out = append(out, cur)
		}
		cur, aux = Sentence{}, nil
	}
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		switch {
		case t == "":
			flush()
			continue
		case strings.HasPrefix(t, "#"):
			k, v, ok := strings.Cut(strings.TrimSpace(t[1:]), "=")
			if !ok {
				continue
			}
			switch strings.TrimSpace(k) {
			case "sent_id":
				cur.ID = strings.TrimSpace(v)
			case "text":
				cur.Text = strings.TrimPrefix(v, " ")
			}
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 10 {
			return out, fmt.Errorf("line %d: %d fields, want 10", line, len(f))
		}
		id := f[0]
		if strings.Contains(id, ".") {
			continue // an empty node
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			lo, err1 := strconv.Atoi(a)
			hi, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || hi < lo || lo != len(cur.Words)+1 {
				return out, fmt.Errorf("line %d: bad multiword token range %q", line, id)
			}
			aux = append(aux, wordAux{mwtForm: f[1], mwtLen: hi - lo + 1, mwtSpace: spaceAfter(f[9])})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(cur.Words)+1 {
			return out, fmt.Errorf("line %d: word id %q out of sequence", line, id)
		}
		head := 0
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil || head < 0 {
				return out, fmt.Errorf("line %d: bad head %q", line, f[6])
			}
		}
		cur.Words = append(cur.Words, Word{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Head: head, Deprel: f[7]})
		if len(aux) < len(cur.Words) {
			aux = append(aux, wordAux{})
		}
		aux[len(cur.Words)-1].space = spaceAfter(f[9])
	}
	flush()
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("line %d: %w", line, err)
	}
	for i := range out {
		for _, w := range out[i].Words {
			if w.Head > len(out[i].Words) {
				return out, fmt.Errorf("sentence %s: head %d beyond its %d words", out[i].ID, w.Head, len(out[i].Words))
			}
		}
	}
	return out, nil
}

// wordAux is what a reader keeps about a word beyond Word itself: its
// SpaceAfter, and for the first word of a multiword token the token.
type wordAux struct {
	space    bool
	mwtForm  string
	mwtLen   int
	mwtSpace bool
}

func spaceAfter(misc string) bool {
	for _, kv := range strings.Split(misc, "|") {
		if kv == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// placeWords gives every word its byte span in s.Text, and marks the
// words of multiword tokens Joined. Where the text is missing or a form
// cannot be found at the expected place, the text is rebuilt from the
// forms and SpaceAfter.
func placeWords(s *Sentence, aux []wordAux) {
	if s.Text == "" || !locate(s, aux) {
		var b strings.Builder
		for i := 0; i < len(s.Words); {
			a := aux[i]
			if a.mwtLen > 1 {
				start := b.Len()
				b.WriteString(a.mwtForm)
				splitToken(s.Words[i:i+a.mwtLen], a.mwtForm, start)
				i += a.mwtLen
				if a.mwtSpace {
					b.WriteByte(' ')
				}
				continue
			}
			s.Words[i].Start = b.Len()
			b.WriteString(s.Words[i].Form)
			s.Words[i].End = b.Len()
			if a.space {
				b.WriteByte(' ')
			}
			i++
		}
		s.Text = strings.TrimRight(b.String(), " ")
	}
	for i := 0; i < len(s.Words); {
		if n := aux[i].mwtLen; n > 1 {
			for j := i + 1; j < i+n && j < len(s.Words); j++ {
				s.Words[j].Joined = true
			}
			i += n
			continue
		}
		i++
	}
}

// locate finds each token's form in s.Text, left to right, skipping only
// white space between them.
func locate(s *Sentence, aux []wordAux) bool {
	pos := 0
	for i := 0; i < len(s.Words); {
		for pos < len(s.Text) && isSpaceByte(s.Text[pos]) {
			pos++
		}
		form, n := s.Words[i].Form, 1
		if aux[i].mwtLen > 1 {
			form, n = aux[i].mwtForm, aux[i].mwtLen
		}
		if !strings.HasPrefix(s.Text[pos:], form) {
			return false
		}
		if n > 1 {
			splitToken(s.Words[i:i+n], form, pos)
		} else {
			s.Words[i].Start, s.Words[i].End = pos, pos+len(form)
		}
		pos += len(form)
		i += n
	}
	return true
}

// splitToken gives the words of one multiword token their parts of the
// token's span: each word's form where the token spells it ("do"+"n't" in
// "don't"), and otherwise an even share of what is left.
func splitToken(ws []Word, tok string, start int) {
	pos := 0
	for k := range ws {
		if k == len(ws)-1 {
			ws[k].Start, ws[k].End = start+pos, start+len(tok)
			break
		}
		n := len(ws[k].Form)
		if !strings.HasPrefix(strings.ToLower(tok[pos:]), strings.ToLower(ws[k].Form)) {
			n = 0
			if rest := len(tok) - pos; rest > 0 {
				n = rest / (len(ws) - k)
			}
		}
		for n > 0 && pos+n < len(tok) && !utf8Boundary(tok, pos+n) {
			n++
		}
		ws[k].Start, ws[k].End = start+pos, start+pos+n
		pos += n
	}
}

func utf8Boundary(s string, i int) bool { return i >= len(s) || s[i]&0xC0 != 0x80 }

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// WriteCoNLLU writes sentences as CoNLL-U: "# sent_id" and "# text" for
// each, a multiword token line before Joined words, and in MISC the range
// of every token and word in characters of the document
// (TokenRange=start:end, counted from Sentence.StartChar, as UDPipe writes
// it) and SpaceAfter=No where the next token follows with no space.
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		if s.ID != "" {
			fmt.Fprintf(bw, "# sent_id = %s\n", s.ID)
		}
		fmt.Fprintf(bw, "# text = %s\n", oneLine(s.Text))
		for i := 0; i < len(s.Words); i++ {
			j := i + 1
			for j < len(s.Words) && s.Words[j].Joined {
				j++
			}
			if j > i+1 {
				first, last := s.Words[i], s.Words[j-1]
				fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", i+1, j,
					field(sliceText(s, first.Start, last.End, first.Form)), misc(s, i, j-1, true))
				for k := i; k < j; k++ {
					writeWord(bw, s, k, false)
				}
				i = j - 1
				continue
			}
			writeWord(bw, s, i, true)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func writeWord(bw *bufio.Writer, s Sentence, i int, token bool) {
	x := s.Words[i]
	m := "_"
	if token {
		m = misc(s, i, i, true)
	} else {
		m = misc(s, i, i, false)
	}
	fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t_\t%s\n", i+1, field(x.Form), field(x.Lemma),
		field(x.UPOS), field(x.XPOS), field(x.Feats), x.Head, field(x.Deprel), m)
}

// misc is the MISC column of the token spanning words i..j: its range and,
// for a whole token, whether a space follows it.
func misc(s Sentence, i, j int, token bool) string {
	parts := []string{}
	if token && j+1 < len(s.Words) && s.Words[j+1].Start == s.Words[j].End {
		parts = append(parts, "SpaceAfter=No")
	}
	start, end := s.Words[i].Start, s.Words[j].End
	parts = append(parts, fmt.Sprintf("TokenRange=%d:%d", s.StartChar+charOffset(s.Text, start), s.StartChar+charOffset(s.Text, end)))
	return strings.Join(parts, "|")
}

// charOffset is the number of characters of text before byte offset b.
func charOffset(text string, b int) int {
	if b > len(text) {
		b = len(text)
	}
	if b < 0 {
		return 0
	}
	return utf8.RuneCountInString(text[:b])
}

func sliceText(s Sentence, a, b int, fallback string) string {
	if 0 <= a && a <= b && b <= len(s.Text) {
		return s.Text[a:b]
	}
	return fallback
}

// field keeps a CoNLL-U column well formed: no tabs or newlines, never empty.
func field(v string) string {
	if v == "" {
		return "_"
	}
	if strings.ContainsAny(v, "\t\n\r") {
		return strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, v)
	}
	return v
}

func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
