// The built Storybook (`npm run build-storybook`, run by `npm test` before the node tests): every
// story renders its widget (or its error box) in Chromium, with no page error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession } from '../helpers/browser-session.mjs';
import { readFileSync } from 'node:fs';

const session = browserSession('storybook-static', 'storybook-static/index.json', 'run `npm run build-storybook` first');

test('every story renders its widget, loaded or with its error', async () => {
  const stories = Object.values(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries).filter((e) => e.type === 'story');
  assert.ok(stories.length >= 35, `${stories.length} stories`);
  for (const tag of ['spbe-index-gauge', 'spbe-trend-chart', 'spbe-domain-radar', 'spbe-ap-map', 'spbe-dashboard', 'spbe-ranking']) {
    assert.ok(stories.some((s) => s.id.startsWith(`widgets-${tag}--`)), `stories for ${tag}`);
  }
  const page = await session.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const failed = [];
  for (const s of stories) {
    await page.goto(`${session.base}/iframe.html?id=${s.id}&viewMode=story`, { waitUntil: 'load' });
    const loading = s.id.endsWith('--loading');
    const ok = await page
      .waitForFunction(
        (loading) => {
          if (loading) {
            const w = document.querySelector('#storybook-root')?.querySelector('spbe-index-gauge, spbe-trend-chart, spbe-domain-radar, spbe-ap-map, spbe-dashboard, spbe-ranking');
            return w?.shadowRoot?.querySelector('[aria-busy="true"]') && /Memuat/.test(w.shadowRoot.textContent);
          }
          const w = document.querySelector('#storybook-root')?.querySelector('spbe-index-gauge, spbe-trend-chart, spbe-domain-radar, spbe-ap-map, spbe-dashboard, spbe-ranking');
          return w?.shadowRoot?.querySelector('[part~="value"], [part~="series"], [part~="area"], [part~="row"], [part~="error"] div, [part~="grid"] > *, [part~="base"][aria-busy="false"]');
        },
        { timeout: 8000 },
        loading,
      )
      .then(() => true, () => false);
    if (!ok) failed.push(s.id);
    // Only a story named for an error may show one: a story whose file went missing would
    // otherwise pass on its error box.
    if (ok && !loading && !/--error-/.test(s.id)) {
      const error = await page.evaluate(() => {
        const find = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (!el.shadowRoot) continue;
            const box = el.shadowRoot.querySelector('[part~="error"]');
            if (box) return box.textContent.trim().slice(0, 120);
            const inner = find(el.shadowRoot);
            if (inner) return inner;
          }
          return '';
        };
        return find(document.querySelector('#storybook-root'));
      });
      if (error) failed.push(`${s.id}: ${error}`);
    }
  }
  await page.close();
  assert.deepEqual(failed, []);
  assert.deepEqual(errors, []);
});
