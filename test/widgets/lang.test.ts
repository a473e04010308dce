// The `lang` property, set from script, changes a widget's words in the very update it causes:
// Lit calls render() before it reflects the property to the attribute, so a widget that read only
// the attribute drew its first frame after the change in the old language.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { clearLoadCache } from '../../src/core/load.js';
import type { LitElement } from 'lit';

const DOC = '/test/fixtures/kota-metro.json';
const WIDGETS: Array<[string, string]> = [
  ['spbe-index-gauge', DOC],
  ['spbe-trend-chart', DOC],
  ['spbe-domain-radar', DOC],
  ['spbe-ap-map', DOC],
  ['spbe-ranking', '/data/nasional/spbe-hasil-2023-2024.json'],
];

describe('lang, set as a property', () => {
  afterEach(() => {
    document.querySelectorAll('.lang-test').forEach((e) => e.remove());
    clearLoadCache();
  });

  for (const [tag, src] of WIDGETS) {
    it(`${tag}: Indonesian by default, English in the update after el.lang = 'en', and back`, async () => {
      const el = document.createElement(tag) as LitElement;
      el.className = 'lang-test';
      el.setAttribute('src', src);
      const loaded = oneEvent(el, 'spbe-load');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      const toggle = () => el.shadowRoot!.querySelector('[part~="table-toggle"]')!.textContent!.trim();
      expect(toggle()).to.equal('Tabel data');
      el.lang = 'en';
      await el.updateComplete;
      expect(toggle()).to.equal('Data table');
      expect(el.getAttribute('lang')).to.equal('en');
      el.lang = '';
      await el.updateComplete;
      expect(toggle()).to.equal('Tabel data');
    });
  }
});
