package store

// A Rel is a kind of link between two senses. A link's code is
// rel<<1 | inverse: a link read backwards (the noun sense's view of a
// verb's Agent link) has the inverse bit. Derivation and antonymy are
// symmetric and never inverse.
type Rel uint8

// The sense relations, in code order.
const (
	Derivation Rel = iota
	Antonym
	Pertainym  // adjective → the noun it pertains to
	Participle // adjective → the verb it is a participle of
	Agent      // verb → the noun of who does it (kill → killer)
	BodyPart
	ByMeansOf
	Destination
	Event // verb → the noun of the event (kill → killing)
	Instrument
	Location
	Material
	Property
	Result
	State
	Undergoer
	Uses
	Vehicle
	NumRels
)

var relNames = [NumRels]string{"derivation", "antonym", "pertainym", "participle",
	"agent", "body_part", "by_means_of", "destination", "event", "instrument",
	"location", "material", "property", "result", "state", "undergoer", "uses", "vehicle"}

// String returns the relation's name as WordNet's YAML spells it.
func (r Rel) String() string {
	if r < NumRels {
		return relNames[r]
	}
	return "rel?"
}

// Symmetric reports whether the relation is its own inverse.
func (r Rel) Symmetric() bool { return r == Derivation || r == Antonym }

// Link packs a link to target.
func Link(target uint32, r Rel, inverse bool) uint32 {
	code := uint32(r) << 1
	if inverse {
		code |= 1
	}
	return target<<8 | code
}

// Unlink splits a packed link.
func Unlink(l uint32) (target uint32, r Rel, inverse bool) {
	return l >> 8, Rel(l & 0xff >> 1), l&1 == 1
}
