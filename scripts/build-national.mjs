// Builds the national results dataset the package ships (data/nasional/), reproducibly, from the
// shared table of all 1 236 published rows of the 2023 and 2024 SPBE evaluations:
//   node scripts/build-national.mjs            (reads ../shared/data/spbe-results-2023-2024.csv)
//   node scripts/build-national.mjs --from f.csv
//   node scripts/build-national.mjs --check    (exits 1 if the committed files differ from a fresh build)
//
// It writes
//   data/nasional/spbe-results-2023-2024.csv    the source table, byte for byte (CI has no ../shared)
//   data/nasional/spbe-hasil-2023-2024.json     the dataset: one data document (v1 shape) per instansi
//
// Every row is kept. Rows whose domain value the OCR of the report lost keep what is left and are
// marked `damaged` with the OCR note; so is the one row with a domain published outside the scale. Region names are matched to the Kemendagri codes of
// idn-area-data (ODbL 1.0, see data/nasional/README.md), so a page can name its own instansi by
// code (`highlight="18.72"`); a name the OCR garbled is matched to the nearest one in its province
// and the published spelling kept beside it (`publishedName`). Province names are the official ones.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { csvParse } from 'd3-dsv';
import { distance } from '../bin/edit-distance.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values: opts } = parseArgs({
  options: { from: { type: 'string' }, check: { type: 'boolean', default: false }, report: { type: 'boolean', default: false } },
});
const OUT_DIR = join(root, 'data/nasional');
const CSV_OUT = join(OUT_DIR, 'spbe-results-2023-2024.csv');
const JSON_OUT = join(OUT_DIR, 'spbe-hasil-2023-2024.json');
const shared = join(root, '../shared/data/spbe-results-2023-2024.csv');
const from = opts.from ?? (existsSync(shared) ? shared : CSV_OUT);
const csvText = readFileSync(from, 'utf8');

// idn-area-data ships CSVs; its package.json "exports" hides them, so they are found from its entry.
const areaDir = join(dirname(createRequire(import.meta.url).resolve('idn-area-data')), '../data');
const areaRows = (f) => csvParse(readFileSync(join(areaDir, f), 'utf8'));
const provinces = areaRows('provinces.csv');
const regencies = areaRows('regencies.csv');

// Abbreviations the report uses for words the code list writes out.
const EXPAND = [
  [/\bKEP\b\.?/g, 'KEPULAUAN '],
  [/\bSEL\b\.?/g, 'SELATAN '],
  [/\bNTB\b/g, 'NUSA TENGGARA BARAT'],
  [/\bNTT\b/g, 'NUSA TENGGARA TIMUR'],
];
/** Upper case letters and digits only, abbreviations written out and the administrative words dropped: "Pemerintah Kab. Way Kanan" -> "WAYKANAN". */
function key(s) {
  let k = s.toUpperCase();
  for (const [re, to] of EXPAND) k = k.replace(re, to);
  return k
    .replace(/\b(PEMERINTAH|PEMDA|PROVINSI|KABUPATEN|KAB|KOTA|DAERAH KHUSUS IBUKOTA|DAERAH ISTIMEWA|D\s*\.?\s*I|DKI)\b\.?/g, ' ')
    .replace(/[^A-Z0-9]/g, '');
}
/** The key without "Kepulauan", which the report often leaves out ("Kab. Siau Tagulandang Biaro"). */
const bare = (k) => k.replace(/KEPULAUAN/g, '');

/**
 * The candidate `name` stands for: the one with the same key, else the only one with the same key
 * without "Kepulauan", else the nearest by edit distance if it is near enough (a fifth of the key's
 * length, at most 3) and no other is as near. Anything else is no match, reported.
 */
function nearest(name, candidates, keyOf) {
  const k = key(name);
  const exact = candidates.find((c) => keyOf(c) === k);
  if (exact) return { match: exact, exact: true };
  const bares = candidates.filter((c) => bare(keyOf(c)) === bare(k));
  if (bares.length === 1) return { match: bares[0], exact: false };
  let best;
  let bestD = Infinity;
  let ties = 0;
  for (const c of candidates) {
    const d = distance(k, keyOf(c));
    if (d < bestD) [best, bestD, ties] = [c, d, 0];
    else if (d === bestD) ties++;
  }
  return bestD <= Math.min(3, Math.floor(k.length / 5)) && !ties ? { match: best, exact: false } : undefined;
}

const provinceKey = (p) => key(p.name);
const regencyKind = (r) => (r.name.startsWith('Kota ') ? 'kota' : 'kabupaten');
const problems = [];

function regionOf(row) {
  const kind = row.jenis;
  const province = row.provinsi ? nearest(row.provinsi, provinces, provinceKey) : undefined;
  if (!province) {
    problems.push(`${row.tahun_evaluasi} ${row.instansi}: province ${JSON.stringify(row.provinsi)} not found`);
    return {};
  }
  const p = province.match;
  if (kind === 'provinsi') {
    const own = nearest(row.instansi, [p], provinceKey);
    return { code: p.code, province: p.name, exact: own?.exact ?? false };
  }
  const pool = regencies.filter((r) => r.province_code === p.code && regencyKind(r) === kind);
  const r = nearest(row.instansi, pool, (x) => key(x.name));
  if (!r) {
    problems.push(`${row.tahun_evaluasi} ${row.instansi}: no ${kind} of that name in ${p.name}`);
    return { province: p.name };
  }
  return { code: r.match.code, province: p.name, exact: r.exact };
}

/** "Hasil Evaluasi SPBE Lembaga Non Struktural (LNS)" -> "Lembaga Non Struktural (LNS)". */
const groupOf = (kelompok) =>
  kelompok
    .replace(/^Hasil Evaluasi SPBE\s+/, '')
    .replace(/^Pemerintah Daerah( di)?\s+.*$/, 'Pemerintah Daerah')
    .trim();

const DOMAINS = [
  ['D1_kebijakan', 'kebijakan'],
  ['D2_tata_kelola', 'tata-kelola'],
  ['D3_manajemen', 'manajemen'],
  ['D4_layanan', 'layanan'],
];
const REPORT = {
  2023: 'KemenPANRB, Laporan Pelaksanaan Evaluasi SPBE Tahun 2023',
  2024: 'KemenPANRB, Laporan Pelaksanaan Evaluasi SPBE Tahun 2024',
};
const num = (s) => (s === '' ? undefined : Number(s));

/** Central agencies the two reports name differently: the 2023 name -> the 2024 one. */
const RENAMED = {
  'Badan Pengusahaan Badan Pengusahaan Kawasan Perdagangan Bebas dan Pelabuhan Bebas Batam': 'Badan Pengusahaan Batam',
  'Badan Pengusahaan Kawasan Perdagangan Bebas dan Pelabuhan Bebas Sabang': 'Badan Pengusahaan Sabang',
  'Kementerian Koordinator Bidang Kemaritiman': 'Kementerian Koordinator Bidang Kemaritiman dan Investasi',
};
const pairKey = (name) =>
  key(RENAMED[name.trim()] ?? name)
    .replace(/^SEKRETARIAT(JENDERAL)?/, '')
    .replace(/(REPUBLIKINDONESIA|RI)$/, '');

const rows = csvParse(csvText);
const byId = new Map();
const pusatNames = new Map(); // key -> id, to pair central agencies across years by name

for (const row of rows) {
  const year = Number(row.tahun_evaluasi);
  const region = row.jenis === 'instansi_pusat' ? {} : regionOf(row);
  let id = region.code;
  if (!id) {
    // Central agencies pair across years by name alone, spelled the same ("Pertanian" and
    // "Pertahanan" are two letters apart), once the 2024 report's "Sekretariat Jenderal …" is taken
    // off and the few renamed ones are paired by hand.
    const k = pairKey(row.instansi);
    id = pusatNames.get(k) ?? `pusat-${k.toLowerCase()}`;
    pusatNames.set(k, id);
  }
  const domains = {};
  const notes = row.ocr_note ? [`OCR: ${row.ocr_note}`] : [];
  for (const [col, dom] of DOMAINS) {
    const v = num(row[col]);
    if (v === undefined) continue;
    // 2023 Kab. Banyuasin: Layanan published as 0,30, below the 1-5 scale (and the index 1,05
    // agrees with it). The value stays in the note; the data keeps what the scale allows.
    if (v < 1 || v > 5) notes.push(`Di luar skala: ${dom} diterbitkan ${String(v).replace('.', ',')}, di luar skala 1-5; nilai itu tidak dimuat`);
    else domains[dom] = v;
  }
  const damaged = notes.length > 0;
  const evaluation = {
    year,
    index: num(row.indeks),
    predikat: row.predikat,
    domains,
    source: `${REPORT[year] ?? `Laporan Evaluasi SPBE ${year}`}, Tabel ${row.tabel}`,
    ...(damaged ? { damaged: true, note: notes.join('; ') } : {}),
    publishedName: row.instansi.trim(),
  };
  const entry = byId.get(id) ?? {
    instansi: {
      name: row.instansi.trim(),
      ...(region.code ? { code: region.code } : {}),
      kind: row.jenis,
      ...(region.province ? { province: region.province } : {}),
      group: groupOf(row.kelompok),
    },
    evaluations: [],
    exact: false,
  };
  // The instansi's name is a spelling the code list confirms, else the latest one.
  if (region.exact || !entry.exact) entry.instansi.name = row.instansi.trim();
  entry.exact ||= Boolean(region.exact);
  if (entry.evaluations.some((e) => e.year === year)) problems.push(`${year} ${row.instansi}: two rows for ${id}`);
  entry.evaluations.push(evaluation);
  byId.set(id, entry);
}

const results = [...byId.values()].map(({ instansi, evaluations }) => ({
  instansi,
  evaluations: evaluations
    .sort((a, b) => a.year - b.year)
    .map(({ publishedName, ...e }) => (publishedName === instansi.name ? e : { ...e, publishedName })),
}));

// The national index of each year (the report's Tabel 4) and the averages, from the shared series.
const SERIES_OUT = join(OUT_DIR, 'spbe-series-kota-metro-nasional-lampung.json');
const sharedSeries = join(root, '../shared/data/spbe-series-kota-metro-nasional-lampung.json');
const seriesText = readFileSync(existsSync(sharedSeries) ? sharedSeries : SERIES_OUT, 'utf8');
const series = JSON.parse(seriesText);
const years = [...new Set(rows.map((r) => Number(r.tahun_evaluasi)))].sort();
const national = years.map((year) => {
  const s = series.nasional.series.find((x) => x.tahun === year);
  const domains = Object.fromEntries(DOMAINS.map(([col, dom]) => [dom, s[col.replace(/^D\d_/, '')]]).filter(([, v]) => v != null));
  return {
    year,
    index: s.indeks,
    domains,
    pemdaAverage: series.nasional.pemda_average[year],
    pusatAverage: series.nasional.instansi_pusat_average[year],
    source: series.nasional.source,
  };
});
const doc = {
  $schema: '../../schema/spbe-results.v1.schema.json',
  title: { id: 'Hasil Evaluasi SPBE 2023-2024', en: 'SPBE evaluation results 2023-2024' },
  framework: 'permenpanrb-59-2020',
  source: `${REPORT[2023]} dan ${years.at(-1)}`,
  note:
    'Dibangun oleh scripts/build-national.mjs dari tabel hasil yang diterbitkan. Baris yang sebagian nilainya hilang karena OCR ' +
    '(atau di luar skala) ditandai "damaged" dengan catatannya. ' +
    'Kode wilayah Kemendagri dari idn-area-data (ODbL 1.0).',
  national,
  results,
};
// One line per instansi: small, and a rebuild's diff shows what changed.
const { results: _, ...head } = doc;
const json = `${JSON.stringify(head, null, 1).replace(/\n}$/, ',\n "results": [\n')}${results.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n ]\n}\n`;

const damaged = results.flatMap((r) => r.evaluations.filter((e) => e.damaged).map((e) => `${e.year} ${r.instansi.name}`));
const renamed = results.flatMap((r) => r.evaluations.filter((e) => e.publishedName).map((e) => `${e.year} ${e.publishedName} -> ${r.instansi.name}`));
const summary = [
  `${rows.length} rows -> ${results.length} instansi (${results.filter((r) => r.instansi.code).length} with a Kemendagri code)`,
  `${results.filter((r) => r.evaluations.length === 2).length} in both years`,
  `damaged (kept, marked): ${damaged.length}${damaged.length ? `: ${damaged.join('; ')}` : ''}`,
  `published under another spelling: ${renamed.length}`,
  ...(opts.report ? renamed.map((r) => `  ${r}`) : []),
  ...problems.map((p) => `problem: ${p}`),
];

if (opts.check) {
  const same = existsSync(JSON_OUT) && readFileSync(JSON_OUT, 'utf8') === json && readFileSync(CSV_OUT, 'utf8') === csvText && readFileSync(SERIES_OUT, 'utf8') === seriesText;
  console.log(same ? 'data/nasional is up to date' : 'data/nasional differs from a fresh build: run node scripts/build-national.mjs');
  process.exit(same && !problems.length ? 0 : 1);
}
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(CSV_OUT, csvText);
writeFileSync(SERIES_OUT, seriesText);
writeFileSync(JSON_OUT, json);
console.log(summary.join('\n'));
if (problems.length) process.exit(1);
