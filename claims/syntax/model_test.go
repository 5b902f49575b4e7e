package syntax

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

type manifest struct {
	SHA256 string `json:"sha256"`
	Dev    Scores `json:"dev"`
}

func readManifest(t *testing.T) manifest {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("model", "MANIFEST.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// The embedded model is the one the manifest describes.
func TestModelMatchesManifest(t *testing.T) {
	sum := sha256.Sum256(modelFile)
	if got, want := hex.EncodeToString(sum[:]), readManifest(t).SHA256; got != want {
		t.Errorf("model/en_ewt.model has sha256 %s, the manifest says %s", got, want)
	}
}

// The embedded model keeps, on the EWT dev split, the scores its manifest
// records: within half a point of LAS.
func TestDevScoresAsManifest(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpora", "ud-english-ewt", "en_ewt-ud-dev.conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("the EWT dev split is not beside the repository: %v", err)
	}
	defer f.Close()
	dev, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	got, want := m.Evaluate(dev), readManifest(t).Dev
	if math.Abs(got.LAS-want.LAS) > 0.5 {
		t.Errorf("dev LAS %.2f, the manifest records %.2f", got.LAS, want.LAS)
	}
	if math.Abs(got.UPOS-want.UPOS) > 0.5 {
		t.Errorf("dev UPOS %.2f, the manifest records %.2f", got.UPOS, want.UPOS)
	}
}

func TestLoadRejectsDamage(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not ours":  []byte("PK\x03\x04"),
		"cut short": modelFile[:len(modelFile)/2],
		"trailing":  append(append([]byte(nil), modelFile...), 0),
	} {
		if _, err := Load(data); err == nil {
			t.Errorf("%s: Load gave no error", name)
		}
	}
}

// FuzzLoad: any bytes after the magic line give a model or an error,
// never a panic.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(modelMagic))
	f.Add(append([]byte(modelMagic), 1, 0, 0, 0, 4, 0, 0, 0, 'N', 'O', 'U', 'N'))
	f.Add(modelFile[:4096])
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		m, err := Load(data)
		if err == nil {
			m.Parse("The crew rescued nine passengers.")
		}
	})
}
