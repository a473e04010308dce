/**
 * The map's worker: parses, indexes and clusters off the page's main thread, so a million points
 * load without freezing the page. A module worker from the same origin as the script (no blob: URL,
 * so strict CSP pages can allow it with `worker-src 'self'`). Messages: `{ id, op, ...args }` in,
 * `{ id, value }` or `{ id, error }` out. One worker serves every map on the page (`engine` says
 * which).
 */
import { SpbeError } from '../../core/errors.js';
import { errorData } from './ap-protocol.js';
import { Work } from './ap-work.js';

/** Each map on the page has its own data here, by engine number. */
const works = new Map<number, Work>();
const scope = self as unknown as {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data }: MessageEvent) => {
  const { id, op, engine } = data as { id: number; op: string; engine: number };
  if (op === 'dispose') return void works.delete(engine);
  try {
    if (op === 'load') works.set(engine, new Work());
    const work = works.get(engine);
    if (!work) throw new Error(`no map ${engine}`);
    const value =
      op === 'load' ? work.load(data.request) : op === 'filter' ? work.filter(data.mask) : op === 'query' ? work.query(data.bbox, data.zoom) : work.expand(data.cluster);
    scope.postMessage({ id, value }, value instanceof Float64Array ? [value.buffer] : []);
  } catch (e) {
    scope.postMessage({ id, error: e instanceof SpbeError ? errorData(e) : { kind: 'internal', issues: [], params: { detail: String((e as Error)?.message ?? e) } } });
  }
};
