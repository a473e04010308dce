// `npm run bench` (map part): <spbe-ap-map> with 314, 10 000, 100 000 and 1 000 000 synthetic access
// points in headless Chromium (the project's browser, scripts/browser.mjs), several rounds each.
// Reports, as medians (and the spread, min to max):
//   - load: from setting `src` (the file already in the page's memory: a first map fetched it) to
//     the first full frame (`spbe-render`: the clusters drawn);
//   - zoom frame: one wheel step (x1.25 about the centre) to the canvas redrawn at the new scale;
//   - re-cluster: a zoom step that crosses a cluster level, to the new clusters drawn;
//   - main-thread long tasks during the load (the page must not freeze), and the JS heap of the
//     page and of the map's worker after garbage collection.
// The data files come from scripts/build-ap-data.mjs (seeded; written to bench/data/, not committed).
//   node bench/map.mjs [--sizes 314,10000] [--rounds 3]     (run `npm run build` first)
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { serve } from '../scripts/static-server.mjs';
import puppeteer from 'puppeteer-core';
import { browserLaunchOptions } from '../scripts/browser.mjs';

const { values: opts } = parseArgs({ options: { sizes: { type: 'string', default: '314,10000,100000,1000000' }, rounds: { type: 'string', default: '3' } } });
const SIZES = opts.sizes.split(',').map(Number);
const ROUNDS = Number(opts.rounds);

mkdirSync('bench/data', { recursive: true });
for (const n of SIZES) {
  const file = `bench/data/ap-${n}.csv`;
  if (!existsSync(file)) execFileSync('node', ['scripts/build-ap-data.mjs', '--count', String(n), '--out', file], { stdio: 'inherit' });
}

// The page runs a snapshot of the built bundle, so a rebuild during the run cannot change it.
if (!existsSync('dist/cdn/spbe-widgets.js')) throw new Error('run `npm run build` first');
cpSync('dist/cdn', 'bench/data/cdn', { recursive: true });
writeFileSync(
  'bench/data/map.html',
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>spbe-ap-map benchmark</title>
<script type="module" src="./cdn/spbe-widgets.js"></script></head><body><main id="stage"></main></body></html>`,
);

const { server, base } = await serve('.');
const launch = await browserLaunchOptions();
const browser = await puppeteer.launch({ executablePath: launch.executablePath, args: launch.args, headless: launch.headless, protocolTimeout: 600_000 });
const version = await browser.version();

/** Runs in the page: mounts maps, times them. Returns figures in ms and bytes. */
async function measure(page, src) {
  return page.evaluate(async (src) => {
    const stage = document.getElementById('stage');
    stage.style.width = '800px';
    const once = (el, type) => new Promise((resolve, reject) => {
      el.addEventListener(type, resolve, { once: true });
      el.addEventListener('spbe-error', (e) => !e.detail.partial && reject(new Error(e.error.message)), { once: true });
    });
    const mount = async () => {
      const el = document.createElement('spbe-ap-map');
      el.setAttribute('areas', '/test/fixtures/geo/kota-metro-kelurahan.geojson');
      const rendered = once(el, 'spbe-render');
      const t0 = performance.now();
      el.src = src;
      stage.append(el);
      await rendered;
      // The frame after the render: the canvas is painted.
      await new Promise((r) => requestAnimationFrame(() => r()));
      return { el, ms: performance.now() - t0 };
    };
    // A first map fetches the file into the page's memory (the shared load cache); the second is timed.
    const first = await mount();
    first.el.remove();
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    const { el, ms: load } = await mount();
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    // Zoom frames: wheel-sized steps about the centre, each timed to the canvas redrawn.
    const frames = [];
    const reclusters = [];
    for (let i = 0; i < 12; i++) {
      const factor = i < 6 ? 1.25 : 0.8;
      // The cluster level the map asks for: the zoom, held to the index's levels (as the element does).
      const level = () => Math.min(el.loader.value.maxZoom + 1, Math.floor(Math.log2(el.view.k / 512)));
      const before = level();
      const t = performance.now();
      const rendered = once(el, 'spbe-render');
      el.zoomBy(factor, undefined, undefined, false);
      await el.updateComplete;
      frames.push(performance.now() - t);
      const after = level();
      if (after !== before) {
        await rendered;
        reclusters.push(performance.now() - t);
      }
    }
    const items = el.items.length / 9;
    const { timings } = el.loader.value;
    const n = el.loader.value.points.n;
    const threaded = el.loader.value.engine.threaded;
    return { load, frames, reclusters, tasks, items, n, threaded, timings };
  }, src);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const ms = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : '–');
const range = (xs) => (xs.length ? `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}` : '–');
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;

const rows = [];
try {
  for (const n of SIZES) {
    const runs = [];
    for (let r = 0; r < (n >= 1_000_000 ? Math.min(2, ROUNDS) : ROUNDS); r++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 900, height: 800 });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}/bench/data/map.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('spbe-ap-map'));
      const figures = await measure(page, `/bench/data/ap-${n}.csv`);
      // Heaps after garbage collection: the page's, and the map's worker's when it has one.
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      let workerHeap = 0;
      for (const w of page.workers()) {
        try {
          await w.client.send('HeapProfiler.enable');
          await w.client.send('HeapProfiler.collectGarbage');
          workerHeap += (await w.client.send('Runtime.getHeapUsage')).usedSize;
        } catch {
          // A worker that ended in between.
        }
      }
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      runs.push({ ...figures, heap: usedSize, workerHeap });
      await page.close();
      process.stdout.write('.');
    }
    const loads = runs.map((r) => r.load);
    // From the points in memory (parsed) to the first frame: the load less the parse.
    const fromMemory = runs.map((r) => r.load - r.timings.parse);
    const frames = runs.flatMap((r) => r.frames);
    const reclusters = runs.flatMap((r) => r.reclusters);
    const tasks = runs.map((r) => Math.max(0, ...r.tasks));
    rows.push({
      n,
      where: runs[0].threaded ? 'worker' : 'page',
      load: `${ms(median(loads))} (${range(loads)})`,
      parse: ms(median(runs.map((r) => r.timings.parse))),
      index: ms(median(runs.map((r) => r.timings.index))),
      memory: `${ms(median(fromMemory))} (${range(fromMemory)})`,
      frame: `${ms(median(frames))} (${range(frames)})`,
      recluster: `${ms(median(reclusters))} (${range(reclusters)})`,
      longest: ms(median(tasks)),
      heap: mb(median(runs.map((r) => r.heap))),
      workerHeap: runs[0].threaded ? mb(median(runs.map((r) => r.workerHeap))) : '–',
      items: Math.round(median(runs.map((r) => r.items))),
    });
  }
} finally {
  await browser.close();
  await server.stop();
}

const fmtN = (n) => n.toLocaleString('en-GB').replace(/,/g, ' ');
const table = [
  '| points | parsed in | file to first frame | of which parse | of which index | points in memory to first frame | zoom frame | zoom to new clusters | longest main-thread task in load | page heap | worker heap |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) => `| ${fmtN(r.n)} | ${r.where} | ${r.load} | ${r.parse} | ${r.index} | ${r.memory} | ${r.frame} | ${r.recluster} | ${r.longest} | ${r.heap} | ${r.workerHeap} |`,
  ),
].join('\n');
const machine = `${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${version} (${launch.label.split(' ')[0]})`;
const md = `# <spbe-ap-map> benchmark

\`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. Medians of ${ROUNDS} rounds (2 for 1 000 000), spread in brackets. 800 px wide map, Kota Metro kelurahan as areas, synthetic points from \`scripts/build-ap-data.mjs\` as CSV.

${table}

- *file to first frame*: from setting \`src\` (the file's text already in memory: an earlier map on the page fetched it) to the clusters drawn: parse (CSV with d3-dsv, every row checked), area aggregation, supercluster index, the first query and the canvas. *Points in memory to first frame*: the same less the parse.
- *zoom frame*: one wheel step (×1.25) to the canvas redrawn at the new scale; *zoom to new clusters*: a step that crosses a cluster level, to the new level drawn (a worker round trip for large files).
- *longest main-thread task in load*: the longest task the page ran during the load (long tasks API); the page stays responsive when it is short.
- *heap*: V8's used JS heap after garbage collection. The point columns are typed arrays, outside that figure: about 57 bytes per point in the page (57 MB for a million) and as much again in the worker, plus supercluster's index there.
`;
writeFileSync('bench/MAP-RESULTS.md', md);
console.log(`\n${md}`);
