/**
 * The map's boundary: access points from CSV, GeoJSON or a data document's `network.accessPoints`,
 * and areas from GeoJSON (TopoJSON is turned into GeoJSON first, see ap-load.ts), into column
 * arrays. Bad rows are skipped and reported with their line or feature path; good rows still draw.
 * No DOM here: the same code runs in the page and in the map's worker.
 */
import { dsvFormat } from 'd3-dsv';
import { polygonContains } from 'd3-polygon';
import { MAX_ISSUES, SpbeError, type SpbeIssue } from '../../core/errors.js';
import { lngX, latY } from './ap-layout.js';

/** Status codes, in the order of the filter and the legend. */
export const STATUSES = ['online', 'offline', 'maintenance', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

const STATUS_WORDS: Record<string, number> = {
  online: 0, up: 0, aktif: 0, daring: 0, active: 0, on: 0, normal: 0,
  offline: 1, down: 1, mati: 1, luring: 1, nonaktif: 1, 'non-aktif': 1, 'tidak-aktif': 1, inactive: 1, off: 1, putus: 1,
  maintenance: 2, perawatan: 2, pemeliharaan: 2, perbaikan: 2, gangguan: 2, repair: 2,
};

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

type Cell = string | number | null | undefined;
interface Row {
  lon: Cell;
  lat: Cell;
  name?: Cell;
  status?: Cell;
  bw?: Cell;
  kelurahan?: Cell;
  kecamatan?: Cell;
}

/** Collects rows into columns, checking each; `path(field)` names the row's field in a message. */
class Builder {
  private lon: number[] = [];
  private lat: number[] = [];
  private status: number[] = [];
  private bw: number[] = [];
  private names: string[] = [];
  private kel: number[] = [];
  private kec: number[] = [];
  private src: number[] = [];
  private places = new Map<string, number>();
  issues: SpbeIssue[] = [];
  skipped = 0;
  total = 0;

  constructor(private readonly decimalComma = false) {}

  issue(path: string, code: SpbeIssue['code'], params: Record<string, string | number> = {}): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, code, params });
  }

  private num(v: Cell): number {
    if (typeof v === 'number') return v;
    if (v === null || v === undefined) return NaN;
    let s = String(v).trim().replace(/\u2212/g, '-');
    if (this.decimalComma || !s.includes('.')) s = s.replace(',', '.');
    return s === '' ? NaN : Number(s);
  }

  private place(v: Cell): number {
    const s = v === null || v === undefined ? '' : String(v).trim();
    if (!s) return -1;
    let i = this.places.get(s);
    if (i === undefined) this.places.set(s, (i = this.places.size));
    return i;
  }

  /** Adds one row, or skips it with its problems. `line` is reported in CSV messages. */
  add(row: Row, source: number, path: (field: string) => string, extra?: Record<string, number>): void {
    this.total++;
    const lon = this.num(row.lon);
    const lat = this.num(row.lat);
    const before = this.issues.length;
    let bad = false;
    const fail = (field: string, code: SpbeIssue['code'], params: Record<string, string | number> = {}) => {
      bad = true;
      this.issue(path(field), code, { ...extra, ...params });
    };
    const shown = (v: Cell) => JSON.stringify(v ?? null);
    if (row.lon === undefined || row.lon === null || row.lon === '') fail('lon', 'required');
    else if (!Number.isFinite(lon)) fail('lon', 'type', { expected: 'number', got: shown(row.lon) });
    if (row.lat === undefined || row.lat === null || row.lat === '') fail('lat', 'required');
    else if (!Number.isFinite(lat)) fail('lat', 'type', { expected: 'number', got: shown(row.lat) });
    if (!bad) {
      // [lat, lon] written as [lon, lat] is the commonest GeoJSON mistake: say so rather than "out of range".
      if (Math.abs(lat) > 90 && Math.abs(lon) <= 90 && Math.abs(lat) <= 180) fail('lat', 'swapped', { lat, lon });
      else {
        if (Math.abs(lon) > 180) fail('lon', 'range', { min: -180, max: 180, got: lon });
        // Web Mercator stops at ±85.05°, as every tiled map does.
        if (Math.abs(lat) > 85.05) fail('lat', 'range', { min: -85.05, max: 85.05, got: lat });
      }
    }
    let status = 3;
    if (row.status !== undefined && row.status !== null && String(row.status).trim() !== '') {
      const key = String(row.status).trim().toLowerCase().replace(/[\s_]+/g, '-');
      status = STATUS_WORDS[key] ?? -1;
      if (status < 0) fail('status', 'unknown', { what: 'status', got: shown(row.status), known: STATUSES.slice(0, 3).join(', ') });
    }
    let bw = NaN;
    if (row.bw !== undefined && row.bw !== null && String(row.bw).trim() !== '') {
      bw = this.num(row.bw);
      if (!(bw >= 0) || !Number.isFinite(bw)) fail('bandwidth_mbps', 'range', { min: 0, max: '∞', got: shown(row.bw) });
    }
    if (bad) {
      this.skipped++;
      // A row whose problems were past the cap still counts, even with no message.
      if (this.issues.length === before && before < MAX_ISSUES) this.issue(path(''), 'type', { expected: 'object', got: 'null' });
      return;
    }
    this.lon.push(lon);
    this.lat.push(lat);
    this.status.push(status);
    this.bw.push(bw);
    this.names.push(row.name === undefined || row.name === null ? '' : String(row.name));
    this.kel.push(this.place(row.kelurahan));
    this.kec.push(this.place(row.kecamatan));
    this.src.push(source);
  }

  result(format: PointsResult['format']): PointsResult {
    const n = this.lon.length;
    const lon = Float64Array.from(this.lon);
    const lat = Float64Array.from(this.lat);
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = lngX(lon[i]);
      y[i] = latY(lat[i]);
    }
    const starts = new Uint32Array(n + 1);
    for (let i = 0, at = 0; i < n; i++) starts[i + 1] = at += this.names[i].length;
    return {
      points: {
        n,
        lon,
        lat,
        x,
        y,
        status: Uint8Array.from(this.status),
        bw: Float32Array.from(this.bw),
        names: { text: this.names.join(''), starts },
        kelurahan: Int32Array.from(this.kel),
        kecamatan: Int32Array.from(this.kec),
        places: [...this.places.keys()],
        source: Uint32Array.from(this.src),
      },
      issues: this.issues,
      skipped: this.skipped,
      total: this.total,
      format,
    };
  }
}

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');
const COLUMNS: Record<keyof Row, string[]> = {
  lat: ['lat', 'latitude', 'lintang', 'y'],
  lon: ['lon', 'lng', 'long', 'longitude', 'bujur', 'x'],
  name: ['name', 'nama', 'nama_titik', 'lokasi'],
  status: ['status', 'kondisi'],
  bw: ['bandwidth_mbps', 'bandwidth', 'mbps', 'kapasitas_mbps'],
  kelurahan: ['kelurahan', 'desa', 'kelurahan_desa', 'desa_kelurahan'],
  kecamatan: ['kecamatan'],
};

/** The delimiter of the header line: the most frequent of `;`, `,` and tab outside quotes. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  return [';', '\t', ','].reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ',');
}

/**
 * Access points from CSV: `lat,lon` or `latitude,longitude` (Indonesian `lintang,bujur` too) and
 * optionally `name,status,bandwidth_mbps,kelurahan,kecamatan`. Comma, semicolon or tab separated;
 * with semicolons or tabs, decimal commas are read (`-5,12`). Quoted cells may hold newlines
 * (d3-dsv). Rows are numbered as a spreadsheet shows them: the header is line 1.
 */
export function parseApCsv(text: string): PointsResult {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(body);
  const rows = dsvFormat(delimiter).parseRows(body);
  const header = (rows[0] ?? []).map(norm);
  const col = (k: keyof Row) => header.findIndex((h) => COLUMNS[k].includes(h));
  const at = { lat: col('lat'), lon: col('lon'), name: col('name'), status: col('status'), bw: col('bw'), kelurahan: col('kelurahan'), kecamatan: col('kecamatan') };
  const b = new Builder(delimiter !== ',');
  if (at.lat < 0 || at.lon < 0) {
    b.issue('line 1', 'required', { what: 'coordinates', line: 1 });
    throw new SpbeError('validation', { issues: b.issues, params: { format: 'csv' } });
  }
  const width = header.length;
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (cells.length === 1 && cells[0].trim() === '') continue;
    const line = r + 1;
    if (cells.length !== width) {
      b.total++;
      b.skipped++;
      b.issue(`line ${line}`, 'columns', { line, got: cells.length, expected: width });
      continue;
    }
    const get = (i: number) => (i < 0 ? undefined : cells[i]);
    b.add(
      { lat: get(at.lat), lon: get(at.lon), name: get(at.name), status: get(at.status), bw: get(at.bw), kelurahan: get(at.kelurahan), kecamatan: get(at.kecamatan) },
      line,
      (field) => (field ? `line ${line}, ${header[at[field === 'bandwidth_mbps' ? 'bw' : (field as keyof Row)]] ?? field}` : `line ${line}`),
      { line },
    );
  }
  return finish(b, 'csv');
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first of `keys` that the object has (case as written, then lower case). */
function pick(o: Obj, keys: string[]): Cell {
  for (const k of keys) if (o[k] !== undefined) return o[k] as Cell;
  return undefined;
}
function rowOf(props: Obj, lon: Cell, lat: Cell): Row {
  return {
    lon,
    lat,
    name: pick(props, COLUMNS.name),
    status: pick(props, COLUMNS.status),
    bw: pick(props, COLUMNS.bw),
    kelurahan: pick(props, COLUMNS.kelurahan),
    kecamatan: pick(props, COLUMNS.kecamatan),
  };
}

/**
 * Access points from GeoJSON: a FeatureCollection (or one Feature) of Points; a MultiPoint gives one
 * point per position. Other geometries, empty geometries and bad positions are skipped with their
 * `features[i]` path.
 */
export function parseApGeojson(json: unknown, base = ''): PointsResult {
  const b = new Builder();
  const features = isObj(json) && json.type === 'Feature' ? [json] : isObj(json) && Array.isArray(json.features) ? json.features : undefined;
  if (!features) {
    b.issue(base || '', 'type', { expected: 'FeatureCollection', got: isObj(json) ? JSON.stringify(json.type ?? 'object') : Array.isArray(json) ? 'array' : JSON.stringify(json) });
    throw new SpbeError('validation', { issues: b.issues, params: { format: 'geojson' } });
  }
  const at = (i: number) => `${base}features[${i}]`;
  features.forEach((f: unknown, i: number) => {
    const g = isObj(f) ? f.geometry : undefined;
    const props = isObj(f) && isObj(f.properties) ? f.properties : {};
    if (!isObj(g) || !Array.isArray(g.coordinates)) {
      b.total++;
      b.skipped++;
      b.issue(`${at(i)}.geometry`, isObj(f) ? 'empty' : 'type', { expected: 'object', got: JSON.stringify(isObj(f) ? g ?? null : f ?? null).slice(0, 40) });
      return;
    }
    const coords = g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : undefined;
    if (!coords) {
      b.total++;
      b.skipped++;
      b.issue(`${at(i)}.geometry.type`, 'geometry', { got: JSON.stringify(g.type) });
      return;
    }
    if (!coords.length) {
      b.total++;
      b.skipped++;
      b.issue(`${at(i)}.geometry.coordinates`, 'empty');
      return;
    }
    coords.forEach((c: unknown, k: number) => {
      const pos = Array.isArray(c) ? c : [];
      const where = g.type === 'Point' ? `${at(i)}.geometry.coordinates` : `${at(i)}.geometry.coordinates[${k}]`;
      b.add(
        rowOf(props, pos[0] as Cell, pos[1] as Cell),
        i,
        (field) => (field === 'lon' ? `${where}[0]` : field === 'lat' ? `${where}[1]` : field ? `${at(i)}.properties.${field}` : at(i)),
        { geojson: 1 },
      );
    });
  });
  return finish(b, 'geojson');
}

/** Access points as a JSON array of rows (`{ lat, lon, name, … }`), as a data document's `network.accessPoints`. */
export function parseApRows(rows: unknown[], base: string): PointsResult {
  const b = new Builder();
  rows.forEach((r, i) => {
    const o = isObj(r) ? r : {};
    b.add(rowOf(o, pick(o, COLUMNS.lon), pick(o, COLUMNS.lat)), i, (field) => `${base}[${i}]${field ? `.${field}` : ''}`);
  });
  return finish(b, 'json');
}

/** No good row at all is an error; some bad rows are a warning the map shows beside the points. */
function finish(b: Builder, format: PointsResult['format']): PointsResult {
  if (b.total === 0) b.issue('', 'empty');
  if (b.total === b.skipped) throw new SpbeError('validation', { issues: b.issues, params: { format } });
  return b.result(format);
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
    const id = String((isObj(f) && (f.id as Cell)) ?? pick(p, ['kode_kemendagri', 'kode', 'id', 'KDEPUM']) ?? name);
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
