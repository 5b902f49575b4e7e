package store

import (
	"errors"
	"reflect"
	"testing"
)

// tiny is a made-up lexicon: "boat" and "ship" share a synset under
// "vessel"; "sail" (verb) derives from "sail" (noun).
func tiny() *Data {
	return &Data{
		Lexnames: []string{"noun.artifact", "verb.motion"},
		// synsets: 0 vessel, 1 boat/ship, 2 sail (noun), 3 sail (verb)
		SynLex: []uint8{0, 0, 0, 1},
		UpOff:  []uint32{0, 0, 1, 2, 2},
		Up:     []uint32{0, 0},
		// a vessel's members are boats and ships (not WordNet's, but made up)
		PartOff: []uint32{0, 1, 1, 1, 1},
		Parts:   []uint32{1},
		// lemmas: boat, sail, ship, vessel
		Keys:   "boatsailshipvessel",
		KeyOff: []uint32{0, 4, 8, 12, 18},
		// senses: boat→1, sail→2, sail→3, ship→1, vessel→0
		LemmaOff:  []uint32{0, 1, 3, 4, 5},
		SenseSyn:  []uint32{1, 2, 3, 1, 0},
		SenseFlag: []uint8{0, 0, 0, 0, 0},
		SensePos:  []uint32{0, 0, 0, 1, 0},
		LinkOff:   []uint32{0, 0, 1, 2, 2, 2},
		Links:     []uint32{Link(2, Derivation, false), Link(1, Derivation, false)},
	}
}

func TestRoundTrip(t *testing.T) {
	d := tiny()
	b, err := Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	d.MemOff = []uint32{0, 1, 3, 4, 5}
	d.Members = []uint32{3, 0, 2, 1, 1}
	if !reflect.DeepEqual(got, d) {
		t.Errorf("decoded\n%+v\nwant\n%+v", got, d)
	}
	again, err := Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(b) {
		t.Error("encoding the decoded tables gives other bytes")
	}
}

func TestEncodeRefuses(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Data)
	}{
		{"keys out of order", func(d *Data) { d.Keys = "sailboatshipvessel" }},
		{"mismatched arrays", func(d *Data) { d.SenseFlag = d.SenseFlag[:2] }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tiny()
			tt.mutate(d)
			if _, err := Encode(d); err == nil {
				t.Error("Encode accepted broken tables")
			}
		})
	}
}

func TestDecodeRefuses(t *testing.T) {
	good, err := Encode(tiny())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"no header", []byte("sense tables")},
		{"header only", []byte(Magic)},
		{"truncated", good[:len(good)-3]},
		{"trailing bytes", append(append([]byte{}, good...), 0)},
		{"huge count", append([]byte(Magic), 0xff, 0xff, 0xff, 0xff, 0x0f)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Decode(tt.b)
			if err == nil || !errors.Is(err, ErrFormat) {
				t.Errorf("Decode = %v, %v; want an ErrFormat", d != nil, err)
			}
		})
	}
}

func TestDecodeRefusesTakenPlace(t *testing.T) {
	d := tiny()
	d.SensePos[3] = 0 // ship in boat's place
	b, err := Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decode(b); !errors.Is(err, ErrFormat) {
		t.Errorf("Decode = %v, want an ErrFormat", err)
	}
}

// FuzzDecode checks that any bytes give tables whose indices are all in
// range, or an error, and never a panic.
func FuzzDecode(f *testing.F) {
	good, err := Encode(tiny())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(Magic))
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Decode(b)
		if err != nil {
			return
		}
		checkInRange(t, d)
	})
}

func checkInRange(t *testing.T, d *Data) {
	nSyn := uint32(len(d.SynLex))
	nSense := uint32(len(d.SenseSyn))
	for _, lx := range d.SynLex {
		if int(lx) >= len(d.Lexnames) {
			t.Fatalf("lexname %d of %d", lx, len(d.Lexnames))
		}
	}
	for _, u := range append(append([]uint32{}, d.Up...), d.Parts...) {
		if u >= nSyn {
			t.Fatalf("synset link %d of %d synsets", u, nSyn)
		}
	}
	for i := 0; i+1 < len(d.KeyOff); i++ {
		_ = d.Key(i)
	}
	if int(d.LemmaOff[len(d.LemmaOff)-1]) != len(d.SenseSyn) {
		t.Fatal("lemma senses do not cover the senses")
	}
	for _, s := range d.SenseSyn {
		if s >= nSyn {
			t.Fatalf("sense synset %d of %d", s, nSyn)
		}
	}
	for _, l := range d.Links {
		if target, rel, _ := Unlink(l); target >= nSense || rel >= NumRels {
			t.Fatalf("link to %d (%v) of %d senses", target, rel, nSense)
		}
	}
	for _, m := range d.Members {
		if int(m) >= len(d.KeyOff)-1 {
			t.Fatalf("member %d of %d lemmas", m, len(d.KeyOff)-1)
		}
	}
}
