// `npm run bench` (CDN part): a page with one <spbe-index-gauge>, one with one <spbe-ap-map> (314
// points as GeoJSON) and one with a <spbe-trend-chart> from a CSV sheet, as a CMS page embeds them,
// through the one-file bundle (dist/cdn/spbe-widgets.js) and through the light loader
// (dist/cdn/spbe-widgets.auto.js, which fetches only that widget's files), over three networks that
// Chromium emulates: none, "slow 4G" (1.6 Mbit/s down, 150 ms) and "3G" (400 kbit/s, 400 ms).
// Reports the median time from navigation to the gauge's value drawn (the map's clusters, the
// trend's line), with the browser cache off.
//   node bench/cdn.mjs [--rounds 3]     (run `npm run build` first)
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/static-server.mjs';
import { browserLaunchOptions } from '../scripts/browser.mjs';

const { values: opts } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const ROUNDS = Number(opts.rounds);
if (!existsSync('dist/cdn/spbe-widgets.auto.js')) throw new Error('run `npm run build` first');

const NETWORKS = [
  ['no throttling', null],
  ['slow 4G (1.6 Mbit/s, 150 ms)', { download: 1.6e6 / 8, upload: 750e3 / 8, latency: 150 }],
  ['3G (400 kbit/s, 400 ms)', { download: 400e3 / 8, upload: 400e3 / 8, latency: 400 }],
];
const FILES = { 'one file': '/dist/cdn/spbe-widgets.js', 'light loader': '/dist/cdn/spbe-widgets.auto.js' };

const { server, base } = await serve('.');
const browser = await puppeteer.launch(await browserLaunchOptions());

const WIDGETS = {
  gauge: '<spbe-index-gauge src="/test/fixtures/kota-metro.json"></spbe-index-gauge>',
  map: '<spbe-ap-map src="/test/fixtures/geo/kota-metro-ap.geojson"></spbe-ap-map>',
  'trend from CSV': '<spbe-trend-chart src="/test/fixtures/csv/trend.csv" label="Pemerintah Kota Metro"></spbe-trend-chart>',
};

async function once(widget, script, network) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  if (network) await page.emulateNetworkConditions(network);
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (new URL(r.url()).pathname !== '/cdn-bench.html') return r.continue();
    const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>cdn</title></head><body>${WIDGETS[widget]}<script type="module" src="${script}"></script></body></html>`;
    return r.respond({ status: 200, contentType: 'text/html', body: html });
  });
  // The map says when its clusters are drawn; the trend is drawn in the update after its load
  // event; the gauge is drawn when its value is there.
  await page.evaluateOnNewDocument(() => {
    addEventListener('spbe-render', () => (window.__drawn ??= performance.now()), true);
    addEventListener('spbe-load', (e) => e.target.localName === 'spbe-trend-chart' && e.target.updateComplete.then(() => (window.__drawn ??= performance.now())), true);
  });
  await page.goto(`${base}/cdn-bench.html`);
  const t =
    widget === 'gauge'
      ? (await page.waitForFunction(() => document.querySelector('spbe-index-gauge')?.shadowRoot?.querySelector('[part~="value"]'), { timeout: 120_000, polling: 10 }),
        await page.evaluate(() => performance.now()))
      : await (await page.waitForFunction(() => window.__drawn, { timeout: 120_000, polling: 10 })).jsonValue();
  await page.close();
  return t;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
try {
  await once('gauge', FILES['one file'], null); // the browser's first page, not counted
  for (const widget of Object.keys(WIDGETS)) {
    for (const [name, network] of NETWORKS) {
      const times = { 'one file': [], 'light loader': [] };
      for (let r = 0; r < ROUNDS; r++) for (const [label, script] of r % 2 ? Object.entries(FILES).reverse() : Object.entries(FILES)) times[label].push(await once(widget, script, network));
      const [one, light] = [median(times['one file']), median(times['light loader'])];
      rows.push(`| ${widget} | ${name} | ${Math.round(one)} ms | ${Math.round(light)} ms (${(light / one).toFixed(2)}×) |`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`A page with one gauge (one map), navigation to its value (its clusters) drawn (median of ${ROUNDS}, cache off):\n`);
console.log(`| widget | network | one file (spbe-widgets.js) | light loader (spbe-widgets.auto.js) |\n|---|---|---:|---:|\n${rows.join('\n')}`);
