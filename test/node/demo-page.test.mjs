// End to end: the demo page (the README's main job) with the built CDN bundle, in Chromium, under the
// page's strict CSP with Trusted Types. Checks what a reader gets and that the page reports no policy
// violation and no error beyond the one it provokes on purpose (a missing data file).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { serve } from '../../scripts/static-server.mjs';
import puppeteer from 'puppeteer-core';
import { browserLaunchOptions } from '../../scripts/browser.mjs';

let server;
let browser;
let page;
const violations = [];
const consoleErrors = [];
const dataRequests = [];

before(async () => {
  assert.ok(existsSync('dist/cdn/spbe-widgets.js'), 'run `npm run build` first');
  server = (await serve('.')).server;
  browser = await puppeteer.launch(await browserLaunchOptions());
  page = await browser.newPage();
  await page.exposeFunction('__violation', (v) => violations.push(v));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  // The page's own requests (the embed preview iframe is a page of its own, with its own request).
  page.on('request', (r) => r.url().endsWith('/kota-metro.json') && r.frame() === page.mainFrame() && dataRequests.push(r.url()));
  const { port } = server.server.address();
  await page.goto(`http://127.0.0.1:${port}/demo/index.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('spbe-index-gauge, spbe-trend-chart, spbe-domain-radar, spbe-ap-map')].every((g) =>
      g.shadowRoot?.querySelector('[part~="value"], [part~="series"], [part~="error"] div, [part~="area"]'),
    ),
  );
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const gauges = () =>
  page.evaluate(() =>
    [...document.querySelectorAll('spbe-index-gauge')].map((g) => ({
      value: g.shadowRoot.querySelector('[part~="value"]')?.textContent ?? null,
      error: g.shadowRoot.querySelector('[part~="error"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      name: g.shadowRoot.querySelector('[role="meter"]')?.getAttribute('aria-label') ?? null,
    })),
  );

test('every widget renders under the strict CSP, with no policy violation', async () => {
  assert.deepEqual(violations, []);
  const all = await gauges();
  assert.equal(all.length, 18);
  const charts = await page.evaluate(() => [...document.querySelectorAll('spbe-trend-chart')].map((c) => c.shadowRoot.querySelectorAll('[part~="series"]').length));
  assert.deepEqual(charts, [2, 4, 2, 1]);
  const radars = await page.evaluate(() => [...document.querySelectorAll('spbe-domain-radar')].map((c) => c.shadowRoot.querySelectorAll('[part~="series"]').length));
  assert.deepEqual(radars, [3, 2, 2]);
  assert.ok(all.every((g) => g.value || g.error));
});

test('the three maps: 314 points, 4 000 Mbps, areas and points drawn; one parses in its worker, under the CSP and Trusted Types', async () => {
  await page.waitForFunction(() => [...document.querySelectorAll('spbe-ap-map')].every((m) => m.items?.length || m.mode === 'areas'));
  const maps = await page.evaluate(() =>
    [...document.querySelectorAll('spbe-ap-map')].map((m) => {
      const canvas = m.shadowRoot.querySelector('canvas');
      const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < px.length; i += 4) painted += px[i] > 0;
      return {
        figures: m.shadowRoot.querySelector('.figures').textContent,
        areas: m.shadowRoot.querySelectorAll('[part~="area"]').length,
        painted,
        threaded: m.loader.value.engine.threaded,
        synthetic: m.shadowRoot.querySelector('[part~="source"]').textContent.includes('sintetis') || m.shadowRoot.querySelector('[part~="source"]').textContent.includes('synthetic'),
      };
    }),
  );
  assert.deepEqual(maps.map((m) => m.figures), ['314 titik · 90 % daring · 4.000 Mbps', '314 titik · 90 % daring · 4.000 Mbps', '314 points · 90 % online · 4,000 Mbps']);
  assert.deepEqual(maps.map((m) => m.areas), [22, 5, 22]);
  assert.ok(maps[0].painted > 1000, `points painted: ${maps[0].painted} pixels`);
  assert.deepEqual(maps.map((m) => m.threaded), [false, false, true]);
  assert.ok(maps.every((m) => m.synthetic));
  assert.ok(page.workers().some((w) => w.url().endsWith('/dist/cdn/ap-map-worker.js')));
  assert.deepEqual(violations, []);
});

test('the two rankings from the shipped national dataset: Kota Metro 6th of 16 in Lampung, and its place among the cities', async () => {
  await page.waitForFunction(() => [...document.querySelectorAll('spbe-ranking')].every((r) => r.shadowRoot.querySelector('[part~="row"]')));
  const rankings = await page.evaluate(() =>
    [...document.querySelectorAll('spbe-ranking')].map((r) => {
      const h = r.shadowRoot.querySelector('[part~="row"].highlight');
      return { title: r.shadowRoot.querySelector('[part~="title"]').textContent, rank: h.querySelector('.rank').textContent, change: h.querySelector('.change').textContent };
    }),
  );
  assert.deepEqual(rankings[0], { title: '2024 · Lampung · 16 instansi', rank: '6', change: '▼2' });
  assert.equal(rankings[1].title, '2024 · Kota · 93 instansi');
  assert.deepEqual(violations, []);
});

test('the official Kota Metro gauges show 3,34 (id) and 3.34 (en), with their accessible names', async () => {
  const all = await gauges();
  const values = all.map((g) => g.value).filter(Boolean);
  assert.ok(values.filter((v) => v === '3,34').length >= 4, values.join(' '));
  assert.ok(values.includes('3.34'));
  assert.ok(values.includes('2,14') && values.includes('2,49') && values.includes('3,04'));
  assert.ok(values.includes('3,86'), 'the advertorial figure is shown beside the official one');
  assert.ok(all.some((g) => g.name?.startsWith('Indeks SPBE Pemerintah Kota Metro 2024: 3,34 dari 5, predikat Baik.')));
});

test('the broken data files show their errors', async () => {
  const errors = (await gauges()).map((g) => g.error).filter(Boolean);
  assert.equal(errors.length, 4);
  assert.ok(errors.some((e) => e.includes('evaluations[3].index')));
  assert.ok(errors.some((e) => e.includes('404')));
  assert.ok(errors.some((e) => e.includes('HTML page')));
  assert.ok(errors.some((e) => /baris \d+, kolom \d+/.test(e)));
});

test("a framework of its own (the example section): its index's name, its 0 to 100 scale marked in steps", async () => {
  const own = await page.evaluate(() => {
    const q = (tag) => document.querySelector(`#kerangka ${tag}`).shadowRoot;
    const texts = (root, sel) => [...root.querySelectorAll(sel)].map((t) => t.textContent.trim());
    return {
      gauge: texts(q('spbe-index-gauge'), '[part~="label"], [part~="value"], [part~="predikat"]'),
      trend: [texts(q('spbe-trend-chart'), '[part~="label"]')[0], texts(q('spbe-trend-chart'), '[part~="axis"] text[text-anchor="end"]')],
      rings: texts(q('spbe-domain-radar'), '.ring-label').filter(Boolean),
    };
  });
  assert.deepEqual(own.gauge.slice(0, 2), ['Indeks Pemerintah Digital (contoh) 2025', '79,60']);
  assert.equal(own.trend[0], 'Indeks Pemerintah Digital (contoh)');
  // Tens or twenties, as the plot's height has room for.
  assert.ok(['0 10 20 30 40 50 60 70 80 90 100', '0 20 40 60 80 100'].includes(own.trend[1].join(' ')), own.trend[1].join(' '));
  assert.equal(own.rings[0], '100');
  assert.ok(own.rings.length <= 8, own.rings.join(' '));
});

test('all the widgets on one data URL make one request', async () => {
  const sharing = await page.evaluate(() => document.querySelectorAll('[src$="/kota-metro.json"]').length);
  assert.equal(sharing, 16);
  assert.equal(dataRequests.length, 1, dataRequests.join('\n'));
});

test('no console error but the deliberate 404', () => {
  const unexpected = consoleErrors.filter((e) => !/404|Failed to load resource/.test(e));
  assert.deepEqual(unexpected, []);
});

test('the classic-script bundle defines the element and exposes the API as SpbeWidgets', async () => {
  const p = await browser.newPage();
  try {
    const { port } = server.server.address();
    await p.goto(`http://127.0.0.1:${port}/test/fixtures/kota-metro.json`);
    await p.addScriptTag({ url: '/dist/cdn/spbe-widgets.iife.js' });
    const got = await p.evaluate(async () => {
      const el = document.createElement('spbe-index-gauge');
      el.setAttribute('value', '3.04');
      document.body.append(el);
      await el.updateComplete;
      const doc = { instansi: { name: 'X' }, evaluations: [{ year: 2024, domains: { kebijakan: 2.7, 'tata-kelola': 3.1, manajemen: 2.73, layanan: 3.87 } }] };
      return {
        defined: !!customElements.get('spbe-index-gauge'),
        value: el.shadowRoot.querySelector('[part~="value"]').textContent,
        index: window.SpbeWidgets.parseSpbeDocument(doc).evaluations[0].index.toFixed(4),
      };
    });
    assert.deepEqual(got, { defined: true, value: '3,04', index: '3.3373' });
  } finally {
    await p.close();
  }
});

test('choosing a year on the trend chart moves the gauge beside it', async () => {
  await page.focus('#trend');
  await page.evaluate(() => document.getElementById('trend').shadowRoot.querySelector('[part~="plot"]').focus());
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('follower').shadowRoot.querySelector('[part~="value"]').textContent === '2,49');
  const year = await page.evaluate(() => document.getElementById('follower').year);
  assert.equal(year, 2022);
});

test('the embed code box: a ranking gets the national results, its province and highlight, and its preview ranks Kota Metro 6th', async () => {
  const code = () => page.evaluate(() => [document.querySelector('#snippet code').textContent, document.querySelector('#iframe-snippet code').textContent]);
  assert.equal(await page.evaluate(() => document.getElementById('ranking-fields').hidden), true);
  await page.select('#embed-form select[name="widget"]', 'ranking');
  const [script, iframe] = await code();
  assert.match(script, /<spbe-ranking src="https:\/\/cdn\.example\.go\.id\/spbe-widgets\/data\/nasional\/spbe-hasil-2023-2024\.json" province="Lampung" highlight="18\.72"><\/spbe-ranking>/);
  assert.match(iframe, /embed\.html\?widget=ranking&src=https%3A%2F%2Fcdn\.example\.go\.id%2Fspbe-widgets%2Fdata%2Fnasional%2Fspbe-hasil-2023-2024\.json&lang=id&theme=auto&province=Lampung&highlight=18\.72"/);
  assert.equal(await page.evaluate(() => document.getElementById('ranking-fields').hidden), false);
  const frame = await (await page.$('#embed-preview')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('spbe-ranking')?.shadowRoot?.querySelector('[part~="row"].highlight'), { timeout: 10000 });
  const row = await frame.evaluate(() => document.querySelector('spbe-ranking').shadowRoot.querySelector('[part~="row"].highlight').textContent.replace(/\s+/g, ' ').trim());
  assert.match(row, /^6\s*▼2\s*Kota Metro$/);
  // The cities of the country, top 10.
  await page.select('#embed-form select[name="kind"]', 'kota');
  await page.evaluate(() => {
    const f = document.getElementById('embed-form');
    f.elements.province.value = '';
    f.elements.limit.value = '10';
    f.dispatchEvent(new Event('input'));
  });
  assert.match((await code())[0], /<spbe-ranking src="[^"]+" kind="kota" highlight="18\.72" limit="10"><\/spbe-ranking>/);
  // A dashboard may rank; the address goes back to the city's document.
  await page.select('#embed-form select[name="widget"]', 'dashboard');
  assert.match((await code())[0], /<spbe-dashboard src="https:\/\/pemkot\.example\.go\.id\/data\/spbe\.json" ranking-src="https:\/\/cdn\.example\.go\.id\/spbe-widgets\/data\/nasional\/spbe-hasil-2023-2024\.json"><\/spbe-dashboard>/);
  await page.click('#embed-form input[name="rank"]');
  assert.match((await code())[0], /<spbe-dashboard src="https:\/\/pemkot\.example\.go\.id\/data\/spbe\.json"><\/spbe-dashboard>/);
  await page.click('#embed-form input[name="rank"]');
  await page.select('#embed-form select[name="widget"]', 'index-gauge');
  assert.match((await code())[0], /<spbe-index-gauge src="https:\/\/pemkot\.example\.go\.id\/data\/spbe\.json"><\/spbe-index-gauge>/);
});

test('the download buttons give a PNG under the page\'s CSP (img-src blob:), with no violation', async () => {
  const got = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const gauge = document.querySelector('spbe-index-gauge[export]');
        const original = HTMLAnchorElement.prototype.click;
        gauge.addEventListener('spbe-error', (e) => resolve({ error: e.error.message }), { once: true });
        // The anchor's click is the download; the page's CSP keeps fetch() off blob: URLs, so its name and URL tell.
        HTMLAnchorElement.prototype.click = function () {
          HTMLAnchorElement.prototype.click = original;
          resolve({ download: this.download, blob: this.href.startsWith('blob:') });
        };
        gauge.shadowRoot.querySelector('[part~="export"] button[value="png"]').click();
      }),
  );
  assert.equal(got.download, 'spbe-index-gauge-pemerintah-kota-metro.png', JSON.stringify(got));
  assert.equal(got.blob, true);
  assert.deepEqual(violations, []);
});

// The widgets are axe-checked one by one in the browser tests; this is the gallery as a reader meets
// it: every widget in its page, the page's headings, links and the embed form, light and dark.
test('the whole page is axe-clean, light at 1200 px and dark at 360 px', async () => {
  // Through the DevTools protocol: a script tag would be refused by the page's own CSP.
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  for (const [width, scheme] of [[1200, 'light'], [360, 'dark']]) {
    await page.setViewport({ width, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await new Promise((r) => setTimeout(r, 300));
    // The embed preview is a page of its own (its widget is checked in test/node/embed.test.mjs).
    const found = await page.evaluate(async () =>
      (await window.axe.run(document, { iframes: false })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`),
    );
    assert.deepEqual(found, [], `${width} px, ${scheme}`);
  }
});

// Last, as it provokes a violation of its own.
test('the page really enforces Trusted Types (so the checks above mean something)', async () => {
  const blocked = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return false;
    } catch {
      return true;
    }
  });
  assert.equal(blocked, true);
});

