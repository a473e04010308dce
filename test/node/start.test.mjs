// `npm start`'s server as a reader meets it: the real script (scripts/serve-demo.mjs) on a free port,
// `/` leading to the gallery, and every file the gallery names by `src` (but the deliberate 404 and
// the README's examples) served from this checkout, with no network.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

let child;
let base;

before(async () => {
  assert.ok(existsSync('dist/cdn/spbe-widgets.js'), 'run `npm run build` first');
  child = spawn(process.execPath, ['scripts/serve-demo.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/(http:\/\/127\.0\.0\.1:\d+)\/demo\/index\.html/);
      if (m) done(m[1]);
    });
    child.on('exit', (code) => fail(new Error(`serve-demo exited (${code}): ${out}`)));
  });
});

after(() => child?.kill());

test('`/` leads to the demo gallery', async () => {
  const r = await fetch(`${base}/`, { redirect: 'manual' });
  assert.equal(r.status, 302);
  assert.equal(r.headers.get('location'), '/demo/index.html');
  const page = await fetch(`${base}/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<spbe-dashboard/);
});

test('every file the gallery names is served, from the bundle to the national results', async () => {
  const html = readFileSync('demo/index.html', 'utf8');
  const srcs = [...new Set([...html.matchAll(/src="(\.\.?\/[^"?]+)/g)].map((m) => m[1]))].filter((s) => !s.endsWith('tidak-ada.json'));
  assert.ok(srcs.length >= 10, `${srcs.length} files`);
  for (const src of srcs) {
    const r = await fetch(new URL(src, `${base}/demo/index.html`));
    assert.equal(r.status, 200, src);
  }
});
