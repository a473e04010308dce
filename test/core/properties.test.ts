// Property-based tests (fast-check): every parser, on anything, returns its result or throws the
// library's own SpbeError and nothing else; the computed index always lies on the scale; what the
// parsers read, written back, reads the same.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SpbeError } from '../../src/core/errors.js';
import { parseJsonBody } from '../../src/core/load.js';
import { parseSpbeDocument } from '../../src/core/validate.js';
import { parseTrendCsv } from '../../src/core/csv.js';
import { completeLevels } from '../../src/core/calculate.js';
import { getFramework } from '../../src/core/framework.js';
import { parseApCsv, parseApGeojson, parseApRows } from '../../src/widgets/ap-map/ap-data.js';
import { parseAreas } from '../../src/widgets/ap-map/ap-areas.js';
import '../../src/core/framework-check.js';

const RUNS = { numRuns: 300 };
const fw = getFramework()!;

/** Runs `fn`; passes when it returns or throws an SpbeError, fails on any other throw. */
function onlySpbeErrors(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (e) {
    if (e instanceof SpbeError) return true;
    throw e;
  }
}

/** JSON-ish values shaped like the documents, with junk in every slot. */
const junk = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: 1890, max: 2110 }),
    fc.string(),
    fc.constantFrom('3,34', '2024', 'kebijakan', 'layanan', 'online', 'NaN', '', 'Infinity'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('instansi', 'name', 'evaluations', 'year', 'index', 'domains', 'kebijakan', 'layanan', 'targets', 'comparisons', 'framework', 'type', 'features', 'geometry', 'coordinates', 'properties', 'lat', 'lon', 'status'), tie('value'), { maxKeys: 6 }),
  ),
})).value;

describe('property: parsers throw only SpbeError', () => {
  it('parseSpbeDocument on any JSON-ish value', () => {
    fc.assert(fc.property(junk, (v) => onlySpbeErrors(() => parseSpbeDocument(v))), RUNS);
  });

  it('parseSpbeDocument on near-valid documents (junk in the right places)', () => {
    const doc = fc.record({
      instansi: fc.oneof(fc.record({ name: fc.oneof(fc.string(), junk) }), junk),
      evaluations: fc.array(fc.record({ year: fc.oneof(fc.integer({ min: 1800, max: 2200 }), junk), index: fc.oneof(fc.double(), junk), domains: fc.oneof(fc.dictionary(fc.constantFrom('kebijakan', 'tata-kelola', 'manajemen', 'layanan', 'x'), fc.oneof(fc.double(), junk)), junk) }, { requiredKeys: ['year'] }), { maxLength: 5 }),
      framework: fc.oneof(fc.constant(undefined), fc.string(), junk),
    }, { requiredKeys: ['instansi', 'evaluations'] });
    fc.assert(fc.property(doc, (v) => onlySpbeErrors(() => parseSpbeDocument(v))), RUNS);
  });

  it('parseJsonBody on any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.string().map((s) => `<${s}`)), (t) => onlySpbeErrors(() => parseJsonBody(t, 'x.json'))), RUNS);
  });

  it('parseTrendCsv and parseApCsv on any text, with commas, semicolons, quotes and newlines', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('2024', '3,34', '3.34', '"', '""', ';', ',', '\n', 'tahun', 'indeks', 'lat', 'lon', '-5,1', '105,3'));
    const csv = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }).chain((rows) => fc.constantFrom(',', ';', '\t').map((d) => rows.map((r) => r.join(d)).join('\n')));
    fc.assert(fc.property(fc.oneof(fc.string(), csv), (t) => onlySpbeErrors(() => parseTrendCsv(t)) && onlySpbeErrors(() => parseApCsv(t))), RUNS);
  });

  it('the map\'s GeoJSON, rows and areas parsers on any JSON-ish value', () => {
    fc.assert(
      fc.property(junk, (v) => onlySpbeErrors(() => parseApGeojson(v)) && onlySpbeErrors(() => parseAreas(v)) && (!Array.isArray(v) || onlySpbeErrors(() => parseApRows(v, 'x')))),
      RUNS,
    );
  });
});

describe('property: the calculator', () => {
  it('the index computed from any domain values on the scale lies on the scale', () => {
    const value = fc.double({ min: fw.scale.min, max: fw.scale.max, noNaN: true });
    const domains = fc.record(Object.fromEntries(fw.domains.map((d) => [d.id, value])) as Record<string, fc.Arbitrary<number>>, { requiredKeys: [] });
    fc.assert(
      fc.property(domains, (d) => {
        const { index } = completeLevels(fw, { domains: d as Record<string, number> });
        return index === undefined ? Object.keys(d).length < fw.domains.length : index >= fw.scale.min - 1e-9 && index <= fw.scale.max + 1e-9;
      }),
      RUNS,
    );
  });

  it('a document with an index on the scale validates, and keeps the index and a band that contains it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), fc.integer({ min: 1900, max: 2100 }), (index, year) => {
        const doc = parseSpbeDocument({ instansi: { name: 'X' }, evaluations: [{ year, index }] });
        const e = doc.evaluations[0];
        return e.index === index && e.band !== undefined;
      }),
      RUNS,
    );
  });
});

describe('property: round trips', () => {
  it('access points written as CSV (semicolons, decimal commas, quoted names) read back the same', () => {
    const point = fc.record({
      lat: fc.double({ min: -11, max: 6, noNaN: true }).map((v) => Math.round(v * 1e6) / 1e6 + 0),
      lon: fc.double({ min: 95, max: 141, noNaN: true }).map((v) => Math.round(v * 1e6) / 1e6 + 0),
      name: fc.string(),
      status: fc.constantFrom('online', 'offline', 'maintenance'),
      mbps: fc.integer({ min: 0, max: 10_000 }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 20 }), (points) => {
        const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = ['lat;lon;nama;status;bandwidth_mbps', ...points.map((p) => [String(p.lat).replace('.', ','), String(p.lon).replace('.', ','), q(p.name), p.status, p.mbps].join(';'))].join('\n');
        const r = parseApCsv(text);
        expect(r.skipped).to.equal(0);
        expect([...r.points.lat]).to.deep.equal(points.map((p) => p.lat));
        expect([...r.points.lon]).to.deep.equal(points.map((p) => p.lon));
        expect(r.points.names.text).to.equal(points.map((p) => p.name).join(''));
        expect([...r.points.bw]).to.deep.equal(points.map((p) => p.mbps));
        return true;
      }),
      { numRuns: 100 },
    );
  });

  it('a trend sheet written with decimal commas reads back the same indices', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), { minLength: 1, maxLength: 8 }), fc.double({ min: 1, max: 5, noNaN: true }), (years, base) => {
        const rows = years.map((y, i) => [y, Math.round(Math.min(5, base + i * 0.01) * 100) / 100] as const);
        const text = ['tahun;indeks', ...rows.map(([y, v]) => `${y};${String(v).replace('.', ',')}`)].join('\n');
        const doc = parseSpbeDocument(parseTrendCsv(text, { name: 'X' }));
        const got = Object.fromEntries(doc.evaluations.map((e) => [e.year, e.index]));
        return rows.every(([y, v]) => got[y] === v);
      }),
      { numRuns: 100 },
    );
  });
});
