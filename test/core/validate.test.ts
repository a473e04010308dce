import { expect } from '@open-wc/testing';
import { SpbeError } from '../../src/core/errors.js';
import { permenpanrb592020 } from '../../src/core/framework.js';
import { describeError, describeIssue } from '../../src/core/describe.js';
import { parseFramework } from '../../src/core/framework-check.js';
import { joinPath, parseSpbeDocument } from '../../src/core/validate.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/${name}`)).json();

function fails(input: unknown): SpbeError {
  try {
    parseSpbeDocument(input);
  } catch (e) {
    expect(e).to.be.instanceOf(SpbeError);
    return e as SpbeError;
  }
  throw new Error('expected parseSpbeDocument to throw');
}

const doc = (evaluations: unknown[], extra: Record<string, unknown> = {}) => ({
  instansi: { name: 'Pemerintah Kota Metro' },
  evaluations,
  ...extra,
});

describe('parseSpbeDocument', () => {
  it('parses the Kota Metro fixture: 4 years ascending, official predikat kept, bands from the unrounded index', async () => {
    const data = parseSpbeDocument(await fixture('kota-metro.json'));
    expect(data.evaluations.map((e) => e.year)).to.deep.equal([2021, 2022, 2023, 2024]);
    const e2024 = data.evaluations[3];
    expect(e2024.index).to.equal(3.34);
    expect(e2024.indexExact).to.be.closeTo(3.3373, 1e-9);
    expect(e2024.band.id).to.equal('baik');
    expect(e2024.predikat).to.equal('Baik');
    expect(e2024.source).to.contain('Tabel 26');
    expect(data.targets.map((t) => t.value)).to.deep.equal([2.6, 2.85]);
    expect(data.comparisons[0].evaluations.at(-1)).to.include({ year: 2024, index: 3.12 });
    expect(data.framework.id).to.equal('permenpanrb-59-2020');
  });

  it('an evaluation with domains only gets its index computed (3,04 and 3,34)', async () => {
    const data = parseSpbeDocument(await fixture('kota-metro-domains.json'));
    expect(data.evaluations.map((e) => e.index.toFixed(2))).to.deep.equal(['3.04', '3.34']);
    expect(data.evaluations[0].indexOrigin).to.equal('domains');
    expect(data.evaluations[0].predikat).to.equal(undefined);
    expect(data.evaluations[0].band.id).to.equal('baik');
  });

  it('the predikat follows the unrounded index: Nias Barat 2024 published 1,80, computed 1,7985 -> Kurang', () => {
    const data = parseSpbeDocument(
      doc([{ year: 2024, index: 1.8, domains: { kebijakan: 1.0, 'tata-kelola': 1.1, manajemen: 1.0, layanan: 2.7 } }]),
    );
    expect(data.evaluations[0].index).to.equal(1.8);
    expect(data.evaluations[0].indexExact).to.be.closeTo(1.7985, 1e-9);
    expect(data.evaluations[0].band.id).to.equal('kurang');
  });

  it('at a band\'s edge, the band the official predikat names when it is the rounded index\'s: Nias Barat 2023 (1,7963 published 1,80 Cukup)', () => {
    const domains = { kebijakan: 1.0, 'tata-kelola': 1.1, manajemen: 1.0, layanan: 2.7 };
    const band = (predikat?: string) => parseSpbeDocument(doc([{ year: 2023, index: 1.8, ...(predikat ? { predikat } : {}), domains }])).evaluations[0].band.id;
    expect(band('Cukup')).to.equal('cukup');
    expect(band(' cukup ')).to.equal('cukup');
    // 2024's table names the unrounded index's band; no predikat, or one that names a third band, leaves it there.
    expect(band('Kurang')).to.equal('kurang');
    expect(band()).to.equal('kurang');
    expect(band('Baik')).to.equal('kurang');
    // Away from an edge a predikat moves nothing: 3,60 stays Sangat Baik under "Baik".
    expect(parseSpbeDocument(doc([{ year: 2024, index: 3.6, predikat: 'Baik' }])).evaluations[0].band.id).to.equal('sangat-baik');
  });

  it('an index alone on a bound: 3,5 -> Sangat Baik, 5 -> Memuaskan', () => {
    const data = parseSpbeDocument(doc([{ year: 2023, index: 3.5 }, { year: 2024, index: 5 }]));
    expect(data.evaluations.map((e) => e.band.id)).to.deep.equal(['sangat-baik', 'memuaskan']);
  });

  it('parts that disagree with the published index do not move its predikat', () => {
    const data = parseSpbeDocument(doc([{ year: 2024, index: 3.5, domains: { kebijakan: 1, 'tata-kelola': 1, manajemen: 1, layanan: 1 } }]));
    expect(data.evaluations[0].indexExact).to.equal(3.5);
    expect(data.evaluations[0].band.id).to.equal('sangat-baik');
  });

  it('indicators only: the index is computed through aspects and domains', () => {
    const indicators = Object.fromEntries(permenpanrb592020.indicators.map((i) => [i.id, 3]));
    const data = parseSpbeDocument(doc([{ year: 2024, indicators }]));
    expect(data.evaluations[0].index).to.be.closeTo(3, 1e-9);
    expect(data.evaluations[0].indexOrigin).to.equal('indicators');
    expect(Object.keys(data.evaluations[0].aspects)).to.have.length(8);
  });

  it('unknown extra fields are allowed; years out of order are sorted', () => {
    const data = parseSpbeDocument(doc([{ year: 2024, index: 3, extra: true }, { year: 2022, index: 2 }], { foo: 1 }));
    expect(data.evaluations.map((e) => e.year)).to.deep.equal([2022, 2024]);
  });

  it('does not mutate its input', async () => {
    const input = await fixture('kota-metro.json');
    const copy = structuredClone(input);
    parseSpbeDocument(input);
    expect(input).to.deep.equal(copy);
  });

  it('a string with a decimal comma: "evaluations[1].domains.layanan: expected a number from 1 to 5, got "3,87""', () => {
    const e = fails(doc([{ year: 2023, index: 3 }, { year: 2024, domains: { layanan: '3,87' } }]));
    expect(e.kind).to.equal('validation');
    expect(e.path).to.equal('evaluations[1].domains.layanan');
    expect(describeIssue(e.issues[0], 'en')).to.equal('evaluations[1].domains.layanan: expected a number from 1 to 5, got "3,87"');
    expect(describeIssue(e.issues[0], 'id')).to.equal(
      'evaluations[1].domains.layanan: seharusnya angka dari 1 sampai 5, tetapi "3,87"',
    );
    expect(e.message).to.contain('evaluations[1].domains.layanan: expected a number from 1 to 5');
  });

  it('every problem is listed, in document order, not only the first', () => {
    const e = fails({ evaluations: [{ year: 'x', index: 9 }, { year: 2024, domains: { 'tata-kelola': 0 } }] });
    expect(e.issues.map((i) => i.path)).to.deep.equal(['instansi', 'evaluations[0].year', 'evaluations[0].index', 'evaluations[1].domains["tata-kelola"]']);
  });

  it('each kind of field is reported at its own path: year, required text, text, optional scale, scale, weight, ids', () => {
    const e = fails({
      instansi: { name: ' ', code: 7 },
      evaluations: [{ year: '2024', index: 6, source: [], domains: { layanan: 'x' } }],
      targets: [{ year: 2025, value: 9 }],
    });
    expect(e.issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal([
      'instansi.name type',
      'instansi.code type',
      'evaluations[0].year type',
      'evaluations[0].index range',
      'evaluations[0].source type',
      'evaluations[0].domains.layanan range',
      'targets[0].value range',
    ]);
    const fw = { ...structuredClone(permenpanrb592020), label: { id: 5 } } as unknown as { domains: Record<string, unknown>[] };
    fw.domains[0] = { ...fw.domains[0], weight: 101, aspects: 'a' };
    expect(fails(doc([{ year: 2024, index: 3 }], { framework: fw })).issues.map((i) => `${i.path} ${i.code}`).slice(0, 3)).to.deep.equal([
      'framework.label type',
      'framework.domains[0].weight range',
      'framework.domains[0].aspects type',
    ]);
  });

  it("a page that adds an enumerable property to Object.prototype (an old library's habit) does not break the check", async () => {
    const data = await fixture('kota-metro.json');
    Object.defineProperty(Object.prototype, 'polluted', { value: 'x', enumerable: true, configurable: true, writable: true });
    try {
      const doc = parseSpbeDocument(data);
      expect(doc.evaluations.map((e) => e.index)).to.deep.equal([2.14, 2.49, 3.04, 3.34]);
      expect(doc.instansi.name).to.equal('Pemerintah Kota Metro');
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });

  it('an evaluation with no value at all', () => {
    const e = fails(doc([{ year: 2024, source: 'x' }]));
    expect(describeIssue(e.issues[0], 'en')).to.equal('evaluations[0]: needs an index, or every domain (or the aspects or indicators under them) to compute it from');
  });

  it('an evaluation with some domains but not all, and no index: the same, as the index cannot be computed', () => {
    const e = fails(doc([{ year: 2024, domains: { kebijakan: 3, layanan: 3.5 } }]));
    expect(e.issues.map((i) => describeIssue(i, 'id'))).to.deep.equal(['evaluations[0]: perlu index, atau semua domains (atau aspects atau indicators di bawahnya) untuk menghitungnya']);
  });

  it('indicator levels are whole numbers 1-5', () => {
    const e = fails(doc([{ year: 2024, index: 3, indicators: { '1': 2.5, '99': 3 } }]));
    expect(e.issues.map((i) => [i.path, i.code])).to.deep.equal([
      ['evaluations[0].indicators["1"]', 'level'],
      ['evaluations[0].indicators["99"]', 'unknown'],
    ]);
  });

  it('NaN and Infinity from a data property are out of range', () => {
    const e = fails(doc([{ year: 2023, index: NaN }, { year: 2024, index: Infinity }]));
    expect(e.issues.map((i) => i.params.got)).to.deep.equal(['NaN', 'Infinity']);
  });

  it('empty evaluations, and targets outside the scale', () => {
    const e = fails(doc([], { targets: [{ year: 2024, value: 0 }] }));
    expect(e.issues.map((i) => i.path)).to.deep.equal(['evaluations', 'targets[0].value']);
  });

  it('caps the issue list at 50 for a document with thousands of problems', () => {
    const e = fails(doc(Array.from({ length: 10000 }, (_, i) => ({ year: 1000 + i, index: 0 }))));
    expect(e.issues).to.have.length(50);
    expect(describeError(e, 'en').summary).to.contain('50 problems');
  });

  describe('bad-input corpus (test/fixtures/bad/cases.json)', () => {
    it('each case gives its error kind, path and sentence', async () => {
      const cases: Array<{ file: string; kind: string; path?: string; en?: string }> = await fixture('bad/cases.json');
      for (const c of cases.filter((x) => x.kind === 'validation')) {
        const e = fails(await fixture(`bad/${c.file}`));
        expect(e.kind, c.file).to.equal('validation');
        expect(e.path ?? '', c.file).to.equal(c.path);
        expect(e.issues.map((i) => describeIssue(i, 'en')).join('\n'), c.file).to.contain(c.en);
      }
    });
  });
});

describe('parseFramework', () => {
  it('the built-in preset passes its own validation unchanged', () => {
    const parsed = parseFramework(permenpanrb592020);
    expect(parsed).to.deep.equal(JSON.parse(JSON.stringify(permenpanrb592020)));
  });

  it('an inline framework with 3 domains works with no code change', () => {
    const framework = {
      id: 'ipd-contoh',
      label: 'Indeks Pemerintah Digital (contoh)',
      index: { id: 'Indeks Pemerintah Digital', en: 'Digital Government Index' },
      scale: { min: 0, max: 100 },
      bands: [
        { id: 'rendah', label: 'Rendah', min: 0 },
        { id: 'sedang', label: 'Sedang', min: 50 },
        { id: 'tinggi', label: { id: 'Tinggi', en: 'High' }, min: 80 },
      ],
      domains: [
        { id: 'a', label: 'A', weight: 50 },
        { id: 'b', label: 'B', weight: 30 },
        { id: 'c', label: 'C', weight: 20 },
      ],
    };
    const data = parseSpbeDocument(doc([{ year: 2025, domains: { a: 90, b: 80, c: 70 } }], { framework }));
    expect(data.evaluations[0].index).to.be.closeTo(83, 1e-9);
    expect(data.evaluations[0].band.id).to.equal('tinggi');
    expect(data.framework.scale).to.deep.equal({ min: 0, max: 100 });
    expect(data.framework.index, 'the name the widgets title themselves with').to.deep.equal({ id: 'Indeks Pemerintah Digital', en: 'Digital Government Index' });
  });

  it('aspects must add up to their domain, indicators to their aspect', () => {
    const fw = structuredClone(permenpanrb592020) as unknown as { aspects: { weight: number }[]; indicators: { weight: number }[] };
    fw.aspects[1].weight = 9;
    fw.indicators[0].weight = 1.4;
    const e = fails(doc([{ year: 2024, index: 3 }], { framework: fw }));
    expect(e.issues.map((i) => describeIssue(i, 'en'))).to.deep.equal([
      'framework.domains[1].weight: weights sum to 24, expected 25',
      'framework.aspects[0].weight: weights sum to 13.1, expected 13',
      'framework.aspects[1].weight: weights sum to 10, expected 9',
    ]);
  });

  it('an id twice is an error, not one of two weights picked quietly', () => {
    const fw = structuredClone(permenpanrb592020) as unknown as { indicators: { id: string }[] };
    fw.indicators[5].id = fw.indicators[4].id;
    const e = fails(doc([{ year: 2024, index: 3 }], { framework: fw }));
    expect(e.issues.map((i) => describeIssue(i, 'en'))).to.deep.equal([`framework.indicators[5].id: indicator "${fw.indicators[4].id}" appears more than once`]);
    expect(describeIssue(e.issues[0], 'id')).to.equal(`framework.indicators[5].id: indikator "${fw.indicators[4].id}" muncul lebih dari sekali`);
  });

  it('bands must rise from the scale minimum', () => {
    const fw = { ...structuredClone(permenpanrb592020), bands: [{ id: 'x', label: 'X', min: 2 }] };
    const e = fails(doc([{ year: 2024, index: 3 }], { framework: fw }));
    expect(e.issues[0].path).to.equal('framework.bands');
    expect(e.issues[0].code).to.equal('bands');
  });
});

describe('joinPath', () => {
  it('identifiers with dots, others in brackets', () => {
    expect(joinPath('', 'evaluations')).to.equal('evaluations');
    expect(joinPath('evaluations', 2)).to.equal('evaluations[2]');
    expect(joinPath('d', 'tata-kelola')).to.equal('d["tata-kelola"]');
    expect(joinPath('a', '1')).to.equal('a["1"]');
  });
});
