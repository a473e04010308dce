import { expect } from '@open-wc/testing';
import { parseSpbeDocument } from '../../src/core/validate.js';
import '../../src/core/framework-check.js';
import type { SpbeData } from '../../src/core/types.js';
import { crosses, meets, textBox, type Rect } from '../../src/core/geometry.js';
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

  it('the y axis takes the room of its widest number: "5" on the preset\'s scale, "100" on one of 0 to 100', async () => {
    // It had taken the room of "1,80", a band edge with two decimals, which the axis never writes:
    // a fifth of the plot at 240 px.
    expect(layoutTrend(trendModel(km, 'id'), { width: 240, lang: 'id' }).plot.left).to.equal(Math.ceil(labelWidth('5', 12) + 10));
    const own = parseSpbeDocument(await (await fetch('/test/fixtures/kota-contoh-0-100.json')).json());
    const l = layoutTrend(trendModel(own, 'id'), { width: 240, lang: 'id' });
    expect(l.plot.left).to.equal(Math.ceil(labelWidth('100', 12) + 10));
    expect(l.yTicks.map((t) => t.label)).to.deep.equal(['0', '20', '40', '60', '80', '100']);
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
    expect(own[3].beside && nas[6].beside, 'the last values beside their points').to.equal(true);
    expect(own[3].labelY!, 'KM 2024 over Nasional 2024').to.be.below(nas[6].labelY!);
  });

  it('many series: only last values are labelled, pushed apart so they never overlap', () => {
    const g = layoutTrend(trendModel(km, 'id', ['kebijakan', 'tata-kelola', 'manajemen', 'layanan'], false), { width: 360, lang: 'id' });
    const lasts = g.series.flatMap((s) => s.points.filter((p) => p.label));
    expect(lasts.map((p) => p.label)).to.have.members(['2,70', '3,10', '2,73', '3,87']);
    expect(lasts.every((p) => p.beside && p.x + 8 + labelWidth(p.label!, 15) <= g.width), 'beside the points, inside the chart').to.equal(true);
    const boxes = lasts.map((p) => textBox(p.x + 8, p.labelY!, p.label!, 15));
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(meets(a, b), 'two last values overlap').to.equal(false);
    expect(g.target, 'index targets are not drawn over domain lines').to.equal(undefined);
  });

  // Kota Metro from 2018 (Nasional alone for three years) and from 2021 (the CSV sheet's years), the
  // two lines close together over the 2023 and 2024 targets: labels with nowhere easy to go.
  for (const from of [2018, 2021])
    for (const width of [240, 300, 360, 600, 1200])
      it(`from ${from} at ${width} px: no label covers another, a point or a target step; band names are clear`, () => {
        const m = trendModel(km, 'id');
        const cut = m.years.indexOf(from);
        const g = layoutTrend({ ...m, years: m.years.slice(cut), series: m.series.map((s) => ({ ...s, points: s.points.slice(cut) })) }, { width, lang: 'id' });
        const steps = [...g.target!.d.matchAll(/M([\d.]+),([\d.]+)H([\d.]+)/g)].map(([, x0, y, x1]) => [Number(x0), Number(y), Number(x1)]);
        expect(steps).to.have.length(2);
        const points = g.series.flatMap((s) => s.points.map((p) => ({ p, r: [p.x - 4, p.y - 4, p.x + 4, p.y + 4] as Rect })));
        const labels = g.series.flatMap((s) =>
          s.points.filter((p) => p.label).map((p) => ({ p, r: p.beside ? textBox(p.x + 8, p.labelY!, p.label!, 15) : textBox(p.x, p.labelY!, p.label!, 11, 'middle') })),
        );
        expect(g.series.every((s) => s.points.at(-1)!.label), 'every last value').to.equal(true);
        // Every value but Nasional's 2,79 of 2023: below its point the 2023 target step (2,60) would
        // part it from its point, above it Kota Metro's 3,04 (it is in the tooltip and the table).
        const unlabelled = g.series.flatMap((s) => s.points.filter((p) => !p.label).map((p) => `${p.value} (${p.year})`));
        if (width >= 360) expect(unlabelled, 'every value but one').to.deep.equal(['2.79 (2023)']);
        for (const [i, a] of labels.entries()) {
          const name = `${a.p.label} (${a.p.year})`;
          const mid = (a.r[1] + a.r[3]) / 2;
          const parts = (y: number) => (y - a.p.y) * (y - mid) < 0;
          for (const [x0, y, x1] of steps) expect(x0 <= a.p.x && a.p.x <= x1 && parts(y), `the target at ${y} between ${name} and its point`).to.equal(false);
          for (const q of points) expect(q.p !== a.p && q.p.x === a.p.x && parts(q.p.y), `the point ${q.p.value} between ${name} and its point`).to.equal(false);
          for (const b of labels.slice(i + 1)) expect(meets(a.r, b.r), `${name} on ${b.p.label} (${b.p.year})`).to.equal(false);
          for (const q of points) if (q.p !== a.p) expect(meets(a.r, q.r), `${name} on the point ${q.p.value} (${q.p.year})`).to.equal(false);
          for (const [x0, y, x1] of steps) expect(crosses(x0, y, x1, y, a.r), `${name} on the target at ${y}`).to.equal(false);
          expect(a.r[0] >= 0 && a.r[2] <= g.width && a.r[1] >= 0 && a.r[3] <= g.height, `${name} inside the chart`).to.equal(true);
        }
        for (const b of g.bands.filter((x) => x.showLabel)) {
          const r = textBox(b.labelX, b.labelY, b.label, 11, b.anchor);
          expect(r[1] >= b.y - 1 && r[3] <= b.y + b.height + 1, `${b.label} inside its band`).to.equal(true);
          for (const a of labels) expect(meets(a.r, r), `${b.label} under ${a.p.label} (${a.p.year})`).to.equal(false);
          for (const q of points) expect(meets(q.r, r), `${b.label} under the point ${q.p.value} (${q.p.year})`).to.equal(false);
        }
      });

  for (const width of [240, 320, 600])
    it(`eight series ending together (four domains and Nasional's) at ${width} px: the last values stack clear of each other, in their points' order`, () => {
      const g = layoutTrend(trendModel(km, 'id', ['kebijakan', 'tata-kelola', 'manajemen', 'layanan']), { width, lang: 'id' });
      const lasts = g.series.flatMap((s) => s.points.filter((p) => p.label));
      expect(lasts).to.have.length(8);
      const boxes = lasts.map((p) => ({ p, r: textBox(p.x + 8, p.labelY!, p.label!, 15) }));
      const byPoint = [...lasts].sort((p, q) => p.y - q.y).map((p) => p.label);
      expect([...lasts].sort((p, q) => p.labelY! - q.labelY!).map((p) => p.label), 'in the order of their points').to.deep.equal(byPoint);
      for (const [i, a] of boxes.entries()) {
        expect(a.r[1] >= 0 && a.r[3] <= g.height, `${a.p.label} inside the chart`).to.equal(true);
        for (const b of boxes.slice(i + 1)) expect(meets(a.r, b.r), `${a.p.label} on ${b.p.label}`).to.equal(false);
      }
    });

  it('50 years of two crossing series at 2400 px: most values labelled, none on another label or a point', () => {
    const ev = (k: number) => Array.from({ length: 50 }, (_, i) => ({ year: 1975 + i, index: Math.round((1.2 + 3 * Math.abs(Math.sin(i / 3 + k))) * 100) / 100 }));
    const d = doc(ev(0), { comparisons: [{ id: 'n', label: 'Nasional', evaluations: ev(0.3) }], targets: ev(0).map((e) => ({ year: e.year, value: 2.5 })) });
    const g = layoutTrend(trendModel(d, 'id'), { width: 2400, lang: 'id' });
    const labels = g.series.flatMap((s) =>
      s.points.filter((p) => p.label).map((p) => ({ p, r: p.beside ? textBox(p.x + 8, p.labelY!, p.label!, 15) : textBox(p.x, p.labelY!, p.label!, 11, 'middle') })),
    );
    expect(labels.length).to.be.within(60, 100);
    const points = g.series.flatMap((s) => s.points.map((p) => ({ p, r: [p.x - 4, p.y - 4, p.x + 4, p.y + 4] as Rect })));
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(meets(a.r, b.r), `${a.p.label} (${a.p.year}) on ${b.p.label} (${b.p.year})`).to.equal(false);
      for (const q of points) if (q.p !== a.p) expect(meets(a.r, q.r), `${a.p.label} (${a.p.year}) on the point of ${q.p.year}`).to.equal(false);
    }
  });

  it('crosses(): a segment through, beside, into and along a box', () => {
    const box: Rect = [10, 10, 20, 20];
    expect(crosses(0, 15, 30, 15, box), 'through').to.equal(true);
    expect(crosses(0, 25, 30, 25, box), 'below').to.equal(false);
    expect(crosses(0, 0, 30, 30, box), 'diagonal').to.equal(true);
    expect(crosses(0, 30, 9, 21, box), 'short of the corner').to.equal(false);
    expect(crosses(15, 15, 16, 16, box), 'inside').to.equal(true);
    expect(crosses(15, 0, 15, 9, box), 'ends before it').to.equal(false);
  });

  it('target steps stay inside the plot', () => {
    const xs = [...l.target!.d.matchAll(/[MH]([\d.]+)/g)].map((m) => Number(m[1]));
    for (const v of xs) expect(v).to.be.within(l.plot.left, l.plot.right);
  });

  it('marks the predikat change Cukup → Baik in 2023, and the targets as steps', () => {
    expect(l.changes).to.deep.equal([{ year: 2023, x: l.columns[5].x, text: 'Cukup → Baik', labelX: l.columns[5].x }]);
    expect(l.target!.d.match(/M/g)).to.have.length(2);
  });

  it('hit columns cover the plot without gaps', () => {
    for (let i = 1; i < l.columns.length; i++) expect(l.columns[i].x0).to.be.closeTo(l.columns[i - 1].x1, 0.11);
    expect(l.columns[0].x0).to.equal(l.plot.left);
    expect(l.columns.at(-1)!.x1).to.equal(l.plot.right);
  });
});
