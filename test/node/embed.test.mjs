// The iframe embed: embed/embed.html renders one widget or the dashboard and posts its height to the
// parent ({ type: 'spbe-widgets:resize', id, height }); embed/resize.js on the parent sets the
// iframe's height from it. Checked from a parent page in Chromium, with the built CDN bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession } from '../helpers/browser-session.mjs';

const session = browserSession();

/** A parent page with the given iframes and resize.js, recording every message it gets. */
async function parent(frames) {
  const page = await session.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewport({ width: 900, height: 800 });
  await page.goto(`${session.base}/test/fixtures/kota-metro.json`);
  await page.evaluate((frames) => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    window.messages = [];
    addEventListener('message', (e) => window.messages.push(e.data));
    for (const [i, query] of frames.entries()) {
      const f = document.createElement('iframe');
      f.id = `f${i}`;
      f.width = '800';
      f.height = '50';
      f.src = `/embed/embed.html?${query}`;
      document.body.append(f);
    }
  }, frames);
  await page.addScriptTag({ url: '/embed/resize.js' });
  return { page, errors };
}

test('each widget in an iframe: rendered, its height posted and the iframe resized to it', async () => {
  const queries = [
    'widget=index-gauge&src=/test/fixtures/kota-metro.json&id=gauge',
    'widget=trend-chart&src=/test/fixtures/kota-metro.json&lang=en&theme=dark',
    'widget=domain-radar&src=/test/fixtures/kota-metro.json&plain',
    'widget=ap-map&src=/test/fixtures/kota-metro.json&static',
    'widget=dashboard&src=/test/fixtures/kota-metro.json&ranking-src=/data/nasional/spbe-hasil-2023-2024.json',
    'widget=ranking&src=/data/nasional/spbe-hasil-2023-2024.json&province=Lampung&highlight=18.72',
  ];
  const { page, errors } = await parent(queries);
  // Every iframe's height ends equal to its document's height (and not the 50 it started with).
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('iframe')].every((f) => {
        const doc = f.contentDocument;
        const el = doc?.body?.querySelector(':scope > :not(noscript)');
        const ready = el?.shadowRoot?.querySelector('[part~="value"], [part~="series"], [part~="area"], [part~="grid"] > *, [part~="row"].highlight');
        return ready && Math.abs(Number(f.height) - Math.ceil(doc.documentElement.getBoundingClientRect().height)) <= 1 && Number(f.height) > 100;
      }),
    { timeout: 20000 },
  ).catch(async (e) => {
    const state = await page.evaluate(() =>
      [...document.querySelectorAll('iframe')].map((f) => {
        const doc = f.contentDocument;
        const el = doc?.body?.querySelector(':scope > :not(noscript)');
        return [f.height, doc && Math.ceil(doc.documentElement.getBoundingClientRect().height), el?.localName, !!el?.shadowRoot?.querySelector('[part~="value"], [part~="series"], [part~="area"], [part~="grid"] > *, [part~="row"].highlight')];
      }),
    );
    throw new Error(`${e.message}: ${JSON.stringify(state)}`);
  });
  const got = await page.evaluate(() => ({
    tags: [...document.querySelectorAll('iframe')].map((f) => f.contentDocument.body.querySelector(':scope > :not(noscript)').localName),
    attrs: [...document.querySelectorAll('iframe')].map((f) => ['theme', 'plain', 'static'].filter((a) => f.contentDocument.body.querySelector(':scope > :not(noscript)').hasAttribute(a))),
    langs: [...document.querySelectorAll('iframe')].map((f) => f.contentDocument.documentElement.lang),
    heights: [...document.querySelectorAll('iframe')].map((f) => Number(f.height)),
    message: window.messages.find((m) => m.id === 'gauge'),
    dashboardParts: [...document.querySelectorAll('iframe')][4].contentDocument.querySelector('spbe-dashboard').shadowRoot.querySelectorAll('[part~="grid"] > *').length,
    dashboardRanks: !!document.querySelectorAll('iframe')[4].contentDocument.querySelector('spbe-dashboard').shadowRoot.querySelector('spbe-ranking[highlight="18.72"]'),
  }));
  assert.deepEqual(got.tags, ['spbe-index-gauge', 'spbe-trend-chart', 'spbe-domain-radar', 'spbe-ap-map', 'spbe-dashboard', 'spbe-ranking']);
  assert.deepEqual(got.attrs, [[], ['theme'], ['plain'], ['static'], [], []]);
  assert.deepEqual(got.langs, ['id', 'en', 'id', 'id', 'id', 'id']);
  assert.deepEqual(Object.keys(got.message).sort(), ['height', 'id', 'type']);
  assert.equal(got.message.type, 'spbe-widgets:resize');
  assert.ok(got.heights[4] > got.heights[0], `the dashboard is taller than the gauge: ${got.heights}`);
  // ranking-src passes through to the dashboard: five parts, the ranking among them.
  assert.equal(got.dashboardParts, 5);
  assert.equal(got.dashboardRanks, true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an unknown widget or a missing src says so in the iframe', async () => {
  const { page } = await parent(['widget=pie-chart&src=/x.json', 'widget=index-gauge']);
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.querySelector('.embed-error')));
  const texts = await page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.contentDocument.querySelector('.embed-error').textContent));
  assert.match(texts[0], /Widget tidak dikenal: "pie-chart"/);
  assert.match(texts[1], /src/);
  await page.close();
});

test('resize.js ignores messages that are not its own, and iframes that did not send them', async () => {
  const { page } = await parent(['widget=index-gauge&src=/test/fixtures/kota-metro.json']);
  // Once the iframe has its own height, messages from elsewhere do not change it.
  await page.waitForFunction(() => Number(document.querySelector('iframe').height) > 100);
  await new Promise((r) => setTimeout(r, 300));
  const [before, afterwards] = await page.evaluate(async () => {
    const f = document.querySelector('iframe');
    const before = f.height;
    window.postMessage({ type: 'spbe-widgets:resize', id: 'x', height: 999 }, '*');
    window.postMessage({ type: 'other', height: 5 }, '*');
    window.postMessage('spbe-widgets:resize', '*');
    await new Promise((r) => setTimeout(r, 100));
    return [before, f.height];
  });
  assert.equal(afterwards, before);
  await page.close();
});
