import { formatIndex, formatNumber } from '../../core/format.js';
import { meets, niceStep, ringPath, type Point, type Rect } from '../../core/geometry.js';
import { text } from '../../core/i18n.js';
import type { Framework, Lang, SpbeData, Text } from '../../core/types.js';

export interface RadarAxis {
  id: string;
  label: string;
  /** Weight in % of the whole index. */
  weight: number;
}

export interface RadarSeries {
  id: string;
  label: string;
  /** In the legend, under the instansi's name: its own years by the year alone, a comparison as `label`. */
  legend: string;
  primary: boolean;
  /** One value per axis, in axis order; undefined where the data has none (a gap, never 0). */
  values: Array<number | undefined>;
}

export interface RadarModel {
  title: string;
  level: 'domains' | 'aspects';
  /** Set when the radar shows one domain's aspects. */
  domain?: string;
  axes: RadarAxis[];
  series: RadarSeries[];
  scale: Framework['scale'];
  bands: Framework['bands'];
  /** The target of the latest year shown, drawn as a ring. */
  target?: { year: number; value: number; label?: string };
}

export interface RadarOptions {
  level?: 'domains' | 'aspects';
  /** Show only this domain's aspects (drilldown). */
  domain?: string;
  years?: number[];
  comparisons?: boolean;
  /** Names for aspects kept outside the framework (the preset's labels module). */
  aspectLabel?: (id: string) => Text | undefined;
}

/**
 * The axes and series a radar draws: the framework's domains (or aspects, or one domain's aspects)
 * as axes, any number from 3 up, with no code per framework; the instansi's chosen years (default
 * the latest two) and the comparisons' values for the latest year as series. Aspect values the data
 * lacks were computed from indicators by the validator where it could; others stay missing.
 */
export function radarModel(data: SpbeData, lang: Lang, o: RadarOptions = {}): RadarModel {
  const fw = data.framework;
  const level = o.domain ? 'aspects' : (o.level ?? 'domains');
  const nodes = level === 'domains' ? fw.domains : fw.aspects.filter((a) => !o.domain || a.domain === o.domain);
  const axes = nodes.map((n) => ({
    id: n.id,
    label: text(('short' in n && n.short) || n.label || o.aspectLabel?.(n.id) || n.id, lang),
    weight: n.weight,
  }));
  const pick = (e: { domains: Record<string, number>; aspects?: Record<string, number> }) =>
    axes.map((a) => (level === 'domains' ? e.domains[a.id] : e.aspects?.[a.id]));
  const evs = data.evaluations;
  const years = o.years?.length ? o.years : evs.slice(-2).map((e) => e.year);
  const series: RadarSeries[] = evs
    .filter((e) => years.includes(e.year))
    .reverse()
    .map((e, i) => ({ id: String(e.year), label: `${data.instansi.name} ${e.year}`, legend: String(e.year), primary: i === 0, values: pick(e) }));
  const latest = Math.max(...years);
  if (o.comparisons !== false && level === 'domains')
    for (const c of data.comparisons) {
      const e = c.evaluations.find((x) => x.year === latest);
      if (e && Object.keys(e.domains).length) series.push({ id: c.id, label: `${c.label} ${latest}`, legend: `${c.label} ${latest}`, primary: false, values: pick(e) });
    }
  const target = data.targets.find((tg) => tg.year === latest);
  return { title: data.instansi.name, level, domain: o.domain, axes, series, scale: fw.scale, bands: fw.bands, target };
}

export interface RadarLayout {
  /** The viewBox's width; its height is `height`. */
  size: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  fontSize: number;
  /** The reader's letter spacing, in drawing units (0 unless a page or reader sets one). */
  spacing: number;
  /** `x`, `y`: where the ring's number starts (its baseline); `label` is empty for a ring not numbered. */
  rings: Array<{ d: string; label: string; x: number; y: number }>;
  /** Rings at the predikat band edges (with `bands`), and at the target. */
  bandRings: string[];
  targetRing?: string;
  spokes: Array<{ id: string; end: Point; label: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; lines: string[] } }>;
  series: Array<{ id: string; n: number; primary: boolean; d: string; points: RadarPoint[] }>;
}

/**
 * A point, to a tenth as the path writes it. Its `label` (its value, for the first series, where it
 * has room) is centred at `lx`, its baseline at `ly`.
 */
export type RadarPoint = Point & { axis: number; value: number; label?: string; lx?: number; ly?: number };

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Where a value may stand around its point, in order: above, above right, above left, right, left,
 * below, below right, below left (the middle, `[0, 0]`, is the point's own and never clear).
 */
const PLACES = [-1, 0, 1].flatMap((dy) => [0, 1, -1].map((dx) => [dx, dy]));

/** Axis i of n, as d3 angles: 0 at twelve o'clock, clockwise. */
export const axisAngle = (i: number, n: number) => (2 * Math.PI * i) / n;

/** Wraps a label into lines of at most `max` characters, at spaces (a long word stays whole). */
export function wrap(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Width of a label in drawing units, estimated at 0.58 em a character, plus the letter spacing. */
export const textWidth = (s: string, fontSize: number, spacing = 0) => s.length * (fontSize * 0.58 + spacing);

/**
 * Pure geometry of the radar in a square viewBox. The text is sized for the displayed `width`, so
 * that it stays readable from 240 px (larger in drawing units, wrapped shorter) to 800 px and up.
 * `spacing` is the letter spacing the text inherits (a reader's, WCAG 1.4.12: 0.12 em), in px, which
 * are drawing units in the SVG: the names are wrapped and the radius fitted with it.
 */
export function layoutRadar(m: RadarModel, o: { width: number; lang: Lang; bands?: boolean; spacing?: number }): RadarLayout {
  // Readable text is 12 px on screen; where long labels would collide, try smaller text (down to
  // 11 drawing units), and at last numbered short labels (the full names are in the tooltip and table).
  const wanted = Math.max(11, Math.min(22, (13 * 400) / o.width));
  let l: RadarLayout | undefined;
  for (let f = wanted; f >= 11; f -= 1.5) {
    l = place(m, o, f, false);
    if (!overlapping(l)) return l;
  }
  return place(m, o, wanted, true);
}

function overlapping(l: RadarLayout): boolean {
  const boxes = labelBoxes(l);
  return boxes.some((a, i) => boxes.some((b, j) => j > i && meets(a, b)));
}

function place(m: RadarModel, o: { lang: Lang; bands?: boolean; spacing?: number }, fontSize: number, short: boolean): RadarLayout {
  const size = 400;
  const n = m.axes.length;
  const spacing = o.spacing ?? 0;
  const maxChars = Math.max(8, Math.floor(110 / textWidth('a', fontSize, spacing)));
  const labels = m.axes.map((a, i) => (short ? [`${i + 1}. ${a.label.split(/\s+/)[0]}`] : wrap(a.label, maxChars)));
  // The largest radius that keeps every label inside the box: side labels need their width beside
  // the spoke's end, top and bottom ones their height above or below it.
  const pad = 10;
  const sin = m.axes.map((_, i) => Math.sin(axisAngle(i, n)));
  const cos = m.axes.map((_, i) => Math.cos(axisAngle(i, n)));
  const lh = fontSize * 1.15;
  const radius = Math.max(
    60,
    Math.min(
      ...labels.map((lines, i) => {
        const w = Math.max(...lines.map((l) => textWidth(l, fontSize, spacing)));
        const h = lines.length * lh;
        const sx = Math.abs(sin[i]);
        const sy = Math.abs(cos[i]);
        const across = sx < 0.2 ? w / 2 : w;
        // Along a spoke straight up or across (a sine or cosine of 0) that bound is Infinity.
        return Math.min((size / 2 - 2 - across) / sx - pad, (size / 2 - 2 - h) / sy - pad, size / 2 - pad - fontSize);
      }),
    ),
  );
  // As tall as the radius and the labels above and below need: no empty bands in a square box.
  const vertical = labels.map((lines, i) => (radius + pad) * Math.abs(cos[i]) + lines.length * lh);
  const height = Math.min(size, Math.ceil(2 * (Math.max(radius + fontSize, ...vertical) + 4)));
  const cx = size / 2;
  const cy = height / 2;
  const { min, max } = m.scale;
  const at = (i: number, v: number): Point => {
    const r = (radius * (v - min)) / (max - min);
    return { x: r1(cx + r * sin[i]), y: r1(cy - r * cos[i]) };
  };
  const ring = (v: number) => ringPath(m.axes.map((_, i) => at(i, v)));
  // The rings, from the rim in: a step of 1, 2, 5, 10… that gives at most eight (1 to 5 in ones,
  // 0 to 100 in twenties). Where their numbers, one above another along the diagonal, would meet (a
  // small radar; "100" needs more room than "5"), every other one is numbered, from the outer one.
  const step = niceStep((max - min) / 8);
  const every = (radius * step) / (max - min) < fontSize * 0.6 * (String(max).length + 1) ? 2 : 1;
  // The numbers stand between the first two spokes, just off the middle of each ring's edge: clear
  // of the axis names, the points and their values, which all stand on the spokes.
  const rings = Array.from({ length: Math.ceil((max - min) / step) }, (_, k) => max - k * step)
    .map((value, k) => ({
      d: ring(value),
      label: k % every ? '' : formatNumber(value, o.lang),
      x: r1((at(0, value).x + at(1, value).x) / 2 + 4),
      y: r1((at(0, value).y + at(1, value).y) / 2 - 2),
    }));
  const bandRings = o.bands ? m.bands.slice(1).map((b) => ring(b.min)) : [];
  const targetRing = m.target ? ring(m.target.value) : undefined;
  const spokes = m.axes.map((a, i) => {
    const end = at(i, max);
    const sx = sin[i];
    const cy0 = -cos[i];
    const lines = labels[i];
    const anchor: 'start' | 'middle' | 'end' = Math.abs(sx) < 0.2 ? 'middle' : sx > 0 ? 'start' : 'end';
    const h = lines.length * lh;
    // Above the top spoke the block grows upwards, below the bottom one downwards, beside: centred.
    const y0 = cy + (radius + pad) * cy0;
    const y = cy0 < -0.5 ? y0 - h + fontSize * 0.8 : cy0 > 0.5 ? y0 + fontSize * 0.8 : y0 - h / 2 + fontSize * 0.8;
    return { id: a.id, end, label: { x: r1(cx + (radius + pad) * sx), y: r1(y), anchor, lines } };
  });
  const series = m.series.map((s, si) => {
    const pts = s.values.map((v, i): RadarPoint | undefined => (v === undefined ? undefined : { ...at(i, v), axis: i, value: v }));
    return { id: s.id, n: si + 1, primary: s.primary, d: ringPath(pts), points: pts.filter((p) => p !== undefined) };
  });
  // The values of the first series (the latest year) go where they meet nothing (the axis names, the
  // scale's numbers, the points, the values placed before them): at the first clear one of the eight
  // places around the point, above where there is room. Where none is clear (eight spokes on a
  // phone), the value is left out, as chart libraries hide overlapping labels, rather than put
  // further off, where it would read as a neighbour's; the tooltip, the keys and the table give it.
  const taken = [
    ...labelBoxes({ spokes, fontSize, spacing }),
    ...rings.map((r): Rect => [r.x, r.y - fontSize, r.x + fontSize * 1.3, r.y + fontSize * 0.2]),
    ...series.flatMap((s) => s.points.map(({ x, y }): Rect => [x - 5, y - 5, x + 5, y + 5])),
  ];
  for (const p of series.find((s) => s.primary)?.points ?? []) {
    const label = formatIndex(p.value, o.lang);
    // Half the box of a bold number (getBBox's: ascent 0.95 em, descent 0.25 em; 0.64 em a character).
    const [w, h] = [label.length * (fontSize * 0.32 + spacing / 2), 0.6 * fontSize];
    for (const [dx, dy] of PLACES) {
      const [x, y] = [p.x + dx * (w + 7), p.y + dy * (h + 6)];
      const box: Rect = [x - w, y - h, x + w, y + h];
      if (x > w && x + w < size && y > h && y + h < height && !taken.some((t) => meets(t, box))) {
        [p.label, p.lx, p.ly] = [label, r1(x), r1(y + 0.35 * fontSize)];
        taken.push(box);
        break;
      }
    }
  }
  return { size, height, cx, cy, radius, fontSize: r1(fontSize), spacing, rings, bandRings, targetRing, spokes, series };
}

/** The boxes of the axis labels, `[left, top, right, bottom]`, for overlap checks. */
export function labelBoxes(l: Pick<RadarLayout, 'spokes' | 'fontSize' | 'spacing'>): Rect[] {
  return l.spokes.map(({ label }) => {
    const w = Math.max(...label.lines.map((s) => textWidth(s, l.fontSize, l.spacing)));
    const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
    const y = label.y - l.fontSize * 0.8;
    return [x, y, x + w, y + label.lines.length * l.fontSize * 1.15];
  });
}

/** "Terkuat: Layanan 3,87; terlemah: Kebijakan 2,70", from the first series. */
export function radarExtremes(m: RadarModel): { strongest?: { axis: RadarAxis; value: number }; weakest?: { axis: RadarAxis; value: number } } {
  const s = m.series[0];
  const defined = m.axes.map((axis, i) => ({ axis, value: s?.values[i] })).filter((x): x is { axis: RadarAxis; value: number } => x.value !== undefined);
  defined.sort((a, b) => b.value - a.value);
  return { strongest: defined[0], weakest: defined.at(-1) };
}

export { ringPath };
