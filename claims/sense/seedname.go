package sense

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// A senseName is a sense as the data files name it, lemma.pos.NN as NLTK
// writes WordNet senses: "fire.n.01" is the first noun sense of fire,
// "step_down.v.01" the first verb sense of step down. The numbering is
// WordNet's (senses most frequent first), before prefer.yaml reorders
// any.
type senseName struct {
	text string
	line int
}

func (n *senseName) UnmarshalYAML(v *yaml.Node) error {
	if v.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a sense name such as fire.n.01", v.Line)
	}
	n.text, n.line = v.Value, v.Line
	return nil
}

var posLetters = map[string]POS{"n": Noun, "v": Verb, "a": Adj, "s": Adj, "r": Adv}

// resolve finds the named sense: its index in the sense arrays.
func (t *Tables) resolve(file string, n senseName) (uint32, error) {
	bad := func(why string) error {
		return fmt.Errorf("%s:%d: %q: %s", file, n.line, n.text, why)
	}
	i := strings.LastIndexByte(n.text, '.')
	j := -1
	if i > 0 {
		j = strings.LastIndexByte(n.text[:i], '.')
	}
	if j <= 0 {
		return 0, bad("want lemma.pos.NN, as fire.n.01")
	}
	lemma, p, num := n.text[:j], n.text[j+1:i], n.text[i+1:]
	pos, ok := posLetters[p]
	if !ok {
		return 0, bad("part of speech " + p + " is not n, v, a or r")
	}
	k, err := strconv.Atoi(num)
	if err != nil || k < 1 {
		return 0, bad("sense number " + num + " is not 1 or more")
	}
	var buf [64]uint32
	senses := t.wordnetSenses(lemma, pos, buf[:0])
	if k > len(senses) {
		return 0, bad(fmt.Sprintf("WordNet has %d %s senses of %q", len(senses), pos, strings.ReplaceAll(lemma, "_", " ")))
	}
	return senses[k-1], nil
}

// decodeStrict decodes YAML into v, refusing unknown fields. An empty
// file leaves v empty.
func decodeStrict(file string, b []byte, v any) error {
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil && err != io.EOF {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}
