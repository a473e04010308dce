// Screenshots of the demo page in the project's browser (scripts/browser.mjs), for the README and
// for looking at what we built: light and dark, wide and narrow.
//   node scripts/screenshot.mjs [outDir]      (run `npm run build` first)
import { mkdirSync } from 'node:fs';
import { serve } from './static-server.mjs';
import puppeteer from 'puppeteer-core';
import { browserLaunchOptions } from './browser.mjs';

const out = process.argv[2] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });

const { server, base } = await serve('.');
const { executablePath, args, headless } = await browserLaunchOptions();
const browser = await puppeteer.launch({ executablePath, args, headless });

const shots = [
  { name: 'demo-light', width: 1200, scheme: 'light', full: true },
  { name: 'demo-dark', width: 1200, scheme: 'dark', full: true },
  { name: 'demo-narrow', width: 360, scheme: 'light', full: true },
  { name: 'trend', width: 1200, scheme: 'light', selector: '#tren' },
  { name: 'trend-dark', width: 1200, scheme: 'dark', selector: '#tren' },
  { name: 'trend-narrow', width: 360, scheme: 'light', selector: '#trend' },
  { name: 'radar', width: 1200, scheme: 'light', selector: '#domain' },
  { name: 'dashboard', width: 1280, scheme: 'light', selector: '#dashboard' },
  { name: 'dashboard-narrow', width: 360, scheme: 'light', selector: '#dashboard' },
  { name: 'map', width: 1200, scheme: 'light', selector: '#peta' },
  { name: 'map-dark', width: 1200, scheme: 'dark', selector: '#map' },
  { name: 'map-narrow', width: 360, scheme: 'light', selector: '#map' },
  // Zoomed in three steps at the centre of Metro: clusters split into single points by status.
  {
    name: 'map-zoomed',
    width: 1200,
    scheme: 'light',
    selector: '#map',
    action: async (page) => {
      await page.evaluate(async () => {
        const map = document.getElementById('map');
        // A step may need no new clusters (past the last level): then no spbe-render comes.
        const done = () => new Promise((r) => (map.addEventListener('spbe-render', r, { once: true }), setTimeout(r, 500)));
        for (let i = 0; i < 3; i++) {
          const rendered = done();
          map.zoomBy(2, undefined, undefined, false);
          await rendered;
        }
        // Hover the single point nearest the centre, for its tooltip.
        const canvas = map.shadowRoot.querySelector('canvas');
        const box = canvas.getBoundingClientRect();
        const { items, view } = map;
        const s = box.width / (canvas.width / devicePixelRatio);
        let best;
        for (let i = 0; i < items.length / 9; i++) {
          if (items[i * 9 + 8] >= 0) continue;
          const x = items[i * 9] * view.k + view.x;
          const y = items[i * 9 + 1] * view.k + view.y;
          const d = Math.hypot(x - box.width / s / 2, y - box.height / s / 2);
          if (!best || d < best.d) best = { x, y, d };
        }
        map.shadowRoot.querySelector('[part~="plot"]').dispatchEvent(
          new PointerEvent('pointermove', { clientX: box.left + best.x * s, clientY: box.top + best.y * s, bubbles: true, composed: true }),
        );
        await map.updateComplete;
      });
    },
  },
  { name: 'ranking', width: 1200, scheme: 'light', selector: '#peringkat' },
  { name: 'ranking-dark', width: 1200, scheme: 'dark', selector: '#ranking' },
  { name: 'ranking-narrow', width: 360, scheme: 'light', selector: '#ranking' },
  {
    name: 'ranking-all',
    width: 1200,
    scheme: 'light',
    selector: '#ranking-kota',
    action: async (page) => {
      await page.evaluate(async () => {
        const r = document.getElementById('ranking-kota');
        r.shadowRoot.querySelector('[part~="more"]').click();
        await r.updateComplete;
      });
    },
  },
  { name: 'gauge', width: 1200, scheme: 'light', selector: '#gauge' },
  { name: 'gauge-narrow', width: 272, scheme: 'light', selector: '#tahun spbe-index-gauge' },
  { name: 'embed', width: 1200, scheme: 'light', selector: '#tanam' },
  { name: 'errors', width: 1200, scheme: 'light', selector: '#galat' },
];
const errors = [];
try {
  const only = process.env.SHOTS?.split(',');
  for (const s of shots.filter((x) => !only || only.includes(x.name))) {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(`${s.name}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${s.name}: ${e.message}`));
    await page.setViewport({ width: s.width, height: 900, deviceScaleFactor: s.width < 500 ? 2 : 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: s.scheme }]);
    await page.goto(`${base}/demo/index.html`, { waitUntil: 'networkidle0' });
    await page.evaluate(() => document.fonts.ready);
    await s.action?.(page);
    const target = s.selector ? await page.$(s.selector) : page;
    await target.screenshot({ path: `${out}/${s.name}.png`, fullPage: s.full });
    console.log(`${out}/${s.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
// The demo deliberately loads a missing file (404): the browser logs that one; anything else is a bug.
const unexpected = errors.filter((e) => !/404|Failed to load resource/.test(e));
if (unexpected.length) {
  console.error(`console errors on the demo page:\n${unexpected.join('\n')}`);
  process.exit(1);
}
