import { expect } from '@open-wc/testing';
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
