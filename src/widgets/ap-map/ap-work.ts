/**
 * The map's heavy work, the same in the page and in its worker: parse the access points, put them
 * in areas, build and query the cluster index. Plain data in and out (structured-clone safe).
 */
import { SpbeError } from '../../core/errors.js';
export { errorData, fromErrorData } from './ap-protocol.js';
export type { LoadReply, LoadRequest, PointsMeta } from './ap-protocol.js';
import { parseJsonBody } from '../../core/load.js';
import { aggregateAreas, isObj, type Area } from './ap-areas.js';
import { parseApCsv, parseApGeojson, parseApRows, type PointsResult } from './ap-data.js';
import type { LoadReply, LoadRequest, PointsMeta } from './ap-protocol.js';
import { buildIndex, expansionZoom, queryItems, type ClusterIndex } from './ap-cluster.js';
import { boundsOf, fitView, latY, lngX, union, zoomOf, zoomRange, type Bounds } from './ap-layout.js';

/** GeoJSON of points, as opposed to a data document that holds (or points to) them. */
const isGeojson = (v: unknown) => isObj(v) && (v.type === 'FeatureCollection' || v.type === 'Feature');

export class Work {
  private index?: ClusterIndex;
  private result?: PointsResult;
  private range = { minZoom: 0, maxZoom: 16 };

  load(r: LoadRequest): LoadReply {
    const t0 = performance.now();
    let json = r.json;
    let result: PointsResult;
    if (r.csv !== undefined) result = parseApCsv(r.csv);
    else {
      if (r.text !== undefined) json = parseJsonBody(r.text, r.url, r.type);
      if (Array.isArray(json)) result = parseApRows(json, r.base ?? '');
      else if (isGeojson(json)) result = parseApGeojson(json, r.base ? `${r.base}.` : '');
      else if (isObj(json) && !r.base) return { kind: 'document', json };
      else throw new SpbeError('validation', { url: r.url, issues: [{ path: r.base ?? '', code: 'type', params: { expected: 'FeatureCollection', got: JSON.stringify(json)?.slice(0, 20) ?? 'undefined' } }], params: { format: 'geojson' } });
    }
    const top = isObj(json) && !r.base ? json : {};
    const meta: PointsMeta = {
      title: typeof top.title === 'string' ? top.title : typeof top.name === 'string' ? top.name : undefined,
      description: typeof top.description === 'string' ? top.description : undefined,
      synthetic: top.synthetic === true,
    };
    const p = result.points;
    const t1 = performance.now();
    const aggregate = r.areas?.length ? aggregateAreas(p, r.areas) : undefined;
    const t2 = performance.now();
    let bounds = boundsOf(p.x, p.y)!;
    // The areas frame the map when they are given (a city, not the hull of its points).
    if (r.areas?.length) bounds = union(bounds, areaBounds(r.areas))!;
    const [w, h] = r.viewport;
    const fitZoom = zoomOf(fitView(bounds, w, h).k);
    this.range = zoomRange(p.n, fitZoom, w, h, bounds);
    this.result = result;
    this.index = buildIndex(p, r.mask, this.range.minZoom, this.range.maxZoom);
    const timings = { parse: t1 - t0, aggregate: t2 - t1, index: performance.now() - t2 };
    return { kind: 'points', result, aggregate, bounds, ...this.range, meta, timings };
  }

  /** Rebuilds the index for the statuses in `mask`. */
  filter(mask: number): void {
    if (this.result) this.index = buildIndex(this.result.points, mask, this.range.minZoom, this.range.maxZoom);
  }

  query(bbox: [number, number, number, number], zoom: number): Float64Array {
    return this.index ? queryItems(this.index, bbox, zoom) : new Float64Array(0);
  }

  expand(cluster: number): number {
    return this.index ? expansionZoom(this.index, cluster) : 0;
  }
}

function areaBounds(areas: readonly Area[]): Bounds | undefined {
  let b: Bounds | undefined;
  for (const a of areas) {
    const [w, s, e, n] = a.bbox;
    b = union(b, boundsOf([lngX(w), lngX(e)], [latY(n), latY(s)]));
  }
  return b;
}
