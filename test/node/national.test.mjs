// The domain truth check: every complete row of the national results table (all 1 236 published
// rows of 2023 and 2024) through the preset's calculator. And the shipped dataset: built from that
// table, reproducibly, valid, with nothing dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { csvParse } from 'd3-dsv';
import { bandFor, completeLevels, PUBLISHED_TOLERANCE } from '../../dist/core/calculate.js';
import { permenpanrb592020 as fw } from '../../dist/core/framework.js';
import { parseSpbeResults } from '../../dist/core/results.js';

const root = new URL('../../', import.meta.url);
const rows = csvParse(readFileSync(new URL('data/nasional/spbe-results-2023-2024.csv', root), 'utf8'));
const COLS = { kebijakan: 'D1_kebijakan', 'tata-kelola': 'D2_tata_kelola', manajemen: 'D3_manajemen', layanan: 'D4_layanan' };
const domainsOf = (r) => Object.fromEntries(Object.entries(COLS).filter(([, c]) => r[c] !== '').map(([d, c]) => [d, Number(r[c])]));
const complete = rows.filter((r) => Object.keys(domainsOf(r)).length === 4);
const label = (v) => bandFor(v, fw).label.id;

test('the table has every published row: 621 of 2023, 615 of 2024', () => {
  assert.equal(rows.length, 1236);
  assert.equal(rows.filter((r) => r.tahun_evaluasi === '2023').length, 621);
  assert.equal(rows.filter((r) => r.tahun_evaluasi === '2024').length, 615);
});

test('truth check: the index from D1-D4 matches the published index within 0,011 on every complete row', () => {
  const off = [];
  for (const r of complete) {
    const { index } = completeLevels(fw, { domains: domainsOf(r) });
    if (!(Math.abs(index - Number(r.indeks)) <= PUBLISHED_TOLERANCE)) off.push(`${r.tahun_evaluasi} ${r.instansi}: ${index} vs ${r.indeks}`);
  }
  console.log(`index within 0,011: ${complete.length - off.length} / ${complete.length} complete rows`);
  assert.equal(complete.length, 1233);
  assert.deepEqual(off, []);
});

test('truth check: the predikat from the unrounded index matches the published one on every 2024 row', () => {
  const y2024 = rows.filter((r) => r.tahun_evaluasi === '2024');
  const off = [];
  let fromParts = 0;
  for (const r of y2024) {
    const d = domainsOf(r);
    // A row the OCR damaged has no unrounded index: its published index is all there is.
    const exact = Object.keys(d).length === 4 ? completeLevels(fw, { domains: d }).index : Number(r.indeks);
    if (Object.keys(d).length === 4) fromParts++;
    if (label(exact) !== r.predikat) off.push(`${r.instansi}: ${exact} -> ${label(exact)}, published ${r.predikat}`);
  }
  console.log(`2024 predikat: ${y2024.length - off.length} / ${y2024.length} (${fromParts} from the unrounded index, ${y2024.length - fromParts} damaged rows from the published index)`);
  assert.equal(y2024.length, 615);
  assert.deepEqual(off, []);
  // Kab. Nias Barat 2024: published 1,80 but rated Kurang, its index being 1,7985 (SPBE.md).
  const nias = y2024.find((r) => r.instansi.includes('Nias Barat'));
  assert.equal(nias.indeks, '1.8');
  assert.equal(nias.predikat, 'Kurang');
  assert.equal(label(completeLevels(fw, { domains: domainsOf(nias) }).index), 'Kurang');
});

test('truth check, 2023: the boundary cases, where the published predikat follows the rounded index, listed', () => {
  const y2023 = complete.filter((r) => r.tahun_evaluasi === '2023');
  const boundary = [];
  for (const r of y2023) {
    const exact = completeLevels(fw, { domains: domainsOf(r) }).index;
    if (label(exact) !== r.predikat) {
      // Each one is a boundary case: the rounded index gives the published predikat.
      assert.equal(label(Number(r.indeks)), r.predikat, r.instansi);
      boundary.push(`${r.instansi}: ${exact.toFixed(4)} -> ${label(exact)}; published ${r.indeks} ${r.predikat}`);
    }
  }
  console.log(`2023 predikat from the unrounded index: ${y2023.length - boundary.length} / ${y2023.length}; boundary cases:`);
  for (const b of boundary) console.log(`  ${b}`);
  assert.deepEqual(
    boundary.map((b) => b.split(':')[0]),
    ['Pemerintah Kab. Nias Barat', 'Pemerintah Kota Serang', 'Pemerintah Kab. Boven Digoel'],
  );
});

const dataset = JSON.parse(readFileSync(new URL('data/nasional/spbe-hasil-2023-2024.json', root), 'utf8'));

test('the dataset is a fresh build of the table (scripts/build-national.mjs --check)', () => {
  const out = execFileSync(process.execPath, ['scripts/build-national.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.match(out, /up to date/);
});

test('the dataset keeps every row, marks the three the OCR damaged and the one out of scale, and validates', () => {
  const parsed = parseSpbeResults(dataset);
  const evaluations = parsed.results.flatMap((r) => r.evaluations);
  assert.equal(evaluations.length, 1236);
  const damaged = parsed.results.flatMap((r) => r.evaluations.filter((e) => e.damaged).map((e) => `${e.year} ${r.instansi.name}`));
  assert.deepEqual(damaged.sort(), [
    '2023 Pemerintah Kab. Banyuasin',
    '2024 Kementerian Energi dan Sumber Daya Mineral',
    '2024 Kementerian Pertanian',
    '2024 Pemerintah Provinsi Jawa Timur',
  ]);
  for (const r of parsed.results) for (const e of r.evaluations) if (e.damaged) assert.match(e.note, /^(OCR: |Di luar skala: layanan diterbitkan 0,3,)/);
  // A damaged row keeps its published index and predikat, and the domains it has.
  const jatim = parsed.results.find((r) => r.instansi.code === '35').evaluations.find((e) => e.year === 2024);
  assert.deepEqual([jatim.index, jatim.predikat, Object.keys(jatim.domains)], [4.43, 'Memuaskan', ['tata-kelola', 'manajemen', 'layanan']]);
  // Province, type and source on every row; a Kemendagri code on every pemda.
  for (const r of parsed.results) {
    assert.ok(r.instansi.kind, r.instansi.name);
    if (r.instansi.kind !== 'instansi_pusat') {
      assert.ok(r.instansi.province && /^\d\d(\.\d\d)?$/.test(r.instansi.code), r.instansi.name);
    }
    for (const e of r.evaluations) assert.match(e.source, /Laporan Pelaksanaan Evaluasi SPBE Tahun 20\d\d, Tabel \d+/);
  }
  const metro = parsed.results.find((r) => r.instansi.code === '18.72');
  assert.equal(metro.instansi.name, 'Pemerintah Kota Metro');
  assert.deepEqual(metro.evaluations.map((e) => [e.year, e.index, e.predikat]), [[2023, 3.04, 'Baik'], [2024, 3.34, 'Baik']]);
  assert.deepEqual(parsed.national.map((n) => [n.year, n.index]), [[2023, 2.79], [2024, 3.12]]);
  // Province names are the official ones, whatever the report's OCR made of them.
  const provinces = new Set(parsed.results.map((r) => r.instansi.province).filter(Boolean));
  assert.ok(provinces.has('Nusa Tenggara Timur') && !provinces.has('Nusa Tenggara Tlmur'));
  assert.equal(provinces.size, 38);
});
