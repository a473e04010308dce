// spbe-widgets: each chart as its element, from the data in memory (`data` property).
// The entry for each chart imports only its widget (bench/compare.mjs writes the entries).
import { DATA, box, done, points as load } from './common.js';

const TAG = { gauge: 'spbe-index-gauge', trend: 'spbe-trend-chart', radar: 'spbe-domain-radar', scatter: 'spbe-ap-map' };

function points(p, shift = 0) {
  const features = [];
  for (let i = 0; i < p.length; i += 4) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [p[i] + shift, p[i + 1]] }, properties: { status: p[i + 2] ? 'offline' : 'online', bandwidth_mbps: p[i + 3] } });
  return { type: 'FeatureCollection', features };
}

async function render(el, data, chart) {
  const event = chart === 'scatter' ? 'spbe-render' : 'spbe-load';
  const ready = new Promise((r) => el.addEventListener(event, r, { once: true }));
  el.data = data;
  await ready;
  await el.updateComplete;
}

async function one(chart, p) {
  const el = document.createElement(TAG[chart]);
  el.setAttribute('theme', 'light');
  if (chart === 'radar') el.setAttribute('years', '2023,2024');
  box().append(el);
  await render(el, chart === 'scatter' ? points(p) : DATA.document, chart);
  return () => render(el, chart === 'scatter' ? points(p, 0.001) : DATA.document2, chart);
}

export async function run(chart) {
  const n = Number(new URLSearchParams(location.search).get('n') ?? 314);
  const p = chart === 'scatter' ? await load(n) : undefined;
  const charts = chart === 'dashboard' ? ['gauge', 'trend', 'radar'] : [chart];
  const again = await Promise.all(charts.map((c) => one(c, p)));
  await done(() => Promise.all(again.map((f) => f())));
}
