package sense

import (
	"embed"
	"sync"
)

// The tables made by ./internal/gen from Open English WordNet; see
// data/NOTICE.txt.
//
//go:embed data/wordnet.tables
var tablesFile []byte

//go:embed prefer.yaml
var preferYAML []byte

//go:embed events.yaml
var eventsYAML []byte

//go:embed classes.yaml
var classesYAML []byte

// Notice is the licence notice and attribution of the embedded WordNet
// data, to be shown wherever the tables are distributed.
//
//go:embed data/NOTICE.txt
var Notice string

// Licences holds the licence texts the Notice names (data/LICENSE-*.txt).
//
//go:embed data/LICENSE-*.txt
var Licences embed.FS

var (
	defaultOnce   sync.Once
	defaultTables *Tables
	defaultErr    error
)

// Default returns the embedded tables, loaded on first use.
func Default() (*Tables, error) {
	defaultOnce.Do(func() { defaultTables, defaultErr = load(tablesFile, preferYAML, eventsYAML, classesYAML) })
	return defaultTables, defaultErr
}
