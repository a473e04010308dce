// The command-line tool, run as users run it: the real binary (bin/spbe-widgets.mjs, the package's
// `bin`) on good and bad files and on stdin; exit codes, messages with their paths and lines, and
// the what-if arithmetic against values computed by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/spbe-widgets.mjs');
/** Runs the binary; `input` goes to its stdin. */
function run(args, input) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const fx = (p) => `test/fixtures/${p}`;
const noStack = (s) => assert.doesNotMatch(s, /\n\s+at |Error:/, 'no stack trace for a user mistake');

test('package.json names the binary', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(pkg.bin['spbe-widgets'], 'bin/spbe-widgets.mjs');
  assert.ok(pkg.files.includes('bin'));
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

test('--help, in Indonesian by default and in English with --lang en; no command is a usage error', () => {
  const id = run(['--help']);
  assert.equal(id.code, 0);
  assert.match(id.out, /Pemakaian:[\s\S]*validate[\s\S]*convert[\s\S]*calc[\s\S]*--what-if/);
  const en = run(['--help', '--lang', 'en']);
  assert.match(en.out, /Usage:[\s\S]*--instansi NAME\|CODE/);
  const none = run([]);
  assert.equal(none.code, 2);
  assert.match(none.out, /Pemakaian:/);
  const bad = run(['frob']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /perintah tidak dikenal: frob/);
  const opt = run(['validate', '--bogus']);
  assert.equal(opt.code, 2);
  noStack(opt.err);
});

test('validate: good files pass with exit 0, each kind named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-cli-'));
  writeFileSync(join(dir, 'ap.csv'), 'lintang;bujur;nama;status\n-5,11;105,30;Balai Kelurahan Metro;online\n-5,12;105,31;Taman Merdeka;offline\n');
  const r = run(['validate', fx('kota-metro.json'), fx('geo/kota-metro-ap.geojson'), join(dir, 'ap.csv'), 'data/nasional/spbe-hasil-2023-2024.json']);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /✓ test\/fixtures\/kota-metro.json: sah, dokumen data, 4 evaluasi \(2021-2024\): Pemerintah Kota Metro/);
  assert.match(r.out, /✓ test\/fixtures\/geo\/kota-metro-ap.geojson: sah, 314 titik akses/);
  assert.match(r.out, /ap\.csv: sah, 2 titik akses/);
  assert.match(r.out, /kumpulan hasil, 629 instansi, 1236 evaluasi/);
});

test('validate: every problem with its JSON path, exit 1, no stack', () => {
  const r = run(['validate', fx('bad/decimal-comma.json'), fx('bad/truncated.json'), fx('kota-metro.json')]);
  assert.equal(r.code, 1);
  assert.match(r.out, /✗ test\/fixtures\/bad\/decimal-comma.json: Data SPBE tidak sesuai format \(2 masalah\)/);
  assert.match(r.out, /evaluations\[3\]\.index: seharusnya angka dari 1 sampai 5, tetapi "3,34"/);
  assert.match(r.out, /evaluations\[3\]\.domains\.layanan: .*"3,87"/);
  assert.match(r.out, /✗ test\/fixtures\/bad\/truncated.json: Berkas data bukan JSON yang sah \(baris \d+, kolom \d+\)/);
  assert.match(r.out, /✓ test\/fixtures\/kota-metro.json/, 'the good file after the bad ones is still checked');
  noStack(r.out + r.err);
  const en = run(['validate', fx('bad/unknown-domain.json'), '--lang', 'en']);
  assert.match(en.out, /evaluations\[2\]\.domains\.keamanan: unknown domain "keamanan"; known: kebijakan, tata-kelola, manajemen, layanan/);
});

test('validate: CSV problems by line, skipped access points count as errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-cli-'));
  const ap = join(dir, 'ap.csv');
  writeFileSync(ap, 'lat,lon,name\n-5.11,105.30,A\n-5.12,abc,B\n-95,105.3,C\n');
  const r = run(['validate', ap]);
  assert.equal(r.code, 1);
  assert.match(r.out, /2 dari 3 titik dilewati/);
  assert.match(r.out, /baris 3[^\n]*lon/);
  assert.match(r.out, /baris 4, lat: seharusnya angka dari -85.05 sampai 85.05, tetapi -95/);
  const semi = run(['validate', fx('csv/ap-semicolon.csv')]);
  assert.match(semi.out, /baris 6, lat: lat 105.3 dan lon -5.1 tampak tertukar/);
  const sheet = join(dir, 'tren.csv');
  writeFileSync(sheet, 'tahun;indeks\n2023;3,04\n2024;7,5\n');
  const s = run(['validate', sheet]);
  assert.equal(s.code, 1);
  assert.match(s.out, /baris 3, indeks: seharusnya angka dari 1 sampai 5, tetapi 7,5/);
});

test('validate: a missing file is reported and the others still run', () => {
  const r = run(['validate', 'nope.json', fx('kota-metro.json')]);
  assert.equal(r.code, 1);
  assert.match(r.out, /✗ nope.json: berkas tidak ditemukan: nope.json/);
  assert.match(r.out, /✓ test\/fixtures\/kota-metro.json/);
});

test('validate: stdin with -, and --json output', () => {
  const good = run(['validate', '-', '--json'], readFileSync(join(root, fx('kota-metro.json'))));
  assert.equal(good.code, 0);
  const [g] = JSON.parse(good.out);
  assert.deepEqual([g.file, g.kind, g.ok, g.problems], ['<stdin>', 'document', true, []]);
  const bad = run(['validate', '-', '--json'], '{"instansi": {"name": "X"}, "evaluations": [{"year": 2024, "index": 9}]}');
  assert.equal(bad.code, 1);
  const [b] = JSON.parse(bad.out);
  assert.equal(b.ok, false);
  assert.deepEqual(b.problems.map((p) => [p.path, p.code]), [['evaluations[0].index', 'range']]);
});

test('validate: figures that disagree are warnings by path (exit 0, 1 with --strict); the national dataset has only its three 2023 boundary cases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-cli-'));
  const file = join(dir, 'typo.json');
  const ten = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), 3]));
  writeFileSync(
    file,
    JSON.stringify({
      instansi: { name: 'Kota X' },
      evaluations: [
        // 2,5·13 % + 3,1·25 % + 2,73·16,5 % + 3,87·45,5 % = 3,3113, not 3,04 (a digit typed wrong).
        { year: 2023, index: 3.04, predikat: 'Baik', domains: { kebijakan: 2.5, 'tata-kelola': 3.1, manajemen: 2.73, layanan: 3.87 } },
        // 3,60 is Sangat Baik (3,5-4,2); aspect 1 of ten indicators at level 3 is 3,00; domain 1 is aspects 1 and 2.
        { year: 2024, index: 3.6, predikat: 'Baik', aspects: { 1: 2, 2: 2 }, indicators: ten, domains: { kebijakan: 3.5 } },
      ],
    }),
  );
  const r = run(['validate', file, fx('kota-metro.json')]);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /⚠ .*typo\.json: sah, dokumen data, 2 evaluasi \(2023-2024\): Kota X \(4 peringatan\)/);
  assert.match(r.out, /⚠ evaluations\[0\]\.index: indeks 3,04 tidak sama dengan yang dihitung dari domainnya: 3,31/);
  assert.match(r.out, /⚠ evaluations\[1\]\.aspects\["1"\]: aspek 1 2,00 tidak sama dengan yang dihitung dari indikatornya: 3,00/);
  assert.match(r.out, /⚠ evaluations\[1\]\.domains\.kebijakan: domain Kebijakan Internal SPBE 3,50 tidak sama dengan yang dihitung dari aspeknya: 2,00/);
  assert.match(r.out, /⚠ evaluations\[1\]\.predikat: predikat "Baik" bukan predikat indeks 3,60 \(Sangat Baik\)/);
  assert.match(r.out, /✓ test\/fixtures\/kota-metro.json: sah/, 'figures that agree: no warning');
  assert.equal(run(['validate', file, '--strict']).code, 1);
  const [j] = JSON.parse(run(['validate', file, '--json', '--lang', 'en']).out);
  assert.equal(j.ok, true);
  assert.deepEqual(
    j.warnings.map((w) => [w.path, w.code]),
    [
      ['evaluations[0].index', 'disagrees'],
      ['evaluations[1].aspects["1"]', 'disagrees'],
      ['evaluations[1].domains.kebijakan', 'disagrees'],
      ['evaluations[1].predikat', 'predikat'],
    ],
  );
  assert.match(j.warnings[0].message, /index 3\.04 differs from the one its domains give: 3\.31/);
  // All 1 233 complete national rows agree within 0,011; three 2023 predikat stand just under a band's edge.
  const nat = run(['validate', 'data/nasional/spbe-hasil-2023-2024.json']);
  assert.equal(nat.code, 0);
  assert.deepEqual(nat.out.match(/⚠ results.*/g), [
    '⚠ results[140].evaluations[0].predikat (Pemerintah Kab. Nias Barat 2023): predikat "Cukup" bukan predikat indeks 1,7963 (Kurang)',
    '⚠ results[292].evaluations[0].predikat (Pemerintah Kota Serang 2023): predikat "Baik" bukan predikat indeks 2,5994 (Cukup)',
    '⚠ results[604].evaluations[0].predikat (Pemerintah Kab. Boven Digoel 2023): predikat "Cukup" bukan predikat indeks 1,7994 (Kurang)',
  ]);
  // A spreadsheet's row by its line, in validate and in convert (which still writes the file).
  const sheet = 'Tahun;Instansi;Kebijakan;Tata Kelola;Manajemen;Layanan;Indeks;Predikat\n2024;Kota X;2,7;3,1;2,73;3,87;3,34;Baik\n2023;Kota X;2,5;3,1;2,73;3,87;3,04;Baik\n';
  const v = run(['validate', '-'], sheet);
  assert.equal(v.code, 0);
  assert.match(v.out, /⚠ baris 3 \(Kota X\): indeks 3,04 tidak sama dengan yang dihitung dari domainnya: 3,31/);
  const c = run(['convert', '-'], sheet);
  assert.equal(c.code, 0, c.err);
  assert.equal(JSON.parse(c.out).evaluations.length, 2);
  assert.match(c.err, /⚠ baris 3 \(Kota X\): indeks 3,04/);
});

test('a workbook says to save it as CSV; a binary file is not read as one; Excel\'s UTF-16 "Unicode Text" is read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-cli-'));
  // xlsx and ods are zip files (PK), xls an OLE file; by their bytes, whatever their name.
  writeFileSync(join(dir, 'hasil.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]));
  writeFileSync(join(dir, 'hasil.csv'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  writeFileSync(join(dir, 'data.json'), Buffer.from([0x7b, 0, 0x7d]));
  for (const f of ['hasil.xlsx', 'hasil.csv']) {
    const r = run(['convert', join(dir, f)]);
    assert.equal(r.code, 1);
    assert.match(r.err, new RegExp(`${f} adalah buku kerja spreadsheet, bukan CSV: simpan lembarnya sebagai CSV \\(Excel: File → Save As → "CSV UTF-8"`));
    noStack(r.err);
  }
  const v = run(['validate', join(dir, 'hasil.xlsx'), join(dir, 'data.json'), fx('kota-metro.json'), '--lang', 'en']);
  assert.equal(v.code, 1);
  assert.match(v.out, /✗ .*hasil\.xlsx: .*is a spreadsheet workbook, not a CSV: save its sheet as CSV/);
  assert.match(v.out, /✗ .*data\.json: .*is not a text file/);
  assert.match(v.out, /✓ test\/fixtures\/kota-metro\.json/);
  const sheet = 'Tahun\tInstansi\tKebijakan\tTata Kelola\tManajemen\tLayanan\tIndeks\tPredikat\r\n2024\tKota X\t2,7\t3,1\t2,73\t3,87\t3,34\tBaik\r\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, 'utf16le')]);
  const be = Buffer.from(le).swap16();
  for (const bytes of [le, be]) {
    const c = run(['convert', '-'], bytes);
    assert.equal(c.code, 0, c.err);
    assert.deepEqual(JSON.parse(c.out).evaluations, [{ year: 2024, index: 3.34, predikat: 'Baik', domains: { kebijakan: 2.7, 'tata-kelola': 3.1, manajemen: 2.73, layanan: 3.87 } }]);
  }
});

test('validate: the official result table as CSV, read as <spbe-ranking> reads it; its one bad cell by line and column', () => {
  const r = run(['validate', 'data/nasional/spbe-results-2023-2024.csv', '--json']);
  assert.equal(r.code, 1);
  const [v] = JSON.parse(r.out);
  assert.equal(v.kind, 'csv');
  assert.deepEqual(v.problems.map((p) => [p.path, p.code]), [['line 212, D4_layanan', 'range']]);
  const lampung = readFileSync(join(root, 'data/nasional/spbe-results-2023-2024.csv'), 'utf8').split(/\r?\n/).filter((l, i) => i === 0 || /,Lampung,kota$/.test(l)).join('\n');
  const ok = run(['validate', '-'], lampung);
  assert.equal(ok.code, 0, ok.out);
  assert.match(ok.out, /kumpulan hasil, 2 instansi, 4 evaluasi/);
});

test('convert: one instansi of the official table (by name), checked, to stdout; then validated from stdin', () => {
  const r = run(['convert', 'data/nasional/spbe-results-2023-2024.csv', '--instansi', 'Pemerintah Kota Metro']);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out);
  assert.deepEqual(doc.instansi, { name: 'Pemerintah Kota Metro', kind: 'kota', province: 'Lampung' });
  assert.deepEqual(
    doc.evaluations.map((e) => [e.year, e.index, e.predikat, e.domains]),
    [
      [2023, 3.04, 'Baik', { kebijakan: 2.5, 'tata-kelola': 2.5, manajemen: 2, layanan: 3.87 }],
      [2024, 3.34, 'Baik', { kebijakan: 2.7, 'tata-kelola': 3.1, manajemen: 2.73, layanan: 3.87 }],
    ],
  );
  const v = run(['validate', '-'], r.out);
  assert.equal(v.code, 0, v.out);
});

test('convert: from the national dataset by Kemendagri code', () => {
  const r = run(['convert', 'data/nasional/spbe-hasil-2023-2024.json', '--instansi', '18.72']);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out);
  assert.equal(doc.instansi.code, '18.72');
  assert.deepEqual(doc.evaluations.map((e) => e.index), [3.04, 3.34]);
});

test('convert: an unknown instansi says so, with a suggestion', () => {
  const r = run(['convert', 'data/nasional/spbe-results-2023-2024.csv', '--instansi', 'kota metroo']);
  assert.equal(r.code, 1);
  assert.match(r.err, /instansi "kota metroo" tidak ada di tabel; mungkin: Pemerintah Kota Metro/);
  noStack(r.err);
});

test('convert: the whole table into a folder, one file each; a row the widgets would refuse is reported by its line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-cli-'));
  const r = run(['convert', 'data/nasional/spbe-results-2023-2024.csv', '--out', dir]);
  // Kab. Banyuasin 2023 publishes Layanan 0,30, below the scale: reported, the rest written.
  assert.equal(r.code, 1);
  // The column is named as the file names it.
  assert.match(r.err, /baris 212, D4_layanan \(Pemerintah Kab\. Banyuasin\): seharusnya angka dari 1 sampai 5, tetapi 0\.3/);
  const files = readdirSync(dir);
  assert.ok(files.length > 600, `${files.length} files`);
  assert.ok(files.includes('pemerintah-kota-metro.json'));
});

test('convert: a results table with semicolons, decimal commas, bare D1-D4 headers and its own columns; bad rows stay with their instansi', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-cli-'));
  const table = [
    'kode;instansi;tahun;D1;D2;D3;D4;indeks;predikat;petugas',
    '18.72;Pemerintah Kota Metro;2024;2,7;3,1;2,73;3,87;3,34;Baik;Ani',
    '18.72;Pemerintah Kota Metro;2023;2,5;2,5;2;3,87;3,04;Baik;Ani',
    '18.71;Pemerintah Kota Bandar Lampung;2024;2,6;2,9;2,5;3,3;2,98;Baik;Budi',
    '18.04;Pemerintah Kab. Lampung Barat;2024;2,6;2,9;x;3,3;2,62;Baik;Citra',
    ';;2024;2,6;2,9;2,5;3,3;2,62;Baik;',
  ].join('\n');
  const r = run(['convert', '-', '--out', dir], table);
  assert.equal(r.code, 1);
  assert.match(r.err, /baris 5, D3 \(Pemerintah Kab\. Lampung Barat\): seharusnya sebuah angka, tetapi "x"/);
  assert.match(r.err, /baris 6, instansi: wajib diisi/);
  assert.deepEqual(readdirSync(dir).sort(), ['18.71.json', '18.72.json']);
  const metro = JSON.parse(readFileSync(join(dir, '18.72.json'), 'utf8'));
  assert.deepEqual(metro.instansi, { name: 'Pemerintah Kota Metro', code: '18.72' });
  assert.deepEqual(metro.evaluations.map((e) => [e.year, e.index, e.domains.manajemen]), [[2023, 3.04, 2], [2024, 3.34, 2.73]]);
  // The column it does not know (petugas) is left out, not read as a comparison.
  assert.equal(metro.comparisons, undefined);
});

test('convert: a simple year,index sheet with semicolons and decimal commas, named with --name', () => {
  const sheet = 'tahun;indeks;layanan;sumber\n2023;3,04;3,87;Laporan 2023\n2024;3,34;3,87;Laporan 2024\n';
  const none = run(['convert', '-'], sheet);
  assert.equal(none.code, 1);
  assert.match(none.err, /--name/);
  const r = run(['convert', '-', '--name', 'Pemerintah Kota Metro'], sheet);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out);
  assert.equal(doc.instansi.name, 'Pemerintah Kota Metro');
  assert.deepEqual(doc.evaluations.map((e) => [e.year, e.index, e.domains?.layanan, e.source]), [
    [2023, 3.04, 3.87, 'Laporan 2023'],
    [2024, 3.34, 3.87, 'Laporan 2024'],
  ]);
  const bad = run(['convert', '-', '--name', 'X'], 'tahun,indeks\n2023,3.04\n2024,abc\n');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /baris 3/);
});

test('calc: 47 indicators at level 3 give 3,00 everywhere; the what-if against hand-computed values', () => {
  const r = run(['calc', fx('cli/indikator-3.csv'), '--json', '--what-if', '23=4,45=4']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.index, 3);
  assert.equal(j.predikat, 'Baik');
  // By hand (PermenPANRB 59/2020 weights): indicator 23 (x 1,5 in aspect 5, weight 12, domain
  // Manajemen 16,5) and 45 (x 3,0 in aspect 8, weight 18, domain Layanan 45,5), one level up each:
  const w = j.whatIf;
  assert.deepEqual(w.changes, { 23: 4, 45: 4 });
  const near = (a, b) => assert.ok(Math.abs(a - b) < 1e-9, `${a} vs ${b}`);
  near(w.aspects['5'], 3 + 1.5 / 12); // 3,125
  near(w.aspects['8'], 3 + 3 / 18); // 3,1667
  near(w.domains.manajemen, 3 + 1.5 / 16.5); // 3,0909
  near(w.domains.layanan, 3 + 3 / 45.5); // 3,0659
  near(w.index, 3 + (1.5 + 3) / 100); // 3,045
  near(w.aspects['1'], 3);
  assert.equal(w.predikat, 'Baik');
});

test('calc: text output shows now, what-if and the change, Indonesian numbers', () => {
  const r = run(['calc', fx('cli/indikator-3.csv'), '--what-if', '23=4,45=4']);
  assert.equal(r.code, 0);
  assert.match(r.out, /sekarang\s+what-if\s+selisih/);
  assert.match(r.out, /Indeks SPBE \(3,0000 → 3,0450\)\s+3,00\s+3,05\s+\+0,05/);
  assert.match(r.out, /Manajemen SPBE \(16,5 %\)\s+3,00\s+3,09\s+\+0,09/);
  assert.match(r.out, /5\. Penerapan Manajemen SPBE\s+3,00\s+3,13\s+\+0,13/);
  assert.match(r.out, /Predikat: Baik → Baik/);
  // A fall is signed as the gauge signs it (core's formatDelta): 23 from 3 to 1 takes 2 x 1,5 / 12.
  const down = run(['calc', fx('cli/indikator-3.csv'), '--what-if', '23=1']);
  assert.match(down.out, /5\. Penerapan Manajemen SPBE\s+3,00\s+2,75\s+-0,25/);
});

test('calc: a what-if that crosses a band; semicolons and "I23" ids; stdin', () => {
  // Levels 1..5 in turn: index 2,985 (Baik); indicator 1 from 2 to 5 adds 3 x 1,3 % = 0,039.
  const text = readFileSync(join(root, fx('cli/indikator-campur.csv')), 'utf8');
  const r = run(['calc', '-', '--json', '--what-if', '1=5'], text);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.ok(Math.abs(j.index - 2.985) < 1e-9, j.index);
  assert.ok(Math.abs(j.whatIf.index - 3.024) < 1e-9, j.whatIf.index);
  // All at level 3 but the 10 Layanan Administrasi indicators at 4: 3 + 10 x 2,75 % = 3,275; then
  // the 6 public-service ones at 5: + 6 x 2 x 3 % = 3,635, Sangat Baik.
  const rows = ['indikator,level', ...Array.from({ length: 47 }, (_, i) => `${i + 1},${i >= 31 && i < 41 ? 4 : 3}`)].join('\n');
  const b = JSON.parse(run(['calc', '-', '--json', '--what-if', '42=5,43=5,44=5,45=5,46=5,47=5'], rows).out);
  assert.ok(Math.abs(b.index - 3.275) < 1e-9, b.index);
  assert.ok(Math.abs(b.whatIf.index - 3.635) < 1e-9, b.whatIf.index);
  assert.deepEqual([b.predikat, b.whatIf.predikat], ['Baik', 'Sangat Baik']);
});

test('calc: a document with its own framework is computed and named by it', () => {
  // Two domains (60 and 40 %), one aspect each, three indicators; levels from 0 to 100. Hand:
  // aspect a = (50 x 30 + 70 x 30) / 60 = 60, b = 90; index 0,6 x 60 + 0,4 x 90 = 72; with i3 at 40, 52.
  const framework = {
    id: 'contoh',
    label: 'Kerangka contoh',
    index: { id: 'Indeks Contoh', en: 'Example Index' },
    scale: { min: 0, max: 100 },
    bands: [{ id: 'rendah', label: 'Rendah', min: 0 }, { id: 'tinggi', label: 'Tinggi', min: 60 }],
    domains: [{ id: 'A', label: 'Domain A', weight: 60 }, { id: 'B', label: 'Domain B', weight: 40 }],
    aspects: [{ id: 'a', label: 'Aspek a', domain: 'A', weight: 60 }, { id: 'b', label: 'Aspek b', domain: 'B', weight: 40 }],
    indicators: [{ id: 'i1', aspect: 'a', weight: 30 }, { id: 'i2', aspect: 'a', weight: 30 }, { id: 'i3', aspect: 'b', weight: 40 }],
  };
  const doc = (indicators) => JSON.stringify({ instansi: { name: 'Kota Contoh' }, framework, evaluations: [{ year: 2025, indicators }] });
  const r = run(['calc', '-', '--what-if', 'i3=40'], doc({ i1: 50, i2: 70, i3: 90 }));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Indeks Contoh \(72,0000 → 52,0000\)\s+72,00\s+52,00\s+-20,00/);
  assert.match(r.out, /Predikat: Tinggi → Rendah/);
  assert.match(r.out, /Domain B \(40,0 %\)\s+90,00\s+40,00\s+-50,00/);
  assert.match(run(['calc', '-', '--lang', 'en'], doc({ i1: 50, i2: 70, i3: 90 })).out, /Example Index \(72\.0000\)\s+72\.00/);
  // A level missing: the document's index cannot be computed, which the validator says.
  const missing = run(['calc', '-'], doc({ i1: 50, i2: 70 }));
  assert.equal(missing.code, 1);
  assert.match(missing.err, /evaluations\[0\]: perlu index, atau semua domains \(atau aspects atau indicators di bawahnya\)/);
  noStack(missing.err);
  // Ids as the framework has them, and its own range in the messages.
  const unknown = run(['calc', '-', '--what-if', 'i9=40'], doc({ i1: 50, i2: 70, i3: 90 }));
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /indikator tidak dikenal: i9 \(i1, i2, i3\)/);
  assert.match(run(['calc', '-', '--what-if', 'i3=140'], doc({ i1: 50, i2: 70, i3: 90 })).err, /level harus bilangan bulat 0-100, bukan 140/);
});

test('calc: bad rows by line, missing indicators listed, bad --what-if is a usage error', () => {
  const r = run(['calc', fx('cli/indikator-salah.csv')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /4 masalah/);
  assert.match(r.err, /baris 3: level harus bilangan bulat 1-5, bukan "6"/);
  assert.match(r.err, /baris 4: indikator tidak dikenal: 99/);
  assert.match(r.err, /baris 5: level harus bilangan bulat 1-5, bukan "2\.5"/);
  assert.match(r.err, /baris 6: indikator 1 disebut dua kali/);
  noStack(r.err);
  const missing = run(['calc', '-'], 'indikator,level\n1,3\n2,3\n');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /indikator tanpa level: 3, 4, 5, .*47; Indeks SPBE butuh ke-47/);
  const w = run(['calc', fx('cli/indikator-3.csv'), '--what-if', '23:3']);
  assert.equal(w.code, 2);
  assert.match(w.err, /--what-if tidak dapat dibaca: 23:3/);
  const doc = run(['calc', fx('kota-metro.json')]);
  assert.equal(doc.code, 1);
  assert.match(doc.err, /tidak punya level indikator/);
});
