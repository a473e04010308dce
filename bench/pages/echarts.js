// ECharts, tree-shaken to the charts and components used, animations off.
// The entry for each chart imports and registers (echarts.use) only its chart, components and the
// canvas renderer (bench/compare.mjs writes them).
import { DATA, box, done, points } from './common.js';

async function one(echarts, chart, p) {
const doc = DATA.document;
const years = doc.evaluations.map((e) => e.year);
const ids = ['kebijakan', 'tata-kelola', 'manajemen', 'layanan'];

function option(shift) {
  if (chart === 'gauge') return { animation: false, series: [{ type: 'gauge', min: 1, max: 5, startAngle: 180, endAngle: 0, data: [{ value: doc.evaluations.at(-1).index + shift }] }] };
  if (chart === 'trend')
    return {
      animation: false,
      xAxis: { type: 'category', data: years },
      yAxis: { min: 1, max: 5 },
      series: [
        { type: 'line', data: doc.evaluations.map((e) => e.index + shift) },
        { type: 'line', data: years.map((y) => doc.comparisons[0].evaluations.find((e) => e.year === y)?.index ?? null) },
      ],
    };
  if (chart === 'radar') {
    const series = [...doc.evaluations.filter((e) => e.domains && e.year >= 2023).map((e) => e.domains), doc.comparisons[0].evaluations.at(-1).domains];
    return { animation: false, radar: { indicator: ids.map((name) => ({ name, min: 1, max: 5 })) }, series: [{ type: 'radar', data: series.map((d) => ({ value: ids.map((k) => d[k] + shift) })) }] };
  }
  const pts = [];
  for (let i = 0; i < p.length; i += 4) pts.push([p[i] + shift / 10, p[i + 1]]);
  return { animation: false, xAxis: { scale: true }, yAxis: { scale: true }, series: [{ type: 'scatter', symbolSize: 4, large: true, data: pts }] };
}

const c = echarts.init(box(), null, { renderer: 'canvas' });
const rendered = () => new Promise((r) => c.on('finished', function once() { c.off('finished', once); r(); }));
const first = rendered();
c.setOption(option(0));
await first;
return async () => {
  const next = rendered();
  c.setOption(option(0.01));
  await next;
};
}

export async function run(echarts, chart) {
  const n = Number(new URLSearchParams(location.search).get('n') ?? 314);
  const p = chart === 'scatter' ? await points(n) : undefined;
  const again = await Promise.all((chart === 'dashboard' ? ['gauge', 'trend', 'radar'] : [chart]).map((c) => one(echarts, c, p)));
  await done(() => Promise.all(again.map((f) => f())));
}
