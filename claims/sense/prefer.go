package sense

import "fmt"

type lemmaPOS struct {
	lemma int
	pos   POS
}

type preferList struct {
	Prefer []senseName `yaml:"prefer"`
}

const preferFile = "prefer.yaml"

// readPrefer resolves prefer.yaml: for each lemma and part of speech, the
// sense to read first.
func (t *Tables) readPrefer(b []byte) (map[lemmaPOS]uint32, error) {
	var f preferList
	if err := decodeStrict(preferFile, b, &f); err != nil {
		return nil, err
	}
	prefer := map[lemmaPOS]uint32{}
	for _, n := range f.Prefer {
		s, err := t.resolve(preferFile, n)
		if err != nil {
			return nil, err
		}
		k := lemmaPOS{t.lemmaOf(s), t.synPOS(t.d.SenseSyn[s])}
		if _, dup := prefer[k]; dup {
			return nil, fmt.Errorf("%s:%d: %s: a sense of this lemma is already preferred", preferFile, n.line, n.text)
		}
		prefer[k] = s
	}
	return prefer, nil
}
