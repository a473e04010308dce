import { expect } from '@open-wc/testing';
import { textMeasure } from '../../src/core/measure.js';

describe('textMeasure(host, size)', () => {
  const host = document.createElement('div');
  before(() => document.body.append(host));
  after(() => host.remove());
  afterEach(() => host.removeAttribute('style'));

  it('measures as the canvas draws: longer text is wider, bold wider than regular, twice the size twice the width', () => {
    const m = textMeasure(host, 13);
    const w = m('Kota Metro');
    expect(w).to.be.within(50, 90);
    expect(m('Kota Metro Utara')).to.be.above(w);
    expect(m('Kota Metro', 700)).to.be.above(w);
    expect(textMeasure(host, 26)('Kota Metro')).to.be.closeTo(2 * w, 1);
  });

  it("adds the letter and word spacing the host inherits (a reader's WCAG 1.4.12 spacing)", () => {
    const plain = textMeasure(host, 13)('Kota Metro');
    [host.style.letterSpacing, host.style.wordSpacing] = ['2px', '5px'];
    // Ten letters 2 px apart and one space 5 px wider.
    expect(textMeasure(host, 13)('Kota Metro') - plain).to.be.closeTo(10 * 2 + 5, 0.5);
  });

  it("in the page's font (--spbe-font-family): a monospace one is wider", () => {
    const sans = textMeasure(host, 13)('Pemerintah Kota Metro');
    host.style.setProperty('--spbe-font-family', "'DejaVu Sans Mono', monospace");
    const mono = textMeasure(host, 13)('Pemerintah Kota Metro');
    expect(mono).to.be.closeTo(21 * 13 * 0.602, 2);
    expect(mono).not.to.equal(sans);
  });
});
