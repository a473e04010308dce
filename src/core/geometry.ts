/** Path helpers shared by the charts: numbers in, SVG path strings out. */

export interface Point {
  x: number;
  y: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Polyline through the defined points; an undefined one ends the line and the next defined one
 * starts a new piece (`M`), so a missing value is a gap. A lone point draws nothing (its dot does).
 */
export function gapLine(points: ReadonlyArray<Point | undefined>): string {
  let d = '';
  let open = false;
  for (const p of points) {
    if (!p) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${r1(p.x)},${r1(p.y)}`;
    open = true;
  }
  return d.replace(/M[\d.-]+,[\d.-]+(?=M|$)/g, '');
}

/**
 * The closed ring through the points (a polygon, `Z`), or where some are missing the ring opened
 * there: the pieces run from just after a gap round to it, so the shape has a gap, not a dip to 0.
 */
export function ringPath(points: ReadonlyArray<Point | undefined>): string {
  const gap = points.findIndex((p) => !p);
  if (gap < 0) return gapLine(points) + (points.length > 1 ? 'Z' : '');
  return gapLine([...points.slice(gap + 1), ...points.slice(0, gap)]);
}

/** The width a label takes, roughly: 0.6 em a character (no DOM measuring in layout code). */
export const labelWidth = (s: string, fontSize: number) => s.length * fontSize * 0.6;

/**
 * The smallest of 1, 2, 5, 10, 20, 50… that is at least `x`: the step between the marks of a scale
 * or between labelled years. A framework's scale is data: 1 to 5 is marked in ones, 0 to 100 in tens
 * or twenties, never a hundred and one times.
 */
export function niceStep(x: number): number {
  let s = 1;
  for (let k = 0; s < x; k++) s *= k % 3 === 1 ? 2.5 : 2;
  return s;
}

/** The marks of a scale from its foot `min` up to `max`, `step` apart (a `niceStep`). */
export const scaleMarks = (min: number, max: number, step: number) => Array.from({ length: Math.floor((max - min) / step) + 1 }, (_, i) => min + i * step);

/** A box as `[left, top, right, bottom]`, for label placement. */
export type Rect = readonly [number, number, number, number];

/** Whether two boxes share any area. */
export const meets = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * The box a line of text covers, with a pixel to spare for its halo: `x` is where it is anchored
 * (`middle` centres it), `y` its baseline; digits reach 0.75 em above it and 0.2 em below. Its width
 * `w` is estimated unless given (as measured: core/measure).
 */
export function textBox(x: number, y: number, s: string, fontSize: number, anchor: 'start' | 'middle' | 'end' = 'start', w = labelWidth(s, fontSize)): Rect {
  const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  return [x0 - 1, y - fontSize * 0.75 - 1, x0 + w + 1, y + fontSize * 0.2 + 1];
}

/** Whether the segment from (x1, y1) to (x2, y2) passes through the box (Liang–Barsky clipping). */
export function crosses(x1: number, y1: number, x2: number, y2: number, r: Rect): boolean {
  // Most segments are nowhere near: their bounds decide.
  if (Math.max(x1, x2) <= r[0] || Math.min(x1, x2) >= r[2] || Math.max(y1, y2) <= r[1] || Math.min(y1, y2) >= r[3]) return false;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number) => {
    if (p === 0) return q >= 0;
    if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
    return true;
  };
  return clip(x1 - x2, x1 - r[0]) && clip(x2 - x1, r[2] - x1) && clip(y1 - y2, y1 - r[1]) && clip(y2 - y1, r[3] - y1) && t0 < t1;
}
