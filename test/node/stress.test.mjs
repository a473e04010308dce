// Load: 50 widgets on one page render; and create/attach/remove cycles of every widget leave no
// growth in listeners, DOM nodes or heap beyond noise (measured with CDP after garbage collection).
// Cycles: STRESS_CYCLES (default 1 000, about 35 s for all five widgets). The check can fail: one leaked
// listener per cycle (holding its element) shows as +500 listeners and +2 MB over 100 cycles.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serve } from '../../scripts/static-server.mjs';
import puppeteer from 'puppeteer-core';
import { browserLaunchOptions } from '../../scripts/browser.mjs';

const CYCLES = Number(process.env.STRESS_CYCLES ?? 1000);
let server;
let browser;
let page;
let cdp;

before(async () => {
  assert.ok(existsSync('dist/cdn/spbe-widgets.js'), 'run `npm run build` first');
  let base;
  ({ server, base } = await serve('.'));
  browser = await puppeteer.launch({ ...(await browserLaunchOptions()), protocolTimeout: 600_000 });
  page = await browser.newPage();
  await page.goto(`${base}/test/fixtures/kota-metro.json`);
  await page.evaluate(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
  });
  await page.addScriptTag({ url: '/dist/cdn/spbe-widgets.js', type: 'module' });
  await page.waitForFunction(() => customElements.get('spbe-dashboard'));
  cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Heap, listeners and nodes after two garbage collections. */
async function metrics() {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { heap: m.JSHeapUsedSize, listeners: m.JSEventListeners, nodes: m.Nodes, documents: m.Documents };
}

const TAGS = ['spbe-index-gauge', 'spbe-trend-chart', 'spbe-domain-radar', 'spbe-ap-map', 'spbe-dashboard'];

test('50 widgets on one page render, from one data URL', async () => {
  const done = await page.evaluate(async (tags) => {
    const els = [];
    for (let i = 0; i < 50; i++) {
      const el = document.createElement(tags[i % 4]);
      el.setAttribute('src', '/test/fixtures/kota-metro.json');
      document.body.append(el);
      els.push(el);
    }
    await Promise.all(els.map((el) => new Promise((r) => (el.loader?.value ? r() : el.addEventListener('spbe-load', r, { once: true })))));
    await new Promise((r) => setTimeout(r, 300));
    const ok = els.filter((el) => el.shadowRoot.querySelector('[part~="value"], [part~="series"], [part~="area"]')).length;
    els.forEach((el) => el.remove());
    return ok;
  }, TAGS);
  assert.equal(done, 50);
});

for (const tag of TAGS) {
  test(`${tag}: ${CYCLES} create, attach, load, remove cycles leave no growth`, async () => {
    const cycle = (n) =>
      page.evaluate(
        async (tag, n) => {
          for (let i = 0; i < n; i++) {
            const el = document.createElement(tag);
            el.setAttribute('src', '/test/fixtures/kota-metro.json');
            const loaded = new Promise((r) => el.addEventListener('spbe-load', r, { once: true }));
            document.body.append(el);
            await loaded;
            await el.updateComplete;
            el.remove();
          }
        },
        tag,
        n,
      );
    await cycle(20); // warm-up: caches, compiled code, the map's worker
    const before = await metrics();
    await cycle(CYCLES);
    await new Promise((r) => setTimeout(r, 200));
    const after = await metrics();
    const grown = { heap: after.heap - before.heap, listeners: after.listeners - before.listeners, nodes: after.nodes - before.nodes };
    console.log(`${tag}: ${CYCLES} cycles: heap ${(before.heap / 1e6).toFixed(2)} → ${(after.heap / 1e6).toFixed(2)} MB, listeners ${before.listeners} → ${after.listeners}, nodes ${before.nodes} → ${after.nodes}`);
    // No per-cycle growth: what a leak of one listener or one node per cycle would show.
    assert.ok(grown.listeners < CYCLES / 10, `listeners grew by ${grown.listeners}`);
    assert.ok(grown.nodes < CYCLES / 2, `nodes grew by ${grown.nodes}`);
    assert.ok(grown.heap < 2e6 + CYCLES * 500, `heap grew by ${grown.heap} bytes`);
  });
}
