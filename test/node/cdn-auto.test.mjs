// The light CDN entry, dist/cdn/spbe-widgets.auto.js, in a real page (headless Chromium, the
// project's browser): it defines an element when its tag appears and loads only that widget's
// files, all at once; a later element and one made before it was added are defined too; a widget
// file that cannot load is an `spbe-error` on its elements. The pages run under a strict CSP with
// Trusted Types, as the demo does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession } from '../helpers/browser-session.mjs';

const CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const session = browserSession('.', 'dist/cdn/spbe-widgets.auto.js');

/** A page at /auto-test.html with `body`, under the CSP; `fail` makes matching requests 404. */
async function open(body, fail) {
  const page = await session.browser.newPage();
  const requests = [];
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/404/.test(m.text()) && problems.push(m.text()));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    requests.push(path);
    if (path === '/auto-test.html') {
      const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>auto</title></head><body>${body}<script type="module" src="/dist/cdn/spbe-widgets.auto.js"></script></body></html>`;
      return r.respond({ status: 200, contentType: 'text/html', headers: { 'Content-Security-Policy': CSP }, body: html });
    }
    if (fail?.test(path)) return r.respond({ status: 404, body: 'gone' });
    return r.continue();
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    window.__errors = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('spbe-error', (e) => window.__errors.push({ on: e.target.localName, kind: e.detail.error.kind, part: e.detail.error.params.part, name: e.detail.error.name }));
  });
  await page.goto(`${session.base}/auto-test.html`);
  return { page, requests, problems };
}

const shown = (page, tag, part) =>
  page.waitForFunction((t, p) => document.querySelector(t)?.shadowRoot?.querySelector(`[part~="${p}"]`), { timeout: 15_000 }, tag, part);

test('a page with one gauge loads the loader and the gauge\'s files only, fetched at once', async () => {
  const { page, requests, problems } = await open('<spbe-index-gauge src="/test/fixtures/kota-metro.json"></spbe-index-gauge>');
  await shown(page, 'spbe-index-gauge', 'value');
  assert.equal(await page.$eval('spbe-index-gauge', (el) => el.shadowRoot.querySelector('[part~="value"]').textContent), '3,34');
  const scripts = requests.filter((p) => p.startsWith('/dist/cdn/'));
  assert.ok(scripts.includes('/dist/cdn/spbe-widgets.auto.js'));
  assert.ok(scripts.some((p) => /\/auto-index-gauge-[\w-]+\.js$/.test(p)), scripts.join(' '));
  // Not the other widgets, and not the one-file bundle.
  for (const other of ['ranking', 'ap-map', 'dashboard', 'trend-chart', 'domain-radar']) assert.ok(!scripts.some((p) => p.includes(`/auto-${other}-`)), `${other}: ${scripts.join(' ')}`);
  assert.ok(!scripts.includes('/dist/cdn/spbe-widgets.js'));
  // Every file the gauge needs was asked for by the loader itself, not found one import at a time.
  const preloaded = await page.$$eval('link[rel="modulepreload"]', (ls) => ls.map((l) => new URL(l.href).pathname));
  const gaugeFiles = scripts.filter((p) => p !== '/dist/cdn/spbe-widgets.auto.js');
  assert.deepEqual([...preloaded].sort(), [...gaugeFiles].sort());
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test("an element's data file is asked for with the widget's files, not after them, and fetched once", async () => {
  const body = '<spbe-index-gauge src="/test/fixtures/kota-metro.json"></spbe-index-gauge><spbe-domain-radar src="/test/fixtures/kota-metro.json"></spbe-domain-radar>';
  const { page, requests, problems } = await open(body);
  await shown(page, 'spbe-index-gauge', 'value');
  await page.waitForFunction(() => document.querySelector('spbe-domain-radar')?.shadowRoot?.querySelector('svg'), { timeout: 15_000 });
  assert.equal(requests.filter((p) => p === '/test/fixtures/kota-metro.json').length, 1, requests.join(' '));
  const timing = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })));
  const data = timing.find((r) => r.path === '/test/fixtures/kota-metro.json');
  const gauge = timing.find((r) => /\/auto-index-gauge-[\w-]+\.js$/.test(r.path));
  assert.ok(data.start < gauge.end, `data asked for at ${data.start} ms, the gauge's file arrived at ${gauge.end} ms`);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an element added later, and one made before it is added, are defined when they appear', async () => {
  const { page, problems } = await open('<p>Berita</p>');
  assert.equal(await page.evaluate(() => customElements.get('spbe-ranking')), undefined);
  await page.evaluate(() => {
    const r = document.createElement('spbe-ranking');
    r.setAttribute('province', 'Lampung');
    r.setAttribute('highlight', '18.72');
    r.src = '/data/nasional/spbe-hasil-2023-2024.json';
    // Appended a moment later inside a new section (the loader looks into what is added), and a
    // gauge on its own after it, as a CMS's scripts would.
    const section = document.createElement('section');
    section.append(r);
    setTimeout(() => document.querySelector('p').append(section), 50);
    setTimeout(() => {
      const g = document.createElement('spbe-index-gauge');
      g.setAttribute('src', '/test/fixtures/kota-metro.json');
      document.body.append(g);
    }, 100);
  });
  await shown(page, 'spbe-ranking', 'row');
  const rows = await page.$eval('spbe-ranking', (el) => [...el.shadowRoot.querySelectorAll('[part~="row"]')].length);
  assert.equal(rows, 16);
  await shown(page, 'spbe-index-gauge', 'value');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a widget file that cannot load is an spbe-error (kind module) on its elements, and the others still load', async () => {
  const { page, problems } = await open(
    '<spbe-trend-chart src="/test/fixtures/kota-metro.json"></spbe-trend-chart><spbe-index-gauge src="/test/fixtures/kota-metro.json"></spbe-index-gauge>',
    /\/auto-trend-chart-[\w-]+\.js$/,
  );
  await page.waitForFunction(() => window.__errors.length, { timeout: 15_000 });
  await shown(page, 'spbe-index-gauge', 'value');
  assert.deepEqual(await page.evaluate(() => window.__errors), [{ on: 'spbe-trend-chart', kind: 'module', part: 'trend-chart.js', name: 'SpbeError' }]);
  assert.deepEqual(problems.filter((p) => !/Failed to fetch|Failed to load|dynamically imported/.test(p)), []);
  await page.close();
});

test('an error box has its look, added when it first shows (a constructed sheet, which the CSP allows), in every widget', async () => {
  const tags = ['spbe-index-gauge', 'spbe-trend-chart', 'spbe-domain-radar', 'spbe-ranking', 'spbe-ap-map'];
  const { page, problems } = await open(tags.map((t) => `<${t} src="/test/fixtures/tidak-ada.json"></${t}>`).join('') + '<spbe-index-gauge id="ok" src="/test/fixtures/kota-metro.json"></spbe-index-gauge>');
  for (const tag of tags) await shown(page, tag, 'error');
  const looks = await page.evaluate((ts) =>
    ts.map((t) => {
      const box = getComputedStyle(document.querySelector(t).shadowRoot.querySelector('[part~="error"]'));
      return `${t} ${box.borderLeftWidth} ${box.borderLeftStyle} ${box.backgroundColor}`;
    }), tags);
  assert.deepEqual(looks, tags.map((t) => `${t} 4px solid rgb(254, 243, 242)`));
  // A widget without an error has the sheet not at all.
  await shown(page, '#ok', 'value');
  assert.equal(await page.$eval('#ok', (el) => el.shadowRoot.adoptedStyleSheets.length), await page.$eval('spbe-index-gauge', (el) => el.shadowRoot.adoptedStyleSheets.length - 1));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await page.close();
});
