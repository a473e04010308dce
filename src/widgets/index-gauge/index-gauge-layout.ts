import { bandFor, bandMax, bandNamed } from '../../core/calculate.js';
import { formatDelta, formatIndex, formatNumber } from '../../core/format.js';
import { indexName } from '../../core/framework.js';
import { t, text } from '../../core/i18n.js';
import type { Evaluation, Framework, FrameworkBand, Lang, SpbeData, Target } from '../../core/types.js';

/** What the gauge shows, whether it came from a data document or from attributes alone. */
export interface GaugeModel {
  /** The index's name, from the framework ("Indeks SPBE"). */
  index: string;
  title: string;
  year?: number;
  value: number;
  scale: { min: number; max: number };
  bands: FrameworkBand[];
  /** The band of the value (of the unrounded index where it could be computed); -1 for none. */
  bandIndex: number;
  /** The predikat to print: the official one as given, else the band's label. */
  predikat: string;
  previous?: { year: number; value: number };
  target?: Target;
  source?: string;
  note?: string;
  /** Every year, for the table alternative. */
  rows: Array<{ year: number; value: number; predikat: string; source?: string }>;
}

/**
 * The official predikat as given; where it names one of the framework's bands (official names are
 * Indonesian), that band's label in the widget's language.
 */
export function predikatLabel(e: Pick<Evaluation, 'predikat' | 'band'>, framework: Framework, lang: Lang): string {
  const band = e.predikat === undefined ? e.band : bandNamed(e.predikat, framework);
  return band ? text(band.label, lang) : e.predikat!;
}

/** The model for `year` (default: the latest), or undefined when the data has no such year. */
export function gaugeModelFromData(data: SpbeData, lang: Lang, year?: number): GaugeModel | undefined {
  const evs = data.evaluations;
  const i = year === undefined ? evs.length - 1 : evs.findIndex((e) => e.year === year);
  if (i < 0) return undefined;
  const e = evs[i];
  const fw = data.framework;
  const prev = evs[i - 1];
  return {
    index: indexName(fw, lang),
    title: data.instansi.name,
    year: e.year,
    value: e.index,
    scale: fw.scale,
    bands: fw.bands,
    bandIndex: fw.bands.indexOf(e.band),
    predikat: predikatLabel(e, fw, lang),
    previous: prev && { year: prev.year, value: prev.index },
    target: data.targets.find((t) => t.year === e.year),
    source: e.source ?? data.source,
    note: e.note,
    rows: evs.map((r) => ({ year: r.year, value: r.index, predikat: predikatLabel(r, fw, lang), source: r.source })),
  };
}

/** The model for a page with no data file: `value`, `min`, `max`, `target`, `label` attributes. */
export function gaugeModelFromValue(
  input: { value: number; min?: number; max?: number; target?: number; label?: string },
  framework: Framework,
  lang: Lang,
): GaugeModel {
  const min = input.min ?? framework.scale.min;
  const max = input.max ?? framework.scale.max;
  // Keep the bands that fall inside a custom scale, the first one starting at its min.
  const inside = framework.bands.filter((b, i) => bandMax(framework, i) > min && b.min < max);
  const bands = inside.map((b, i) => (i === 0 ? { ...b, min } : b));
  const band = bandFor(input.value, { bands });
  return {
    index: indexName(framework, lang),
    title: input.label ?? '',
    value: input.value,
    scale: { min, max },
    bands,
    bandIndex: bands.indexOf(band),
    predikat: text(band.label, lang),
    target: input.target === undefined ? undefined : { year: 0, value: input.target },
    rows: [],
  };
}

/** An empty gauge over the framework's bands, for the loading and empty states. */
export function placeholderModel(framework: Framework, lang: Lang): GaugeModel {
  return { index: indexName(framework, lang), title: '', value: framework.scale.min, scale: framework.scale, bands: framework.bands, bandIndex: -1, predikat: '', rows: [] };
}

/** The gauge's own words (the shared ones are in core/i18n). */
const WORDS = {
  id: { of: 'dari', predikat: 'predikat', since: 'dibanding', byYear: 'per tahun' },
  en: { of: 'of', predikat: 'rated', since: 'since', byYear: 'by year' },
} as const;

export const gaugeWord = (lang: Lang, key: keyof (typeof WORDS)['id']): string => WORDS[lang][key];

/**
 * The meter's accessible name, with every key number (the meter carries no aria-valuetext: screen
 * readers would read the value twice):
 * "Indeks SPBE Pemerintah Kota Metro 2024: 3,34 dari 5, predikat Baik. +0,30 dibanding 2023. Target 2,85."
 */
export function gaugeLabel(m: GaugeModel, lang: Lang): string {
  const head = [m.index, m.title, m.year].filter((x) => x !== undefined && x !== '').join(' ');
  let name = `${head}: ${formatIndex(m.value, lang)} ${gaugeWord(lang, 'of')} ${formatNumber(m.scale.max, lang)}, ${gaugeWord(lang, 'predikat')} ${m.predikat}.`;
  if (m.previous) name += ` ${formatDelta(m.value - m.previous.value, lang)} ${gaugeWord(lang, 'since')} ${m.previous.year}.`;
  if (m.target) name += ` ${t(lang, 'target')} ${formatIndex(m.target.value, lang)}.`;
  return name;
}

export interface Point {
  x: number;
  y: number;
}

export interface GaugeLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  track: string;
  indicator: string;
  bands: Array<{ id: string; n: number; path: string; active: boolean }>;
  ticks: Array<Point & { value: number; anchor: 'start' | 'middle' | 'end' }>;
  /** The value's end on the track, for the needle. */
  needle: { from: Point; to: Point };
  target?: { value: number; from: Point; to: Point };
}

/** Fixed drawing units; the SVG scales through its viewBox, so the gauge is sharp at any width. */
export const GAUGE_BOX = { width: 320, height: 190, cx: 160, cy: 166, track: [98, 124], bands: [128, 136], ticks: 142 } as const;

/** d3 angles: 0 at twelve o'clock, clockwise. The scale runs from -90° to +90°. */
export function angleOf(value: number, min: number, max: number): number {
  const t = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return -Math.PI / 2 + t * Math.PI;
}

export function polar(cx: number, cy: number, r: number, angle: number): Point {
  return { x: cx + r * Math.sin(angle), y: cy - r * Math.cos(angle) };
}

const r2 = (v: number) => Math.round(v * 100) / 100;
const round2 = (p: Point): Point => ({ x: r2(p.x), y: r2(p.y) });

/**
 * The path of a ring segment around (0, 0) from angle a0 to a1 (d3 convention), radii r0 < r1.
 * Written out rather than taken from d3-shape's `arc()`: with d3-path that cost 2.7 KB gzip, a fifth
 * of the gauge's whole 15 KB budget, for two arcs and two lines (measured with scripts/size.mjs).
 */
export function ringSegment(r0: number, r1: number, a0: number, a1: number): string {
  if (!(a1 > a0)) return '';
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const p = (r: number, a: number) => `${r2(r * Math.sin(a))},${r2(-r * Math.cos(a))}`;
  return `M${p(r1, a0)}A${r1},${r1},0,${large},1,${p(r1, a1)}L${p(r0, a1)}A${r0},${r0},0,${large},0,${p(r0, a0)}Z`;
}

/** Pure geometry of a gauge: path strings and label positions, no DOM. */
export function layoutGauge(model: Pick<GaugeModel, 'value' | 'scale' | 'bands' | 'bandIndex' | 'target'>): GaugeLayout {
  const { width, height, cx, cy } = GAUGE_BOX;
  const [r0, r1] = GAUGE_BOX.track;
  const [b0, b1] = GAUGE_BOX.bands;
  const { min, max } = model.scale;
  const a = (v: number) => angleOf(v, min, max);
  const path = ringSegment;

  const valueAngle = a(model.value);
  const bounds = model.bands.map((b, i) => [b.min, model.bands[i + 1]?.min ?? max] as const);
  // A band edge the target's dot would sit on (2023's target was 2,60, the Baik edge) loses its
  // number: the dot and the words under the gauge give the value.
  const near = (v: number) => model.target !== undefined && Math.abs(a(v) - a(model.target.value)) < 0.12;
  const edges = bounds.slice(1).map(([lo]) => lo);
  const ticks = [min, ...edges.filter((v) => !near(v)), max].map((value) => {
    const angle = a(value);
    // The two ends sit under the arc's feet; the rest fan out around the band ring.
    if (value === min || value === max)
      return { value, anchor: 'middle' as const, ...round2({ x: cx + ((r0 + b1) / 2) * (value === min ? -1 : 1), y: cy + 16 }) };
    const p = polar(cx, cy, GAUGE_BOX.ticks, angle);
    const anchor = Math.abs(angle) < 0.2 ? ('middle' as const) : angle < 0 ? ('end' as const) : ('start' as const);
    return { value, anchor, ...round2(p) };
  });

  let target: GaugeLayout['target'];
  if (model.target) {
    const ta = a(model.target.value);
    // From inside the track out past the band ring, where a dot marks its end.
    target = { value: model.target.value, from: round2(polar(cx, cy, r0 - 6, ta)), to: round2(polar(cx, cy, b1 + 5, ta)) };
  }

  return {
    width,
    height,
    cx,
    cy,
    track: path(r0, r1, -Math.PI / 2, Math.PI / 2),
    indicator: path(r0, r1, -Math.PI / 2, valueAngle),
    // A hairline gap between bands keeps neighbours apart without colour alone.
    bands: model.bands.map((b, i) => ({
      id: b.id,
      n: i + 1,
      path: path(b0, b1, a(bounds[i][0]) + (i ? 0.006 : 0), a(bounds[i][1]) - (i < model.bands.length - 1 ? 0.006 : 0)),
      active: i === model.bandIndex,
    })),
    ticks,
    needle: { from: round2(polar(cx, cy, r0 - 8, valueAngle)), to: round2(polar(cx, cy, r1 + 2, valueAngle)) },
    target,
  };
}
