import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, onDemand, SpbeError, toSpbeError, type SpbeIssue } from '../../core/errors.js';
import { SpbeErrorEvent, SpbeLoadEvent } from '../../core/events.js';
import { isCsv } from '../../core/delimiter.js';
import { absoluteUrl, loadText, parseJsonBody, timeoutOf } from '../../core/load.js';
import { loadErrorView } from '../../core/render.js';
import { loadNotice } from './ap-notice.js';
import { isObj, parseAreas, type Aggregate, type Area, type Obj, type PointStore, type PointsResult } from './ap-areas.js';
import { loadInEngine, prefetchWork, type Engine } from './ap-engine.js';
import type { Bounds } from './ap-layout.js';
import type { LoadRequest } from './ap-protocol.js';

/** Access-point files may be large: a million points as CSV is about 45 MB. */
export const MAP_MAX_BYTES = 256 * 1024 * 1024;

/** What the map draws, loaded and checked. */
export interface MapData {
  title: string;
  source?: string;
  description?: string;
  /** The file says its points are made up (demo data). */
  synthetic: boolean;
  /** The total bandwidth the instansi reports (`network.bandwidthMbps`), beside the points' sum. */
  declaredMbps?: number;
  points: PointStore;
  format: PointsResult['format'];
  total: number;
  areas: Area[];
  aggregate?: Aggregate;
  bounds: Bounds;
  minZoom: number;
  maxZoom: number;
  /** Problems that left the rest standing: skipped rows, areas that did not load. */
  warnings: SpbeError[];
  /** Milliseconds spent parsing, in areas and indexing (in the worker or the page). */
  timings: { parse: number; aggregate: number; index: number };
  engine: Engine;
  url?: string;
}

export interface MapHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  areas?: string;
  timeout?: number;
  worker: string;
  /** The statuses shown, as bits; the index is built for these. */
  mask: number;
  /** The map's size in CSS pixels, for the cluster levels. */
  viewport(): [number, number];
}


/** GeoJSON areas from GeoJSON or TopoJSON (topojson-client, loaded only for TopoJSON). */
export async function areasFrom(json: unknown, base: string): Promise<{ areas: Area[]; issues: SpbeIssue[] }> {
  if (isObj(json) && json.type === 'Topology' && isObj(json.objects)) {
    // Destructured in the import's own `then`, so the bundler keeps only `feature` (0.7 KB, not 2.4).
    const feature = await onDemand(import('topojson-client').then((m) => m.feature), 'topojson-client');
    const features = Object.values(json.objects).flatMap((o) => {
      const f = feature(json as never, o as never) as { features?: unknown[] };
      return f.features ?? [f];
    });
    json = { type: 'FeatureCollection', features };
  }
  return parseAreas(json, base);
}

type Source = readonly [data: unknown, src: string | undefined, areas: string | undefined, timeout: number | undefined, worker: string, inline: string | undefined];

/**
 * Loads the map's points (`data`, `src`, or an inline JSON child) and areas (`areas`, or the
 * document's `network.areas`), parses and indexes them (in a worker for large files), and keeps
 * the same guarantees as the other widgets' data controller: a change aborts the pending load,
 * a stale result is dropped, `spbe-load` and `spbe-error` are fired on the host.
 */
export class MapDataController implements ReactiveController {
  state: 'initial' | 'pending' | 'complete' | 'error' = 'initial';
  value?: MapData;
  error?: SpbeError;
  private args?: Source;
  private controller?: AbortController;

  constructor(private readonly host: MapHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    const h = this.host;
    const data = h.data ?? undefined;
    const src = h.src || undefined;
    const inline = data === undefined && !src ? h.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined : undefined;
    const next: Source = [data, src, h.areas || undefined, timeoutOf(h.timeout), h.worker, inline];
    if (this.args && next.every((v, i) => v === this.args![i])) return;
    this.args = next;
    this.controller?.abort();
    this.dispose();
    const controller = (this.controller = new AbortController());
    if (data === undefined && !src && inline === undefined) {
      this.state = 'initial';
      return;
    }
    this.state = 'pending';
    this.error = undefined;
    if (h.worker !== 'on') prefetchWork();
    this.load(next, controller.signal).then(
      async (value) => {
        if (controller.signal.aborted) return value.engine.dispose();
        if (value.warnings.length) await loadNotice().catch(() => undefined);
        if (controller.signal.aborted) return value.engine.dispose();
        this.state = 'complete';
        this.value = value;
        h.requestUpdate();
        h.dispatchEvent(new SpbeLoadEvent(value, value.url));
        for (const w of value.warnings) h.dispatchEvent(new SpbeErrorEvent(w, true));
      },
      async (e) => {
        if (controller.signal.aborted || isAbortError(e)) return;
        await loadErrorView();
        if (controller.signal.aborted) return;
        this.state = 'error';
        this.error = toSpbeError(e);
        h.requestUpdate();
        h.dispatchEvent(new SpbeErrorEvent(this.error));
      },
    );
  }

  hostConnected(): void {
    if (!this.args) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.args = undefined;
    this.dispose();
  }

  private dispose() {
    this.value?.engine.dispose();
    this.value = undefined;
  }

  private async load([data, src, areasUrl, timeout, worker, inline]: Source, signal: AbortSignal): Promise<MapData> {
    const text = (url: string) => loadText(url, { signal, timeoutMs: timeout, maxBytes: MAP_MAX_BYTES });
    const url = data === undefined && src ? absoluteUrl(src) : undefined;
    const warnings: SpbeError[] = [];
    // The areas load beside the points; a problem with them leaves the points standing.
    const areasOf = async (value: unknown, base: string, at?: string): Promise<Area[]> => {
      try {
        if (typeof value === 'string') {
          const href = new URL(value, at ?? document.baseURI).href;
          const body = await text(href);
          return (await areasFrom(parseJsonBody(body.text, href, body.type), '')).areas;
        }
        const { areas, issues } = await areasFrom(value, base);
        if (issues.length) warnings.push(new SpbeError('validation', { issues, params: { format: 'geojson' } }));
        return areas;
      } catch (e) {
        if (isAbortError(e)) throw e;
        warnings.push(toSpbeError(e));
        return [];
      }
    };
    const areasPromise = areasUrl ? areasOf(areasUrl, '') : undefined;
    // Keeps a pending areas load from reporting an unhandled rejection while the points load.
    areasPromise?.catch(() => undefined);

    const viewport = this.host.viewport();
    const mask = this.host.mask;
    let request: LoadRequest;
    let size = 0;
    if (data !== undefined) request = { json: data, viewport, mask };
    else if (url) {
      const body = await text(url);
      size = body.text.length;
      request = isCsv(url, body.type, body.text) ? { csv: body.text, url, viewport, mask } : { text: body.text, type: body.type, url, viewport, mask };
    } else request = { text: inline, url: 'inline JSON', viewport, mask };

    let meta: Partial<MapData> = {};
    let areas = areasPromise ? await areasPromise : [];
    let { engine, reply } = await loadInEngine(worker, size, { ...request, areas });
    if (reply.kind === 'document') {
      // A data document: its instansi, source and `network` block (points and areas inline or as URLs).
      engine.dispose();
      const doc = reply.json as Obj;
      const net = isObj(doc.network) ? doc.network : undefined;
      if (!net || net.accessPoints === undefined) {
        throw new SpbeError('validation', { url, issues: [{ path: net ? 'network.accessPoints' : 'network', code: 'required', params: {} }], params: { format: 'json' } });
      }
      const instansi = isObj(doc.instansi) ? doc.instansi : {};
      meta = {
        title: typeof instansi.name === 'string' ? instansi.name : '',
        source: typeof net.source === 'string' ? net.source : typeof doc.source === 'string' ? doc.source : undefined,
        description: typeof net.description === 'string' ? net.description : undefined,
        synthetic: net.synthetic === true,
        declaredMbps: typeof net.bandwidthMbps === 'number' && net.bandwidthMbps >= 0 ? net.bandwidthMbps : undefined,
      };
      if (net.bandwidthMbps !== undefined && meta.declaredMbps === undefined) {
        warnings.push(new SpbeError('validation', { url, issues: [{ path: 'network.bandwidthMbps', code: 'range', params: { min: 0, max: '∞', got: JSON.stringify(net.bandwidthMbps) } }] }));
      }
      if (!areasUrl && net.areas !== undefined) areas = await areasOf(net.areas, 'network.areas.', url);
      const ap = net.accessPoints;
      let next: LoadRequest;
      if (typeof ap === 'string') {
        const href = new URL(ap, url ?? document.baseURI).href;
        const body = await text(href);
        size = body.text.length;
        next = isCsv(href, body.type, body.text) ? { csv: body.text, url: href, viewport, mask } : { text: body.text, type: body.type, url: href, viewport, mask };
      } else next = { json: ap, base: 'network.accessPoints', url, viewport, mask };
      ({ engine, reply } = await loadInEngine(worker, size, { ...next, areas }));
      if (reply.kind !== 'points') throw new SpbeError('validation', { url, issues: [{ path: 'network.accessPoints', code: 'type', params: { expected: 'FeatureCollection', got: 'object' } }] });
    } else meta = { ...reply.meta, title: reply.meta.title ?? '' };
    if (signal.aborted) {
      engine.dispose();
      throw new DOMException('Loading aborted', 'AbortError');
    }
    const { result } = reply;
    if (result.skipped) {
      warnings.unshift(new SpbeError('validation', { url, issues: result.issues, params: { format: result.format, skipped: result.skipped, total: result.total } }));
    }
    return {
      title: '',
      synthetic: false,
      ...meta,
      points: result.points,
      format: result.format,
      total: result.total,
      areas,
      aggregate: reply.aggregate,
      bounds: reply.bounds,
      minZoom: reply.minZoom,
      maxZoom: reply.maxZoom,
      warnings,
      timings: reply.timings,
      engine,
      url,
    };
  }
}
