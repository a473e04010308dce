// The package as users get it: `npm pack`, installed from the tarball into a scratch project (from
// npm's cache, through a lockfile: no network), one widget bundled with rollup as an intranet developer would, then run
// in Chromium; and the classic-script CDN file from a plain HTML page over file:// and over http.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import { serve } from '../../scripts/static-server.mjs';
import puppeteer from 'puppeteer-core';
import { browserLaunchOptions } from '../../scripts/browser.mjs';

const root = resolve('.');
let scratch;
let browser;
let tarball;

before(async () => {
  assert.ok(existsSync('dist/cdn/spbe-widgets.js'), 'run `npm run build` first');
  scratch = mkdtempSync(join(tmpdir(), 'spbe-pack-'));
  // --ignore-scripts: dist/ is already built by `npm test`; prepack would build it again.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' });
  const file = JSON.parse(out)[0].filename;
  tarball = join(scratch, file);
  // `npm install --offline <tarball>` needs each dependency's registry metadata in npm's cache, which
  // `npm ci` never fetches (a clean machine's CI failed on it). A lockfile for the scratch project,
  // the tarball plus our own lock's production entries, lets `npm ci --offline` take the tarballs
  // that the project's `npm ci` cached: the versions the package pins.
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const own = JSON.parse(readFileSync('package.json', 'utf8'));
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const dependencies = { 'spbe-widgets': `file:${file}` };
  const packages = {
    '': { name: 'scratch', dependencies },
    'node_modules/spbe-widgets': { version: own.version, resolved: `file:${file}`, integrity, license: own.license, dependencies: own.dependencies, bin: own.bin },
  };
  for (const [path, entry] of Object.entries(lock.packages)) if (path && !entry.dev) packages[path] = entry;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module', dependencies }));
  writeFileSync(join(scratch, 'package-lock.json'), JSON.stringify({ name: 'scratch', lockfileVersion: 3, requires: true, packages }));
  execFileSync('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: scratch, stdio: 'inherit', timeout: 180_000 });
  browser = await puppeteer.launch(await browserLaunchOptions());
});

after(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('the tarball holds the built files, the schema, the embed page and the manifest, and nothing of the sources', () => {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const f of ['package/dist/cdn/spbe-widgets.js', 'package/dist/cdn/spbe-widgets.auto.js', 'package/dist/cdn/ap-map-worker.js', 'package/dist/widgets/index-gauge/index-gauge.js', 'package/dist/widgets/index-gauge/index-gauge.d.ts', 'package/schema/spbe-data.v1.schema.json', 'package/embed/embed.html', 'package/embed/resize.js', 'package/custom-elements.json', 'package/README.md', 'package/bin/spbe-widgets.mjs', 'package/data/nasional/spbe-hasil-2023-2024.json', 'package/data/nasional/README.md', 'package/schema/spbe-results.v1.schema.json', 'package/dist/widgets/ranking/ranking.js']) {
    assert.ok(files.includes(f), `${f} is in the package`);
  }
  assert.ok(!files.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/')), 'no sources or tests');
});

test('one widget bundled from the installed package renders, and the bundle holds only what it needs', async () => {
  writeFileSync(join(scratch, 'entry.js'), "import 'spbe-widgets/index-gauge';\n");
  const bundle = await rollup({ input: join(scratch, 'entry.js'), plugins: [nodeResolve({ rootDir: scratch })], onwarn: () => {} });
  const { output } = await bundle.write({ dir: join(scratch, 'out'), format: 'es' });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const modules = chunks.flatMap((c) => Object.keys(c.modules));
  const has = (s, list = modules) => list.some((m) => m.includes(s));
  assert.ok(has('node_modules/spbe-widgets/dist/widgets/index-gauge/index-gauge.js'), 'from the installed package');
  for (const other of ['trend-chart', 'domain-radar', 'ap-map', 'dashboard', 'ranking', 'results.js', 'supercluster', 'd3-geo', 'kdbush']) assert.ok(!has(other), `no ${other} in a gauge bundle`);
  // What loads first: the entry and what it imports statically. The error sentences, the framework
  // check and the export (with d3-dsv for its CSV) are chunks loaded on demand.
  const entry = chunks.find((c) => c.isEntry);
  const first = Object.keys(entry.modules).concat(entry.imports.flatMap((f) => Object.keys(chunks.find((c) => c.fileName === f).modules)));
  for (const later of ['describe.js', 'framework-check.js', 'export.js', 'd3-dsv']) assert.ok(!has(later, first), `${later} is not in the first load`);
  assert.ok(has('core/export.js') && has('d3-dsv'), 'the export chunk is there, for the export buttons');
  writeFileSync(
    join(scratch, 'index.html'),
    '<!doctype html><html lang="id"><body><spbe-index-gauge value="3.34" label="Kota Metro"></spbe-index-gauge><script type="module" src="./out/entry.js"></script></body></html>',
  );
  const { server, base } = await serve(scratch);
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/index.html`);
    const value = await page.waitForFunction(() => document.querySelector('spbe-index-gauge').shadowRoot?.querySelector('[part~="value"]')?.textContent);
    assert.equal(await value.jsonValue(), '3,34');
  } finally {
    await page.close();
    await server.stop();
  }
});

const plainPage = (script) => `<!doctype html><html lang="id"><body>
<spbe-index-gauge value="3.34" label="Kota Metro"></spbe-index-gauge>
<spbe-trend-chart><script type="application/json">${readFileSync('test/fixtures/kota-metro.json', 'utf8')}</script></spbe-trend-chart>
<script src="${script}"></script></body></html>`;

test('the classic-script CDN file works from a plain HTML page over file:// (data inline) and over http', async () => {
  writeFileSync(join(scratch, 'file.html'), plainPage(pathToFileURL(join(scratch, 'node_modules/spbe-widgets/dist/cdn/spbe-widgets.iife.js')).href));
  writeFileSync(join(scratch, 'http.html'), plainPage('/node_modules/spbe-widgets/dist/cdn/spbe-widgets.iife.js'));
  const { server, base } = await serve(scratch);
  try {
    for (const url of [pathToFileURL(join(scratch, 'file.html')).href, `${base}/http.html`]) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(url);
      await page.waitForFunction(() => document.querySelector('spbe-trend-chart').shadowRoot?.querySelector('[part~="series"]'), { timeout: 10000 });
      const got = await page.evaluate(() => ({
        gauge: document.querySelector('spbe-index-gauge').shadowRoot.querySelector('[part~="value"]').textContent,
        series: document.querySelector('spbe-trend-chart').shadowRoot.querySelectorAll('[part~="series"]').length,
        global: typeof window.SpbeWidgets?.parseSpbeDocument,
      }));
      assert.deepEqual(got, { gauge: '3,34', series: 2, global: 'function' }, url);
      assert.deepEqual(errors, [], url);
      await page.close();
    }
  } finally {
    await server.stop();
  }
});

test('npx spbe-widgets runs from the installed package (its bin), on the shipped national dataset', () => {
  const opts = { cwd: scratch, encoding: 'utf8' };
  assert.match(execFileSync('npx', ['--offline', 'spbe-widgets', '--help'], opts), /spbe-widgets validate BERKAS/);
  const data = join(scratch, 'node_modules/spbe-widgets/data/nasional/spbe-hasil-2023-2024.json');
  assert.match(execFileSync('npx', ['--offline', 'spbe-widgets', 'validate', data], opts), /sah, kumpulan hasil, 629 instansi, 1236 evaluasi/);
  const doc = JSON.parse(execFileSync('npx', ['--offline', 'spbe-widgets', 'convert', data, '--instansi', '18.72'], opts));
  assert.deepEqual(doc.evaluations.map((e) => e.index), [3.04, 3.34]);
});
