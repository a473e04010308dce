/**
 * The map's boundary for points: access points from CSV, GeoJSON or a data document's
 * `network.accessPoints`, into column arrays. Bad rows are skipped and reported with their line or
 * feature path; good rows still draw. No DOM here: this runs in the map's worker (or, for small
 * files, in the page, loaded on demand).
 */
import { dsvFormat } from 'd3-dsv';
import { delimiterOf } from '../../core/delimiter.js';
import { MAX_ISSUES, SpbeError, type SpbeIssue } from '../../core/errors.js';
import { pick, STATUSES, type PointsResult } from './ap-areas.js';
export type { PointsResult };
import { lngX, latY } from './ap-layout.js';

const STATUS_WORDS: Record<string, number> = {
  online: 0, up: 0, aktif: 0, daring: 0, active: 0, on: 0, normal: 0,
  offline: 1, down: 1, mati: 1, luring: 1, nonaktif: 1, 'non-aktif': 1, 'tidak-aktif': 1, inactive: 1, off: 1, putus: 1,
  maintenance: 2, perawatan: 2, pemeliharaan: 2, perbaikan: 2, gangguan: 2, repair: 2,
};

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

