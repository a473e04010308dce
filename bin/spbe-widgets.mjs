#!/usr/bin/env node
// spbe-widgets: check, convert and calculate SPBE data files with the same validator and calculator
// the widgets use (the package's dist/core). Node 20. `spbe-widgets --help` says how.
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { dsvFormat } from 'd3-dsv';
import { distance } from './edit-distance.mjs';

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('core/validate.js', dist))) {
  console.error('spbe-widgets: dist/ is missing; run `npm run build` in the package first');
  process.exit(2);
}
const core = (m) => import(new URL(`core/${m}.js`, dist));
const [{ parseSpbeDocument, at: joinPath }, { parseSpbeResults }, { parseJsonBody }, { SpbeError }, { describeError, describeIssue }, { parseTrendCsv, parseResultsCsv, atLine }, calc, fwm, { delimiterOf }, { formatIndex, formatDelta }, { text: inLang }] =
  await Promise.all(['validate', 'results', 'load', 'errors', 'describe', 'csv', 'calculate', 'framework', 'delimiter', 'format', 'i18n'].map(core));
await core('framework-check'); // documents may bring their own framework
const { permenpanrb592020AspectLabels } = await core('frameworks/permenpanrb-59-2020-labels');
const { resultsFromCsv } = await core('results-table');
const { registerLabels, getFramework, labelOf, indexName } = fwm;
const { completeLevels, bandFor, bandNamed, partsOf, weightedMean, PUBLISHED_TOLERANCE } = calc;
registerLabels('permenpanrb-59-2020', { aspects: permenpanrb592020AspectLabels });

/** A mistake of the user's: printed as one line (no stack), exit 1 (2 for usage). */
class UserError extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

const envLang = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').toLowerCase().startsWith('en') ? 'en' : 'id';

const HELP = {
  id: `spbe-widgets: periksa, ubah dan hitung data SPBE

Pemakaian:
  spbe-widgets validate BERKAS...        periksa dokumen data (JSON), kumpulan hasil, atau titik
                                         akses (CSV/GeoJSON); setiap masalah dengan path JSON
                                         atau barisnya; keluar 1 bila ada masalah. Angka yang
                                         tidak cocok satu sama lain (indeks dari domainnya,
                                         predikat dari indeksnya) menjadi peringatan ⚠
  spbe-widgets convert BERKAS.csv        tabel hasil resmi (instansi, D1-D4, indeks, predikat,
                                         per tahun) atau lembar sederhana (tahun,indeks,...) ke
                                         dokumen data
  spbe-widgets calc BERKAS               dari level 47 indikator (CSV indikator,level, atau
                                         dokumen) ke indeks aspek, domain, SPBE dan predikat

Pilihan:
  --json                  keluaran JSON (validate, calc)
  --strict                validate: peringatan juga membuat keluar 1
  --lang id|en            bahasa pesan (bawaan: id, atau en bila LANG=en*)
  -                       sebagai BERKAS: baca dari stdin
  convert:
    --instansi NAMA|KODE  pilih satu instansi dari tabel (nama atau kode Kemendagri)
    --out BERKAS|FOLDER   tulis ke berkas (satu instansi) atau satu berkas per instansi ke folder
    --name NAMA           nama instansi untuk lembar tanpa kolom instansi
    --decimal comma|point|auto   penulisan angka (3,34 atau 3.34); bawaan auto
  calc:
    --what-if 23=3,45=4   hitung ulang dengan level lain untuk indikator itu
    --year TAHUN          tahun dari dokumen (bawaan: yang terakhir dengan indikator)

Contoh:
  npx spbe-widgets validate data/spbe.json data/ap.csv
  npx spbe-widgets convert hasil-2024.csv --instansi 18.72 --out data/spbe.json
  npx spbe-widgets calc indikator.csv --what-if 23=3
  cat data/spbe.json | npx spbe-widgets validate -
`,
  en: `spbe-widgets: check, convert and calculate SPBE data

Usage:
  spbe-widgets validate FILE...          check data documents (JSON), results collections, or
                                         access points (CSV/GeoJSON); every problem with its JSON
                                         path or line; exits 1 if there are any. Figures that
                                         disagree (an index and its domains, a predikat and its
                                         index) are warnings ⚠
  spbe-widgets convert FILE.csv          an official result table (instansi, D1-D4, indeks,
                                         predikat, per year) or a simple sheet (year,index,...)
                                         to data documents
  spbe-widgets calc FILE                 from the 47 indicator levels (CSV indikator,level, or a
                                         document) to aspect, domain and SPBE index and predikat

Options:
  --json                  JSON output (validate, calc)
  --strict                validate: warnings exit 1 too
  --lang id|en            message language (default: id, or en when LANG=en*)
  -                       as FILE: read stdin
  convert:
    --instansi NAME|CODE  pick one instansi of the table (name or Kemendagri code)
    --out FILE|DIR        write to a file (one instansi) or one file per instansi into a folder
    --name NAME           the instansi's name, for a sheet without an instansi column
    --decimal comma|point|auto   how numbers are written (3,34 or 3.34); default auto
  calc:
    --what-if 23=3,45=4   compute again with other levels for those indicators
    --year YEAR           the year of a document (default: the latest with indicators)

Examples:
  npx spbe-widgets validate data/spbe.json data/ap.csv
  npx spbe-widgets convert results-2024.csv --instansi 18.72 --out data/spbe.json
  npx spbe-widgets calc indicators.csv --what-if 23=3
  cat data/spbe.json | npx spbe-widgets validate -
`,
};

const M = {
  id: {
    ok: 'sah',
    problems: (n) => `${n} masalah`,
    noFile: (f) => `berkas tidak ditemukan: ${f}`,
    isDir: (f) => `ini folder, bukan berkas: ${f}`,
    unknownCommand: (c) => `perintah tidak dikenal: ${c} (validate, convert, calc; lihat --help)`,
    needFile: 'berkas belum disebut (atau - untuk stdin)',
    document: (n, y) => `dokumen data, ${n} evaluasi${y ? ` (${y})` : ''}`,
    results: (n, e) => `kumpulan hasil, ${n} instansi, ${e} evaluasi`,
    points: (n) => `${n} titik akses`,
    notInstansi: (q, near) => `instansi "${q}" tidak ada di tabel${near.length ? `; mungkin: ${near.join('; ')}` : ''}`,
    notTable: 'bukan tabel CSV atau kumpulan hasil (JSON dengan results)',
    many: (n) => `tabel berisi ${n} instansi: pilih satu dengan --instansi, atau tulis semuanya dengan --out FOLDER`,
    wrote: (n, d) => `${n} dokumen ditulis ke ${d}`,
    wroteOne: (f) => `ditulis: ${f}`,
    noName: 'lembar ini tidak punya kolom instansi: beri nama dengan --name "Pemerintah Kota …"',
    whatIf: (s) => `--what-if tidak dapat dibaca: ${s} (contoh: 23=3,45=4)`,
    missing: (ids, all, index) => `indikator tanpa level: ${ids.join(', ')}; ${index} butuh ke-${all}`,
    noIndicators: 'dokumen ini tidak punya level indikator untuk dihitung',
    head: ['', 'sekarang', 'what-if', 'selisih'],
    predikat: 'Predikat',
    unknownIndicator: (id, ids) => `indikator tidak dikenal: ${id} (${ids})`,
    badLevel: (v, { min, max }) => `level harus bilangan bulat ${min}-${max}, bukan ${v}`,
    dupIndicator: (id) => `indikator ${id} disebut dua kali`,
    columns: 'kolom indikator dan level (atau indicator,level) diperlukan',
    line: 'baris',
    workbook: (f) => `${f} adalah buku kerja spreadsheet, bukan CSV: simpan lembarnya sebagai CSV (Excel: File → Save As → "CSV UTF-8"; LibreOffice: Save As → "Text CSV") lalu jalankan lagi dengan berkas .csv itu`,
    binary: (f) => `${f} bukan berkas teks (JSON, CSV atau GeoJSON)`,
    warnings: (n) => `${n} peringatan`,
    year: 'tahun',
    disagrees: (what, given, computed, from) => `${what} ${given} tidak sama dengan yang dihitung dari ${from}: ${computed}`,
    notBand: (given, index, band) => `predikat "${given}" bukan predikat indeks ${index} (${band})`,
    theIndex: 'indeks',
    domain: (l) => `domain ${l}`,
    aspect: (id) => `aspek ${id}`,
    fromDomains: 'domainnya',
    fromAspects: 'aspeknya',
    fromIndicators: 'indikatornya',
  },
  en: {
    ok: 'valid',
    problems: (n) => `${n} problem${n === 1 ? '' : 's'}`,
    noFile: (f) => `no such file: ${f}`,
    isDir: (f) => `a folder, not a file: ${f}`,
    unknownCommand: (c) => `unknown command: ${c} (validate, convert, calc; see --help)`,
    needFile: 'no file given (or - for stdin)',
    document: (n, y) => `data document, ${n} evaluation${n === 1 ? '' : 's'}${y ? ` (${y})` : ''}`,
    results: (n, e) => `results collection, ${n} instansi, ${e} evaluations`,
    points: (n) => `${n} access points`,
    notInstansi: (q, near) => `no instansi "${q}" in the table${near.length ? `; perhaps: ${near.join('; ')}` : ''}`,
    notTable: 'neither a CSV table nor a results collection (JSON with results)',
    many: (n) => `the table has ${n} instansi: pick one with --instansi, or write them all with --out DIR`,
    wrote: (n, d) => `${n} documents written to ${d}`,
    wroteOne: (f) => `written: ${f}`,
    noName: 'this sheet has no instansi column: name it with --name "Pemerintah Kota …"',
    whatIf: (s) => `cannot read --what-if: ${s} (for example 23=3,45=4)`,
    missing: (ids, all, index) => `indicators without a level: ${ids.join(', ')}; the ${index} needs all ${all}`,
    noIndicators: 'this document has no indicator levels to compute from',
    head: ['', 'now', 'what-if', 'change'],
    predikat: 'Predikat',
    unknownIndicator: (id, ids) => `unknown indicator: ${id} (${ids})`,
    badLevel: (v, { min, max }) => `a level is a whole number ${min}-${max}, not ${v}`,
    dupIndicator: (id) => `indicator ${id} given twice`,
    columns: 'indikator and level (or indicator,level) columns are required',
    line: 'line',
    workbook: (f) => `${f} is a spreadsheet workbook, not a CSV: save its sheet as CSV (Excel: File → Save As → "CSV UTF-8"; LibreOffice: Save As → "Text CSV") and run again on that .csv file`,
    binary: (f) => `${f} is not a text file (JSON, CSV or GeoJSON)`,
    warnings: (n) => `${n} warning${n === 1 ? '' : 's'}`,
    year: 'year',
    disagrees: (what, given, computed, from) => `${what} ${given} differs from the one its ${from} give: ${computed}`,
    notBand: (given, index, band) => `predikat "${given}" is not the predikat of index ${index} (${band})`,
    theIndex: 'index',
    domain: (l) => `domain ${l}`,
    aspect: (id) => `aspect ${id}`,
    fromDomains: 'domains',
    fromAspects: 'aspects',
    fromIndicators: 'indicators',
  },
};

// ---------------------------------------------------------------------------------------- input

function readInput(file) {
  const name = file === '-' ? '<stdin>' : file;
  if (file !== '-' && !existsSync(file)) throw new UserError(m.noFile(file));
  if (file !== '-' && statSync(file).isDirectory()) throw new UserError(m.isDir(file));
  const bytes = readFileSync(file === '-' ? 0 : file);
  // A workbook (xlsx and ods are zip files, xls an OLE file), or any other binary file: said as
  // such, with how to save it as CSV, not read as a CSV without a year column.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (zip || ole || /\.(xlsx|xlsm|xls|ods|numbers)$/i.test(file)) throw new UserError(m.workbook(name));
  // Excel's "Unicode Text" is UTF-16 with a byte order mark (tab separated): read as text.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name, text: bytes.subarray(2).toString('utf16le') };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name, text: Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') };
  if (bytes.subarray(0, 8192).includes(0)) throw new UserError(m.binary(name));
  return { name, text: bytes.toString('utf8') };
}

/** CSV by its name (`.csv`, `.tsv`, `.txt`), JSON by its name (`.json`, `.geojson`), else by its first character. */
const looksCsv = (name, text) =>
  /\.(csv|tsv|txt)$/i.test(name) || (!/\.(geo)?json$/i.test(name) && !/^\s*[[{"]|^\s*(null|true|false|-?\d+(\.\d+)?)\s*$/.test(text.replace(/^\uFEFF/, '')));
// Half up, as the published figures: 3,045 is 3,05 (the float 3.0449999… is not 3,04).
const fmt = (v, digits = 2) => formatIndex(Math.round(v * 10 ** digits + 1e-6) / 10 ** digits, lang, digits);

/** Problems of an SpbeError as `{ path, code, message }`. */
const problemsOf = (e) => {
  const { summary, details } = describeError(e, lang);
  return { summary, problems: e.issues.length ? e.issues.map((i, k) => ({ path: i.path, code: i.code, message: details[k] })) : [{ path: '', code: e.kind, message: summary }] };
};

// ------------------------------------------------------------------------------------- validate

async function validateOne({ name, text }) {
  try {
    if (looksCsv(name, text)) {
      const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].toLowerCase();
      // Access points have coordinates; a sheet without them is a year-by-year sheet.
      if (/\b(lat|latitude|lintang)\b/.test(header)) return pointsResult(name, (await apData()).parseApCsv(text));
      // The official result table (an instansi column), as <spbe-ranking> reads it (a row it would
      // leave out is a problem here); else a year-by-year sheet.
      const table = notTable(() => resultsFromCsv(text, name));
      if (table?.skipped) throw table.skipped.error;
      if (table) return resultsResult(name, table.results, table.input, table.lines);
      const doc = parseTrendCsv(text, { decimal: opts.decimal ?? 'auto', name: opts.name ?? basename(name, extname(name)), url: name });
      // A sheet's row is named by its year (the reader keeps no lines for it).
      return documentResult(name, parseSpbeDocument(doc, name), doc, (k) => [`${m.year} ${doc.evaluations[k].year}`, undefined, true]);
    }
    const json = parseJsonBody(text.replace(/^\uFEFF/, ''), name, 'application/json');
    if (json && (json.type === 'FeatureCollection' || json.type === 'Feature')) return pointsResult(name, (await apData()).parseApGeojson(json, name));
    if (json && json.results !== undefined) {
      return resultsResult(name, parseSpbeResults(json, name), json);
    }
    return documentResult(name, parseSpbeDocument(json, name), json);
  } catch (e) {
    if (!(e instanceof SpbeError)) throw e;
    const { summary, problems } = problemsOf(e);
    return { file: name, kind: e.params.format ?? 'document', ok: false, summary, problems };
  }
}

/** `read()`, or undefined when the CSV has no instansi column (so it is not a results table). */
function notTable(read) {
  try {
    return read();
  } catch (e) {
    if (e instanceof SpbeError && e.issues.some((i) => i.params.what === 'instansi')) return undefined;
    throw e;
  }
}

/**
 * Figures the validator accepts but a data maker wants to hear of before publishing: one year's
 * figures that disagree with each other beyond the rounding of published tables
 * (`PUBLISHED_TOLERANCE`; all 1 233 complete national rows agree within it). An aspect its
 * indicators do not give, a domain its aspects do not give, an index its domains do not give (a
 * figure typed wrong), and a predikat that is not its index's band. Only figures the file gives
 * are compared, and not in a row marked damaged. `raws` are the file's evaluations, in its order;
 * `where(k)` names the k-th (a JSON path or a CSV line). Warnings, not problems: the widgets show
 * the figures as given.
 */
function disagreements(fw, evaluations, raws, where) {
  const out = [];
  const [aspectParts, domainParts] = partsOf(fw);
  const say = (k, key, message) => {
    // A CSV line is the place; the message says which figure.
    const [path, note, line] = [].concat(where(k));
    out.push({ path: line ? path : `${path}.${key}`, code: key === 'predikat' ? 'predikat' : 'disagrees', message, note });
  };
  const check = (k, key, what, given, computed, from) => {
    if (typeof given === 'number' && computed !== undefined && Math.abs(given - computed) > PUBLISHED_TOLERANCE) say(k, key, m.disagrees(what, fmt(given), fmt(computed), from));
  };
  for (const e of evaluations) {
    const k = raws.findIndex((r) => r?.year === e.year);
    const raw = raws[k];
    if (!raw || e.damaged) continue;
    fw.aspects.forEach((a, j) => check(k, joinPath('aspects', a.id), m.aspect(a.id), raw.aspects?.[a.id], weightedMean(e.indicators, aspectParts[j]), m.fromIndicators));
    fw.domains.forEach((d, j) =>
      check(k, joinPath('domains', d.id), m.domain(labelOf(fw, 'domain', d.id, lang)), raw.domains?.[d.id], weightedMean(e.aspects, domainParts[j]), m.fromAspects),
    );
    check(k, 'index', m.theIndex, raw.index, weightedMean(e.domains, fw.domains), m.fromDomains);
    if (typeof raw.predikat === 'string') {
      const band = bandFor(e.indexExact, fw);
      // An index just under a band's edge (1,7995) is written to 4 decimals, not rounded onto it (1,80).
      const shown = bandFor(Math.round(e.indexExact * 100) / 100, fw) === band ? fmt(e.indexExact) : fmt(e.indexExact, 4);
      // Named in Indonesian, as the tables do, or in English.
      if (bandNamed(raw.predikat, fw) !== band && raw.predikat.trim().toLowerCase() !== inLang(band.label, 'en').toLowerCase()) say(k, 'predikat', m.notBand(raw.predikat.trim(), shown, inLang(band.label, lang)));
    }
  }
  return out.map(({ note, ...w }) => ({ ...w, message: `${w.path}${note ? ` (${note})` : ''}: ${w.message}` }));
}

function resultsResult(file, r, raw, lines) {
  const warnings = r.results.flatMap((entry, i) =>
    disagreements(r.framework, entry.evaluations, raw?.results?.[i]?.evaluations ?? [], (k) => {
      const year = raw.results[i].evaluations[k].year;
      return lines ? [`${m.line} ${lines[i][entry.evaluations.findIndex((e) => e.year === year)]}`, entry.instansi.name, true] : [`results[${i}].evaluations[${k}]`, `${entry.instansi.name} ${year}`];
    }),
  );
  return { file, kind: 'results', ok: true, summary: m.results(r.results.length, r.results.reduce((s, x) => s + x.evaluations.length, 0)), problems: [], warnings };
}

const apData = () => import(new URL('widgets/ap-map/ap-data.js', dist));

function documentResult(file, d, raw, where = (k) => `evaluations[${k}]`) {
  const years = d.evaluations.map((e) => e.year);
  const span = years.length ? (years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : `${years[0]}`) : '';
  const warnings = disagreements(d.framework, d.evaluations, raw?.evaluations ?? [], where);
  return { file, kind: 'document', ok: true, summary: `${m.document(d.evaluations.length, span)}: ${d.instansi.name}`, problems: [], warnings };
}

function pointsResult(file, r) {
  const ok = r.skipped === 0;
  const problems = r.issues.map((i) => ({ path: i.path, code: i.code, message: describeIssue(i, lang) }));
  const summary = ok ? m.points(r.total) : describeError(new SpbeError('validation', { issues: r.issues, params: { skipped: r.skipped, total: r.total } }), lang).summary;
  return { file, kind: `points (${r.format})`, ok, summary, problems };
}

async function validate(files) {
  if (!files.length) throw new UserError(m.needFile, 2);
  const out = [];
  for (const f of files) {
    let input;
    try {
      input = readInput(f);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      out.push({ file: f, kind: 'file', ok: false, summary: e.message, problems: [{ path: '', code: 'file', message: e.message }] });
      continue;
    }
    out.push(await validateOne(input));
  }
  for (const r of out) r.warnings ??= [];
  if (opts.json) console.log(JSON.stringify(out, null, 2));
  else
    for (const r of out) {
      const warned = r.warnings.length ? ` (${m.warnings(r.warnings.length)})` : '';
      console.log(`${r.ok ? (warned ? '⚠' : '✓') : '✗'} ${r.file}: ${r.ok ? `${m.ok}, ${r.summary}${warned}` : r.summary}`);
      for (const p of r.problems.filter((x) => x.message !== r.summary)) console.log(`    ${p.message}`);
      for (const w of r.warnings) console.log(`    ⚠ ${w.message}`);
    }
  // Warnings do not fail a check, unless --strict (for a CI that publishes the file).
  return out.every((r) => r.ok && !(opts.strict && r.warnings.length)) ? 0 : 1;
}

// -------------------------------------------------------------------------------------- convert

const SCHEMA = 'https://cdn.example.go.id/spbe-widgets/schema/spbe-data.v1.schema.json';

function convert(files) {
  if (files.length !== 1) throw new UserError(m.needFile, 2);
  const { name, text } = readInput(files[0]);
  const body = text.replace(/^\uFEFF/, '');
  // A results collection (the package's national dataset): its instansi as documents of their own.
  if (!looksCsv(name, text)) {
    const r = parseJsonBody(body, name, 'application/json');
    if (!Array.isArray(r?.results)) throw new UserError(`${name}: ${m.notTable}`);
    parseSpbeResults(r, name);
    return write(
      r.results.map(({ instansi, evaluations }) => ({
        $schema: SCHEMA,
        instansi: Object.fromEntries(Object.entries(instansi).filter(([k]) => k !== 'group')),
        framework: r.framework ?? 'permenpanrb-59-2020',
        evaluations: evaluations.map(({ damaged, publishedName, ...e }) => e),
        ...(r.source ? { source: r.source } : {}),
      })),
      name,
    );
  }
  // The official result table (an instansi column: many instansi), else a simple year-by-year
  // sheet. Both read by the widgets' own CSV code (core/csv.js).
  const table = notTable(() => parseResultsCsv(text, { decimal: opts.decimal ?? 'auto', url: name }));
  if (!table) {
    if (!opts.name) throw new UserError(m.noName);
    const doc = parseTrendCsv(text, { decimal: opts.decimal ?? 'auto', name: opts.name, url: name });
    const { targets, comparisons, ...rest } = doc;
    return write([{ $schema: SCHEMA, ...rest, ...(targets?.length ? { targets } : {}), ...(comparisons?.length ? { comparisons } : {}) }], name);
  }
  for (const i of table.issues) console.error(`spbe-widgets: ${name}: ${describeIssue(i, lang)}`);
  const docs = table.entries.map(({ instansi: { group, ...instansi }, evaluations, lines, issues }) => {
    const doc = { $schema: SCHEMA, instansi, framework: 'permenpanrb-59-2020', evaluations };
    LINES.set(doc, { lines, issues });
    return doc;
  });
  return Math.max(write(docs, name), table.issues.length ? 1 : 0);
}

// "Did you mean": names within two edits (`metroo` -> Kota Metro).
const bare = (n) => n.toLowerCase().replace(/^(pemerintah\s+)?(provinsi|kab\.?|kabupaten|kota)\s+/, '');

/** Picks `--instansi` (if given), checks every document, and writes to stdout, a file or a folder. */
function write(docs, name) {
  if (opts.instansi) {
    const q = opts.instansi.trim().toLowerCase();
    const hit = docs.filter((d) => d.instansi.code === opts.instansi.trim() || d.instansi.name.toLowerCase() === q);
    const found = hit.length ? hit : docs.filter((d) => d.instansi.name.toLowerCase().includes(q));
    if (found.length !== 1) {
      const near = (found.length ? found : docs.filter((d) => distance(bare(q), bare(d.instansi.name)) <= 2)).slice(0, 5);
      throw new UserError(m.notInstansi(opts.instansi, near.map((d) => d.instansi.name + (d.instansi.code ? ` (${d.instansi.code})` : ''))));
    }
    docs = found;
  }
  // Never write a document the widgets would refuse: a bad one is reported by its CSV line.
  const bad = [];
  const warned = [];
  docs = docs.filter((d) => {
    const { lines = [], issues = [] } = LINES.get(d) ?? {};
    if (!issues.length)
      try {
        const parsed = parseSpbeDocument(d, name);
        // Written all the same, as the widgets would show it; but a figure typed wrong is said.
        const where = (k) => (lines.length ? [`${m.line} ${lines[k]}`, d.instansi.name, true] : [`${m.year} ${d.evaluations[k].year}`, d.instansi.name, true]);
        for (const w of disagreements(parsed.framework, parsed.evaluations, d.evaluations, where)) warned.push(w.message);
        return true;
      } catch (e) {
        if (!(e instanceof SpbeError)) throw e;
        // The validator's path names the evaluation; the message names its line.
        for (const i of e.issues) issues.push({ ...i, path: atLine(i.path, lines)?.path ?? i.path });
      }
    for (const i of issues) bad.push(`${i.path.replace(/^line /, `${m.line} `)} (${d.instansi.name}): ${describeIssue({ ...i, path: '' }, lang)}`);
    return false;
  });
  for (const b of bad) console.error(`spbe-widgets: ${name}: ${b}`);
  for (const w of warned) console.error(`spbe-widgets: ${name}: ⚠ ${w}`);
  if (!docs.length) return 1;
  const json = (d) => `${JSON.stringify(d, null, 2)}\n`;
  if (docs.length === 1 && !(opts.out && existsSync(opts.out) && statSync(opts.out).isDirectory())) {
    if (opts.out) {
      writeFileSync(opts.out, json(docs[0]));
      console.error(m.wroteOne(opts.out));
    } else process.stdout.write(json(docs[0]));
    return bad.length ? 1 : 0;
  }
  if (!opts.out) throw new UserError(m.many(docs.length));
  mkdirSync(opts.out, { recursive: true });
  const used = new Set();
  for (const d of docs) {
    let slug = (d.instansi.code ?? d.instansi.name).toLowerCase().normalize('NFKD').replace(/[^\w.]+/g, '-').replace(/^-|-$/g, '');
    while (used.has(slug)) slug += '-2';
    used.add(slug);
    writeFileSync(join(opts.out, `${slug}.json`), json(d));
  }
  console.error(m.wrote(docs.length, opts.out));
  return bad.length ? 1 : 0;
}

/** The CSV lines and problems of each converted document, for messages. */
const LINES = new WeakMap();

// ----------------------------------------------------------------------------------------- calc

const key = (h) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Indicator levels from a CSV of `indikator,level` rows (ids 1-47, "I23" and "Indikator 23" too). */
function levelsFromCsv(text, name, fw) {
  const body = text.replace(/^\uFEFF/, '');
  const rows = dsvFormat(delimiterOf(body)).parseRows(body);
  const head = (rows[0] ?? []).map(key);
  const ci = head.findIndex((h) => ['indikator', 'indicator', 'no', 'id', 'nomor'].includes(h));
  const li = head.findIndex((h) => ['level', 'tingkat', 'nilai', 'tingkatkematangan'].includes(h));
  const issues = [];
  if (ci < 0 || li < 0) throw new UserError(`${name}: ${m.columns}`);
  const levels = {};
  const known = new Set(fw.indicators.map((i) => i.id));
  rows.slice(1).forEach((r, i) => {
    const line = i + 2;
    if (r.every((c) => c.trim() === '')) return;
    const id = indicatorId((r[ci] ?? '').trim(), (x) => known.has(x));
    const raw = (r[li] ?? '').trim();
    const v = Number(raw.replace(',', '.'));
    const at = `${m.line} ${line}`;
    if (!known.has(id)) issues.push(`${at}: ${m.unknownIndicator(r[ci], idRange(fw))}`);
    else if (!Number.isInteger(v) || v < fw.scale.min || v > fw.scale.max) issues.push(`${at}: ${m.badLevel(JSON.stringify(raw), fw.scale)}`);
    else if (levels[id] !== undefined) issues.push(`${at}: ${m.dupIndicator(id)}`);
    else levels[id] = v;
  });
  if (issues.length) throw new UserError(`${name}: ${m.problems(issues.length)}\n    ${issues.join('\n    ')}`);
  return levels;
}

/** An indicator's id as given, if the framework has it; else without an "I" or "indikator" before it ("I23" is 23). */
const indicatorId = (given, known) => (known(given) ? given : given.replace(/^(?:indikator|indicator|i)\s*/i, ''));

/** The framework's indicator ids, for a message: "1-47" for the preset, a short list as it is. */
const idRange = (fw) => {
  const ids = fw.indicators.map((i) => i.id);
  return ids.length > 8 ? `${ids[0]}-${ids.at(-1)}` : ids.join(', ');
};

/** `23=4,45=4`: an indicator's id as the framework has it (the preset's "I23", "indikator 23" too). */
function parseWhatIf(s, fw) {
  const out = {};
  const known = (id) => fw.indicators.some((i) => i.id === id);
  for (const part of s.split(',').map((x) => x.trim()).filter(Boolean)) {
    const mm = /^(.+?)\s*=\s*(\d+)$/.exec(part);
    if (!mm) throw new UserError(m.whatIf(part), 2);
    const [, given, level] = mm;
    const id = indicatorId(given, known);
    if (!known(id)) throw new UserError(m.unknownIndicator(given, idRange(fw)), 2);
    const v = Number(level);
    if (v < fw.scale.min || v > fw.scale.max) throw new UserError(m.badLevel(level, fw.scale), 2);
    out[id] = v;
  }
  return out;
}

function calcCommand(files) {
  if (files.length !== 1) throw new UserError(m.needFile, 2);
  const { name, text } = readInput(files[0]);
  let fw = getFramework();
  let indicators;
  if (looksCsv(name, text)) indicators = levelsFromCsv(text, name, fw);
  else {
    const d = parseSpbeDocument(parseJsonBody(text.replace(/^\uFEFF/, ''), name, 'application/json'), name);
    fw = d.framework;
    const withLevels = d.evaluations.filter((e) => Object.keys(e.indicators).length && (!opts.year || e.year === Number(opts.year)));
    if (!withLevels.length) throw new UserError(`${name}: ${m.noIndicators}`);
    indicators = withLevels[withLevels.length - 1].indicators;
  }
  const missing = fw.indicators.filter((i) => indicators[i.id] === undefined).map((i) => i.id);
  if (missing.length) throw new UserError(`${name}: ${m.missing(missing, fw.indicators.length, indexName(fw, lang))}`);
  const changes = opts['what-if'] ? parseWhatIf(opts['what-if'], fw) : undefined;
  const now = completeLevels(fw, { indicators });
  const then = changes ? completeLevels(fw, { indicators: { ...indicators, ...changes } }) : undefined;
  const band = (v) => inLang(bandFor(v, fw).label, lang);
  // Float sums land a hair off (2.9999999999999996): JSON gets 9 decimals, far below any published precision.
  const tidy = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1e9) / 1e9]));
  const result = (lv) => ({ index: tidy({ v: lv.index }).v, predikat: band(lv.index), domains: tidy(lv.domains), aspects: tidy(lv.aspects) });
  if (opts.json) {
    console.log(JSON.stringify({ ...result(now), ...(then ? { whatIf: { changes, ...result(then) } } : {}) }, null, 2));
    return 0;
  }
  const lines = [];
  // The change as the published (2-decimal) figures would show it: 3,00 -> 3,05 is +0,05.
  const r2 = (v) => Math.round(v * 100 + 1e-9) / 100;
  const row = (label, a, b) =>
    lines.push(
      [label.padEnd(58), fmt(a).padStart(9), ...(then ? [fmt(b).padStart(9), (r2(b) === r2(a) ? '' : formatDelta(r2(b) - r2(a), lang)).padStart(9)] : [])].join(''),
    );
  if (then) lines.push([m.head[0].padEnd(58), ...m.head.slice(1).map((h) => h.padStart(9))].join(''));
  // Named as its framework names it: the preset's Indeks SPBE, a document's own its own.
  row(`${indexName(fw, lang)} (${fmt(now.index, 4)}${then ? ` → ${fmt(then.index, 4)}` : ''})`, now.index, then?.index);
  lines.push(`${m.predikat}: ${band(now.index)}${then ? ` → ${band(then.index)}` : ''}`);
  lines.push('');
  for (const d of fw.domains) {
    row(`${labelOf(fw, 'domain', d.id, lang)} (${fmt(d.weight, 1)} %)`, now.domains[d.id], then?.domains[d.id]);
    for (const a of fw.aspects.filter((x) => x.domain === d.id)) {
      const label = labelOf(fw, 'aspect', a.id, lang);
      row(`  ${a.id}. ${label.length > 50 ? `${label.slice(0, 49)}…` : label}`, now.aspects[a.id], then?.aspects[a.id]);
    }
  }
  console.log(lines.join('\n'));
  return 0;
}

// ----------------------------------------------------------------------------------------- main

let opts;
let lang = envLang;
let m = M[lang];
try {
  const parsed = parseArgs({
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      instansi: { type: 'string' },
      out: { type: 'string', short: 'o' },
      name: { type: 'string' },
      decimal: { type: 'string' },
      'what-if': { type: 'string' },
      year: { type: 'string' },
      strict: { type: 'boolean' },
    },
  });
  opts = parsed.values;
  if (opts.lang) lang = opts.lang.toLowerCase().startsWith('en') ? 'en' : 'id';
  m = M[lang];
  const [command, ...files] = parsed.positionals;
  if (opts.version) {
    console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
    process.exit(0);
  }
  if (opts.help || !command || command === 'help') {
    process.stdout.write(HELP[lang]);
    process.exit(command || opts.help ? 0 : 2);
  }
  if (opts.decimal && !['comma', 'point', 'auto'].includes(opts.decimal)) throw new UserError(`--decimal: comma, point, auto`, 2);
  const run = { validate, convert, calc: calcCommand }[command];
  if (!run) throw new UserError(m.unknownCommand(command), 2);
  process.exitCode = await run(files);
} catch (e) {
  if (e instanceof UserError) {
    console.error(`spbe-widgets: ${e.message}`);
    process.exitCode = e.code;
  } else if (e instanceof SpbeError) {
    const { summary, problems } = problemsOf(e);
    console.error(`spbe-widgets: ${e.url ? `${e.url}: ` : ''}${summary}`);
    for (const p of problems.filter((x) => x.message !== summary)) console.error(`    ${p.message}`);
    process.exitCode = 1;
  } else if (e?.code?.startsWith?.('ERR_PARSE_ARGS')) {
    console.error(`spbe-widgets: ${e.message} (--help)`);
    process.exitCode = 2;
  } else throw e;
}
