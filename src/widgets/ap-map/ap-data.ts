/**
 * The map's boundary for points: access points from CSV, GeoJSON or a data document's
 * `network.accessPoints`, into column arrays. Bad rows are skipped and reported with their line or
 * feature path; good rows still draw. No DOM here: this runs in the map's worker (or, for small
 * files, in the page, loaded on demand).
 */
import { dsvFormat } from 'd3-dsv';
import { delimiterOf } from '../../core/delimiter.js';
import { MAX_ISSUES, SpbeError, type SpbeIssue } from '../../core/errors.js';
import { isObj, pick, STATUSES, type Obj, type PointsResult } from './ap-areas.js';
export type { PointsResult };
import { lngX, latY } from './ap-layout.js';

const STATUS_WORDS: Record<string, number> = {
  online: 0, up: 0, aktif: 0, daring: 0, active: 0, on: 0, normal: 0,
  offline: 1, down: 1, mati: 1, luring: 1, nonaktif: 1, 'non-aktif': 1, 'tidak-aktif': 1, inactive: 1, off: 1, putus: 1,
  maintenance: 2, perawatan: 2, pemeliharaan: 2, perbaikan: 2, gangguan: 2, repair: 2,
};

type Cell = string | number | null | undefined;

/**
 * A cell as text. JSON gives objects and arrays where a string belongs, some without a prototype
 * (`String()` throws on those): they are written as JSON, so a message can show them.
 */
function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return '';
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}
interface Row {
  lon: Cell;
  lat: Cell;
  name?: Cell;
  status?: Cell;
  bw?: Cell;
  kelurahan?: Cell;
  kecamatan?: Cell;
}

/** Typed columns that grow by doubling: a million rows make no million-element JS arrays to collect. */
class Columns {
  n = 0;
  lon = new Float64Array(1024);
  lat = new Float64Array(1024);
  x = new Float64Array(1024);
  y = new Float64Array(1024);
  status = new Uint8Array(1024);
  bw = new Float32Array(1024);
  kel = new Int32Array(1024);
  kec = new Int32Array(1024);
  src = new Uint32Array(1024);
  starts = new Uint32Array(1025);

  /** Room for one more row. */
  grow(): void {
    if (this.n < this.lon.length) return;
    const size = this.lon.length * 2;
    const more = <T extends Float64Array | Float32Array | Uint8Array | Int32Array | Uint32Array>(a: T, len = size): T => {
      const b = new (a.constructor as new (n: number) => T)(len);
      b.set(a);
      return b;
    };
    this.lon = more(this.lon);
    this.lat = more(this.lat);
    this.x = more(this.x);
    this.y = more(this.y);
    this.status = more(this.status);
    this.bw = more(this.bw);
    this.kel = more(this.kel);
    this.kec = more(this.kec);
    this.src = more(this.src);
    this.starts = more(this.starts, size + 1);
  }
}

/** Collects rows into columns, checking each; `path(field)` names the row's field in a message. */
class Builder {
  private c = new Columns();
  private names: string[] = [];
  private places = new Map<string, number>();
  issues: SpbeIssue[] = [];
  skipped = 0;
  total = 0;

  constructor(private readonly decimalComma = false) {}

  issue(path: string, code: SpbeIssue['code'], params: Record<string, string | number> = {}): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, code, params });
  }

  /** A number from a cell: the fast path for plain numbers, then decimal commas and the minus sign. */
  private num(v: Cell): number {
    if (typeof v === 'number') return v;
    if (typeof v !== 'string' || v === '') return NaN;
    const x = +v;
    if (x === x) return x;
    let s = String(v).trim().replace(/\u2212/g, '-');
    if (this.decimalComma || !s.includes('.')) s = s.replace(',', '.');
    return s === '' ? NaN : Number(s);
  }

  /** Status words seen so far, read once each (a million rows have a handful of distinct values). */
  private statusCodes = new Map<unknown, number>();
  private statusOf(v: Cell): number {
    let code = this.statusCodes.get(v);
    if (code === undefined) {
      const key = text(v).trim().toLowerCase().replace(/[\s_]+/g, '-');
      code = key === '' ? 3 : STATUS_WORDS[key] ?? -1;
      this.statusCodes.set(v, code);
    }
    return code;
  }

  private placeIds = new Map<unknown, number>();
  private place(v: Cell): number {
    let i = this.placeIds.get(v);
    if (i === undefined) {
      const s = text(v).trim();
      if (!s) i = -1;
      else if ((i = this.places.get(s)) === undefined) this.places.set(s, (i = this.places.size));
      this.placeIds.set(v, i);
    }
    return i;
  }

  /** Adds one row, or skips it with its problems (`path(field)` names the field in a message). */
  add(row: Row, source: number, path: (field: string) => string, extra?: Record<string, number>): void {
    this.total++;
    const lon = this.num(row.lon);
    const lat = this.num(row.lat);
    const status = this.statusOf(row.status);
    const bw = row.bw === undefined || row.bw === null || row.bw === '' ? NaN : this.num(row.bw);
    // The common case, a good row, is decided without allocating anything.
    const ok =
      lon === lon && lat === lat && Math.abs(lon) <= 180 && Math.abs(lat) <= 85.05 && status >= 0 && (bw !== bw || (bw >= 0 && bw !== Infinity)) && !(row.bw !== undefined && row.bw !== null && row.bw !== '' && bw !== bw);
    if (!ok) return this.reject(row, lon, lat, status, bw, path, extra);
    const c = this.c;
    c.grow();
    const i = c.n++;
    c.lon[i] = lon;
    c.lat[i] = lat;
    c.x[i] = lngX(lon);
    c.y[i] = latY(lat);
    c.status[i] = status;
    c.bw[i] = bw;
    const name = text(row.name);
    this.names.push(name);
    c.starts[i + 1] = c.starts[i] + name.length;
    c.kel[i] = this.place(row.kelurahan);
    c.kec[i] = this.place(row.kecamatan);
    c.src[i] = source;
  }

  /** A bad row: every problem it has, with its path. */
  private reject(row: Row, lon: number, lat: number, status: number, bw: number, path: (field: string) => string, extra?: Record<string, number>) {
    const before = this.issues.length;
    const fail = (field: string, code: SpbeIssue['code'], params: Record<string, string | number> = {}) => this.issue(path(field), code, { ...extra, ...params });
    const shown = (v: Cell) => JSON.stringify(v ?? null);
    const blank = (v: Cell) => v === undefined || v === null || v === '';
    if (blank(row.lon)) fail('lon', 'required');
    else if (!Number.isFinite(lon)) fail('lon', 'type', { expected: 'number', got: shown(row.lon) });
    if (blank(row.lat)) fail('lat', 'required');
    else if (!Number.isFinite(lat)) fail('lat', 'type', { expected: 'number', got: shown(row.lat) });
    if (Number.isFinite(lon) && Number.isFinite(lat)) {
      // [lat, lon] written as [lon, lat] is the commonest GeoJSON mistake: say so rather than "out of range".
      if (Math.abs(lat) > 90 && Math.abs(lon) <= 90 && Math.abs(lat) <= 180) fail('lat', 'swapped', { lat, lon });
      else {
        if (Math.abs(lon) > 180) fail('lon', 'range', { min: -180, max: 180, got: lon });
        // Web Mercator stops at ±85.05°, as every tiled map does.
        if (Math.abs(lat) > 85.05) fail('lat', 'range', { min: -85.05, max: 85.05, got: lat });
      }
    }
    if (status < 0) fail('status', 'unknown', { what: 'status', got: shown(row.status), known: STATUSES.slice(0, 3).join(', ') });
    if (!blank(row.bw) && !(bw >= 0 && bw !== Infinity)) fail('bandwidth_mbps', 'range', { min: 0, max: '∞', got: shown(row.bw) });
    this.skipped++;
    // A row whose problems were past the cap still counts, even with no message.
    if (this.issues.length === before && before < MAX_ISSUES) this.issue(path(''), 'type', { expected: 'object', got: 'null' });
  }

  result(format: PointsResult['format']): PointsResult {
    const c = this.c;
    const n = c.n;
    return {
      points: {
        n,
        lon: c.lon.slice(0, n),
        lat: c.lat.slice(0, n),
        x: c.x.slice(0, n),
        y: c.y.slice(0, n),
        status: c.status.slice(0, n),
        bw: c.bw.slice(0, n),
        names: { text: this.names.join(''), starts: c.starts.slice(0, n + 1) },
        kelurahan: c.kel.slice(0, n),
        kecamatan: c.kec.slice(0, n),
        places: [...this.places.keys()],
        source: c.src.slice(0, n),
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


/**
 * Access points from CSV: `lat,lon` or `latitude,longitude` (Indonesian `lintang,bujur` too) and
 * optionally `name,status,bandwidth_mbps,kelurahan,kecamatan`. Comma, semicolon or tab separated;
 * with semicolons or tabs, decimal commas are read (`-5,12`). Quoted cells may hold newlines
 * (d3-dsv). Rows are numbered as a spreadsheet shows them: the header is line 1.
 */
export function parseApCsv(text: string): PointsResult {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(body);
  // d3-dsv calls back row by row; nothing is kept, so a million rows are not held twice.
  let header: string[] = [];
  let at = { lat: -1, lon: -1, name: -1, status: -1, bw: -1, kelurahan: -1, kecamatan: -1 };
  const b = new Builder(delimiter !== ',');
  let line = 0;
  const path = (field: string) => (field ? `line ${line}, ${header[at[field === 'bandwidth_mbps' ? 'bw' : (field as keyof Row)]] ?? field}` : `line ${line}`);
  const extra = { line: 0 };
  const row: Row = { lat: undefined, lon: undefined };
  dsvFormat(delimiter).parseRows(body, (cells, r) => {
    if (r === 0) {
      header = cells.map(norm);
      const col = (k: keyof Row) => header.findIndex((h) => COLUMNS[k].includes(h));
      at = { lat: col('lat'), lon: col('lon'), name: col('name'), status: col('status'), bw: col('bw'), kelurahan: col('kelurahan'), kecamatan: col('kecamatan') };
      if (at.lat < 0 || at.lon < 0) {
        b.issue('line 1', 'required', { what: 'coordinates', line: 1 });
        throw new SpbeError('validation', { issues: b.issues, params: { format: 'csv' } });
      }
      return null;
    }
    if (cells.length === 1 && cells[0].trim() === '') return null;
    line = extra.line = r + 1;
    if (cells.length !== header.length) {
      b.total++;
      b.skipped++;
      b.issue(`line ${line}`, 'columns', { line, got: cells.length, expected: header.length });
      return null;
    }
    row.lat = cells[at.lat];
    row.lon = cells[at.lon];
    row.name = at.name < 0 ? undefined : cells[at.name];
    row.status = at.status < 0 ? undefined : cells[at.status];
    row.bw = at.bw < 0 ? undefined : cells[at.bw];
    row.kelurahan = at.kelurahan < 0 ? undefined : cells[at.kelurahan];
    row.kecamatan = at.kecamatan < 0 ? undefined : cells[at.kecamatan];
    b.add(row, line, path, extra);
    return null;
  });
  if (!header.length) {
    b.issue('line 1', 'required', { what: 'coordinates', line: 1 });
    throw new SpbeError('validation', { issues: b.issues, params: { format: 'csv' } });
  }
  return finish(b, 'csv');
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

