// `npm run bench` (layout part): the pure layouts that place labels, in Node (the same V8 as
// Chromium): the trend chart's values and band names (each label tried at up to 28 places against
// the labels, points, lines and targets in its columns) for Kota Metro's 7 years and for 25 and 50
// years of two series, and the map's area names for Kota Metro's 22 kelurahan and its clusters.
// Medians of the runs after a warm-up; a phone at a quarter of the speed takes about four times as
// long. A layout runs once a render, so its share of a 16 ms frame is what matters.
//   node bench/layout.mjs [--runs 200]     (run `npm run build` first)
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '200' } } });
const RUNS = Number(opts.runs);
if (!existsSync('dist/widgets/trend-chart/trend-chart-layout.js')) throw new Error('run `npm run build` first');
const { parseSpbeDocument } = await import('../dist/core/validate.js');
const { layoutTrend, trendModel } = await import('../dist/widgets/trend-chart/trend-chart-layout.js');
const { parseAreas, areaAt } = await import('../dist/widgets/ap-map/ap-areas.js');
const { parseApGeojson } = await import('../dist/widgets/ap-map/ap-data.js');
const { buildIndex, queryItems } = await import('../dist/widgets/ap-map/ap-cluster.js');
const L = await import('../dist/widgets/ap-map/ap-layout.js');

const json = (f) => JSON.parse(readFileSync(f, 'utf8'));
const km = trendModel(parseSpbeDocument(json('test/fixtures/kota-metro.json')), 'id');
/** Two series over `n` years that cross and recross, a target every year. */
function years(n) {
  const ev = (k) => Array.from({ length: n }, (_, i) => ({ year: 1975 + i, index: Math.round((1.2 + 3 * Math.abs(Math.sin(i / 3 + k))) * 100) / 100 }));
  const doc = { instansi: { name: 'Kota X' }, evaluations: ev(0), comparisons: [{ id: 'n', label: 'Nasional', evaluations: ev(0.3) }] };
  return trendModel(parseSpbeDocument({ ...doc, targets: doc.evaluations.map((e) => ({ year: e.year, value: 2.5 })) }), 'id');
}

function mapCase(width, height) {
  const { areas } = parseAreas(json('test/fixtures/geo/kota-metro-kelurahan.geojson'));
  const { points } = parseApGeojson(json('test/fixtures/geo/kota-metro-ap.geojson'));
  const frame = L.frameOf(L.boundsOf(points.x, points.y));
  const shapes = L.areaShapes(areas, frame);
  const b = shapes.reduce((u, s) => L.union(u, s.bounds), L.boundsOf(points.x, points.y));
  const v = L.fitView(b, width, height, 12);
  const { minZoom, maxZoom } = L.zoomRange(points.n, L.zoomOf(v.k), width, height, b);
  const items = queryItems(buildIndex(points, 15, minZoom, maxZoom), [-180, -85, 180, 85], Math.min(maxZoom + 1, Math.floor(L.zoomOf(v.k))));
  const tree = L.itemIndex(items);
  const radius = (i) => (items[i * L.ITEM + 8] < 0 ? L.pointRadius(items[i * L.ITEM + 7], 100) : L.clusterRadius(items[i * L.ITEM + 2]));
  const inside = (i, u, w) => areaAt(areas, L.xLng(u), L.yLat(w)) === i;
  const names = areas.map((a) => a.name);
  return () => L.areaLabels(shapes, names, frame, v, width, height, items, tree, radius, inside).length;
}

const labelled = (l) => l.series.reduce((n, s) => n + s.points.filter((p) => p.label).length, 0);
const y25 = years(25);
const y50 = years(50);
const cases = [
  ['trend, Kota Metro and Nasional, 7 years, 360 px', () => labelled(layoutTrend(km, { width: 360, lang: 'id' }))],
  ['trend, Kota Metro and Nasional, 7 years, 1200 px', () => labelled(layoutTrend(km, { width: 1200, lang: 'id' }))],
  ['trend, two series, 25 years, 1200 px', () => labelled(layoutTrend(y25, { width: 1200, lang: 'id' }))],
  ['trend, two series, 50 years, 2400 px', () => labelled(layoutTrend(y50, { width: 2400, lang: 'id' }))],
  ['map names, 22 kelurahan, 360 × 260 px', mapCase(328, 260)],
  ['map names, 22 kelurahan, 800 × 430 px', mapCase(768, 430)],
];

const rows = cases.map(([name, f]) => {
  let count = 0;
  for (let i = 0; i < 20; i++) count = f();
  const t = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  const q = (p) => t[Math.min(t.length - 1, Math.floor(p * t.length))];
  return `| ${name} | ${count} | ${q(0.5).toFixed(2)} ms | ${q(0.1).toFixed(2)}–${q(0.9).toFixed(2)} ms |`;
});
console.log(`Label placement in the pure layouts, Node ${process.version}, median of ${RUNS} runs after 20:\n`);
console.log(['| layout | labels placed | median | 10th–90th percentile |', '|---|---:|---:|---:|', ...rows].join('\n'));
