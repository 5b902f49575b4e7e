package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit keys made by mixing a template's number with the
// atoms it combines (word hashes, tags, labels, small counts). Every hash
// here is fixed, so the same text gives the same keys on every machine and
// in every run: the trained model depends on it.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is the 64-bit finaliser of MurmurHash3: every input bit reaches
// every output bit.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// f1, f2, f3 and f4 make the key of template t over one to four atoms:
// each term is multiplied by its own odd constant, the sum finalised once.
// Keys have 63 bits: the top bit marks the parser's dense features.
func f1(t, a uint64) uint64 {
	return mix(t*0x9E3779B97F4A7C15+a*0xC2B2AE3D27D4EB4F) >> 1
}

func f2(t, a, b uint64) uint64 {
	return mix(t*0x9E3779B97F4A7C15+a*0xC2B2AE3D27D4EB4F+b*0x165667B19E3779F9) >> 1
}

func f3(t, a, b, c uint64) uint64 {
	return mix(t*0x9E3779B97F4A7C15+a*0xC2B2AE3D27D4EB4F+b*0x165667B19E3779F9+c*0x27D4EB2F165667C5) >> 1
}

func f4(t, a, b, c, d uint64) uint64 {
	return mix(t*0x9E3779B97F4A7C15+a*0xC2B2AE3D27D4EB4F+b*0x165667B19E3779F9+c*0x27D4EB2F165667C5+d*0x94D049BB133111EB) >> 1
}

// hashString is FNV-1a over the bytes of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashRunes is FNV-1a over runes, one step a rune.
func hashRunes(rs []rune) uint64 {
	h := uint64(fnvOffset)
	for _, r := range rs {
		h ^= uint64(r)
		h *= fnvPrime
	}
	return h
}

// lowerRunes appends the runes of s in lower case to dst.
func lowerRunes(dst []rune, s string) []rune {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, rune(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = append(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// HashLower is the hash of s in lower case, the key of a word in the
// model's tables.
func HashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		h ^= uint64(unicode.ToLower(r))
		h *= fnvPrime
		i += n
	}
	return h
}
