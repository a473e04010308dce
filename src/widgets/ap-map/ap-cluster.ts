/**
 * Clustering with supercluster: the index over the points the filter lets through, with the
 * per-status counts and summed bandwidth of every cluster (its map/reduce), and queries packed into
 * one Float64Array (ap-layout's `ITEM` layout) so a worker can transfer them. No DOM here.
 */
import Supercluster, { type PointFeature } from 'supercluster';
import type { PointStore } from './ap-areas.js';
import { ITEM, latY, lngX } from './ap-layout.js';

interface Leaf {
  i: number;
}
interface Sums {
  a: number;
  b: number;
  c: number;
  d: number;
  m: number;
}

export interface ClusterIndex {
  sc: Supercluster<Leaf, Sums>;
  points: PointStore;
}

/** `mask` has bit `s` set for each status `s` shown. */
export function buildIndex(points: PointStore, mask: number, minZoom: number, maxZoom: number): ClusterIndex {
  const { status, bw, lon, lat } = points;
  const features: PointFeature<Leaf>[] = [];
  for (let i = 0; i < points.n; i++) {
    if (!(mask & (1 << status[i]))) continue;
    features.push({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [lon[i], lat[i]] } });
  }
  const sc = new Supercluster<Leaf, Sums>({
    minZoom,
    maxZoom,
    radius: 40,
    extent: 512,
    map: ({ i }) => {
      const s = status[i];
      return { a: +(s === 0), b: +(s === 1), c: +(s === 2), d: +(s === 3), m: bw[i] === bw[i] ? bw[i] : 0 };
    },
    reduce: (acc, p) => {
      acc.a += p.a;
      acc.b += p.b;
      acc.c += p.c;
      acc.d += p.d;
      acc.m += p.m;
    },
  });
  sc.load(features);
  return { sc, points };
}

/** Clusters and single points in `bbox` (`[w, s, e, n]`) at integer `zoom`, packed. */
export function queryItems({ sc, points }: ClusterIndex, bbox: [number, number, number, number], zoom: number): Float64Array {
  const found = sc.getClusters(bbox, zoom);
  const out = new Float64Array(found.length * ITEM);
  found.forEach((f, k) => {
    const o = k * ITEM;
    const p = f.properties as Partial<Sums & Leaf & { cluster_id: number; point_count: number }>;
    if (p.cluster_id !== undefined) {
      const [lng, lat] = f.geometry.coordinates;
      out[o] = lngX(lng);
      out[o + 1] = latY(lat);
      out[o + 2] = p.point_count!;
      out[o + 3] = p.a!;
      out[o + 4] = p.b!;
      out[o + 5] = p.c!;
      out[o + 6] = p.d!;
      out[o + 7] = p.m!;
      out[o + 8] = p.cluster_id;
    } else {
      const i = p.i!;
      out[o] = points.x[i];
      out[o + 1] = points.y[i];
      out[o + 2] = 1;
      out[o + 3 + points.status[i]] = 1;
      out[o + 7] = points.bw[i] === points.bw[i] ? points.bw[i] : NaN;
      out[o + 8] = -i - 1;
    }
  });
  return out;
}

/** The zoom at which a cluster splits. */
export const expansionZoom = ({ sc }: ClusterIndex, id: number) => sc.getClusterExpansionZoom(id);
