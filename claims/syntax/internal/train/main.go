// Command train trains crosscheck's tagger, lemmatiser and parser on the
// UD English Web Treebank, with word classes from Open English WordNet,
// and writes the model the binary embeds and its manifest.
//
//	go run ./claims/syntax/internal/train [-corpora ../shared/corpora] [-out claims/syntax/model]
//
// Training is deterministic: the same corpora, seed and settings give the
// same model file, byte for byte. The manifest records the checksums of
// the data read, the settings and the model's scores on the dev split.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/claims/internal/wordnet"
	"github.com/crosscheck/crosscheck/claims/syntax"
)

// Manifest describes a trained model: what it was trained on, how, and
// how well it does on the dev split.
type Manifest struct {
	Model    string            `json:"model"`
	SHA256   string            `json:"sha256"`
	Bytes    int               `json:"bytes"`
	Data     map[string]string `json:"data_sha256"`
	Seed     uint64            `json:"seed"`
	Settings map[string]int    `json:"settings"`
	Go       string            `json:"go"`
	Dev      syntax.Scores     `json:"dev"`
	Licence  string            `json:"licence"`
}

func main() {
	corpora := flag.String("corpora", "../shared/corpora", "folder of the corpora")
	out := flag.String("out", "claims/syntax/model", "folder to write the model and its manifest to")
	seed := flag.Uint64("seed", 1, "seed of the random order of training")
	tagEpochs := flag.Int("tag-epochs", 10, "epochs of tagger training")
	parseEpochs := flag.Int("parse-epochs", 15, "epochs of parser training (the best on dev is kept)")
	folds := flag.Int("folds", 10, "folds of jackknifed tags for parser training")
	flag.Parse()
	start := time.Now()
	logf := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "%6.1fs  %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, args...))
	}
	ewt := filepath.Join(*corpora, "ud-english-ewt")
	wnDir := filepath.Join(*corpora, "wordnet", "yaml")
	trainPath, devPath := filepath.Join(ewt, "en_ewt-ud-train.conllu"), filepath.Join(ewt, "en_ewt-ud-dev.conllu")
	train, dev := readTreebank(trainPath), readTreebank(devPath)
	wn, err := wordnet.Read(wnDir, false)
	if err != nil {
		log.Fatal(err)
	}
	logf("read %d + %d sentences, %d WordNet entries", len(train), len(dev), len(wn.Entries))
	opts := syntax.TrainOptions{Seed: *seed, TagEpochs: *tagEpochs, ParseEpochs: *parseEpochs, Folds: *folds,
		WordNet: wordClasses(wn), Irregular: irregularForms(wn), Log: logf}
	m, err := syntax.Train(train, dev, opts)
	if err != nil {
		log.Fatal(err)
	}
	data, err := m.MarshalBinary()
	if err != nil {
		log.Fatal(err)
	}
	loaded, err := syntax.Load(data)
	if err != nil {
		log.Fatalf("the model does not load back: %v", err)
	}
	sc := loaded.Evaluate(dev)
	logf("dev, as loaded: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f", sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS, sc.LAS)
	sum := sha256.Sum256(data)
	man := Manifest{
		Model: "en_ewt.model", SHA256: hex.EncodeToString(sum[:]), Bytes: len(data),
		Data: map[string]string{}, Seed: *seed,
		Settings: map[string]int{"tag_epochs": *tagEpochs, "parse_epochs": *parseEpochs, "folds": *folds},
		Go:       runtime.Version(), Dev: sc,
		Licence: "CC BY-SA 4.0 (trained on UD English EWT); WordNet word classes CC BY 4.0; see NOTICE",
	}
	files := []string{trainPath, devPath}
	wnFiles, _ := filepath.Glob(filepath.Join(wnDir, "entries-*.yaml"))
	sort.Strings(wnFiles)
	files = append(files, wnFiles...)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		s := sha256.Sum256(b)
		rel, _ := filepath.Rel(*corpora, f)
		man.Data[filepath.ToSlash(rel)] = hex.EncodeToString(s[:])
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*out, "en_ewt.model"), data, 0o644); err != nil {
		log.Fatal(err)
	}
	js, _ := json.MarshalIndent(man, "", "  ")
	if err := os.WriteFile(filepath.Join(*out, "MANIFEST.json"), append(js, '\n'), 0o644); err != nil {
		log.Fatal(err)
	}
	logf("wrote %s (%.1f MB, sha256 %s)", filepath.Join(*out, "en_ewt.model"), float64(len(data))/1e6, man.SHA256[:12])
}

func readTreebank(path string) []syntax.Sentence {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	s, err := syntax.ReadCoNLLU(f)
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	return s
}

// wordClasses gives every one-word lemma and irregular form of WordNet its
// classes: noun, verb, adjective, adverb, and for forms the class of the
// lemma they inflect; and to each lemma the lexicographer file of its
// first noun, verb and adjective sense.
func wordClasses(wn *wordnet.WordNet) map[string]syntax.WordClass {
	out := map[string]syntax.WordClass{}
	for _, e := range wn.Entries {
		if strings.ContainsAny(e.Lemma, " _") {
			continue
		}
		var own, inflected uint8
		slot := -1
		switch e.POS {
		case "n":
			own, inflected, slot = syntax.WordNetNoun, syntax.WordNetNounInflected, 0
		case "v":
			own, inflected, slot = syntax.WordNetVerb, syntax.WordNetVerbInflected, 1
		case "a", "s":
			own, inflected, slot = syntax.WordNetAdj, syntax.WordNetAdjInflected, 2
		case "r":
			own = syntax.WordNetAdv
		}
		low := strings.ToLower(e.Lemma)
		c := out[low]
		c.Bits |= own
		if slot >= 0 && c.Sense[slot] == 0 && len(e.Senses) > 0 {
			c.Sense[slot] = lexfile(e.Senses[0].ID)
		}
		out[low] = c
		for _, f := range e.Forms {
			fc := out[strings.ToLower(f)]
			fc.Bits |= inflected
			out[strings.ToLower(f)] = fc
		}
	}
	return out
}

// lexfile reads the lexicographer file number + 1 from a sense key
// ("kill%2:35:00::" is in file 35, verb.contact); 0 when it has none.
func lexfile(id string) uint8 {
	_, rest, ok := strings.Cut(id, "%")
	if !ok {
		return 0
	}
	parts := strings.Split(rest, ":")
	if len(parts) < 2 {
		return 0
	}
	n := 0
	for _, c := range parts[1] {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	if n > 44 {
		return 0
	}
	return uint8(n + 1)
}

// irregularForms lists WordNet's irregular forms of one-word lemmas.
func irregularForms(wn *wordnet.WordNet) []syntax.IrregularForm {
	var out []syntax.IrregularForm
	for _, e := range wn.Entries {
		if strings.ContainsAny(e.Lemma, " _") {
			continue
		}
		class := map[string]int{"n": 1, "v": 2, "a": 3, "s": 3, "r": 3}[e.POS]
		for _, f := range e.Forms {
			out = append(out, syntax.IrregularForm{Form: f, Lemma: e.Lemma, Class: class})
		}
	}
	return out
}
