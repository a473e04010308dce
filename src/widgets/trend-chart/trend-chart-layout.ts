import { bandFor, bandMax } from '../../core/calculate.js';
import { crosses, gapLine, labelWidth, meets, niceStep, scaleMarks, textBox, type Rect } from '../../core/geometry.js';
import { formatIndex, formatNumber } from '../../core/format.js';
import { indexName } from '../../core/framework.js';
import { t, text } from '../../core/i18n.js';
import { tt } from './trend-chart-strings.js';
import type { Framework, FrameworkBand, Lang, SpbeData } from '../../core/types.js';

export interface TrendPoint {
  year: number;
  /** Undefined for a year without a value: a gap, never a zero. */
  value?: number;
  source?: string;
}

export interface TrendSeries {
  /** `index` or a domain id, prefixed by a comparison id for comparisons (`nasional:index`). */
  id: string;
  label: string;
  /** The instansi's own series (drawn on top, labelled first); comparisons are not. */
  primary: boolean;
  /** One point per year of the model's range, in order. */
  points: TrendPoint[];
}

export interface TrendModel {
  /** The index's name, from the framework ("Indeks SPBE"). */
  index: string;
  title: string;
  years: number[];
  series: TrendSeries[];
  targets: Array<{ year: number; value: number; label?: string }>;
  scale: Framework['scale'];
  bands: FrameworkBand[];
  /** Whether the series measure the index (so the predikat bands and changes apply). */
  measuresIndex: boolean;
}

/**
 * What the chart draws: for each measure in `series` (`index` or domain ids), the instansi's series
 * and, with `comparisons`, each comparison's; years from the first to the last with any value, gaps
 * kept. Pure: no DOM.
 */
export function trendModel(data: SpbeData, lang: Lang, series: readonly string[] = ['index'], comparisons = true): TrendModel {
  const fw = data.framework;
  const measures = series.filter((s) => s === 'index' || fw.domains.some((d) => d.id === s));
  const valueOf = (e: { index?: number; domains: Record<string, number> }, m: string) => (m === 'index' ? e.index : e.domains[m]);
  const raw: Array<Omit<TrendSeries, 'points'> & { byYear: Map<number, TrendPoint> }> = [];
  for (const m of measures.length ? measures : ['index']) {
    const domain = fw.domains.find((d) => d.id === m);
    const measureLabel = domain ? text(domain.short ?? domain.label, lang) : '';
    const own = new Map(data.evaluations.map((e) => [e.year, { year: e.year, value: valueOf(e, m), source: e.source ?? data.source }]));
    raw.push({ id: m, label: m === 'index' ? data.instansi.name : measureLabel, primary: true, byYear: own });
    if (!comparisons) continue;
    for (const c of data.comparisons) {
      const byYear = new Map(c.evaluations.map((e) => [e.year, { year: e.year, value: valueOf(e, m), source: e.source ?? c.source }]));
      if ([...byYear.values()].some((p) => p.value !== undefined))
        raw.push({ id: `${c.id}:${m}`, label: measureLabel ? `${c.label} · ${measureLabel}` : c.label, primary: false, byYear });
    }
  }
  const defined = raw.flatMap((s) => [...s.byYear.values()].filter((p) => p.value !== undefined).map((p) => p.year));
  const first = Math.min(...defined);
  const last = Math.max(...defined);
  const years = defined.length ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  return {
    index: indexName(fw, lang),
    title: data.instansi.name,
    years,
    series: raw.map(({ byYear, ...s }) => ({ ...s, points: years.map((year) => byYear.get(year) ?? { year }) })),
    targets: data.targets.filter((tg) => tg.year >= first && tg.year <= last),
    scale: fw.scale,
    bands: fw.bands,
    measuresIndex: measures.length === 0 || measures.includes('index'),
  };
}

/** "Indeks SPBE Pemerintah Kota Metro naik dari 2,14 (2021) ke 3,34 (2024); Nasional 3,12 (2024)." */
export function trendSummary(m: TrendModel, lang: Lang): string {
  const parts = m.series.map((s) => {
    const pts = s.points.filter((p) => p.value !== undefined);
    const a = pts[0];
    const b = pts[pts.length - 1];
    if (!a) return '';
    const v = (p: TrendPoint) => `${formatIndex(p.value!, lang)} (${p.year})`;
    if (a === b) return `${s.label} ${v(a)}`;
    const dir = b.value! > a.value! ? 'rose' : b.value! < a.value! ? 'fell' : 'stayed';
    return `${s.label} ${tt(lang, dir)} ${v(a)} ${tt(lang, 'to')} ${v(b)}`;
  });
  const head = m.measuresIndex ? `${m.index} ` : '';
  return `${head}${parts.filter(Boolean).join('; ')}.`;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Width of a label in px, estimated: 0.6 em per character (tabular digits, system fonts). */
export { labelWidth };

export interface TrendLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Array<{ year: number; x: number; label: string }>;
  yTicks: Array<{ value: number; y: number; label: string }>;
  /** `labelX`, `labelY`, `anchor`: where the band's name stands, in the corner of the band nothing covers. */
  bands: Array<{ id: string; n: number; label: string; y: number; height: number; showLabel: boolean; labelX: number; labelY: number; anchor: 'start' | 'end' }>;
  series: Array<{
    id: string;
    n: number;
    primary: boolean;
    d: string;
    /** `beside`: the label stands right of the point (the last values), else above or below it. */
    points: Array<{ year: number; x: number; y: number; value: number; label?: string; labelY?: number; last: boolean; beside: boolean }>;
  }>;
  target?: { d: string; label: string };
  /** `labelX`: the centre of the words above the plot, kept inside it. */
  changes: Array<{ year: number; x: number; text: string; labelX: number }>;
  /** One hit column per year, for hover, touch and the keyboard. */
  columns: Array<{ year: number; x: number; x0: number; x1: number }>;
}

export interface TrendOptions {
  width: number;
  height?: number;
  fontSize?: number;
  lang: Lang;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The chart's height for a width: half of it, from 220 to 360 px (the loading state keeps it too). */
export const trendHeight = (width: number) => Math.round(Math.min(360, Math.max(220, width * 0.5)));

/** Pure geometry of the trend chart for a width in px: scales, ticks that never overlap, paths. */
export function layoutTrend(m: TrendModel, o: TrendOptions): TrendLayout {
  const fontSize = o.fontSize ?? 12;
  const width = Math.max(120, o.width);
  const height = o.height ?? trendHeight(width);
  // Room on the left for the scale's numbers ("5", or "100" on a scale of 0 to 100): the widest are
  // its ends, as every tick is a whole step between them.
  const left = Math.ceil(Math.max(...[m.scale.min, m.scale.max].map((v) => labelWidth(formatNumber(v, o.lang), fontSize))) + 10);
  // Room on the right for the last values, which stand beside their points, bold and larger.
  const big = fontSize * 1.25;
  const small = (fontSize * 11) / 12;
  const plot = { left, top: fontSize * 2 + 4, right: width - Math.ceil(labelWidth('3,34', big) + 8) - 6, bottom: height - fontSize - 12 };
  const { min, max } = m.scale;
  const y = (v: number) => plot.bottom - ((v - min) / (max - min)) * (plot.bottom - plot.top);
  const n = m.years.length;
  const pad = n > 1 ? Math.min(24, (plot.right - plot.left) / (2 * n)) : 0;
  const x = (year: number) =>
    n <= 1 ? (plot.left + plot.right) / 2 : plot.left + pad + ((year - m.years[0]) / (n - 1)) * (plot.right - plot.left - 2 * pad);

  // X ticks: the smallest step of 1, 2, 5, 10... years whose labels keep a gap between them.
  const perYear = n > 1 ? (plot.right - plot.left - 2 * pad) / (n - 1) : Infinity;
  const need = labelWidth('2024', fontSize) + 8;
  const step = niceStep(need / perYear);
  // Every value is labelled where there are one or two series and a value's width between years;
  // else only the last ones (the others are in the tooltip and the table).
  const few = m.series.length <= 2 && perYear >= labelWidth('2,34', small) + 6;
  const xTicks = m.years.filter((yr) => (yr - m.years[0]) % step === 0).map((year) => ({ year, x: r1(x(year)), label: String(year) }));

  // Y ticks: the scale's levels from its foot, in the smallest step of 1, 2, 5, 10… that keeps them a
  // line and a half apart (1 to 5 in ones, or every other one when the plot is short; 0 to 100 in tens).
  const unit = niceStep(((max - min) * fontSize * 1.6) / (plot.bottom - plot.top));
  const yTicks = scaleMarks(min, max, unit).map((value) => ({ value, y: r1(y(value)), label: formatNumber(value, o.lang) }));

  const bandRows = m.measuresIndex
    ? m.bands.map((b, i) => {
        const top = y(bandMax(m, i));
        return { id: b.id, n: i + 1, label: text(b.label, o.lang), top, h: y(b.min) - top };
      })
    : [];

  // What labels must not cover: the points, the lines between them and the target steps.
  const segments: Segment[] = [];
  const marks: Array<{ at: { x: number; y: number }; r: Rect }> = [];
  const series = m.series.map((s, si) => {
    const placed = s.points.map((p) => (p.value === undefined ? undefined : { year: p.year, x: r1(x(p.year)), y: r1(y(p.value)), value: p.value }));
    const lastDefined = [...placed].reverse().find(Boolean);
    placed.forEach((p, i) => {
      if (!p) return;
      const q = placed[i + 1];
      if (q) segments.push([p.x, p.y, q.x, q.y]);
      const r = s.primary ? 5.5 : 4.5;
      marks.push({ at: p, r: [p.x - r, p.y - r, p.x + r, p.y + r] });
    });
    return {
      id: s.id,
      n: si + 1,
      primary: s.primary,
      d: gapLine(placed),
      points: placed.filter((p) => p !== undefined).map((p) => {
        const last = p === lastDefined;
        const label = few || last ? formatIndex(p.value, o.lang) : undefined;
        // Of two series, the higher one's label sits above its point and the lower one's below
        // (the points of every series stand at the same index for a year).
        const other = m.series.length === 2 ? m.series[1 - si].points[p.year - m.years[0]]?.value : undefined;
        const above = other === undefined || p.value >= other;
        return { ...p, last, label, labelY: undefined as number | undefined, beside: last, above };
      }),
    };
  });

  // Targets as a step line: each year's target spans its column.
  // Index targets only where the chart shows the index; each step stays inside the plot.
  const half = n > 1 ? perYear / 2 : Math.min(40, (plot.right - plot.left) / 4);
  const clampX = (v: number) => r1(Math.min(plot.right, Math.max(plot.left, v)));
  let target: TrendLayout['target'];
  let steps: Scene['steps'] = [];
  if (m.targets.length && m.measuresIndex) {
    steps = m.targets.map((tg) => [clampX(x(tg.year) - half), r1(y(tg.value)), clampX(x(tg.year) + half)] as const);
    for (const [x0, ty, x1] of steps) segments.push([x0, ty, x1, ty]);
    target = { d: steps.map(([x0, ty, x1]) => `M${x0},${ty}H${x1}`).join(''), label: m.targets[m.targets.length - 1].label ?? t(o.lang, 'target') };
  }

  // Predikat changes of the instansi's index: "Cukup → Baik" over the year it changed.
  const changes: TrendLayout['changes'] = [];
  const taken: Rect[] = [];
  const own = m.series.find((s) => s.primary && s.id === 'index');
  if (own && m.measuresIndex) {
    let prev: FrameworkBand | undefined;
    for (const p of own.points) {
      if (p.value === undefined) continue;
      const band = bandFor(p.value, m);
      if (prev && band !== prev) {
        const words = `${text(prev.label, o.lang)} → ${text(band.label, o.lang)}`;
        const w = labelWidth(words, small) / 2;
        const labelX = r1(Math.min(Math.max(x(p.year), plot.left + w), plot.right - w));
        changes.push({ year: p.year, x: r1(x(p.year)), text: words, labelX });
        taken.push(textBox(labelX, plot.top - 8, words, small, 'middle'));
      }
      prev = band;
    }
  }

  const scene: Scene = { width, height, fontSize, big, small, marks, segments, steps, taken };
  taken.push(...placeValues(series, m.series.length > 2, scene));
  const bands = placeBandNames(bandRows, plot, [...taken, ...marks.map((k) => k.r)], scene);

  const columns = m.years.map((year, i) => {
    const cx = x(year);
    const x0 = i === 0 ? plot.left : (cx + x(m.years[i - 1])) / 2;
    const x1 = i === n - 1 ? plot.right : (cx + x(m.years[i + 1])) / 2;
    return { year, x: r1(cx), x0: r1(x0), x1: r1(x1) };
  });

  return { width, height, plot, xTicks, yTicks, bands, series, target, changes, columns };
}

type Segment = [number, number, number, number];
/** A point as the layout labels it; `above`: the side its label tries first. */
type LabelPoint = TrendLayout['series'][number]['points'][number] & { above: boolean };
/** What labels must keep off: the points' marks, the lines and target steps, the boxes taken. */
interface Scene {
  width: number;
  height: number;
  fontSize: number;
  /** The last values' size and the other labels'. */
  big: number;
  small: number;
  marks: Array<{ at: { x: number; y: number }; r: Rect }>;
  segments: Segment[];
  /** The target steps, `[x0, y, x1]`. */
  steps: ReadonlyArray<readonly [number, number, number]>;
  taken: readonly Rect[];
}

/** A place's cost: 100 for each box it covers, 6 for each line through it; outside the chart, never. */
function costOf(r: Rect, boxes: readonly Rect[], lines: readonly Segment[], s: Scene): number {
  if (r[0] < 0 || r[1] < 0 || r[2] > s.width || r[3] > s.height) return Infinity;
  let c = 0;
  for (const q of boxes) if (meets(q, r)) c += 100;
  for (const g of lines) if (crosses(g[0], g[1], g[2], g[3], r)) c += 6;
  return c;
}

/**
 * Labels the values: sets each labelled point's `labelY`, or clears its `label` where no clear place
 * is left (the value stays in the tooltip and the table), and returns the boxes the labels take.
 *
 * Each label takes the clear place nearest its point: the last values beside it, at the point's
 * height or moved up or down; the others above or below it (the side given first), or further out.
 * A place that covers another label or a point, or that a target step or another point parts from
 * its point (it would read as that step's or point's value), costs most; then one a line or a
 * target step runs through; then each 3 px away. Labels are placed one by one, the last values
 * first: the instansi's first, or the comparisons' first where that costs less in all. With `many`
 * series (more than two) only the last values are labelled, and they stack instead: in their
 * points' order from top to bottom, each a line under the one above, the stack kept inside the
 * chart, so none covers another and none reads as another line's.
 */
function placeValues(series: ReadonlyArray<{ primary: boolean; points: LabelPoint[] }>, many: boolean, s: Scene): Rect[] {
  const { fontSize, big } = s;
  const boxAt = (p: LabelPoint, ty: number) => textBox(p.beside ? p.x + 8 : p.x, ty, p.label!, p.last ? big : s.small, p.beside ? 'start' : 'middle');
  if (many) {
    const line = big * 0.95 + 2.2;
    const lasts = series.flatMap((se) => se.points.filter((p) => p.last)).sort((p, q) => p.x - q.x || p.y - q.y);
    lasts.forEach((p, i) => {
      const up = lasts[i - 1];
      p.labelY = Math.max(p.y + fontSize * 0.4, up?.x === p.x ? up.labelY! + line : big);
    });
    for (let i = lasts.length - 1; i >= 0; i--) {
      const down = lasts[i + 1];
      lasts[i].labelY = r1(Math.min(lasts[i].labelY!, down?.x === lasts[i].x ? down.labelY! - line : s.height - big * 0.2 - 1));
    }
    return lasts.map((p) => boxAt(p, p.labelY!));
  }
  const labelled = series
    .flatMap((se) => se.points.filter((p) => p.label).map((p) => ({ p, rank: (p.last ? 0 : 4) + (se.primary ? 0 : 1) })))
    .sort((a, b) => a.rank - b.rank);
  const place = (order: typeof labelled) => {
    const on: Rect[] = [];
    let total = 0;
    const ys = order.map(({ p }) => {
      // Only what stands in the label's columns can meet it, wherever it goes up or down.
      const [x0, , x1] = boxAt(p, 0);
      const boxes = [...s.taken, ...on, ...s.marks.filter((k) => k.at !== p).map((k) => k.r)].filter((q) => q[0] < x1 && q[2] > x0);
      const lines = s.segments.filter((g) => Math.min(g[0], g[2]) < x1 && Math.max(g[0], g[2]) > x0);
      // The heights of the target steps and the other points over this point: one of them between a
      // value and its point would read as its own value, as bad as covering a point.
      const over = [...s.steps.filter(([a, , b]) => a <= p.x && p.x <= b).map((g) => g[1]), ...s.marks.filter(({ at }) => at !== p && at.x === p.x).map(({ at }) => at.y)];
      let best = NaN;
      let least = Infinity;
      // Each step out costs one more: past the least cost found, none can be cheaper.
      for (let k = 0; k <= 6 && k < least; k++)
        for (const [ty, away] of p.beside
          ? [[p.y + fontSize * 0.4 - 3 * k, k], [p.y + fontSize * 0.4 + 3 * k, k]]
          : [[p.above ? p.y - 8 - 3 * k : p.y + fontSize + 6 + 3 * k, k], [p.above ? p.y + fontSize + 6 + 3 * k : p.y - 8 - 3 * k, k + 3]]) {
          const r = boxAt(p, ty);
          const cut = over.some((y) => (y - p.y) * (y - (r[1] + r[3]) / 2) < 0);
          const c = costOf(r, boxes, lines, s) + away + (cut ? 100 : 0);
          if (c < least) [best, least] = [ty, c];
        }
      // A value with no place clear of the other labels and the points is left to the tooltip and
      // the table; a last value stands where it covers least.
      if (least >= 100 && !p.last) {
        total += 50;
        return NaN;
      }
      if (Number.isNaN(best)) best = p.y - 8;
      total += Math.min(least, 1e6);
      on.push(boxAt(p, best));
      return best;
    });
    return { total, ys, on };
  };
  const swapped = [...labelled].sort((a, b) => (a.rank ^ 1) - (b.rank ^ 1));
  const a = place(labelled);
  const b = a.total > 0 ? place(swapped) : a;
  const won = b.total < a.total ? { ...b, order: swapped } : { ...a, order: labelled };
  won.order.forEach(({ p }, i) => {
    if (Number.isNaN(won.ys[i])) p.label = undefined;
    else p.labelY = r1(won.ys[i]);
  });
  return won.on;
}

/** Each band's name in the first of its corners (top left, top right, bottom left, bottom right) that nothing covers, or the least covered. */
function placeBandNames(
  rows: ReadonlyArray<{ id: string; n: number; label: string; top: number; h: number }>,
  plot: TrendLayout['plot'],
  covers: readonly Rect[],
  s: Scene,
): TrendLayout['bands'] {
  return rows.map(({ top, h, ...b }) => {
    const corners = [
      [plot.left + 6, top + 13, 'start'],
      [plot.right - 6, top + 13, 'end'],
      [plot.left + 6, top + h - 4, 'start'],
      [plot.right - 6, top + h - 4, 'end'],
    ] as const;
    const costs = corners.map(([cx, cy, a]) => costOf(textBox(cx, cy, b.label, s.small, a), covers, s.segments, s));
    const [labelX, labelY, anchor] = corners[costs.indexOf(Math.min(...costs))];
    return { ...b, y: r1(top), height: r1(h), showLabel: h >= s.fontSize + 4, labelX: r1(labelX), labelY: r1(labelY), anchor };
  });
}

/** The boxes of the x tick labels (centred on their x), for overlap checks. */
export function xTickBoxes(l: TrendLayout, fontSize = 12): Box[] {
  return l.xTicks.map((tk) => {
    const w = labelWidth(tk.label, fontSize);
    return { x: tk.x - w / 2, y: l.plot.bottom + 4, width: w, height: fontSize };
  });
}

export { gapLine };
