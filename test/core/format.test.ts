import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDelta, formatIndex, formatNumber } from '../../src/core/format.js';
import { normalizeLang, resolveLang } from '../../src/core/i18n.js';

describe('format', () => {
  it('formatIndex: Indonesian decimal comma, English decimal point, always 2 decimals', () => {
    expect(formatIndex(3.3373, 'id')).to.equal('3,34');
    expect(formatIndex(3.3373, 'en')).to.equal('3.34');
    expect(formatIndex(2.5, 'id')).to.equal('2,50');
    expect(formatIndex(5, 'id')).to.equal('5,00');
  });

  it('formatDelta: signed, and no "-0,00"', () => {
    expect(formatDelta(0.3, 'id')).to.equal('+0,30');
    expect(formatDelta(-0.12, 'en')).to.equal('-0.12');
    expect(formatDelta(-0.001, 'id')).to.equal('0,00');
  });

  it('formatNumber: dot grouping in Indonesian (4.000), comma in English (4,000)', () => {
    expect(formatNumber(4000, 'id')).to.equal('4.000');
    expect(formatNumber(4000, 'en')).to.equal('4,000');
    expect(formatNumber(1.8, 'id')).to.equal('1,8');
    expect(formatNumber(1, 'id')).to.equal('1');
  });

  it('half away from zero at the shortest decimal, as published: 3,045 is 3,05 though the float is 3.04499…', () => {
    expect(formatIndex(3.045, 'id')).to.equal('3,05');
    expect(formatIndex(1.005, 'en')).to.equal('1.01');
    expect(formatIndex(2.675, 'id')).to.equal('2,68');
    expect(formatIndex(3.0449999, 'id')).to.equal('3,04');
    expect(formatIndex(9.995, 'id')).to.equal('10,00');
    expect(formatIndex(999.995, 'en')).to.equal('1,000.00');
    expect(formatDelta(-0.145, 'id')).to.equal('-0,15');
    expect(formatDelta(3.34 - 3.04, 'id')).to.equal('+0,30');
    expect(formatNumber(4000.004, 'id')).to.equal('4.000');
    expect(formatNumber(1234567.5, 'en', 0)).to.equal('1,234,568');
    expect(formatIndex(-0.001, 'en')).to.equal('-0.00');
    // Nothing a widget shows, but never a throw in a render: as JavaScript writes them.
    expect([NaN, Infinity, -1e300].map((v) => formatNumber(v, 'id'))).to.deep.equal(['NaN', 'Infinity', '-1e+300']);
    expect(formatIndex(4e-7, 'id', 3)).to.equal('0,000');
  });

  // The formatter is written out (Intl's first formatter costs a page 9 to 14 ms); Intl is the spec.
  it('writes every number as Intl.NumberFormat does (id-ID, en-GB): random values, ties, 0 to 3 decimals', () => {
    const intl = (lang: 'id' | 'en', o: Intl.NumberFormatOptions) => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', o);
    const value = fc.oneof(
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      // Ties and near-ties at every digit: k / 1000 + 0.0005, and decimals from a few digits.
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((k) => k / 1000 + 0.0005),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).chain((k) => fc.integer({ min: 0, max: 6 }).map((d) => k / 10 ** d)),
      fc.constantFrom(0, -0, 0.5, 1.5, 2.5, -2.5, 1e-7, -1e-7, 999.9995, 5, 1, 4000),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 3 }), fc.constantFrom<'id' | 'en'>('id', 'en'), (v, d, lang) => {
        expect(formatIndex(v, lang, d), `formatIndex(${v}, ${d})`).to.equal(intl(lang, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v));
        expect(formatNumber(v, lang, d), `formatNumber(${v}, ${d})`).to.equal(intl(lang, { maximumFractionDigits: d }).format(v));
        const delta = intl(lang, { minimumFractionDigits: d, maximumFractionDigits: d, signDisplay: 'exceptZero' }).format(v);
        expect(formatDelta(v, lang, d), `formatDelta(${v}, ${d})`).to.equal(delta.replace(/^-(?=[0.,]+$)/, ''));
      }),
      { numRuns: 5000 },
    );
  });

  it('normalizeLang', () => {
    expect(normalizeLang('en-US')).to.equal('en');
    expect(normalizeLang('id-ID')).to.equal('id');
    expect(normalizeLang('in')).to.equal('id');
    expect(normalizeLang('fr')).to.equal(undefined);
    expect(normalizeLang(null)).to.equal(undefined);
  });

  it('resolveLang: own attribute, else the nearest lang up the tree across shadow roots, else id', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const host = document.createElement('div');
    outer.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(outer);
    try {
      expect(resolveLang(inner)).to.equal('en');
      inner.lang = 'id';
      expect(resolveLang(inner)).to.equal('id');
      const lonely = document.createElement('span');
      expect(resolveLang(lonely)).to.equal('id');
    } finally {
      outer.remove();
    }
  });
});
