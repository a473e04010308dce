// Chart.js, with only the controllers and elements each chart needs, animations off (its docs'
// performance advice: animation false, parsing false and normalized for the scatter).
// The entry for each chart imports and registers only its controllers (bench/compare.mjs writes them).
import { DATA, box, done, points } from './common.js';

function one(Chart, chart, p, title) {
const canvas = document.createElement('canvas');
box().append(canvas);
const doc = DATA.document;
const years = doc.evaluations.map((e) => e.year);
const base = { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } } };

let config;
if (chart === 'gauge') {
  const { index: v, predikat = '' } = doc.evaluations.at(-1);
  // With `title`, the value and predikat under the arc (the Title plugin), as the other two show them.
  const text = { display: true, text: [v.toFixed(2).replace('.', ','), predikat], position: 'bottom', font: { size: 32 } };
  const plugins = title ? { ...base.plugins, title: text } : base.plugins;
  config = { type: 'doughnut', data: { datasets: [{ data: [v - 1, 5 - v], backgroundColor: ['#3f8f32', '#e6eaef'] }] }, options: { ...base, plugins, rotation: -90, circumference: 180, cutout: '70%' } };
} else if (chart === 'trend') {
  config = {
    type: 'line',
    data: { labels: years, datasets: [{ data: doc.evaluations.map((e) => e.index), borderColor: '#1d5fa8' }, { data: years.map((y) => doc.comparisons[0].evaluations.find((e) => e.year === y)?.index ?? null), borderColor: '#6e7781' }] },
    options: { ...base, scales: { y: { min: 1, max: 5 } } },
  };
} else if (chart === 'radar') {
  const ids = ['kebijakan', 'tata-kelola', 'manajemen', 'layanan'];
  const series = [...doc.evaluations.filter((e) => e.domains && e.year >= 2023).map((e) => e.domains), doc.comparisons[0].evaluations.at(-1).domains];
  config = { type: 'radar', data: { labels: ids, datasets: series.map((d) => ({ data: ids.map((k) => d[k]) })) }, options: { ...base, scales: { r: { min: 1, max: 5 } } } };
} else {
  const pts = [];
  for (let i = 0; i < p.length; i += 4) pts.push({ x: p[i], y: p[i + 1] });
  config = { type: 'scatter', data: { datasets: [{ data: pts, pointRadius: 2, backgroundColor: '#1a7f37' }] }, options: { ...base, parsing: false, normalized: true } };
}
const c = new Chart(canvas, config);
return () => {
  const d = c.data.datasets[0];
  if (chart === 'scatter') d.data = d.data.map((q) => ({ x: q.x + 0.001, y: q.y }));
  else d.data = d.data.map((v) => (v === null ? v : Math.min(5, v + 0.01)));
  c.update('none');
};
}

export async function run(Chart, chart, { title = false } = {}) {
  const n = Number(new URLSearchParams(location.search).get('n') ?? 314);
  const p = chart === 'scatter' ? await points(n) : undefined;
  const again = (chart === 'dashboard' ? ['gauge', 'trend', 'radar'] : [chart]).map((c) => one(Chart, c, p, title));
  await done(() => again.forEach((f) => f()));
}
