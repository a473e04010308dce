import { expect } from '@open-wc/testing';
import { bandFor, completeLevels, weightedMean } from '../../src/core/calculate.js';
import { permenpanrb592020 as fw } from '../../src/core/framework.js';

const close = (actual: number | undefined, expected: number, eps = 1e-9) =>
  expect(Math.abs((actual ?? NaN) - expected), `${actual} ~ ${expected}`).to.be.below(eps);

describe('calculate', () => {
  it('completeLevels(domains) reproduces the regulation worked example: 3,70 3,40 3,00 3,20 -> 3,28', () => {
    const r = completeLevels(fw, { domains: { kebijakan: 3.7, 'tata-kelola': 3.4, manajemen: 3.0, layanan: 3.2 } });
    close(r.index, 0.13 * 3.7 + 0.25 * 3.4 + 0.165 * 3 + 0.455 * 3.2);
    expect(Math.round(r.index! * 100) / 100).to.equal(3.28);
    expect(r.origin).to.equal('domains');
  });

  it('Kota Metro 2023 from its domains rounds to the published 3,04', () => {
    const r = completeLevels(fw, { domains: { kebijakan: 2.5, 'tata-kelola': 2.5, manajemen: 2.0, layanan: 3.87 } });
    close(r.index, 3.04085);
    expect(r.index!.toFixed(2)).to.equal('3.04');
  });

  it('Kota Metro 2024 from its domains rounds to the published 3,34', () => {
    const r = completeLevels(fw, { domains: { kebijakan: 2.7, 'tata-kelola': 3.1, manajemen: 2.73, layanan: 3.87 } });
    close(r.index, 3.3373);
    expect(r.index!.toFixed(2)).to.equal('3.34');
  });

  it('indicators -> aspects -> domains -> index are plain weighted means', () => {
    const indicators: Record<string, number> = {};
    for (const i of fw.indicators) indicators[i.id] = Number(i.id) <= 10 ? 3 : Number(i.id) <= 20 ? 2 : 4;
    indicators['11'] = 4; // aspect 2 (indicators 11-14): (4+2+2+2)/4 = 2.5
    const r = completeLevels(fw, { indicators });
    close(r.aspects['1'], 3);
    close(r.aspects['2'], 2.5);
    close(r.aspects['3'], 2);
    // domain 2 = (2.5*10 + 2*10 + 2*5) / 25 = 2.2
    close(r.domains['tata-kelola'], 2.2);
    // index = sum(level x indicator weight) / 100
    const direct = fw.indicators.reduce((s, i) => s + indicators[i.id] * i.weight, 0) / 100;
    close(r.index, direct);
    expect(r.origin).to.equal('indicators');
  });

  it('an aspect with a missing indicator stays missing, and so do its domain and the index', () => {
    const indicators: Record<string, number> = {};
    for (const i of fw.indicators) if (i.id !== '47') indicators[i.id] = 3;
    const r = completeLevels(fw, { indicators });
    expect(r.aspects['8']).to.equal(undefined);
    expect(r.domains.layanan).to.equal(undefined);
    expect(r.index).to.equal(undefined);
    close(r.aspects['7'], 3);
  });

  it('given values are kept, not recomputed, and the input is not mutated', () => {
    const given = { domains: { kebijakan: 5 }, aspects: { '1': 1 } };
    const r = completeLevels(fw, given);
    expect(r.domains.kebijakan).to.equal(5);
    expect(given).to.deep.equal({ domains: { kebijakan: 5 }, aspects: { '1': 1 } });
  });

  it('weightedMean(values, items) needs every item', () => {
    expect(weightedMean({ a: 1 }, [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }])).to.equal(undefined);
    expect(weightedMean({}, [])).to.equal(undefined);
    expect(weightedMean({ a: 1, b: 4 }, [{ id: 'a', weight: 3 }, { id: 'b', weight: 1 }])).to.equal(1.75);
  });

  describe('bandFor: lower bound inclusive, upper exclusive, on the unrounded value', () => {
    const cases: Array<[number, string]> = [
      [1, 'kurang'],
      [1.7985, 'kurang'],
      [1.8, 'cukup'],
      [2.5999, 'cukup'],
      [2.6, 'baik'],
      [3.4986, 'baik'],
      [3.5, 'sangat-baik'],
      [4.1999, 'sangat-baik'],
      [4.2, 'memuaskan'],
      [5, 'memuaskan'],
    ];
    for (const [value, id] of cases) it(`${value} -> ${id}`, () => expect(bandFor(value, fw).id).to.equal(id));

    it('a float sum that lands a hair under 3,5 is still Sangat Baik', () => {
      expect(bandFor(3.4999999999999996, fw).id).to.equal('sangat-baik');
    });
  });

  it('the preset: 4 domains, 8 aspects, 47 indicators, weights 13 / 25 / 16,5 / 45,5', () => {
    expect(fw.domains.map((d) => d.weight)).to.deep.equal([13, 25, 16.5, 45.5]);
    expect(fw.aspects).to.have.length(8);
    expect(fw.indicators).to.have.length(47);
    expect(fw.bands.map((b) => b.min)).to.deep.equal([1, 1.8, 2.6, 3.5, 4.2]);
  });
});

describe('labelOf', () => {
  it('finds a domain label in the preset, aspect and indicator names in the labels module, else the id', async () => {
    const { labelOf } = await import('../../src/core/framework.js');
    expect(labelOf(fw, 'domain', 'layanan', 'id')).to.equal('Layanan SPBE');
    expect(labelOf(fw, 'domain', 'layanan', 'en')).to.equal('SPBE Services');
    expect(labelOf(fw, 'aspect', '6', 'id')).to.equal('6'); // labels module not loaded yet
    await import('../../src/core/frameworks/permenpanrb-59-2020-labels.js');
    expect(labelOf(fw, 'aspect', '6', 'id')).to.equal('Pelaksanaan Audit TIK');
    expect(labelOf(fw, 'aspect', '6', 'en')).to.equal('ICT Audit');
    expect(labelOf(fw, 'indicator', '47', 'en')).to.equal('47'); // indicator names: a module of their own
    await import('../../src/core/frameworks/permenpanrb-59-2020-indicator-labels.js');
    expect(labelOf(fw, 'indicator', '47', 'en')).to.match(/^Tingkat Kematangan/); // Indonesian only
    expect(labelOf(fw, 'aspect', '6', 'id'), 'registrations add up').to.equal('Pelaksanaan Audit TIK');
    expect(labelOf(fw, 'aspect', '99', 'id')).to.equal('99');
  });
});
