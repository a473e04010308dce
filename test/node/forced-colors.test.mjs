// Windows' contrast themes (forced colours): the browser repaints a page's HTML in the reader's
// system colours, but not SVG fills. A widget set to theme="light" drew its numbers #1f2328 on a
// black screen in a dark contrast theme, and theme="dark" light grey on a white one, and the legends
// lost their swatches (backgrounds are repainted). Chromium's own emulation (DevTools' "forced-colors:
// active", through CDP) of both palettes, in the project's browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession } from '../helpers/browser-session.mjs';

const WIDGETS = `
  <spbe-index-gauge theme="light" src="/test/fixtures/kota-metro.json"></spbe-index-gauge>
  <spbe-index-gauge theme="dark" src="/test/fixtures/kota-metro.json"></spbe-index-gauge>
  <spbe-trend-chart theme="light" src="/test/fixtures/kota-metro.json"></spbe-trend-chart>
  <spbe-domain-radar theme="dark" src="/test/fixtures/kota-metro.json" years="2024" comparisons="none"></spbe-domain-radar>
  <spbe-ranking theme="light" src="/data/nasional/spbe-hasil-2023-2024.json" province="Lampung" highlight="18.72"></spbe-ranking>
  <spbe-ap-map theme="light" src="/test/fixtures/geo/kota-metro-ap.geojson" areas="/test/fixtures/geo/kota-metro-kecamatan.geojson" mode="areas"></spbe-ap-map>`;
const session = browserSession();

async function open(scheme, forced) {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }, ...(forced ? [{ name: 'forced-colors', value: 'active' }] : [])] });
  await page.setRequestInterception(true);
  page.on('request', (r) =>
    new URL(r.url()).pathname === '/forced.html'
      ? r.respond({ status: 200, contentType: 'text/html', body: `<!doctype html><html lang="id"><head><meta charset="utf-8"><script type="module" src="/dist/cdn/spbe-widgets.js"></script></head><body>${WIDGETS}</body></html>` })
      : r.continue(),
  );
  await page.goto(`${session.base}/forced.html`);
  await page.waitForFunction(() => [...document.body.children].every((el) => el.shadowRoot?.querySelector('svg text')), { timeout: 20_000 });
  return page;
}

/** Per widget: the distinct fills of its drawings' texts, the page's CanvasText, and its legend's swatch colours. */
const read = (page) =>
  page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    const canvas = getComputedStyle(document.body).backgroundColor;
    return {
      canvasText,
      canvas,
      widgets: [...document.querySelectorAll('body > [src]')].map((el) => ({
        name: `${el.localName} ${el.getAttribute('theme')}`,
        fills: [...new Set([...el.shadowRoot.querySelectorAll('svg text')].map((t) => getComputedStyle(t).fill))],
        swatches: [...new Set([...el.shadowRoot.querySelectorAll('[part~="legend"] .swatch:not(.dash):not(.rule)')].map((s) => getComputedStyle(s).backgroundColor))],
      })),
    };
  });

for (const scheme of ['dark', 'light'])
  test(`a ${scheme} contrast theme: every text of every drawing is in the reader's text colour, whatever the widget's theme; the legends keep their colours`, async () => {
    const page = await open(scheme, true);
    const { canvasText, canvas, widgets } = await read(page);
    assert.notEqual(canvasText, canvas);
    for (const w of widgets) {
      assert.deepEqual(w.fills, [canvasText], `${w.name}: ${w.fills.join(' ')}`);
      // Band and series swatches: still the data's colours, several, none the screen's own.
      assert.ok(!w.swatches.includes(canvas) && !w.swatches.includes('rgba(0, 0, 0, 0)'), `${w.name}: ${w.swatches.join(' ')}`);
      if (/gauge|ranking/.test(w.name)) assert.equal(w.swatches.length, 5, `${w.name}: the five bands, ${w.swatches.join(' ')}`);
    }
    // The row the keys are on is outlined in the reader's highlight colour.
    await page.focus('spbe-ranking');
    const active = await page.evaluate(() => {
      const el = document.querySelector('spbe-ranking');
      el.shadowRoot.querySelector('[part~="plot"]').focus();
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      return new Promise((resolve) =>
        requestAnimationFrame(() => resolve([getComputedStyle(el.shadowRoot.querySelector('[part~="row"].active .back')).stroke, getComputedStyle(probe).color])),
      );
    });
    assert.equal(active[0], active[1]);
    await page.close();
  });

test('without a contrast theme the widgets keep their own colours (the rules above apply only there)', async () => {
  const page = await open('light', false);
  const { widgets } = await read(page);
  const gauge = widgets.find((w) => w.name === 'spbe-index-gauge dark');
  assert.ok(!gauge.fills.includes('rgb(0, 0, 0)'), gauge.fills.join(' '));
  assert.ok(widgets.find((w) => w.name === 'spbe-trend-chart light').fills.length > 1);
  await page.close();
});
