/**
 * The map's pure maths: Web Mercator, the view (fit, zoom about a point, pan), the viewport's
 * bounding box, area paths and label points, marker sizes, hit testing through a k-d tree, and
 * choropleth classes. Numbers and path strings only; no DOM.
 *
 * One projection for everything: Web Mercator in unit coordinates ([0, 1] both ways, y down), as
 * supercluster clusters and as slippy-map tiles are cut, so points, clusters, areas and a basemap
 * always agree. A view `{ k, x, y }` puts unit `(u, v)` on screen at `(u * k + x, v * k + y)`:
 * `k` is the width of the whole world in CSS pixels.
 */
import { ticks } from 'd3-array';
import { geoPath, geoTransform } from 'd3-geo';
import KDBush from 'kdbush';
import { formatNumber } from '../../core/format.js';
import { meets, textBox, type Rect } from '../../core/geometry.js';
import type { Lang } from '../../core/types.js';

export const lngX = (lng: number) => lng / 360 + 0.5;
export function latY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}
export const xLng = (x: number) => (x - 0.5) * 360;
export const yLat = (y: number) => (360 * Math.atan(Math.exp((180 - y * 360) * (Math.PI / 180)))) / Math.PI - 90;

export interface View {
  k: number;
  x: number;
  y: number;
}
/** Unit-coordinate bounds `[x0, y0, x1, y1]` (y0 is the north edge). */
export type Bounds = [number, number, number, number];

/** The bounds of unit coordinates, or undefined for none. */
export function boundsOf(xs: ArrayLike<number>, ys: ArrayLike<number>): Bounds | undefined {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = ys[i];
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return x0 <= x1 ? [x0, y0, x1, y1] : undefined;
}

export const union = (a: Bounds | undefined, b: Bounds | undefined): Bounds | undefined =>
  !a ? b : !b ? a : [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];

/** The zoom of supercluster and of 512-pixel tiles at a view's scale (radius 40 = 40 CSS px). */
export const zoomOf = (k: number) => Math.log2(k / 512);
export const scaleOf = (z: number) => 512 * 2 ** z;

/**
 * The view that fits `bounds` in `width` × `height` with `pad` pixels around, centred. A single
 * point (or a line) gets `maxZoom`, so it is not infinitely close. `corner` is the size of a box
 * at the top right that covers the map (the zoom buttons): bounds that would reach under it are
 * fitted and centred beside it instead, as a web map fits with padding for its controls.
 */
export function fitView(bounds: Bounds, width: number, height: number, pad = 16, maxZoom = 17, corner?: [number, number]): View {
  const [x0, y0, x1, y1] = bounds;
  const fit = (width: number): View => {
    const k = Math.min(Math.max(1, width - 2 * pad) / Math.max(x1 - x0, 1e-12), Math.max(1, height - 2 * pad) / Math.max(y1 - y0, 1e-12), scaleOf(maxZoom));
    return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
  };
  const v = fit(width);
  return corner && x1 * v.k + v.x > width - corner[0] && y0 * v.k + v.y < corner[1] ? fit(width - corner[0]) : v;
}

/** Zooms by `factor` keeping the screen point `(px, py)` still, with `k` held within `[minK, maxK]`. */
export function zoomAt(v: View, factor: number, px: number, py: number, minK: number, maxK: number): View {
  const k = Math.min(maxK, Math.max(minK, v.k * factor));
  const f = k / v.k;
  return { k, x: px - (px - v.x) * f, y: py - (py - v.y) * f };
}

/** The view that puts unit point `(u, v)` at the screen point `(px, py)` at scale `k`. */
export const centreOn = (u: number, v: number, k: number, px: number, py: number): View => ({ k, x: px - u * k, y: py - v * k });

export const toScreen = (v: View, u: number, w: number): [number, number] => [u * v.k + v.x, w * v.k + v.y];
export const toUnit = (v: View, px: number, py: number): [number, number] => [(px - v.x) / v.k, (py - v.y) / v.k];

/** The viewport as `[west, south, east, north]` degrees, grown by `margin` of its size on each side. */
export function viewBBox(v: View, width: number, height: number, margin = 0): [number, number, number, number] {
  const [u0, v0] = toUnit(v, -margin * width, -margin * height);
  const [u1, v1] = toUnit(v, width * (1 + margin), height * (1 + margin));
  const clampX = (x: number) => Math.min(1, Math.max(0, x));
  return [xLng(clampX(u0)), yLat(clampX(v1)), xLng(clampX(u1)), yLat(clampX(v0))];
}

/**
 * The local frame area paths are written in: unit coordinates times 2^22 (about 10 m per unit at the
 * equator), less an origin, so a city's paths are short numbers. Drawn under an SVG transform.
 */
export interface Frame {
  s: number;
  ox: number;
  oy: number;
}
export function frameOf(b: Bounds): Frame {
  const s = 2 ** 22;
  return { s, ox: Math.floor(b[0] * s), oy: Math.floor(b[1] * s) };
}
/**
 * The SVG transform that puts a frame's paths where the view shows them: the scale to six figures
 * (under a hundredth of a pixel over a frame of 10 000 units) and the offsets to a hundredth, so the
 * drawing and an exported SVG do not write `0.16242102280439777`.
 */
export function frameTransform(f: Frame, v: View): string {
  const k = v.k / f.s;
  const r = (n: number) => Math.round(n * 100) / 100;
  // The offsets from the exact scale: the origin is millions of units out, where a rounded scale
  // would move the map by pixels.
  return `matrix(${+k.toPrecision(6)} 0 0 ${+k.toPrecision(6)} ${r(v.x + f.ox * k)} ${r(v.y + f.oy * k)})`;
}

export interface AreaShape {
  d: string;
  /** The label point in the frame: the centroid of the largest polygon. */
  label: [number, number];
  bounds: Bounds;
}

type Polygons = readonly (readonly (readonly number[])[])[][];

/** Paths (d3-geo's geoPath through a Web Mercator transform into the frame) and label points of areas. */
export function areaShapes(areas: readonly { polygons: Polygons }[], f: Frame): AreaShape[] {
  const project = geoTransform({
    point(lon, lat) {
      this.stream.point(lngX(lon) * f.s - f.ox, latY(lat) * f.s - f.oy);
    },
  });
  const path = geoPath(project).digits(1);
  return areas.map((a) => {
    const geometry = { type: 'MultiPolygon' as const, coordinates: a.polygons as number[][][][] };
    const largest = a.polygons.reduce<{ area: number; poly?: Polygons[number] }>(
      (best, poly) => {
        const area = path.area({ type: 'Polygon', coordinates: poly as number[][][] });
        return area > best.area ? { area, poly } : best;
      },
      { area: -1 },
    ).poly;
    const label = path.centroid({ type: 'Polygon', coordinates: (largest ?? a.polygons[0]) as number[][][] });
    const [[x0, y0], [x1, y1]] = path.bounds(geometry);
    const s = f.s;
    return { d: path(geometry) ?? '', label, bounds: [(x0 + f.ox) / s, (y0 + f.oy) / s, (x1 + f.ox) / s, (y1 + f.oy) / s] };
  });
}

/**
 * Clustered items as supercluster gives them, packed: `ITEM` numbers each. `id` ≥ 0 is a cluster,
 * `id` < 0 the point `-id - 1`. `c0..c3` count the statuses (online, offline, maintenance, unknown).
 */
export const ITEM = 9;
export const I = { x: 0, y: 1, count: 2, c0: 3, mbps: 7, id: 8 } as const;

/** A point's marker radius: 3 to 8 px by the square root of its share of the largest bandwidth. */
export const pointRadius = (mbps: number, maxMbps: number) => (mbps === mbps && maxMbps > 0 ? 3 + 5 * Math.sqrt(Math.min(1, mbps / maxMbps)) : 4);
/** A cluster's radius: 11 px for 2 points, growing with the logarithm of the count, at most 30. */
export const clusterRadius = (count: number) => Math.min(30, 9 + 6 * Math.log10(count + 1));

/** A k-d tree over items' unit positions, for hit testing. */
export function itemIndex(items: Float64Array): KDBush {
  const n = items.length / ITEM;
  const tree = new KDBush(Math.max(1, n), 32);
  for (let i = 0; i < n; i++) tree.add(items[i * ITEM], items[i * ITEM + 1]);
  if (!n) tree.add(-1, -1);
  return tree.finish();
}

/**
 * The item under a screen point: of those whose marker (radius plus `slop` pixels, for fingers)
 * covers it, the one with the nearest centre. Asks the tree for candidates within the largest
 * radius only, so it costs the same for 300 or 300 000 items.
 */
export function hitTest(
  tree: KDBush,
  items: Float64Array,
  v: View,
  px: number,
  py: number,
  radius: (item: number) => number,
  slop = 4,
  maxRadius = 30,
): number | undefined {
  const [u, w] = toUnit(v, px, py);
  const n = items.length / ITEM;
  let best: number | undefined;
  let bestD = Infinity;
  for (const i of tree.within(u, w, (maxRadius + slop) / v.k)) {
    if (i >= n) continue;
    const d = Math.hypot((items[i * ITEM] - u) * v.k, (items[i * ITEM + 1] - w) * v.k);
    if (d <= radius(i) + slop && d < bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}

/**
 * The area names drawn, and where: for each area at least `minWidth` px wide on screen, the widest
 * first, the first place from its label point (then a line or two above or below it, then to
 * either side) where the whole name is inside the view, the place still in the area (`inside`, in
 * unit coordinates), and the name clear of every marker (a cluster's ring, a point: found through
 * the tree), of the `reserved` boxes (the map's own controls) and of the names placed before it.
 * A name left out is still in its area's tooltip and in the table.
 */
export function areaLabels(
  shapes: readonly AreaShape[],
  names: readonly string[],
  f: Frame,
  v: View,
  width: number,
  height: number,
  items: Float64Array,
  tree: KDBush | undefined,
  radius: (item: number) => number,
  inside: (area: number, u: number, w: number) => boolean,
  reserved: readonly Rect[] = [],
  fontSize = 11,
  minWidth = 60,
  /** A name's width as drawn (core/measure: the page's font, the reader's spacing); else estimated. */
  measure?: (name: string) => number,
): Array<{ i: number; x: number; y: number }> {
  const k = v.k / f.s;
  const n = items.length / ITEM;
  const line = fontSize * 1.3;
  const placed: Rect[] = [...reserved];
  const out: Array<{ i: number; x: number; y: number }> = [];
  const clear = (r: Rect) => {
    if (r[0] < 0 || r[1] < 0 || r[2] > width || r[3] > height || placed.some((q) => meets(q, r))) return false;
    // Markers near enough to touch the name: within half its diagonal and the largest radius.
    const [u, w] = toUnit(v, (r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
    const near = tree ? tree.within(u, w, (Math.hypot(r[2] - r[0], r[3] - r[1]) / 2 + 30) / v.k) : [];
    return !near.some((j) => {
      if (j >= n) return false;
      const [cx, cy] = toScreen(v, items[j * ITEM], items[j * ITEM + 1]);
      return Math.hypot(cx - Math.max(r[0], Math.min(r[2], cx)), cy - Math.max(r[1], Math.min(r[3], cy))) < radius(j);
    });
  };
  const wide = shapes.map((s, i) => ({ i, w: (s.bounds[2] - s.bounds[0]) * v.k })).filter((a) => a.w >= minWidth);
  for (const { i, w: aw } of wide.sort((a, b) => b.w - a.w)) {
    const x0 = (shapes[i].label[0] + f.ox) * k + v.x;
    const y0 = (shapes[i].label[1] + f.oy) * k + v.y;
    const side = aw / 4;
    for (const [dx, dy] of [[0, 0], [0, -line], [0, line], [0, -2 * line], [0, 2 * line], [-side, 0], [side, 0]]) {
      const [x, y] = [x0 + dx, y0 + dy];
      const r = textBox(x, y, names[i], fontSize, 'middle', measure?.(names[i]));
      // The place must stay in the area: the middle of the name's line.
      if (!clear(r) || ((dx || dy) && !inside(i, ...toUnit(v, x, y - fontSize * 0.3)))) continue;
      placed.push(r);
      out.push({ i, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
      break;
    }
  }
  return out;
}

/** Choropleth class edges: up to five nice, equal steps from 0 to the largest value. */
export function classEdges(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const t = ticks(0, max, 5);
  if (t[t.length - 1] < max) t.push(t[t.length - 1] + (t[1] - t[0]));
  return t;
}
/** The class (1 to edges.length - 1) of a value; 0 for none. */
export function classOf(value: number, edges: readonly number[]): number {
  if (!(value > 0)) return 0;
  for (let i = 1; i < edges.length; i++) if (value <= edges[i]) return i;
  return edges.length - 1;
}

/**
 * Which cluster levels to build for a data set: from the fitted zoom to where points stand apart
 * (their typical spacing past the 40 px radius) or, for large sets, to where a view holds about
 * 1 500 single points; fewer levels load faster.
 */
export function zoomRange(n: number, fitZoom: number, width: number, height: number, bounds: Bounds): { minZoom: number; maxZoom: number } {
  const k = scaleOf(fitZoom);
  const area = Math.max(1, (bounds[2] - bounds[0]) * k * (bounds[3] - bounds[1]) * k, width * height * 0.25);
  const spacing = Math.sqrt(area / Math.max(1, n));
  const apart = Math.ceil(Math.log2(40 / spacing));
  const few = Math.max(2, Math.ceil(Math.log(n / 1500) / Math.log(4)));
  const minZoom = Math.max(0, Math.floor(fitZoom));
  const dz = Math.min(8, Math.max(1, Math.min(apart, few)));
  return { minZoom, maxZoom: Math.min(20, minZoom + dz - 1) };
}

/**
 * A scale bar for the view: the longest round distance (1, 2 or 5 × 10ⁿ metres) that fits in
 * `maxPx`, measured at the latitude of unit y `v` (Web Mercator stretches by 1 / cos(latitude)).
 */
export function scaleBar(view: View, v: number, maxPx = 100): { metres: number; px: number } {
  const metresPerPx = (40_075_016.686 * Math.cos((yLat(v) * Math.PI) / 180)) / view.k;
  const max = metresPerPx * maxPx;
  const p = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((m) => m * p).find((m) => m <= max) ?? p;
  return { metres, px: metres / metresPerPx };
}

/** A basemap tile: its slippy-map address and where it goes on screen. */
export interface Tile {
  z: number;
  x: number;
  y: number;
  left: number;
  top: number;
  size: number;
}

/** The 256-pixel tiles that cover the view, at the zoom nearest the view's scale (0 to 19). */
export function tilesFor(v: View, width: number, height: number): Tile[] {
  const z = Math.min(19, Math.max(0, Math.round(Math.log2(v.k / 256))));
  const n = 2 ** z;
  const size = v.k / n;
  const tiles: Tile[] = [];
  const [x0, x1] = [Math.floor(-v.x / size), Math.floor((width - v.x) / size)];
  const [y0, y1] = [Math.max(0, Math.floor(-v.y / size)), Math.min(n - 1, Math.floor((height - v.y) / size))];
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) tiles.push({ z, x: ((x % n) + n) % n, y, left: v.x + x * size, top: v.y + y * size, size });
  return tiles;
}

/** The short units of a count, from thousands up: `12 rb`, `3 jt`, `1 M` (id; a no-break space), `12k`, `3m`, `1bn` (en). */
const COUNT_UNITS: Record<Lang, string[]> = { id: ['\u00a0rb', '\u00a0jt', '\u00a0M'], en: ['k', 'm', 'bn'] };

/**
 * A cluster's count, short: `1.234` up to 9 999, then `12 rb` (id) or `12k` (en), as Intl's compact
 * notation writes it (rounded half away from zero; 999 500 is `1 jt`, not `1.000 rb`), written out
 * because a page's first Intl formatter costs 9 to 14 ms.
 */
export function compactCount(n: number, lang: Lang): string {
  if (n < 10_000) return formatNumber(n, lang, 0);
  let unit = 0;
  while (unit < 2 && Math.round(n / 1e3 ** (unit + 1)) >= 1000) unit++;
  return formatNumber(n / 1e3 ** (unit + 1), lang, 0) + COUNT_UNITS[lang][unit];
}
