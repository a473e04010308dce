/**
 * Draws the clustered items on a canvas: single points as shapes by status (circle online, square
 * offline, triangle maintenance, diamond unknown: colour and shape, never colour alone) sized by
 * bandwidth; clusters as a disc with a ring in the status shares and the count.
 */
import { clusterRadius, I, ITEM, pointRadius, toScreen, type View } from './ap-layout.js';

export interface Palette {
  /** Colours of the four statuses. */
  status: readonly string[];
  fg: string;
  bg: string;
  font: string;
}

/** The outline of a status's shape with "radius" r around (x, y). */
export function shape(ctx: CanvasRenderingContext2D | Path2D, status: number, x: number, y: number, r: number): void {
  if (status === 1) ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
  else if (status === 2) {
    ctx.moveTo(x, y - r * 1.1);
    ctx.lineTo(x + r, y + r * 0.75);
    ctx.lineTo(x - r, y + r * 0.75);
    ctx.closePath();
  } else if (status === 3) {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
  } else {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
}

/** The status of a single-point item (its only non-zero count). */
export const itemStatus = (items: Float64Array, i: number) => {
  const o = i * ITEM + I.c0;
  return items[o] ? 0 : items[o + 1] ? 1 : items[o + 2] ? 2 : 3;
};

/** The radius an item is drawn with. */
export const itemRadius = (items: Float64Array, i: number, maxMbps: number) =>
  items[i * ITEM + I.id] < 0 ? pointRadius(items[i * ITEM + I.mbps], maxMbps) : clusterRadius(items[i * ITEM + I.count]);

export function drawItems(
  ctx: CanvasRenderingContext2D,
  items: Float64Array,
  view: View,
  width: number,
  height: number,
  dpr: number,
  palette: Palette,
  maxMbps: number,
  format: (n: number) => string,
  active?: number,
): number {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const n = items.length / ITEM;
  let drawn = 0;
  // Single points by status, one path each, so 100 000 points are four fills; clusters after, on top.
  const paths = [new Path2D(), new Path2D(), new Path2D(), new Path2D()];
  const clusters: number[] = [];
  for (let i = 0; i < n; i++) {
    const o = i * ITEM;
    const [x, y] = toScreen(view, items[o], items[o + 1]);
    if (x < -40 || y < -40 || x > width + 40 || y > height + 40) continue;
    drawn++;
    if (items[o + I.id] >= 0) clusters.push(i);
    else {
      const s = itemStatus(items, i);
      const p = paths[s];
      shape(p, s, x, y, pointRadius(items[o + I.mbps], maxMbps));
    }
  }
  ctx.lineWidth = 1.25;
  ctx.strokeStyle = palette.bg;
  for (let s = 0; s < 4; s++) {
    ctx.fillStyle = palette.status[s];
    ctx.fill(paths[s]);
    ctx.stroke(paths[s]);
  }
  ctx.font = palette.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const i of clusters) {
    const o = i * ITEM;
    const [x, y] = toScreen(view, items[o], items[o + 1]);
    const count = items[o + I.count];
    const r = clusterRadius(count);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = palette.bg;
    ctx.globalAlpha = 0.92;
    ctx.fill();
    ctx.globalAlpha = 1;
    // The ring: each status's share of the cluster, clockwise from the top, online first.
    let a = -Math.PI / 2;
    ctx.lineWidth = Math.max(3, r * 0.28);
    for (let s = 0; s < 4; s++) {
      const share = items[o + I.c0 + s] / count;
      if (!share) continue;
      ctx.beginPath();
      ctx.arc(x, y, r - ctx.lineWidth / 2, a, a + share * 2 * Math.PI);
      ctx.strokeStyle = palette.status[s];
      ctx.stroke();
      a += share * 2 * Math.PI;
    }
    ctx.fillStyle = palette.fg;
    ctx.fillText(format(count), x, y + 0.5);
  }
  if (active !== undefined && active < n) {
    const o = active * ITEM;
    const [x, y] = toScreen(view, items[o], items[o + 1]);
    ctx.beginPath();
    ctx.arc(x, y, itemRadius(items, active, maxMbps) + 4, 0, 2 * Math.PI);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = palette.fg;
    ctx.stroke();
  }
  return drawn;
}
