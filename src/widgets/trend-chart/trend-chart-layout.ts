import { bandFor, bandMax } from '../../core/calculate.js';
import { gapLine, labelWidth } from '../../core/geometry.js';
import { formatIndex } from '../../core/format.js';
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
  const head = m.measuresIndex ? `${t(lang, 'indexTitle')} ` : '';
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
  bands: Array<{ id: string; n: number; label: string; y: number; height: number; showLabel: boolean }>;
  series: Array<{
    id: string;
    n: number;
    primary: boolean;
    d: string;
    /** `beside`: the label stands right of the point (many series), else above or below it. */
    points: Array<{ year: number; x: number; y: number; value: number; label?: string; labelY?: number; last: boolean; beside: boolean }>;
  }>;
  target?: { d: string; label: string };
  changes: Array<{ year: number; x: number; text: string }>;
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
  const yLabels = m.bands.map((_, i) => formatIndex(i ? m.bands[i].min : m.scale.min, o.lang));
  const left = Math.ceil(Math.max(...yLabels.map((l) => labelWidth(l, fontSize)), labelWidth('5', fontSize)) + 10);
  // Room on the right for the last value's label, which is bold and larger.
  // Room on the right for the last values: half a label above the last point when there are few
  // series, a whole label beside it when many series end there (direct labels, pushed apart).
  const few = m.series.length <= 2 && m.years.length <= 12;
  const lastLabel = labelWidth('3,34', fontSize * 1.25);
  const plot = { left, top: fontSize * 2 + 4, right: width - Math.ceil(few ? lastLabel / 2 : lastLabel + 8) - 6, bottom: height - fontSize - 12 };
  const { min, max } = m.scale;
  const y = (v: number) => plot.bottom - ((v - min) / (max - min)) * (plot.bottom - plot.top);
  const n = m.years.length;
  const pad = n > 1 ? Math.min(24, (plot.right - plot.left) / (2 * n)) : 0;
  const x = (year: number) =>
    n <= 1 ? (plot.left + plot.right) / 2 : plot.left + pad + ((year - m.years[0]) / (n - 1)) * (plot.right - plot.left - 2 * pad);

  // X ticks: the smallest step of 1, 2, 5, 10... years whose labels keep a gap between them.
  const perYear = n > 1 ? (plot.right - plot.left - 2 * pad) / (n - 1) : Infinity;
  const need = labelWidth('2024', fontSize) + 8;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => s * perYear >= need) ?? 100;
  const xTicks = m.years.filter((yr) => (yr - m.years[0]) % step === 0).map((year) => ({ year, x: r1(x(year)), label: String(year) }));

  // Y ticks: the scale's whole levels, or every other one when the plot is short.
  const levels = Array.from({ length: max - min + 1 }, (_, i) => min + i).filter((v) => Number.isInteger(v));
  const every = (plot.bottom - plot.top) / Math.max(1, levels.length - 1) < fontSize * 1.6 ? 2 : 1;
  const yTicks = levels.filter((_, i) => i % every === 0).map((value) => ({ value, y: r1(y(value)), label: formatIndex(value, o.lang).replace(/[,.]00$/, '') }));

  const bands = m.measuresIndex
    ? m.bands.map((b, i) => {
        const top = y(bandMax(m, i));
        const h = y(b.min) - top;
        return { id: b.id, n: i + 1, label: text(b.label, o.lang), y: r1(top), height: r1(h), showLabel: h >= fontSize + 4 };
      })
    : [];

  const lineHeight = fontSize * 1.5 + 2; // the last labels are 1.25 em, bold
  const series = m.series.map((s, si) => {
    const placed = s.points.map((p) => (p.value === undefined ? undefined : { year: p.year, x: r1(x(p.year)), y: r1(y(p.value)), value: p.value }));
    const lastDefined = [...placed].reverse().find(Boolean);
    return {
      id: s.id,
      n: si + 1,
      primary: s.primary,
      d: gapLine(placed),
      points: placed.filter((p) => p !== undefined).map((p) => {
        const last = p === lastDefined;
        const label = few || last ? formatIndex(p.value, o.lang) : undefined;
        // Of two series, the higher one's label sits above its point and the lower one's below.
        const other = m.series.length === 2 ? m.series[1 - si].points.find((q) => q.year === p.year)?.value : undefined;
        const above = other === undefined || p.value >= other;
        const beside = !few && last;
        const labelY = !label ? undefined : beside ? r1(p.y + fontSize * 0.4) : r1(above ? p.y - 8 : p.y + fontSize + 6);
        return { ...p, last, label, labelY, beside };
      }),
    };
  });
  // Last values of many series stand beside their points; where they stack up, push them apart.
  if (!few) {
    const lasts = series.flatMap((s) => s.points.filter((p) => p.last)).sort((a, b) => a.labelY! - b.labelY!);
    for (let i = 1; i < lasts.length; i++)
      if (Math.abs(lasts[i].x - lasts[i - 1].x) < lastLabel && lasts[i].labelY! - lasts[i - 1].labelY! < lineHeight)
        lasts[i].labelY = r1(lasts[i - 1].labelY! + lineHeight);
  }

  // Targets as a step line: each year's target spans its column.
  // Index targets only where the chart shows the index; each step stays inside the plot.
  const half = n > 1 ? perYear / 2 : Math.min(40, (plot.right - plot.left) / 4);
  const clampX = (v: number) => r1(Math.min(plot.right, Math.max(plot.left, v)));
  let target: TrendLayout['target'];
  if (m.targets.length && m.measuresIndex) {
    const d = m.targets.map((tg) => `M${clampX(x(tg.year) - half)},${r1(y(tg.value))}H${clampX(x(tg.year) + half)}`).join('');
    target = { d, label: m.targets[m.targets.length - 1].label ?? t(o.lang, 'target') };
  }

  // Predikat changes of the instansi's index: "Cukup → Baik" over the year it changed.
  const changes: TrendLayout['changes'] = [];
  const own = m.series.find((s) => s.primary && s.id === 'index');
  if (own && m.measuresIndex) {
    let prev: FrameworkBand | undefined;
    for (const p of own.points) {
      if (p.value === undefined) continue;
      const band = bandFor(p.value, m);
      if (prev && band !== prev) changes.push({ year: p.year, x: r1(x(p.year)), text: `${text(prev.label, o.lang)} → ${text(band.label, o.lang)}` });
      prev = band;
    }
  }

  const columns = m.years.map((year, i) => {
    const cx = x(year);
    const x0 = i === 0 ? plot.left : (cx + x(m.years[i - 1])) / 2;
    const x1 = i === n - 1 ? plot.right : (cx + x(m.years[i + 1])) / 2;
    return { year, x: r1(cx), x0: r1(x0), x1: r1(x1) };
  });

  return { width, height, plot, xTicks, yTicks, bands, series, target, changes, columns };
}

/** The boxes of the x tick labels (centred on their x), for overlap checks. */
export function xTickBoxes(l: TrendLayout, fontSize = 12): Box[] {
  return l.xTicks.map((tk) => {
    const w = labelWidth(tk.label, fontSize);
    return { x: tk.x - w / 2, y: l.plot.bottom + 4, width: w, height: fontSize };
  });
}

export { gapLine };
