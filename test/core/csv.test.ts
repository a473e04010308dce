import { expect } from '@open-wc/testing';
import { atLine, isCsv, parseResultsCsv, parseTrendCsv } from '../../src/core/csv.js';
import { describeIssue } from '../../src/core/describe.js';
import { SpbeError } from '../../src/core/errors.js';
import { parseSpbeDocument } from '../../src/core/validate.js';

const read = async (name: string) => (await fetch(`/test/fixtures/csv/${name}`)).text();
function fails(text: string, options = {}): SpbeError {
  try {
    parseTrendCsv(text, options);
  } catch (e) {
    expect(e).to.be.instanceOf(SpbeError);
    return e as SpbeError;
  }
  throw new Error('expected parseTrendCsv to throw');
}

describe('parseTrendCsv(text)', () => {
  it('comma separated, decimal point, English headers, quoted fields with commas', async () => {
    const doc = parseTrendCsv(await read('trend.csv'), { name: 'Kota Metro' });
    expect(doc.evaluations.map((e) => [e.year, e.index])).to.deep.equal([
      [2021, 2.14],
      [2022, 2.49],
      [2023, 3.04],
      [2024, 3.34],
    ]);
    expect(doc.evaluations[3].source).to.equal('Laporan Evaluasi SPBE 2024, Tabel 26');
    expect(parseSpbeDocument(doc).evaluations[3].band.id).to.equal('baik');
  });

  it('semicolon separated, decimal comma, Indonesian headers, BOM, a comparison and a target column', async () => {
    const doc = parseTrendCsv(await read('tren-id.csv'));
    expect(doc.evaluations.map((e) => e.index)).to.deep.equal([2.14, 2.49, 3.04, 3.34]);
    expect(doc.comparisons).to.have.length(1);
    expect(doc.comparisons![0].label).to.equal('nasional');
    expect(doc.comparisons![0].evaluations.map((e) => e.index)).to.deep.equal([2.24, 2.34, 2.79, 3.12]);
    expect(doc.targets!.map((t) => [t.year, t.value])).to.deep.equal([
      [2023, 2.6],
      [2024, 2.85],
    ]);
  });

  it('domain columns by id, short name or D-number (D2_tata_kelola), tab separated', () => {
    const doc = parseTrendCsv('tahun\tKebijakan\tD2_tata_kelola\tmanajemen\tLayanan\n2024\t2.7\t3.1\t2.73\t3.87\n');
    expect(doc.evaluations[0].domains).to.deep.equal({ kebijakan: 2.7, 'tata-kelola': 3.1, manajemen: 2.73, layanan: 3.87 });
    expect(parseSpbeDocument(doc).evaluations[0].index.toFixed(2)).to.equal('3.34');
  });

  it('a quoted field with a newline keeps the line numbers of later rows right', () => {
    const e = fails('year,index,note\n2023,3.04,"dua\nbaris"\n2024,x,\n');
    expect(e.issues[0].path).to.equal('line 4, index');
    expect(e.issues[0].params.line).to.equal(4);
  });

  it('a malformed row is an error with its line number, and every bad row is listed', async () => {
    const e = fails(await read('ragged.csv'));
    expect(e.kind).to.equal('validation');
    expect(e.issues.map((i) => describeIssue(i, 'en'))).to.deep.equal([
      'line 3: this row has 3 columns, expected 2',
      'line 5, indeks: expected a number, got "tiga"',
    ]);
    expect(describeIssue(e.issues[0], 'id')).to.equal('baris 3: baris ini punya 3 kolom, seharusnya 2');
  });

  it('decimal: a declared mark wins; a file with both marks asks for one', () => {
    expect(fails('year;index\n2023;3,04\n2024;3.34\n').issues[0].code).to.equal('decimal');
    expect(fails('year;index\n2024;3.34\n', { decimal: 'comma' }).issues[0].path).to.equal('line 2, index');
    expect(parseTrendCsv('year;index\n2024;3,34\n', { decimal: 'comma' }).evaluations[0].index).to.equal(3.34);
  });

  it('values outside the scale, a missing year column, a bad year', () => {
    expect(fails('year,index\n2024,7\n').issues[0].code).to.equal('range');
    expect(describeIssue(fails('indeks\n3.34\n').issues[0], 'en')).to.equal('line 1: a year (tahun) column is required');
    expect(fails('tahun,indeks\n"2024a",3\n').issues[0].path).to.equal('line 2, tahun');
  });

  it('isCsv: by content type, or by a .csv URL whose body is not JSON', () => {
    expect(isCsv('/a.json', 'text/csv; charset=utf-8', 'x')).to.equal(true);
    expect(isCsv('/a.csv?v=2', 'text/plain', 'year,index')).to.equal(true);
    expect(isCsv('/a.csv', 'text/plain', '{"instansi":{}}')).to.equal(false);
    expect(isCsv('/a.json', 'application/json', 'year,index')).to.equal(false);
  });
});

describe('parseResultsCsv(text): the official result table, many instansi', () => {
  it('the national table: 651 instansi by name, Kota Metro with its two years and lines, Banyuasin 2023 kept apart with its problem', async () => {
    const { entries, issues } = parseResultsCsv(await (await fetch('/data/nasional/spbe-results-2023-2024.csv')).text());
    expect(issues).to.deep.equal([]);
    expect(entries).to.have.length(651);
    const metro = entries.find((e) => e.instansi.name === 'Pemerintah Kota Metro')!;
    expect(metro.instansi).to.deep.equal({ name: 'Pemerintah Kota Metro', kind: 'kota', province: 'Lampung', group: 'Hasil Evaluasi SPBE Pemerintah Daerah di Lampung' });
    expect(metro.evaluations.map((e) => [e.year, e.index, e.predikat, e.domains?.layanan])).to.deep.equal([
      [2023, 3.04, 'Baik', 3.87],
      [2024, 3.34, 'Baik', 3.87],
    ]);
    expect(metro.lines).to.deep.equal([256, 875]);
    expect(metro.issues).to.deep.equal([]);
    const bad = entries.filter((e) => e.issues.length);
    expect(bad.map((e) => [e.instansi.name, e.issues.map((i) => `${i.path} ${i.code}`)])).to.deep.equal([
      ['Pemerintah Kab. Banyuasin', ['line 212, D4_layanan range']],
    ]);
    // Columns it does not know (tabel, indeks_recomputed, check_ok …) are not read.
    expect(Object.keys(metro.evaluations[0]).sort()).to.deep.equal(['domains', 'index', 'predikat', 'year']);
  });

  it('a row with no name is the file\'s problem; no instansi column is an error', () => {
    const { entries, issues } = parseResultsCsv('instansi,tahun,indeks\nA,2024,3\n,2024,2\nA,2023,2.5\n');
    expect(entries.map((e) => [e.instansi.name, e.evaluations.map((x) => x.year), e.lines])).to.deep.equal([['A', [2023, 2024], [4, 2]]]);
    expect(issues.map((i) => describeIssue(i, 'id'))).to.deep.equal(['baris 3, instansi: wajib diisi']);
    let error: SpbeError | undefined;
    try {
      parseResultsCsv('tahun,indeks\n2024,3\n');
    } catch (e) {
      error = e as SpbeError;
    }
    expect(error?.issues.map((i) => describeIssue(i, 'en'))).to.deep.equal(['line 1: an instansi (name) column is required']);
  });

  it('the year-by-year reader takes bare D1-D4 headers too', () => {
    const doc = parseTrendCsv('tahun,D1,D2,D3,D4\n2024,2.7,3.1,2.73,3.87\n');
    expect(doc.evaluations[0].domains).to.deep.equal({ kebijakan: 2.7, 'tata-kelola': 3.1, manajemen: 2.73, layanan: 3.87 });
  });
});

describe('atLine(path, lines): a validator\'s path as the line of the file it came from', () => {
  it('an evaluation\'s row, the entry\'s first row for the rest, nothing for a row the file does not have', () => {
    const lines = [14, 212];
    expect(atLine('evaluations[1].domains.D4', lines)).to.deep.equal({ path: 'line 212, domains.D4', line: 212 });
    expect(atLine('evaluations[0]', lines)).to.deep.equal({ path: 'line 14', line: 14 });
    expect(atLine('instansi.name', lines)).to.deep.equal({ path: 'line 14, instansi.name', line: 14 });
    expect(atLine('', lines)).to.deep.equal({ path: 'line 14', line: 14 });
    expect(atLine('evaluations[2].index', lines)).to.equal(undefined);
    expect(atLine('instansi', [])).to.equal(undefined);
  });
});
