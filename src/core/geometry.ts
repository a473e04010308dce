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
