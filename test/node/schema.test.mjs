// The published JSON Schema and the widgets' validator must agree on the fixtures: every good
// document passes both, every structurally bad one fails both. (Checks the schema alone cannot make,
// such as weights adding up or duplicate years, are the validator's and are listed as such.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (p) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('schema/spbe-data.v1.schema.json'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const GOOD = readdirSync(new URL('../fixtures/', import.meta.url)).filter((f) => f.endsWith('.json'));
const cases = JSON.parse(read('test/fixtures/bad/cases.json'));
/** Only the validator can catch these: they need the framework's ids, weights or a year index. */
const VALIDATOR_ONLY = new Set(['unknown-domain.json', 'duplicate-years.json', 'framework-weights.json', 'unknown-framework.json']);

test('the schema is valid JSON Schema 2020-12', () => {
  assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
});

for (const file of GOOD) {
  test(`good fixture ${file} passes the schema`, () => {
    const ok = validate(JSON.parse(read(`test/fixtures/${file}`)));
    assert.ok(ok, JSON.stringify(validate.errors, null, 1));
  });
}

for (const c of cases.filter((x) => x.kind === 'validation')) {
  test(`bad fixture ${c.file} fails the schema${VALIDATOR_ONLY.has(c.file) ? ' (or is a validator-only check)' : ''}`, () => {
    const ok = validate(JSON.parse(read(`test/fixtures/bad/${c.file}`)));
    if (VALIDATOR_ONLY.has(c.file)) return;
    assert.equal(ok, false, `${c.file} passed the schema`);
  });
}

test('the documented example document passes', () => {
  const doc = {
    instansi: { name: 'Pemerintah Kota Metro', code: '18.72', kind: 'kota', province: 'Lampung' },
    framework: 'permenpanrb-59-2020',
    evaluations: [
      {
        year: 2023,
        index: 3.04,
        predikat: 'Baik',
        domains: { kebijakan: 2.5, 'tata-kelola': 2.5, manajemen: 2.0, layanan: 3.87 },
        aspects: { 1: 2.5 },
        indicators: { 1: 3 },
        source: 'Laporan Evaluasi SPBE 2023, Tabel 25',
      },
    ],
    targets: [{ year: 2024, value: 2.85, label: 'Target nasional', source: '…' }],
    comparisons: [{ id: 'nasional', label: 'Nasional', evaluations: [{ year: 2024, index: 3.12 }] }],
  };
  assert.ok(validate(doc), JSON.stringify(validate.errors));
});

test('the shipped national dataset passes the results schema', () => {
  const results = JSON.parse(read('schema/spbe-results.v1.schema.json'));
  const a = new Ajv2020({ allErrors: true, strict: false });
  a.addSchema(schema, 'spbe-data.v1.schema.json');
  const check = a.compile(results);
  assert.ok(check(JSON.parse(read('data/nasional/spbe-hasil-2023-2024.json'))), JSON.stringify(check.errors?.slice(0, 3), null, 1));
  assert.equal(check({ results: [] }), false);
  assert.equal(check({ results: [{ instansi: { name: 'X' }, evaluations: [{ year: 2024 }] }] }), false);
});
