/**
 * The map's worker: parses, indexes and clusters off the page's main thread, so a million points
 * load without freezing the page. A module worker from the same origin as the script (no blob: URL,
 * so strict CSP pages can allow it with `worker-src 'self'`). Messages: `{ id, op, ...args }` in,
 * `{ id, value }` or `{ id, error }` out. One worker serves every map on the page (`engine` says
 * which).
 */
import { SpbeError } from '../../core/errors.js';
import { errorData, type LoadReply, type LoadRequest } from './ap-protocol.js';
import { Work } from './ap-work.js';

/** Each map on the page has its own data here, by engine number. */
const works = new Map<number, Work>();
/** A large file's text as it comes, in pieces, before its `load` (by engine number). */
const pieces = new Map<number, string[]>();
const scope = self as unknown as {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

/**
 * A load reply with copies of the point columns, to transfer: the copies are made here, off the
 * page's thread, and handed over without a copy on the page's side (the worker keeps its own for
 * the index). The names stay one string.
 */
function transferable(reply: LoadReply): [LoadReply, Transferable[]] {
  if (reply.kind !== 'points') return [reply, []];
  const p = reply.result.points;
  const points = {
    ...p,
    lon: p.lon.slice(),
    lat: p.lat.slice(),
    x: p.x.slice(),
    y: p.y.slice(),
    status: p.status.slice(),
    bw: p.bw.slice(),
    kelurahan: p.kelurahan.slice(),
    kecamatan: p.kecamatan.slice(),
    source: p.source.slice(),
    names: { text: p.names.text, starts: p.names.starts.slice() },
  };
  const pointArea = reply.aggregate?.pointArea.slice();
  const buffers = [points.lon, points.lat, points.x, points.y, points.status, points.bw, points.kelurahan, points.kecamatan, points.source, points.names.starts, pointArea];
  const aggregate = reply.aggregate && pointArea && { ...reply.aggregate, pointArea };
  return [{ ...reply, result: { ...reply.result, points }, aggregate }, buffers.filter((b) => b !== undefined).map((b) => b!.buffer)];
}

scope.onmessage = ({ data }: MessageEvent) => {
  const { id, op, engine } = data as { id: number; op: string; engine: number };
  if (op === 'dispose') return void (works.delete(engine), pieces.delete(engine));
  if (op === 'piece') {
    if (!pieces.has(engine)) pieces.set(engine, []);
    return void pieces.get(engine)!.push(data.piece);
  }
  try {
    if (op === 'load') {
      works.set(engine, new Work());
      const r = data.request as LoadRequest;
      if (r.pieces) r[r.pieces] = (pieces.get(engine) ?? []).join('');
      pieces.delete(engine);
    }
    const work = works.get(engine);
    if (!work) throw new Error(`no map ${engine}`);
    const value =
      op === 'load' ? work.load(data.request) : op === 'filter' ? work.filter(data.mask) : op === 'query' ? work.query(data.bbox, data.zoom) : work.expand(data.cluster);
    if (op === 'load') {
      const [reply, transfer] = transferable(value as LoadReply);
      scope.postMessage({ id, value: reply }, transfer);
    } else scope.postMessage({ id, value }, value instanceof Float64Array ? [value.buffer] : []);
  } catch (e) {
    scope.postMessage({ id, error: e instanceof SpbeError ? errorData(e) : { kind: 'internal', issues: [], params: { detail: String((e as Error)?.message ?? e) } } });
  }
};
