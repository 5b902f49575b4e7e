package sense

import "fmt"

// A Class is the kind of thing a noun names, for typing mentions.
type Class uint8

// The noun classes. Organization is a group that acts as one (a company,
// the police, a ministry); Group any other collection of people or things
// (a crowd, a family, a fleet). Facility is a built place (a hospital, a
// bridge, a road), Place any other (a city, a river, a region).
const (
	Other Class = iota
	Person
	Organization
	Group
	Place
	Facility
	Time
	Event
	Artifact
	Animal
	Substance
	Quantity
	numClasses
)

var classNames = [numClasses]string{"other", "person", "organization", "group", "place",
	"facility", "time", "event", "artifact", "animal", "substance", "quantity"}

// String returns the class's name in lower case ("person").
func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return "class?"
}

func parseClass(s string) (Class, bool) {
	for i, n := range classNames {
		if n == s {
			return Class(i), true
		}
	}
	return Other, false
}

// A classAnchor gives its class to the synsets at or below it.
type classAnchor struct {
	syn   uint32
	class Class
}

type classFile struct {
	Classes []struct {
		Class    string      `yaml:"class"`
		Anchors  []senseName `yaml:"anchors"`
		Lexnames []string    `yaml:"lexnames"`
	} `yaml:"classes"`
}

const classesFile = "classes.yaml"

// readClasses resolves classes.yaml: its anchors, and the class each
// lexicographer file gives a noun under no anchor, kept in lexClass.
func (t *Tables) readClasses(b []byte) ([]classAnchor, error) {
	var f classFile
	if err := decodeStrict(classesFile, b, &f); err != nil {
		return nil, err
	}
	t.lexClass = make([]Class, len(t.d.Lexnames))
	lexIndex := map[string]int{}
	for i, n := range t.d.Lexnames {
		lexIndex[n] = i
	}
	var anchors []classAnchor
	for _, c := range f.Classes {
		class, ok := parseClass(c.Class)
		if !ok {
			return nil, fmt.Errorf("%s: unknown class %q (want one of %v)", classesFile, c.Class, classNames)
		}
		for _, n := range c.Anchors {
			s, err := t.resolve(classesFile, n)
			if err != nil {
				return nil, err
			}
			anchors = append(anchors, classAnchor{t.d.SenseSyn[s], class})
		}
		for _, l := range c.Lexnames {
			i, ok := lexIndex[l]
			if !ok || t.lexPOS[i] != Noun {
				return nil, fmt.Errorf("%s: class %s: %q is not a noun lexicographer file", classesFile, c.Class, l)
			}
			t.lexClass[i] = class
		}
	}
	return anchors, nil
}

// NounClass returns the class of lemma's first noun sense: that of the
// nearest anchor of classes.yaml at or above it among its hypernyms
// (nurse → person; police → organization; hospital → facility), or else
// the class its lexicographer file gives (noun.time → time). Other when
// WordNet has no noun lemma, or no class fits (an idea, a feeling).
//
// The Open English WordNet release embedded has no proper nouns, so names
// ("Paris", "Reuters") are Other: typing names is the name gazetteer's
// job.
func (t *Tables) NounClass(lemma string) Class {
	var buf [8]uint32
	s := t.firstSenses(lemma, Noun, 1, buf[:0])
	if len(s) == 0 {
		return Other
	}
	syn := t.d.SenseSyn[s[0]]
	class, found := Other, false
	t.walkUp(syn, -1, func(u uint32, _ int) bool {
		for _, a := range t.classes {
			if a.syn == u {
				class, found = a.class, true
				return false
			}
		}
		return true
	})
	if found {
		return class
	}
	return t.lexClass[t.d.SynLex[syn]]
}
