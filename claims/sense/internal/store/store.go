// Package store holds the binary format of the sense tables: the plain
// arrays the generator writes and package sense reads back. Decode
// checks every count and index, so that tables it returns can be walked
// without bounds surprises, and any bytes give tables or an error.
package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// Magic opens every tables file; its last byte is the format version.
const Magic = "crosscheck sense tables\x01"

// Limits that keep a packed value in 32 bits.
const (
	MaxSenses = 1 << 24 // a sense link packs its target in 24 bits
)

// Data is the whole lexicon as arrays. Lemma i's key is
// Keys[KeyOff[i]:KeyOff[i+1]]; its senses are LemmaOff[i] up to
// LemmaOff[i+1] in the sense arrays; synset s's hypernyms are
// Up[UpOff[s]:UpOff[s+1]] and its members Members[MemOff[s]:MemOff[s+1]]
// (lemma indices, in the synset's order); its member meronyms are
// Parts[PartOff[s]:PartOff[s+1]].
type Data struct {
	Lexnames []string
	SynLex   []uint8 // per synset: index into Lexnames
	UpOff    []uint32
	Up       []uint32 // synset indices
	PartOff  []uint32
	Parts    []uint32 // per synset: the synsets of its members (a crew's crewmen)

	Keys   string // the lower-case lemmas, sorted, end to end
	KeyOff []uint32

	LemmaOff  []uint32 // per lemma: its first sense; one more at the end
	SenseSyn  []uint32 // per sense: its synset
	SenseFlag []uint8  // per sense: FlagCapital, …
	SensePos  []uint32 // per sense: its place among the synset's members
	LinkOff   []uint32 // per sense: its first link; one more at the end
	Links     []uint32 // target sense << 8 | relation code

	MemOff  []uint32 // derived from SensePos on decode
	Members []uint32
}

// FlagCapital marks a sense whose lemma WordNet spells with a capital
// ("May" the month, beside "may" the hawthorn under one key).
const FlagCapital = 1

// Key returns lemma i's key.
func (d *Data) Key(i int) string { return d.Keys[d.KeyOff[i]:d.KeyOff[i+1]] }

// Encode writes d (whose MemOff and Members it ignores) in the tables
// format.
func Encode(d *Data) ([]byte, error) {
	if len(d.LemmaOff) != len(d.KeyOff) || len(d.SenseSyn) != len(d.SenseFlag) ||
		len(d.SenseSyn) != len(d.SensePos) || len(d.LinkOff) != len(d.SenseSyn)+1 ||
		len(d.UpOff) != len(d.SynLex)+1 || len(d.PartOff) != len(d.SynLex)+1 {
		return nil, errors.New("store: arrays of mismatched lengths")
	}
	if len(d.SenseSyn) >= MaxSenses {
		return nil, fmt.Errorf("store: %d senses, more than %d", len(d.SenseSyn), MaxSenses)
	}
	w := &writer{b: []byte(Magic)}
	w.uint(uint64(len(d.Lexnames)))
	for _, s := range d.Lexnames {
		w.str(s)
	}
	w.uint(uint64(len(d.SynLex)))
	for s, lx := range d.SynLex {
		w.uint(uint64(lx))
		up := d.Up[d.UpOff[s]:d.UpOff[s+1]]
		w.uint(uint64(len(up)))
		for _, u := range up {
			w.uint(uint64(u))
		}
		parts := d.Parts[d.PartOff[s]:d.PartOff[s+1]]
		w.uint(uint64(len(parts)))
		for _, p := range parts {
			w.uint(uint64(p))
		}
	}
	nLemma := len(d.KeyOff) - 1
	w.uint(uint64(nLemma))
	prev := ""
	for i := 0; i < nLemma; i++ {
		k := d.Key(i)
		if i > 0 && k <= prev {
			return nil, fmt.Errorf("store: key %q not after %q", k, prev)
		}
		n := commonPrefix(prev, k)
		w.uint(uint64(n))
		w.str(k[n:])
		w.uint(uint64(d.LemmaOff[i+1] - d.LemmaOff[i]))
		prev = k
	}
	for s := range d.SenseSyn {
		w.uint(uint64(d.SenseSyn[s])<<1 | uint64(d.SenseFlag[s]&FlagCapital))
		w.uint(uint64(d.SensePos[s]))
		links := d.Links[d.LinkOff[s]:d.LinkOff[s+1]]
		w.uint(uint64(len(links)))
		for _, l := range links {
			w.uint(uint64(l))
		}
	}
	return w.b, nil
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

type writer struct{ b []byte }

func (w *writer) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *writer) str(s string)  { w.uint(uint64(len(s))); w.b = append(w.b, s...) }

// ErrFormat is wrapped by every error of Decode.
var ErrFormat = errors.New("not sense tables")

type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s at byte %d", ErrFormat, what, r.off)
	}
}

// uint reads a uvarint no larger than max.
func (r *reader) uint(max uint64, what string) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.fail("truncated or overlong number (" + what + ")")
		return 0
	}
	if v > max {
		r.fail(fmt.Sprintf("%s %d out of range", what, v))
		return 0
	}
	r.off += n
	return v
}

func (r *reader) bytes(n uint64, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)-r.off) {
		r.fail("truncated " + what)
		return nil
	}
	s := r.b[r.off : r.off+int(n)]
	r.off += int(n)
	return s
}

// count reads a count of things each at least min bytes long, refusing
// counts the rest of the input cannot hold, so that a corrupt count never
// makes a huge allocation.
func (r *reader) count(min int, what string) int {
	rest := uint64(len(r.b) - r.off)
	return int(r.uint(rest/uint64(min), what))
}

// Decode reads tables written by Encode. It never panics: any input
// gives tables whose indices are all in range, or an error wrapping
// ErrFormat.
func Decode(b []byte) (*Data, error) {
	if !strings.HasPrefix(string(b), Magic) {
		return nil, fmt.Errorf("%w: no header", ErrFormat)
	}
	r := &reader{b: b, off: len(Magic)}
	d := &Data{}
	nLex := r.count(1, "lexname count")
	if nLex > 256 {
		r.fail("more than 256 lexnames")
	}
	for i := 0; i < nLex && r.err == nil; i++ {
		d.Lexnames = append(d.Lexnames, string(r.bytes(r.uint(1<<16, "lexname length"), "lexname")))
	}
	nSyn := r.count(3, "synset count")
	d.SynLex = make([]uint8, nSyn)
	d.UpOff = make([]uint32, nSyn+1)
	d.PartOff = make([]uint32, nSyn+1)
	for s := 0; s < nSyn && r.err == nil; s++ {
		d.SynLex[s] = uint8(r.uint(uint64(max(nLex-1, 0)), "lexname"))
		n := r.count(1, "hypernym count")
		for j := 0; j < n && r.err == nil; j++ {
			d.Up = append(d.Up, uint32(r.uint(uint64(nSyn-1), "hypernym")))
		}
		d.UpOff[s+1] = uint32(len(d.Up))
		n = r.count(1, "member meronym count")
		for j := 0; j < n && r.err == nil; j++ {
			d.Parts = append(d.Parts, uint32(r.uint(uint64(nSyn-1), "member meronym")))
		}
		d.PartOff[s+1] = uint32(len(d.Parts))
	}
	if nLex == 0 && nSyn > 0 {
		r.fail("synsets without lexnames")
	}
	d.decodeLemmas(r)
	d.decodeSenses(r, nSyn)
	if r.err == nil && r.off != len(b) {
		r.fail("trailing bytes")
	}
	if r.err != nil {
		return nil, r.err
	}
	if err := d.members(nSyn); err != nil {
		return nil, err
	}
	return d, nil
}

func (d *Data) decodeLemmas(r *reader) {
	nLemma := r.count(3, "lemma count")
	d.KeyOff = make([]uint32, 1, nLemma+1)
	d.LemmaOff = make([]uint32, 1, nLemma+1)
	keys := make([]byte, 0, 12*nLemma)
	var senses uint64
	prev := 0 // start of the previous key in keys
	for i := 0; i < nLemma && r.err == nil; i++ {
		n := int(r.uint(uint64(len(keys)-prev), "shared prefix"))
		suffix := r.bytes(r.uint(1<<16, "key length"), "key")
		start := len(keys)
		keys = append(keys, keys[prev:prev+n]...)
		keys = append(keys, suffix...)
		if i > 0 && string(keys[start:]) <= string(keys[prev:start]) {
			r.fail("keys out of order")
		}
		prev = start
		d.KeyOff = append(d.KeyOff, uint32(len(keys)))
		senses += r.uint(MaxSenses, "sense count")
		if senses >= MaxSenses {
			r.fail("too many senses")
		}
		d.LemmaOff = append(d.LemmaOff, uint32(senses))
	}
	d.Keys = string(keys)
}

func (d *Data) decodeSenses(r *reader, nSyn int) {
	if r.err != nil {
		return
	}
	nSense := int(d.LemmaOff[len(d.LemmaOff)-1])
	if nSense > len(r.b)-r.off {
		r.fail("more senses than bytes")
		return
	}
	if nSense > 0 && nSyn == 0 {
		r.fail("senses without synsets")
		return
	}
	d.SenseSyn = make([]uint32, nSense)
	d.SenseFlag = make([]uint8, nSense)
	d.SensePos = make([]uint32, nSense)
	d.LinkOff = make([]uint32, nSense+1)
	for s := 0; s < nSense && r.err == nil; s++ {
		v := r.uint(uint64(nSyn)<<1-1, "sense synset")
		d.SenseSyn[s], d.SenseFlag[s] = uint32(v>>1), uint8(v&1)
		d.SensePos[s] = uint32(r.uint(1<<16, "member place"))
		n := r.count(1, "link count")
		for j := 0; j < n && r.err == nil; j++ {
			l := uint32(r.uint(uint64(nSense)<<8-1, "link"))
			if _, rel, _ := Unlink(l); rel >= NumRels {
				r.fail("unknown relation")
			}
			d.Links = append(d.Links, l)
		}
		d.LinkOff[s+1] = uint32(len(d.Links))
	}
}

// members inverts the senses into the synsets' member lists, checking
// that each synset's places run 0, 1, … without gaps or repeats.
func (d *Data) members(nSyn int) error {
	d.MemOff = make([]uint32, nSyn+1)
	for _, s := range d.SenseSyn {
		d.MemOff[s+1]++
	}
	for s := 0; s < nSyn; s++ {
		d.MemOff[s+1] += d.MemOff[s]
	}
	const none = ^uint32(0)
	d.Members = make([]uint32, len(d.SenseSyn))
	for i := range d.Members {
		d.Members[i] = none
	}
	lemma := 0
	for sense, syn := range d.SenseSyn {
		for uint32(sense) >= d.LemmaOff[lemma+1] {
			lemma++
		}
		start, end := d.MemOff[syn], d.MemOff[syn+1]
		pos := d.SensePos[sense]
		if pos >= end-start || d.Members[start+pos] != none {
			return fmt.Errorf("%w: sense %d: member place %d of synset %d taken or out of range", ErrFormat, sense, pos, syn)
		}
		d.Members[start+pos] = uint32(lemma)
	}
	return nil
}
