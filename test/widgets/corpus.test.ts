// The bad-input corpus against every widget: each case gives a readable message in the widget and in
// `spbe-error` (with its JSON path or line where there is one), no uncaught exception, no console
// error, and the rest of the page untouched. Good-but-odd files (a BOM, years out of order,
// MultiPoints) load. The table in the closing note of issue 7 comes from this file.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { SpbeErrorEvent } from '../../src/core/events.js';

interface Case {
  src: string;
  /** The error kind, or 'load' for a file that must load. */
  kind: string;
  /** Text the error box must contain (a path, a line). */
  says?: string;
}

const BAD = '/test/fixtures/bad';
const DOCUMENT_CASES: Case[] = [
  { src: `${BAD}/empty.json`, kind: 'parse' },
  { src: `${BAD}/truncated.json`, kind: 'parse', says: 'baris' },
  { src: `${BAD}/array.json`, kind: 'validation' },
  { src: `${BAD}/string.json`, kind: 'validation' },
  { src: `${BAD}/null.json`, kind: 'validation' },
  { src: `${BAD}/html-page.json`, kind: 'not-json' },
  { src: '/api/html', kind: 'not-json' },
  { src: `${BAD}/hasil.xlsx`, kind: 'not-json', says: 'buku kerja spreadsheet' },
  { src: `${BAD}/decimal-comma.json`, kind: 'validation', says: 'evaluations[3].index' },
  { src: `${BAD}/out-of-range.json`, kind: 'validation', says: 'evaluations[3].index' },
  { src: `${BAD}/negative-nan.json`, kind: 'validation', says: 'evaluations[0].index' },
  { src: `${BAD}/infinity.json`, kind: 'validation', says: 'evaluations[0].index' },
  { src: `${BAD}/missing-fields.json`, kind: 'validation', says: 'instansi' },
  { src: `${BAD}/unknown-domain.json`, kind: 'validation', says: 'evaluations[2].domains.keamanan' },
  { src: `${BAD}/duplicate-years.json`, kind: 'validation', says: 'evaluations[2].year' },
  { src: `${BAD}/year-string.json`, kind: 'validation', says: 'evaluations[1].year' },
  { src: `${BAD}/unknown-framework.json`, kind: 'validation', says: 'framework' },
  { src: `${BAD}/framework-weights.json`, kind: 'validation', says: 'framework.domains' },
  { src: `${BAD}/nested.json`, kind: 'validation', says: 'evaluations[0]' },
  { src: '/api/many/10000', kind: 'validation', says: 'evaluations[' },
  { src: '/api/huge/50', kind: 'too-large', says: '20 MB' },
  { src: '/api/status/500', kind: 'http', says: '500' },
  { src: '/api/cut', kind: 'network' },
  { src: `${BAD}/bom.json`, kind: 'load' },
  { src: `${BAD}/years-out-of-order.json`, kind: 'load' },
];
const MAP_CASES: Case[] = [
  { src: `${BAD}/empty.json`, kind: 'parse' },
  { src: `${BAD}/truncated.json`, kind: 'parse', says: 'baris' },
  { src: `${BAD}/html-page.json`, kind: 'not-json' },
  { src: `${BAD}/null.json`, kind: 'validation' },
  { src: `${BAD}/string.json`, kind: 'validation' },
  { src: `${BAD}/array.json`, kind: 'validation', says: 'kosong' },
  { src: `${BAD}/missing-fields.json`, kind: 'validation', says: 'network' },
  { src: `${BAD}/ap-swapped.geojson`, kind: 'validation', says: 'tertukar' },
  { src: `${BAD}/ap-out-of-range.geojson`, kind: 'validation', says: 'features[1].geometry.coordinates[0]' },
  { src: `${BAD}/ap-empty-geometries.geojson`, kind: 'validation', says: 'features[0].geometry' },
  { src: `${BAD}/ap-no-coordinates.csv`, kind: 'validation', says: 'baris 1' },
  { src: '/api/huge/300', kind: 'too-large', says: '256 MB' },
  { src: '/api/cut', kind: 'network' },
  { src: `${BAD}/ap-multipoint.geojson`, kind: 'load' },
  { src: `${BAD}/ap-ragged.csv`, kind: 'load' },
  { src: `${BAD}/bom.json`, kind: 'validation', says: 'network' },
];
const WIDGETS: Record<string, Case[]> = {
  'spbe-index-gauge': DOCUMENT_CASES,
  'spbe-trend-chart': DOCUMENT_CASES,
  'spbe-domain-radar': DOCUMENT_CASES,
  'spbe-dashboard': DOCUMENT_CASES,
  // The ranking reads a data document as a collection of one: the same paths under results[0].
  'spbe-ranking': DOCUMENT_CASES,
  'spbe-ap-map': MAP_CASES,
};

describe('the bad-input corpus, against every widget', () => {
  const uncaught: string[] = [];
  const consoleErrors: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  const original = console.error;
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    console.error = (...args: unknown[]) => consoleErrors.push(args);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    console.error = original;
  });

  for (const [tag, cases] of Object.entries(WIDGETS)) {
    it(`${tag}: ${cases.length} cases`, async () => {
      const sentinel = document.createElement('p');
      sentinel.id = 'sentinel';
      sentinel.textContent = 'the page around the widget';
      document.body.append(sentinel);
      const results: string[] = [];
      for (const c of cases) {
        const el = document.createElement(tag) as HTMLElement & { src: string; updateComplete: Promise<void> };
        const settled = Promise.race([oneEvent(el, 'spbe-load'), oneEvent(el, 'spbe-error')]);
        el.src = c.src;
        document.body.append(el);
        const event = (await settled) as Event;
        await el.updateComplete;
        const box = el.shadowRoot!.querySelector('[part~="error"], [part~="notice"]');
        if (c.kind === 'load') {
          expect(event.type, `${tag} ${c.src}`).to.equal('spbe-load');
        } else {
          expect(event.type, `${tag} ${c.src}`).to.equal('spbe-error');
          const error = (event as SpbeErrorEvent).error;
          expect(error.kind, `${tag} ${c.src}`).to.equal(c.kind);
          expect(error.message, `${tag} ${c.src}: an English message`).to.match(/\w{4,}/);
          expect(box, `${tag} ${c.src}: the error box`).to.exist;
          expect(box!.getAttribute('role') ?? box!.querySelector('[role]')?.getAttribute('role'), `${tag} ${c.src}`).to.match(/alert|status/);
          if (c.says) expect(box!.textContent, `${tag} ${c.src}`).to.contain(c.says);
        }
        results.push(`${c.src}: ${event.type === 'spbe-load' ? 'load' : (event as SpbeErrorEvent).error.kind}`);
        el.remove();
      }
      expect(sentinel.textContent).to.equal('the page around the widget');
      expect(document.body.querySelectorAll(':scope > *:not(script):not(#sentinel)').length, 'nothing left on the page').to.equal(0);
      sentinel.remove();
      expect(uncaught, 'uncaught').to.deep.equal([]);
      expect(consoleErrors, 'console errors').to.deep.equal([]);
      expect(results).to.have.length(cases.length);
    });
  }
});
