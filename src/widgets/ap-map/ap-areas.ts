/**
 * What the page and the worker share of the map's data: the point columns, the areas (parsed from
 * GeoJSON in the page; TopoJSON is turned into GeoJSON first, see ap-load.ts) and the aggregates
 * per area. No DOM here.
 */
import { polygonContains } from 'd3-polygon';
import { MAX_ISSUES, SpbeError, type SpbeIssue } from '../../core/errors.js';

/** Status codes, in the order of the filter and the legend. */
export const STATUSES = ['online', 'offline', 'maintenance', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** A list of strings as one string and offsets: one structured clone instead of a million. */
export interface StringColumn {
  text: string;
  starts: Uint32Array;
}

/** Access points as columns. `x`/`y` are Web Mercator in [0, 1] (as supercluster and tiles use). */
export interface PointStore {
  n: number;
  lon: Float64Array;
  lat: Float64Array;
  x: Float64Array;
  y: Float64Array;
  /** Index into {@link STATUSES}. */
  status: Uint8Array;
  /** Mbps; NaN where the row gives none. */
  bw: Float32Array;
  names: StringColumn;
  /** Index into `places`, for the row's kelurahan and kecamatan (-1: none given). */
  kelurahan: Int32Array;
  kecamatan: Int32Array;
  places: string[];
  /** The row or feature each point came from, for messages and `spbe-select`. */
  source: Uint32Array;
}

/** What a parse gives: the good points, and the rows skipped with why (the first 50). */
export interface PointsResult {
  points: PointStore;
  issues: SpbeIssue[];
  skipped: number;
  total: number;
  format: 'csv' | 'geojson' | 'json';
}

export function stringAt(c: StringColumn, i: number): string {
  return c.text.slice(c.starts[i], c.starts[i + 1]);
}

export type Obj = Record<string, unknown>;
/** A plain JSON object (not an array, not null). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The first of `keys` that the object has. */
export function pick(o: Obj, keys: string[]): string | number | null | undefined {
  for (const k of keys) if (o[k] !== undefined) return o[k] as string | number | null;
  return undefined;
}

/** An area as the map draws it: rings in lon/lat, a name and an id. */
export interface Area {
  id: string;
  name: string;
  /** `kelurahan`, `kecamatan`, … when the file says. */
  level?: string;
  /** Polygons, each an outer ring then holes; positions `[lon, lat]`. */
  polygons: number[][][][];
  bbox: [number, number, number, number];
}

/**
 * Areas from a GeoJSON FeatureCollection of Polygons and MultiPolygons. The name is the first of
 * `nama`, `name`, `NAMOBJ`, `kelurahan`, `kecamatan`; other geometries are reported and left out.
 */
export function parseAreas(json: unknown, base = ''): { areas: Area[]; issues: SpbeIssue[] } {
  const issues: SpbeIssue[] = [];
  const features = isObj(json) && Array.isArray(json.features) ? json.features : undefined;
  if (!features) {
    issues.push({ path: base, code: 'type', params: { expected: 'FeatureCollection', got: isObj(json) ? JSON.stringify(json.type ?? 'object') : JSON.stringify(json) } });
    throw new SpbeError('validation', { issues, params: { format: 'geojson' } });
  }
  const areas: Area[] = [];
  features.forEach((f: unknown, i: number) => {
    const g = isObj(f) ? f.geometry : undefined;
    const p = isObj(f) && isObj(f.properties) ? f.properties : {};
    const polygons = isObj(g) ? (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : undefined) : undefined;
    if (!Array.isArray(polygons) || !polygons.every((poly) => Array.isArray(poly) && poly.every((ring) => Array.isArray(ring) && ring.every((c) => Array.isArray(c) && Number.isFinite(c[0]) && Number.isFinite(c[1]))))) {
      if (issues.length < MAX_ISSUES) issues.push({ path: `${base}features[${i}].geometry`, code: 'geometry', params: { got: JSON.stringify(isObj(g) ? g.type : g ?? null), expected: 'Polygon' } });
      return;
    }
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of polygons as number[][][][]) for (const [lon, lat] of poly[0] ?? []) {
      w = Math.min(w, lon); e = Math.max(e, lon); s = Math.min(s, lat); n = Math.max(n, lat);
    }
    const name = String(pick(p, ['nama', 'name', 'NAMOBJ', 'nama_kelurahan', 'kelurahan', 'nama_kecamatan', 'kecamatan']) ?? `#${i + 1}`);
    const id = String((isObj(f) && (f.id as string | number | undefined)) ?? pick(p, ['kode_kemendagri', 'kode', 'id', 'KDEPUM']) ?? name);
    areas.push({ id, name, level: p.level === undefined ? undefined : String(p.level), polygons: polygons as number[][][][], bbox: [w, s, e, n] });
  });
  if (!areas.length) throw new SpbeError('validation', { issues: issues.length ? issues : [{ path: base, code: 'empty', params: {} }], params: { format: 'geojson' } });
  return { areas, issues };
}

/** Per area, per status: how many points and how many Mbps. */
export interface AreaStats {
  count: Float64Array;
  mbps: Float64Array;
}
/** The points' counts and bandwidth per area and status, and each point's area (-1: outside all). */
export interface Aggregate {
  /** `count[a * 4 + status]`, `mbps[a * 4 + status]`. */
  stats: AreaStats;
  pointArea: Int32Array;
}

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Puts each point in an area: by the kelurahan (or kecamatan) name it gives when that names an area,
 * else by where it lies (point in polygon, holes respected, after a bounding-box test).
 */
export function aggregateAreas(points: PointStore, areas: readonly Area[]): Aggregate {
  const byName = new Map<string, number>();
  areas.forEach((a, i) => byName.set(key(a.name), i));
  const placeArea = points.places.map((p) => byName.get(key(p)) ?? -1);
  const count = new Float64Array(areas.length * 4);
  const mbps = new Float64Array(areas.length * 4);
  const pointArea = new Int32Array(points.n);
  for (let i = 0; i < points.n; i++) {
    const kel = points.kelurahan[i];
    const kec = points.kecamatan[i];
    let a = kel >= 0 ? placeArea[kel] : -1;
    if (a < 0 && kec >= 0) a = placeArea[kec];
    if (a < 0) a = areaAt(areas, points.lon[i], points.lat[i]);
    pointArea[i] = a;
    if (a < 0) continue;
    const s = a * 4 + points.status[i];
    count[s]++;
    if (points.bw[i] === points.bw[i]) mbps[s] += points.bw[i];
  }
  return { stats: { count, mbps }, pointArea };
}

/** The area a position lies in (-1: none). Planar in lon/lat, which is exact enough at city scale. */
export function areaAt(areas: readonly Area[], lon: number, lat: number): number {
  for (let a = 0; a < areas.length; a++) {
    const [w, s, e, n] = areas[a].bbox;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    for (const poly of areas[a].polygons) {
      if (!polygonContains(poly[0] as [number, number][], [lon, lat])) continue;
      if (!poly.slice(1).some((hole) => polygonContains(hole as [number, number][], [lon, lat]))) return a;
    }
  }
  return -1;
}
