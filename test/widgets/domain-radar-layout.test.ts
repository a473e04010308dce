import { expect } from '@open-wc/testing';
import { permenpanrb592020 as fw } from '../../src/core/framework.js';
import { permenpanrb592020AspectLabels } from '../../src/core/frameworks/permenpanrb-59-2020-labels.js';
import { parseSpbeDocument } from '../../src/core/validate.js';
import type { SpbeData } from '../../src/core/types.js';
import { labelBoxes, layoutRadar, radarExtremes, radarModel, ringPath, wrap, type RadarModel } from '../../src/widgets/domain-radar/domain-radar-layout.js';

let km: SpbeData;
before(async () => {
  km = parseSpbeDocument(await (await fetch('/test/fixtures/kota-metro.json')).json());
});
/** Whether two `[left, top, right, bottom]` boxes share any area (worked out here, not the layout's own). */
const meet = (a: readonly number[], b: readonly number[]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const aspectLabel = (id: string) => permenpanrb592020AspectLabels[id as keyof typeof permenpanrb592020AspectLabels];

const synthetic = (n: number, values: Array<number | undefined>): RadarModel => ({
  title: 'X',
  level: 'domains',
  axes: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, label: `Sumbu ${i + 1}`, weight: 100 / n })),
  series: [{ id: 's', label: 'S', legend: 'S', primary: true, values }],
  scale: { min: 1, max: 5 },
  bands: fw.bands,
});

describe('layoutRadar: vertices', () => {
  for (const n of [3, 4, 8, 9]) {
    it(`${n} axes: the value 5 sits on the outer ring at angle 2πi/${n}, the value 1 at the centre`, () => {
      const l = layoutRadar(synthetic(n, Array(n).fill(5)), { width: 400, lang: 'id' });
      expect(l.spokes).to.have.length(n);
      l.series[0].points.forEach((p, i) => {
        const a = (2 * Math.PI * i) / n;
        expect(p.x).to.be.closeTo(l.cx + l.radius * Math.sin(a), 0.11);
        expect(p.y).to.be.closeTo(l.cy - l.radius * Math.cos(a), 0.11);
      });
      const centre = layoutRadar(synthetic(n, Array(n).fill(1)), { width: 400, lang: 'id' }).series[0].points[0];
      expect([centre.x, centre.y]).to.deep.equal([l.cx, l.cy]);
      expect(l.series[0].d.endsWith('Z')).to.equal(true);
    });
  }

  it('a missing value opens the polygon there (a gap, never a dip to 0)', () => {
    const l = layoutRadar(synthetic(4, [3, undefined, 4, 2]), { width: 400, lang: 'id' });
    expect(l.series[0].points.map((p) => p.axis)).to.deep.equal([0, 2, 3]);
    expect(l.series[0].d).to.not.contain('Z');
    expect(l.series[0].d.match(/M/g)).to.have.length(1); // 2 -> 3 -> 0, one open piece
    expect(ringPath([undefined, undefined])).to.equal('');
  });

  it('rings at the scale levels 5-2, from the rim in', () => {
    const l = layoutRadar(synthetic(4, [3, 3, 3, 3]), { width: 400, lang: 'id' });
    expect(l.rings.map((r) => r.label)).to.deep.equal(['5', '4', '3', '2']);
  });

  // A framework's scale is data: "Indeks Pemerintah Digital" may run from 0 to 100.
  for (const [scale, width, step, labels] of [
    [{ min: 0, max: 100 }, 800, 20, ['100', '80', '60', '40', '20']],
    [{ min: 0, max: 100 }, 228, 20, ['100', '', '60', '', '20']],
    [{ min: 0, max: 10 }, 400, 2, ['10', '8', '6', '4', '2']],
    [{ min: 0, max: 7 }, 400, 1, ['7', '6', '5', '4', '3', '2', '1']],
  ] as const)
    it(`a scale of ${scale.min} to ${scale.max} at ${width} px: rings in a step of 1, 2, 5, 10, 20… (at most eight), numbered ${labels.join(' ')}`, () => {
      const m = { ...synthetic(4, [50, 60, 70, 80].map((v) => (v * scale.max) / 100)), scale, bands: [{ id: 'a', label: 'A', min: 0 }] };
      const l = layoutRadar(m, { width, lang: 'id' });
      expect(l.rings.map((r) => r.label)).to.deep.equal(labels);
      // Each ring at its value: the top spoke's vertex of ring v is v / max of the radius above the centre.
      l.rings.forEach((r, k) => {
        const top = Number(r.d.match(/^M[\d.]+,([\d.]+)/)![1]);
        const v = scale.max - k * step;
        expect(l.cy - top).to.be.closeTo((l.radius * v) / scale.max, 0.11);
      });
    });

  it('a small radar numbers every other ring, from the outer one, where the rings stand closer than a line', () => {
    const small = layoutRadar(radarModel(km, 'en', { years: [2024] }), { width: 228, lang: 'en' });
    expect(small.radius / 4, 'rings closer than a line').to.be.below(small.fontSize * 1.2);
    expect(small.rings.map((r) => r.label)).to.deep.equal(['5', '', '3', '']);
    expect(layoutRadar(radarModel(km, 'en', { years: [2024] }), { width: 800, lang: 'en' }).rings.map((r) => r.label)).to.deep.equal(['5', '4', '3', '2']);
  });

  it('wrap(label, max) breaks at spaces', () => {
    expect(wrap('Layanan Administrasi Pemerintahan Berbasis Elektronik', 14)).to.deep.equal(['Layanan', 'Administrasi', 'Pemerintahan', 'Berbasis', 'Elektronik']);
    expect(wrap('Tata Kelola', 14)).to.deep.equal(['Tata Kelola']);
  });

  for (const width of [240, 800])
    for (const level of ['domains', 'aspects'] as const)
      it(`${level}: axis labels never overlap one another at ${width} px, and stay in the box`, () => {
        const l = layoutRadar(radarModel(km, 'id', { level, aspectLabel }), { width, lang: 'id' });
        const boxes = labelBoxes(l);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            expect(meet(a, b), `${l.spokes[i].label.lines.join(' ')} / ${l.spokes[j].label.lines.join(' ')}`).to.equal(false);
          }
        for (const b of boxes) {
          expect(b[0], 'left').to.be.at.least(0);
          expect(b[2], 'right').to.be.at.most(l.size);
          expect(b[1], 'top').to.be.at.least(-1);
          expect(b[3], 'bottom').to.be.at.most(l.height + 1);
        }
      });
});

describe('layoutRadar: where the values stand', () => {
  // Eight aspects, two years: the latest near the rim on the first spokes, the year before close under it.
  const model = (): RadarModel => ({
    ...synthetic(8, [4.9, 4.95, 3.8, 2.65, 3.09, 3.09, 4.52, 4.52]),
    series: [
      { id: '2024', label: 'X 2024', legend: '2024', primary: true, values: [4.9, 4.95, 3.8, 2.65, 3.09, 3.09, 4.52, 4.52] },
      { id: '2023', label: 'X 2023', legend: '2023', primary: false, values: [4.1, 4.3, 3.2, 2.4, 2.9, 3.3, 4.0, 4.6] },
    ],
  });
  const valueBox = (p: { lx?: number; ly?: number; label?: string }, fs: number) => {
    const w = p.label!.length * fs * 0.32;
    return [p.lx! - w, p.ly! - 0.95 * fs, p.lx! + w, p.ly! + 0.25 * fs] as const;
  };

  for (const width of [240, 300, 360, 480, 800])
    it(`at ${width} px no value meets an axis name, a point or another value; those written are the first series'`, () => {
      const l = layoutRadar(model(), { width, lang: 'id' });
      const written = l.series[0].points.filter((p) => p.label);
      expect(l.series[1].points.filter((p) => p.label)).to.deep.equal([]);
      const points = l.series.flatMap((s) => s.points);
      for (const p of written) {
        const box = valueBox(p, l.fontSize);
        expect(p.label).to.equal(String(p.value.toFixed(2)).replace('.', ','));
        for (const [i, n] of labelBoxes(l).entries()) expect(meet(box, n), `${p.label} on axis ${i + 1}`).to.equal(false);
        for (const q of points) expect(meet(box, [q.x - 4.5, q.y - 4.5, q.x + 4.5, q.y + 4.5]), `${p.label} on the point ${q.value}`).to.equal(false);
        for (const o of written) if (o !== p) expect(meet(box, valueBox(o, l.fontSize)), `${p.label} on ${o.label}`).to.equal(false);
      }
      // All eight where there is room; on a small phone at least half, never a value far from its point.
      expect(written.length).to.be.at.least(width >= 360 ? 8 : 4);
      for (const p of written) expect(Math.hypot(p.lx! - p.x, p.ly! - p.y)).to.be.below(3 * l.fontSize + 14);
    });

  it('with a clear sky, a value stands right above its point', () => {
    const l = layoutRadar(synthetic(4, [3, 3, 3, 3]), { width: 400, lang: 'id' });
    for (const p of l.series[0].points) {
      expect(p.lx).to.equal(p.x);
      expect(p.ly).to.be.below(p.y);
    }
  });

  it('with a third series (Nasional) the values are still the latest year\'s, clear of its points too', () => {
    const m = model();
    m.series.push({ id: 'n', label: 'Nasional 2024', legend: 'Nasional 2024', primary: false, values: [4.5, 4.6, 3.5, 2.9, 3.2, 3.0, 4.3, 4.2] });
    const l = layoutRadar(m, { width: 800, lang: 'id' });
    const written = l.series[0].points.filter((p) => p.label);
    expect(written).to.have.length(8);
    expect(l.series.slice(1).flatMap((s) => s.points).filter((p) => p.label)).to.deep.equal([]);
    for (const p of written)
      for (const q of l.series.flatMap((s) => s.points)) expect(meet(valueBox(p, l.fontSize), [q.x - 4.5, q.y - 4.5, q.x + 4.5, q.y + 4.5]), `${p.label} on ${q.value}`).to.equal(false);
  });
});

describe('radarModel', () => {
  it('Kota Metro 2024 and 2023 plus Nasional 2024 over the 4 domains', () => {
    const m = radarModel(km, 'id');
    expect(m.axes.map((a) => a.label)).to.deep.equal(['Kebijakan', 'Tata Kelola', 'Manajemen', 'Layanan']);
    expect(m.axes.map((a) => a.weight)).to.deep.equal([13, 25, 16.5, 45.5]);
    expect(m.series.map((s) => s.label)).to.deep.equal(['Pemerintah Kota Metro 2024', 'Pemerintah Kota Metro 2023', 'Nasional 2024']);
    expect(m.series[0].values).to.deep.equal([2.7, 3.1, 2.73, 3.87]);
    expect(m.series[2].values).to.deep.equal([3.36, 2.62, 1.86, 3.78]);
    expect(radarExtremes(m).strongest!.axis.id).to.equal('layanan');
    expect(radarExtremes(m).weakest!.axis.id).to.equal('kebijakan');
  });

  it('aspects computed from indicators match hand-computed weighted means', () => {
    const indicators: Record<string, number> = {};
    for (const i of fw.indicators) indicators[i.id] = (Number(i.id) % 5) + 1;
    const data = parseSpbeDocument({ instansi: { name: 'X' }, evaluations: [{ year: 2024, indicators }] });
    const m = radarModel(data, 'id', { level: 'aspects', aspectLabel });
    // Aspect 4 = indicators 19, 20 (2.5 each): levels 5 and 1 -> 3; aspect 6 = 29, 30, 31: 5, 1, 2 -> 8/3.
    expect(m.series[0].values[3]).to.be.closeTo(3, 1e-9);
    expect(m.series[0].values[5]).to.be.closeTo(8 / 3, 1e-9);
    expect(m.axes[6].label).to.equal('Layanan Administrasi Pemerintahan Berbasis Elektronik');
  });

  it('drilldown into a domain shows its aspects; data without aspects shows them missing', () => {
    const m = radarModel(km, 'id', { domain: 'tata-kelola', aspectLabel });
    expect(m.axes.map((a) => a.id)).to.deep.equal(['2', '3', '4']);
    expect(m.series[0].values).to.deep.equal([undefined, undefined, undefined]);
  });
});
