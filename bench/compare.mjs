// `npm run bench` (comparison part): the same Kota Metro data as a gauge, a 4-year trend with 2
// series, a 4-axis radar with 3 series, and a scatter of the access points (314, 10 000, 100 000),
// for spbe-widgets, Chart.js (only the controllers used) and ECharts (tree-shaken to the charts
// used), each bundled the same way (rollup, node-resolve, terser) and run in headless Chromium (the
// project's browser) in alternation, several rounds. Per library and chart: bytes of the JS the page fetched (gzip),
// navigation to the chart's first complete render (a marker each page sets once its chart has
// rendered and painted), re-render on new data, JS heap after GC, long tasks during load. Then the
// dashboard (gauge, trend and radar on one page) with the CPU slowed 4× (a cheap phone).
// Writes bench/RESULTS.md.     node bench/compare.mjs [--rounds 5]     (run `npm run build` first)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { rollup } from 'rollup';
import replace from '@rollup/plugin-replace';
import { serve } from '../scripts/static-server.mjs';
import puppeteer from 'puppeteer-core';
import { plugins } from '../rollup.config.mjs';
import { browserLaunchOptions } from '../scripts/browser.mjs';

const { values: opts } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const ROUNDS = Number(opts.rounds);
const LIBS = ['spbe-widgets', 'Chart.js', 'ECharts'];
/** Chart.js's gauge draws no text; this one adds the value and predikat (a row under the gauge, not in the ratios). */
const TITLED = 'Chart.js, value as title';
/** The libraries a chart is measured with: the gauge has the titled row too. */
const libsOf = (chart) => (chart === 'gauge' ? [...LIBS, TITLED] : LIBS);
const CHARTS = [['gauge'], ['trend'], ['radar'], ['scatter', 314], ['scatter', 10000], ['scatter', 100000]];
const OUT = 'bench/data/compare';
mkdirSync(`${OUT}/out`, { recursive: true });
if (!existsSync('dist/widgets/index-gauge/index-gauge.js')) throw new Error('run `npm run build` first');

// ---- the data, the same for every library ----------------------------------------------------------
const km = JSON.parse(readFileSync('test/fixtures/kota-metro.json', 'utf8'));
delete km.network;
const document1 = { ...km, evaluations: km.evaluations.filter((e) => e.year >= 2021), comparisons: km.comparisons.map((c) => ({ ...c, evaluations: c.evaluations.filter((e) => e.year >= 2021) })) };
const document2 = { ...document1, evaluations: document1.evaluations.map((e) => (e.year === 2024 ? { ...e, index: e.index + 0.01 } : e)) };
writeFileSync('bench/data/compare-data.js', `export const DATA = ${JSON.stringify({ document: document1, document2 })};\n`);
for (const n of [314, 10000, 100000]) {
  const file = n === 314 ? null : `bench/data/ap-${n}.csv`;
  const flat = [];
  if (!file) for (const f of JSON.parse(readFileSync('test/fixtures/geo/kota-metro-ap.geojson', 'utf8')).features) flat.push(...f.geometry.coordinates, f.properties.status === 'online' ? 0 : 1, f.properties.bandwidth_mbps);
  else {
    if (!existsSync(file)) throw new Error(`${file} is missing: run bench/map.mjs first (npm run bench does)`);
    for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
      const [lat, lon, , status, mbps] = line.split(',');
      flat.push(+lon, +lat, status === 'online' ? 0 : 1, +mbps);
    }
  }
  writeFileSync(`bench/data/points-${n}.js`, `export const POINTS = ${JSON.stringify(flat)};\n`);
}

// ---- one entry per library and chart, importing only what that chart needs -------------------------
const CJS = {
  gauge: ['DoughnutController', 'ArcElement'],
  trend: ['LineController', 'LineElement', 'PointElement', 'LinearScale', 'CategoryScale'],
  radar: ['RadarController', 'RadialLinearScale', 'PointElement', 'LineElement', 'Filler'],
  scatter: ['ScatterController', 'PointElement', 'LinearScale'],
};
const ECH = { gauge: [['charts', 'GaugeChart']], trend: [['charts', 'LineChart'], ['components', 'GridComponent']], radar: [['charts', 'RadarChart'], ['components', 'RadarComponent']], scatter: [['charts', 'ScatterChart'], ['components', 'GridComponent']] };
const WIDGET = { gauge: 'index-gauge/index-gauge', trend: 'trend-chart/trend-chart', radar: 'domain-radar/domain-radar', scatter: 'ap-map/ap-map' };
const parts = (chart) => (chart === 'dashboard' ? ['gauge', 'trend', 'radar'] : [chart]);
function entry(lib, chart) {
  const p = parts(chart);
  if (lib === 'spbe-widgets') return `${p.map((c) => `import '../../../dist/widgets/${WIDGET[c]}.js';`).join('\n')}\nimport { run } from '../../pages/spbe.js';\nrun('${chart}');\n`;
  if (lib === 'Chart.js' || lib === TITLED) {
    const names = [...new Set(p.flatMap((c) => CJS[c])), ...(lib === TITLED ? ['Title'] : [])];
    return `import { Chart, ${names.join(', ')} } from 'chart.js';\nimport { run } from '../../pages/chartjs.js';\nChart.register(${names.join(', ')});\nrun(Chart, '${chart}'${lib === TITLED ? ', { title: true }' : ''});\n`;
  }
  const uses = [...new Map(p.flatMap((c) => ECH[c]).map(([m, n]) => [n, m]))];
  return `import * as echarts from 'echarts/core';\n${uses.map(([n, m]) => `import { ${n} } from 'echarts/${m}';`).join('\n')}\nimport { CanvasRenderer } from 'echarts/renderers';\nimport { run } from '../../pages/echarts.js';\necharts.use([CanvasRenderer, ${uses.map(([n]) => n).join(', ')}]);\nrun(echarts, '${chart}');\n`;
}

const slug = (lib) => lib.toLowerCase().replace(/[^a-z]/g, '');
/** Per library and chart: the gzip bytes of the JS files its page fetched, and of its whole bundle. */
const bytes = new Map();
const allBytes = new Map();
for (const chart of ['gauge', 'trend', 'radar', 'scatter', 'dashboard']) {
  for (const lib of libsOf(chart)) {
    const name = `${slug(lib)}-${chart}`;
    writeFileSync(`${OUT}/${name}.entry.js`, entry(lib, chart));
    const bundle = await rollup({
      input: `${OUT}/${name}.entry.js`,
      // ECharts reads process.env.NODE_ENV, as its docs expect a bundler to replace.
      plugins: [replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }), ...plugins()],
      // The data is the page's, not the library's: kept out of the bundle and of its bytes.
      external: (id) => /compare-data\.js$|points-\d+\.js$/.test(id),
      onwarn: () => {},
    });
    const { output } = await bundle.write({ dir: `${OUT}/out/${name}`, format: 'es', entryFileNames: 'main.js', paths: (id) => id.replace(/.*\/bench\/data\//, '../../../') });
    await bundle.close();
    // Every chunk, also those a page loads only on demand (spbe-widgets' error sentences, export,
    // framework check, CSV readers): the bytes the table gives are those the page fetched (below).
    const all = output.filter((o) => o.type === 'chunk').map((c) => c.code).join('\n');
    allBytes.set(`${lib}|${chart}`, gzipSync(all, { level: 9 }).length);
    writeFileSync(`${OUT}/${name}.html`, `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${lib} ${chart}</title><style>body{margin:0;font-family:system-ui,sans-serif}.chart{width:600px;height:400px;margin:8px}</style></head><body><script type="module" src="./out/${name}/main.js"></script></body></html>`);
  }
}

// ---- runs -------------------------------------------------------------------------------------------
const { server, base } = await serve('.');
const launch = await browserLaunchOptions();
const browser = await puppeteer.launch({ executablePath: launch.executablePath, args: launch.args, headless: launch.headless, protocolTimeout: 600_000 });
const version = await browser.version();

async function measure(lib, chart, n, throttle = 1) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const cdp = await page.createCDPSession();
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/${OUT}/${slug(lib)}-${chart}.html${n ? `?n=${n}` : ''}`);
  await page.waitForFunction(() => window.__done, { timeout: 120_000 });
  const first = await page.evaluate(() => window.__done);
  const tasks = await page.evaluate(() => window.__longTasks.reduce((s, d) => s + d, 0));
  const rerender = await page.evaluate(() => window.__rerender());
  // The bundle's files this page fetched, up to the re-render (the data files sit outside it),
  // each gzipped as served.
  const dir = `/${OUT}/out/${slug(lib)}-${chart}/`;
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
  const fetched = files.filter((f) => f.startsWith(dir) && f.endsWith('.js')).reduce((sum, f) => sum + gzipSync(readFileSync(`.${f}`), { level: 9 }).length, 0);
  bytes.set(`${lib}|${chart}`, Math.max(bytes.get(`${lib}|${chart}`) ?? 0, fetched));
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  if (errors.length) throw new Error(`${lib} ${chart}: ${errors.join('; ')}`);
  return { first, rerender, heap: usedSize, tasks };
}

const runs = new Map();
const push = (key, r) => runs.set(key, [...(runs.get(key) ?? []), r]);
try {
  // One page of each library first, not counted: the first page a browser opens pays for its start
  // (a renderer, fonts), and it would fall on whichever library opens the first round.
  for (const lib of LIBS) await measure(lib, 'gauge');
  for (let round = 0; round < ROUNDS; round++) {
    for (const [chart, n] of CHARTS) {
      // Alternation: each round starts with another library.
      const libs = libsOf(chart);
      const order = libs.map((_, i) => libs[(i + round) % libs.length]);
      for (const lib of order) push(`${lib}|${chart}|${n ?? ''}`, await measure(lib, chart, n));
    }
    for (const lib of LIBS) push(`${lib}|dashboard-4x|`, await measure(lib, 'dashboard', undefined, 4));
    process.stdout.write('.');
  }
} finally {
  await browser.close();
  await server.stop();
}

// ---- the table ---------------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const rows = [];
const ratio = (ours, best, lower = true) => (lower ? ours / best : best / ours);
for (const [chart, n] of [...CHARTS, ['dashboard-4x']]) {
  const key = (lib) => `${lib}|${chart}|${n ?? ''}`;
  const label = chart === 'dashboard-4x' ? 'dashboard (gauge+trend+radar), CPU 4× slower' : n ? `scatter, ${n.toLocaleString('en-GB').replace(/,/g, ' ')} points` : chart;
  const figures = libsOf(chart).map((lib) => {
    const r = runs.get(key(lib));
    const pick = (f) => r.map(f);
    return {
      lib,
      bytes: bytes.get(`${lib}|${chart === 'dashboard-4x' ? 'dashboard' : chart}`),
      first: median(pick((x) => x.first)),
      spread: [Math.min(...pick((x) => x.first)), Math.max(...pick((x) => x.first))],
      rerender: median(pick((x) => x.rerender)),
      heap: median(pick((x) => x.heap)),
      tasks: median(pick((x) => x.tasks)),
    };
  });
  const peers = figures.filter((f) => f.lib !== 'spbe-widgets' && f.lib !== TITLED);
  const ours = figures[0];
  const bestBytes = Math.min(...peers.map((f) => f.bytes));
  const bestFirst = Math.min(...peers.map((f) => f.first));
  const bestRe = Math.min(...peers.map((f) => f.rerender));
  rows.push(`| **${label}** | | | | | | |`);
  for (const f of figures) {
    const r = f === ours ? ` (${(ours.bytes / bestBytes).toFixed(2)}×)` : '';
    const rf = f === ours ? ` (${(ours.first / bestFirst).toFixed(2)}×)` : '';
    const rr = f === ours ? ` (${(ours.rerender / bestRe).toFixed(2)}×)` : '';
    rows.push(`| ${f.lib} | ${kb(f.bytes)}${r} | ${ms(f.first)}${rf} | ${ms(f.spread[0])}–${ms(f.spread[1])} | ${ms(f.rerender)}${rr} | ${mb(f.heap)} | ${ms(f.tasks)} |`);
  }
  void ratio;
}
const ALL_SIZES = ['gauge', 'trend', 'radar', 'scatter', 'dashboard'].map((c) => `${kb(allBytes.get(`spbe-widgets|${c}`))} (${c})`).join(', ');
const machine = `${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${version}`;
const pkg = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
const md = `# spbe-widgets against Chart.js and ECharts

\`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}; spbe-widgets ${JSON.parse(readFileSync('package.json', 'utf8')).version}, Chart.js ${pkg('chart.js')}, ECharts ${pkg('echarts')}. Medians of ${ROUNDS} rounds, libraries in alternation, after one uncounted page of each; a 600 × 400 px box each; animations off everywhere; the same data (Kota Metro, Nasional, the synthetic access points) in memory for all. In brackets: spbe-widgets against the better peer (below 1 is better).

| library | JS (gzip) | first render | spread | re-render | JS heap | long tasks |
|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

- *JS*: the page's own JavaScript for that chart as the page fetched it (its files gzipped, the data left out), bundled the same way for all three (rollup, node-resolve, terser). Chart.js with only the controllers, elements and scales the chart needs; ECharts with \`echarts/core\`, the chart, its components and the canvas renderer. spbe-widgets' parts that load on demand and that these pages do not need are not fetched and not counted; with them, its bundles are ${ALL_SIZES}.
- *first render*: navigation start to the marker the page sets once its chart has rendered and a frame has been painted (Chart.js: after \`new Chart\`, animation off; ECharts: its \`finished\` event; spbe-widgets: \`spbe-load\` and the element's update, \`spbe-render\` for the map).
- *re-render*: new data (the 2024 index +0,01, or the points moved) to the next painted frame.
- *long tasks*: the sum of the main thread's long tasks (over 50 ms) during the load.
- *${TITLED}*: Chart.js's gauge (a half doughnut) draws no text at all; this row is the same chart with the value and predikat under it (its Title plugin), as the other two show them, and so pays for the page's first text too. It is not counted in the ratios.
- spbe-widgets' scatter is \`<spbe-ap-map>\`: it clusters (supercluster), so it draws tens of clusters where the peers draw every point, and its bytes include the parser and supercluster.
`;
writeFileSync('bench/RESULTS.md', md);
console.log(`\n${md}`);
