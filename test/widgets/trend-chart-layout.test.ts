import { expect } from '@open-wc/testing';
import { parseSpbeDocument } from '../../src/core/validate.js';
import type { SpbeData } from '../../src/core/types.js';
import { gapLine, labelWidth, layoutTrend, trendModel, trendSummary, xTickBoxes, type Box } from '../../src/widgets/trend-chart/trend-chart-layout.js';

let km: SpbeData;
before(async () => {
  km = parseSpbeDocument(await (await fetch('/test/fixtures/kota-metro.json')).json());
});
const doc = (evaluations: unknown[], extra = {}) => parseSpbeDocument({ instansi: { name: 'Kota X' }, evaluations, ...extra });
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('trendModel(data, lang, series)', () => {
  it('Kota Metro with Nasional: years 2018-2024, Kota Metro a gap before 2021, never a zero', () => {
    const m = trendModel(km, 'id');
    expect(m.years).to.deep.equal([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(m.series.map((s) => s.label)).to.deep.equal(['Pemerintah Kota Metro', 'Nasional']);
    expect(m.series[0].points.map((p) => p.value)).to.deep.equal([undefined, undefined, undefined, 2.14, 2.49, 3.04, 3.34]);
    expect(m.series[1].points.map((p) => p.value)).to.deep.equal([1.98, 2.18, 2.26, 2.24, 2.34, 2.79, 3.12]);
    expect(m.targets.map((t) => t.value)).to.deep.equal([2.6, 2.85]);
  });

  it('series="layanan,kebijakan": one line per domain, comparisons too where they have the domain', () => {
    const m = trendModel(km, 'id', ['layanan', 'kebijakan']);
    expect(m.series.map((s) => s.id)).to.deep.equal(['layanan', 'nasional:layanan', 'kebijakan', 'nasional:kebijakan']);
    expect(m.series[0].label).to.equal('Layanan');
    expect(m.series[0].points.filter((p) => p.value !== undefined).map((p) => p.value)).to.deep.equal([3.87, 3.87]);
    expect(m.measuresIndex).to.equal(false);
  });

  it('the summary names the climb', () => {
    expect(trendSummary(trendModel(km, 'id'), 'id')).to.equal(
      'Indeks SPBE Pemerintah Kota Metro naik dari 2,14 (2021) ke 3,34 (2024); Nasional naik dari 1,98 (2018) ke 3,12 (2024).',
    );
    expect(trendSummary(trendModel(km, 'en', ['index'], false), 'en')).to.equal('SPBE Index Pemerintah Kota Metro rose from 2.14 (2021) to 3.34 (2024).');
  });
});

describe('layoutTrend(model, {width})', () => {
  let l: ReturnType<typeof layoutTrend>;
  before(() => {
    l = layoutTrend(trendModel(km, 'id'), { width: 600, lang: 'id' });
  });

  it('the y scale maps the framework scale onto the plot, 5 at the top, 1 at the bottom', () => {
    const y = Object.fromEntries(l.yTicks.map((t) => [t.value, t.y]));
    expect(y[5]).to.equal(l.plot.top);
    expect(y[1]).to.equal(l.plot.bottom);
    expect(l.yTicks.map((t) => t.label)).to.deep.equal(['1', '2', '3', '4', '5']);
  });

  it('band rectangles tile the plot from bottom to top, with their names', () => {
    expect(l.bands.map((b) => b.label)).to.deep.equal(['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan']);
    for (let i = 1; i < l.bands.length; i++) expect(l.bands[i].y + l.bands[i].height).to.be.closeTo(l.bands[i - 1].y, 0.11);
    expect(l.bands[0].y + l.bands[0].height).to.be.closeTo(l.plot.bottom, 0.11);
    expect(l.bands.at(-1)!.y).to.be.closeTo(l.plot.top, 0.11);
  });

  it('a missing year is a gap: the line restarts after it', () => {
    const g = layoutTrend(trendModel(doc([{ year: 2020, index: 2 }, { year: 2021, index: 2.2 }, { year: 2023, index: 3 }, { year: 2024, index: 3.1 }]), 'id'), {
      width: 400,
      lang: 'id',
    });
    expect(g.series[0].d.match(/M/g)).to.have.length(2);
    expect(g.series[0].points.map((p) => p.year)).to.deep.equal([2020, 2021, 2023, 2024]);
    expect(g.columns.map((c) => c.year)).to.deep.equal([2020, 2021, 2022, 2023, 2024]);
  });

  it('one year alone still draws: a point in the middle, no line', () => {
    const g = layoutTrend(trendModel(doc([{ year: 2024, index: 3.34 }]), 'id'), { width: 300, lang: 'id' });
    expect(g.series[0].points).to.have.length(1);
    expect(g.series[0].points[0].x).to.be.closeTo((g.plot.left + g.plot.right) / 2, 0.1);
    expect(g.series[0].d).to.equal('');
    expect(g.xTicks.map((t) => t.label)).to.deep.equal(['2024']);
  });

  it('gapLine: lone points between gaps draw no segment', () => {
    expect(gapLine([{ x: 0, y: 0 }, undefined, { x: 2, y: 2 }, { x: 3, y: 3 }])).to.equal('M2,2L3,3');
    expect(gapLine([undefined, undefined])).to.equal('');
  });

  for (const width of [240, 360, 1200]) {
    it(`x tick labels never overlap at ${width} px, and stay inside the chart`, () => {
      const g = layoutTrend(trendModel(km, 'id'), { width, lang: 'id' });
      const boxes = xTickBoxes(g);
      expect(boxes.length).to.be.at.least(2);
      for (let i = 1; i < boxes.length; i++) expect(overlaps(boxes[i - 1], boxes[i]), `${g.xTicks[i - 1].label}/${g.xTicks[i].label}`).to.equal(false);
      expect(boxes[0].x).to.be.at.least(0);
      expect(boxes.at(-1)!.x + boxes.at(-1)!.width).to.be.at.most(width);
    });
  }

  it('at 240 px the years thin out; at 1200 px every year is labelled', () => {
    expect(layoutTrend(trendModel(km, 'id'), { width: 240, lang: 'id' }).xTicks.length).to.be.below(7);
    expect(layoutTrend(trendModel(km, 'id'), { width: 1200, lang: 'id' }).xTicks.length).to.equal(7);
  });

  it('values are labelled (3,34), the last one marked; of two series the higher labelled above, the lower below', () => {
    const own = l.series[0].points;
    expect(own.map((p) => p.label)).to.deep.equal(['2,14', '2,49', '3,04', '3,34']);
    expect(own.map((p) => p.last)).to.deep.equal([false, false, false, true]);
    const nas = l.series[1].points;
    // 2021: Kota Metro 2,14 under Nasional 2,24; 2024: 3,34 over 3,12.
    expect(own[0].labelY!, 'KM 2021 below').to.be.above(own[0].y);
    expect(nas[3].labelY!, 'Nasional 2021 above').to.be.below(nas[3].y);
    expect(own[3].labelY!, 'KM 2024 above').to.be.below(own[3].y);
    expect(nas[6].labelY!, 'Nasional 2024 below').to.be.above(nas[6].y);
  });

  it('many series: only last values are labelled, pushed apart so they never overlap', () => {
    const g = layoutTrend(trendModel(km, 'id', ['kebijakan', 'tata-kelola', 'manajemen', 'layanan'], false), { width: 360, lang: 'id' });
    const lasts = g.series.flatMap((s) => s.points.filter((p) => p.label));
    expect(lasts.map((p) => p.label)).to.have.members(['2,70', '3,10', '2,73', '3,87']);
    expect(lasts.every((p) => p.beside && p.x + 8 + labelWidth(p.label!, 15) <= g.width), 'beside the points, inside the chart').to.equal(true);
    const ys = lasts.map((p) => p.labelY!).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).to.be.at.least(12 * 1.5 + 2 - 0.11);
    expect(g.target, 'index targets are not drawn over domain lines').to.equal(undefined);
  });

  it('target steps stay inside the plot', () => {
    const xs = [...l.target!.d.matchAll(/[MH]([\d.]+)/g)].map((m) => Number(m[1]));
    for (const v of xs) expect(v).to.be.within(l.plot.left, l.plot.right);
  });

  it('marks the predikat change Cukup → Baik in 2023, and the targets as steps', () => {
    expect(l.changes).to.deep.equal([{ year: 2023, x: l.columns[5].x, text: 'Cukup → Baik' }]);
    expect(l.target!.d.match(/M/g)).to.have.length(2);
  });

  it('hit columns cover the plot without gaps', () => {
    for (let i = 1; i < l.columns.length; i++) expect(l.columns[i].x0).to.be.closeTo(l.columns[i - 1].x1, 0.11);
    expect(l.columns[0].x0).to.equal(l.plot.left);
    expect(l.columns.at(-1)!.x1).to.equal(l.plot.right);
  });
});
