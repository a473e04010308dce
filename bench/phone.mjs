// `npm run bench` (phone part): a news page with one <spbe-ranking province="Lampung"> on the national
// results (349 KB, 1 236 evaluations to check), through the one-file bundle, with the CPU slowed 4×
// (a cheap phone) and at full speed. Reports, median of the loads: navigation to the rows drawn, the
// longest main-thread task and the long tasks (over 50 ms) in all, from the long tasks API. A long
// task is time the page cannot answer a tap or scroll. Then a ranking of all 615 at 400 px: the
// click on "show all" to the next paint, from Chromium's event timing (what INP counts).
//   node bench/phone.mjs [--rounds 7]     (run `npm run build` first)
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/static-server.mjs';
import { browserLaunchOptions } from '../scripts/browser.mjs';

const { values: opts } = parseArgs({ options: { rounds: { type: 'string', default: '7' } } });
const ROUNDS = Number(opts.rounds);
if (!existsSync('dist/cdn/spbe-widgets.js')) throw new Error('run `npm run build` first');

const PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>phone</title></head><body>
<spbe-ranking province="Lampung" highlight="18.72" src="/data/nasional/spbe-hasil-2023-2024.json"></spbe-ranking>
<script type="module" src="/dist/cdn/spbe-widgets.js"></script></body></html>`;

const { server, base } = await serve('.');
const browser = await puppeteer.launch(await browserLaunchOptions());

async function once(rate) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluateOnNewDocument(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => window.__tasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.setRequestInterception(true);
  page.on('request', (r) => (new URL(r.url()).pathname === '/phone-bench.html' ? r.respond({ status: 200, contentType: 'text/html', body: PAGE }) : r.continue()));
  await page.goto(`${base}/phone-bench.html`);
  await page.waitForFunction(() => document.querySelector('spbe-ranking')?.shadowRoot?.querySelector('[part~="row"]'), { timeout: 120_000, polling: 'raf' });
  // The drawn frame, then a task later, so that the task that drew it has been reported.
  const drawn = await page.evaluate(() => performance.now());
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  const tasks = await page.evaluate(() => window.__tasks);
  await page.close();
  return { drawn, longest: Math.max(0, ...tasks), total: tasks.reduce((s, t) => s + t, 0) };
}

const ALL = PAGE.replace(' province="Lampung"', '');

/** A click on "show all" (615 rows) at 400 px: the click's duration to the next paint. */
async function showAll(rate) {
  const page = await browser.newPage();
  await page.setViewport({ width: 400, height: 800 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluateOnNewDocument(() => {
    window.__clicks = [];
    new PerformanceObserver((l) => window.__clicks.push(...l.getEntries().filter((e) => e.name === 'click').map((e) => e.duration))).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await page.setRequestInterception(true);
  page.on('request', (r) => (new URL(r.url()).pathname === '/phone-bench.html' ? r.respond({ status: 200, contentType: 'text/html', body: ALL }) : r.continue()));
  await page.goto(`${base}/phone-bench.html`);
  const more = await page.waitForFunction(() => document.querySelector('spbe-ranking')?.shadowRoot?.querySelector('[part~="more"]'), { timeout: 120_000 });
  await more.click();
  await page.waitForFunction(() => window.__clicks.length, { timeout: 30_000 });
  const [ms] = await page.evaluate(() => window.__clicks);
  await page.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;
const rows = [];
try {
  await once(1); // the browser's first page, not counted
  for (const rate of [4, 1]) {
    const runs = [];
    for (let r = 0; r < ROUNDS; r++) runs.push(await once(rate));
    const [drawn, longest, total] = ['drawn', 'longest', 'total'].map((k) => median(runs.map((x) => x[k])));
    const clicks = [];
    for (let r = 0; r < ROUNDS; r++) clicks.push(await showAll(rate));
    rows.push(`| ${rate === 1 ? 'full speed' : `${rate}× slower (a cheap phone)`} | ${ms(drawn)} | ${ms(longest)} | ${ms(total)} | ${ms(median(clicks))} |`);
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`A page with <spbe-ranking province="Lampung"> on the national results (median of ${ROUNDS} loads, cache off),`);
console.log(`and one ranking all 615 at 400 px, its "show all" clicked (median of ${ROUNDS}):\n`);
console.log(`| CPU | navigation to rows drawn | longest task | long tasks in all | "show all": click to next paint |\n|---|---:|---:|---:|---:|\n${rows.join('\n')}`);
