package syntax

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// TrainOptions are the settings of a training run. The same sentences and
// options give the same model, byte for byte.
type TrainOptions struct {
	Seed        uint64
	TagEpochs   int
	ParseEpochs int
	Folds       int                  // for the tags the parser and the tagger's second pass train on (jackknifing)
	WordNet     map[string]WordClass // lower-case word → WordNet classes
	Irregular   []IrregularForm      // WordNet's irregular forms
	Log         func(format string, args ...any)
}

func (o *TrainOptions) logf(format string, args ...any) {
	if o.Log != nil {
		o.Log(format, args...)
	}
}

// minClassCount is how often a word must be seen in training for the
// tags it had to become a feature; rarer words are left to their shape
// and affixes, in training as at run time.
const minClassCount = 2

// fixedCount and fixedShare decide when a word is so regular that the
// tagger does not score it: seen this often, always with one tag.
var (
	fixedCount = envInt("SYNTAX_FIXED_COUNT", 50)
	fixedShare = float64(envInt("SYNTAX_FIXED_SHARE", 9995)) / 10000
)

func envInt(k string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(k)); err == nil {
		return v
	}
	return def
}

func tagKey(w Word) string { return w.UPOS + " " + w.XPOS }

// tagClasses returns the joint tags of the sentences, sorted.
func tagClasses(sents []Sentence) ([]tagClass, map[string]int) {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			seen[tagKey(w)] = true
		}
	}
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	tags := make([]tagClass, len(keys))
	for i, k := range keys {
		u, x, _ := strings.Cut(k, " ")
		tags[i] = tagClass{u, x}
	}
	return tags, numbering(keys)
}

// buildLexicon counts the tags of each word and joins WordNet's classes.
func buildLexicon(sents []Sentence, index map[string]int, wordnet map[string]WordClass) *lexicon {
	counts := map[uint64]map[int]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			h := HashLower(w.Form)
			if counts[h] == nil {
				counts[h] = map[int]int{}
			}
			counts[h][index[tagKey(w)]]++
		}
	}
	words := make(map[uint64]wordInfo, len(counts)+len(wordnet))
	for w, c := range wordnet {
		words[HashLower(w)] = wordInfo{wn: c.Bits, fixed: -1, sense: c.Sense}
	}
	// ambiguity classes are numbered in the order of their sorted keys, so
	// that the numbers do not depend on map order
	classOf := map[uint64]string{}
	for h, byTag := range counts {
		total, best, bestN := 0, 0, -1
		tags := make([]int, 0, len(byTag))
		for t, n := range byTag {
			total += n
			tags = append(tags, t)
			if n > bestN || (n == bestN && t < best) {
				best, bestN = t, n
			}
		}
		info := words[h]
		info.fixed = -1
		if total >= fixedCount && float64(bestN) >= fixedShare*float64(total) {
			info.fixed = int16(best)
		}
		if total >= minClassCount {
			info.top = int16(best) + 1
		}
		words[h] = info
		if total >= minClassCount {
			slices.Sort(tags)
			classOf[h] = fmt.Sprint(tags)
		}
	}
	keys := make([]string, 0, len(classOf))
	for _, k := range classOf {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	ids := numbering(slices.Compact(keys))
	for h, k := range classOf {
		info := words[h]
		info.class = uint32(ids[k] + 1)
		words[h] = info
	}
	return newLexicon(words)
}

// taggerTrainer trains one pass of the tagger.
type taggerTrainer struct {
	m      *Model
	index  map[string]int
	report func(*averaged)
}

// train trains the tagger's weights on sents for the given epochs.
func (tt taggerTrainer) train(sents []Sentence, epochs int, rng *rand.Rand) *table {
	m := tt.m
	ap := newAveraged(len(m.tags))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var (
		at     []atoms
		buf    []rune
		feats  []uint64
		scores = make([]float64, len(m.tags))
	)
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := &sents[si]
			at, buf = m.fillAtoms(at, s.Words, buf)
			p1, p2 := -1, -1
			for i := range at {
				gold := tt.index[tagKey(s.Words[i])]
				guess := int(at[i].fixed)
				if guess < 0 {
					feats = tagFeatures(feats[:0], at, i, p1, p2)
					clear(scores)
					ap.score(feats, scores)
					guess = argmax64(scores)
					ap.tick()
					ap.update(feats, gold, guess)
				}
				p1, p2 = guess, p1
			}
		}
	}
	if tt.report != nil {
		tt.report(ap)
	}
	return ap.table()
}

// tagAll tags sents with the model's tagger.
func (m *Model) tagAll(sents []Sentence) [][]int {
	out := make([][]int, len(sents))
	var (
		at     []atoms
		buf    []rune
		feats  []uint64
		scores = make([]int32, len(m.tags))
	)
	for i, s := range sents {
		at, buf = m.fillAtoms(at, s.Words, buf)
		out[i] = make([]int, len(at))
		feats = m.tagSentence(at, out[i], feats, scores)
	}
	return out
}

func argmax64(s []float64) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// Train trains a model on train, choosing the parser's epoch on dev.
func Train(train, dev []Sentence, opt TrainOptions) (*Model, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("no training sentences")
	}
	m := &Model{}
	var index map[string]int
	m.tags, index = tagClasses(train)
	m.lex = buildLexicon(train, index, opt.WordNet)
	opt.logf("%d joint tags, %d words in the lexicon", len(m.tags), len(m.lex.keys))

	// the tagger, and its tags of the training sentences as jackknifed
	// folds give them
	seeds := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	tt := taggerTrainer{m: m, index: index, report: func(ap *averaged) { reportMass(opt, "tagger", ap) }}
	m.tagW = tt.train(train, opt.TagEpochs, rand.New(rand.NewPCG(seeds.Uint64(), 1)))
	tags := jackknife(train, opt, seeds.Uint64())
	opt.logf("tagger: %d features; jackknifed over %d folds", m.tagW.features(), opt.Folds)
	if opt.Folds < 2 {
		for i, s := range train {
			for j, w := range s.Words {
				tags[i][j] = index[tagKey(w)]
			}
		}
	}
	m.lemmas = trainLemmatizer(train, opt.Irregular, m.lex)
	opt.logf("lemmatiser: %d rules", len(m.lemmas.rules))
	if dev != nil {
		sc := m.tagScores(dev)
		opt.logf("dev: UPOS %.2f XPOS %.2f lemma %.2f", sc.UPOS, sc.XPOS, sc.Lemma)
	}
	if opt.ParseEpochs == 0 {
		return m, nil
	}

	m.parser = newParserModel(train, m.tags)
	m.parser.lex = m.lex
	tagged := make([]Sentence, len(train))
	for i, s := range train {
		tagged[i] = Sentence{ID: s.ID, Text: s.Text, Words: slices.Clone(s.Words)}
		for j := range tagged[i].Words {
			w := &tagged[i].Words[j]
			t := m.tags[tags[i][j]]
			w.UPOS, w.XPOS = t.UPOS, t.XPOS
			w.Lemma = m.lemmas.lemma(w.Form, w.XPOS)
		}
	}
	heads, labels := make([][]int32, len(train)), make([][]uint8, len(train))
	label := map[string]uint8{}
	for i, l := range m.parser.labels {
		label[l] = uint8(i + 1)
	}
	lifted := 0
	for i, s := range train {
		h := make([]int32, len(s.Words)+1)
		labels[i] = make([]uint8, len(s.Words)+1)
		for j, w := range s.Words {
			h[j+1] = int32(w.Head)
			labels[i][j+1] = label[w.Deprel]
		}
		heads[i] = projectivize(h)
		if !slices.Equal(h, heads[i]) {
			lifted++
		}
	}
	opt.logf("%d of %d training trees lifted to projective", lifted, len(train))
	m.trainParser(tagged, heads, labels, opt.ParseEpochs, rand.New(rand.NewPCG(seeds.Uint64(), 3)), dev, opt.Log)
	if dev != nil {
		wps, bps := m.speed(dev)
		opt.logf("speed on dev: %.0f words/s, %.2f MB/s", wps, bps/1e6)
	}
	return m, nil
}

// newParserModel numbers the labels and tags of the training sentences.
func newParserModel(train []Sentence, tags []tagClass) *parserModel {
	pm := &parserModel{}
	seen := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			seen[w.Deprel] = true
		}
	}
	for l := range seen {
		pm.labels = append(pm.labels, l)
	}
	slices.Sort(pm.labels)
	for i, l := range pm.labels {
		if l == "root" {
			pm.rootLabel = uint8(i + 1)
		}
	}
	pm.setTags(tags)
	return pm
}

// setTags numbers the Penn and universal tags of the joint tags, in
// sorted order.
func (pm *parserModel) setTags(tags []tagClass) {
	var xs, us []string
	for _, t := range tags {
		xs, us = append(xs, t.XPOS), append(us, t.UPOS)
	}
	slices.Sort(xs)
	slices.Sort(us)
	pm.xpos, pm.upos = numbering(slices.Compact(xs)), numbering(slices.Compact(us))
}

// jackknife tags each training sentence with a tagger trained on the
// other folds. The folds are trained side by side; each has its own seed,
// so the result does not depend on their timing.
func jackknife(train []Sentence, opt TrainOptions, seed uint64) [][]int {
	k := opt.Folds
	out := make([][]int, len(train))
	if k < 2 {
		for i, s := range train {
			out[i] = make([]int, len(s.Words))
		}
		return out
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for f := 0; f < k; f++ {
		wg.Add(1)
		go func(f int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var rest, held []Sentence
			var heldAt []int
			for i, s := range train {
				if i%k == f {
					held, heldAt = append(held, s), append(heldAt, i)
				} else {
					rest = append(rest, s)
				}
			}
			fm := &Model{}
			var index map[string]int
			fm.tags, index = tagClasses(train) // every fold numbers tags alike
			fm.lex = buildLexicon(rest, index, opt.WordNet)
			fm.tagW = taggerTrainer{m: fm, index: index}.train(rest, opt.TagEpochs, rand.New(rand.NewPCG(seed, uint64(f))))
			for j, t := range fm.tagAll(held) {
				out[heldAt[j]] = t
			}
		}(f)
	}
	wg.Wait()
	return out
}

// tagScores scores the tagger and lemmatiser alone on sents.
func (m *Model) tagScores(sents []Sentence) Scores {
	var sc Scores
	var upos, xpos, lemma int
	ws := new(workspace)
	ws.scores = make([]int32, len(m.tags))
	for _, s := range sents {
		n := len(s.Words)
		ws.at, ws.runes = m.fillAtoms(ws.at, s.Words, ws.runes)
		ws.tags = fillN(ws.tags, n)
		ws.feats = m.tagSentence(ws.at, ws.tags, ws.feats, ws.scores)
		for i, w := range s.Words {
			t := m.tags[ws.tags[i]]
			sc.Words++
			upos += b2i(t.UPOS == w.UPOS)
			xpos += b2i(t.XPOS == w.XPOS)
			lemma += b2i(m.lemmas.lemma(w.Form, t.XPOS) == w.Lemma)
		}
	}
	pc := func(n int) float64 { return 100 * float64(n) / float64(max(sc.Words, 1)) }
	sc.UPOS, sc.XPOS, sc.Lemma = pc(upos), pc(xpos), pc(lemma)
	return sc
}

// speed reports the words per second and the text bytes per second of
// Annotate over sents.
func (m *Model) speed(sents []Sentence) (wps, bps float64) {
	words, bytes := 0, 0
	copies := make([]Sentence, len(sents))
	for i, s := range sents {
		copies[i] = Sentence{Text: s.Text, Words: make([]Word, len(s.Words))}
		for j, w := range s.Words {
			copies[i].Words[j] = Word{Form: w.Form, Start: w.Start, End: w.End}
		}
		words += len(s.Words)
		bytes += len(s.Text) + 1
	}
	start := time.Now()
	for i := range copies {
		m.Annotate(&copies[i])
	}
	d := time.Since(start).Seconds()
	return float64(words) / d, float64(bytes) / d
}

// reportMass logs the features and weight of each template, when the
// environment asks for it.
func reportMass(opt TrainOptions, what string, ap *averaged) {
	if !reportTemplates {
		return
	}
	count, mass := ap.templateMass()
	total := 0.0
	for _, m := range mass {
		total += m
	}
	for j := range count {
		opt.logf("%s template %3d: %8d features, %5.2f%% of the weight", what, j, count[j], 100*mass[j]/total)
	}
}

var reportTemplates = os.Getenv("SYNTAX_TEMPLATES") != ""
