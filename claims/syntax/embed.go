package syntax

import (
	"embed"
	"sync"
)

// The model trained on UD English EWT, built into the binary. See
// model/NOTICE.txt for its licence and model/MANIFEST.json for how it was
// made.
//
//go:embed model/en_ewt.model
var modelFile []byte

// Notice is the licence notice of the embedded model.
//
//go:embed model/NOTICE.txt
var Notice string

// Licences holds the licence texts the Notice names (model/LICENSE-*.txt).
//
//go:embed model/LICENSE-*.txt
var Licences embed.FS

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, loaded on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() { defaultModel, defaultErr = Load(modelFile) })
	return defaultModel, defaultErr
}
