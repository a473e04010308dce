/**
 * Where the map's work runs: in a module worker (large files, so the page stays responsive) or in
 * the page (small files, or where no worker can start: a cross-origin script, a CSP without
 * `worker-src`, a bundler that did not copy the worker file). Both answer the same calls; a worker
 * that fails to start hands over to the page.
 */
import { withDsv } from '../../core/delimiter.js';
import { onDemand } from '../../core/errors.js';
import { fromErrorData, type ErrorData, type LoadReply, type LoadRequest } from './ap-protocol.js';
import type { Work } from './ap-work.js';

export interface Engine {
  /** Whether the work runs in a worker. */
  readonly threaded: boolean;
  load(r: LoadRequest): Promise<LoadReply>;
  filter(mask: number): Promise<void>;
  query(bbox: [number, number, number, number], zoom: number): Promise<Float64Array>;
  expand(cluster: number): Promise<number>;
  dispose(): void;
}

/** `auto` uses a worker for inputs above this many characters (about 20 000 points). */
export const WORKER_THRESHOLD = 1_500_000;

let workModule: Promise<typeof import('./ap-work.js')> | undefined;

/** The parser and supercluster for the page (with d3-dsv), fetched once per page and only when a map needs them. */
function pageWork() {
  return (workModule ??= withDsv(() => onDemand(import('./ap-work.js'), 'ap-work.js')).then(([m]) => m));
}

/**
 * Starts fetching the page's parser while a map's file is still on its way, so the two come in
 * parallel, not one after the other (two round trips fewer: on slow 4G, 300 ms). A page whose large
 * file then goes to the worker has fetched 7 KB it does not run. A failure is reported by the load
 * that needs the parser, not here.
 */
export function prefetchWork(): void {
  pageWork().catch(() => undefined);
}

/** In the page, for small files or where no worker can start. */
class InlineEngine implements Engine {
  readonly threaded = false;
  private work = pageWork().then((m) => new m.Work());
  private run = <T>(fn: (w: Work) => T) => this.work.then(fn);
  load = (r: LoadRequest) => this.run((w) => w.load(r));
  filter = (mask: number) => this.run((w) => w.filter(mask));
  query = (bbox: [number, number, number, number], zoom: number) => this.run((w) => w.query(bbox, zoom));
  expand = (cluster: number) => this.run((w) => w.expand(cluster));
  dispose() {}
}

/** The worker could not run; the page does the work instead. */
class WorkerFailed extends Error {}

type Pending = { resolve(v: unknown): void; reject(e: unknown): void };

/**
 * One worker for the whole page, shared by its maps (each map's data is its own `Work` inside), so
 * twenty maps start one worker, and a map put on the page after another finds it warm. It ends
 * after 20 s without maps.
 */
class PageWorker {
  private id = 0;
  private engines = 0;
  private idle = 0;
  private pending = new Map<number, Pending>();
  constructor(private worker: Worker) {
    worker.onmessage = ({ data }: MessageEvent<{ id: number; value?: unknown; error?: ErrorData }>) => {
      const p = this.pending.get(data.id);
      this.pending.delete(data.id);
      if (data.error) p?.reject(fromErrorData(data.error));
      else p?.resolve(data.value);
    };
    // A worker script that does not load (404, CSP, MIME type) fails every call; the callers fall
    // back to the page, and later maps do not try again.
    worker.onerror = (e) => {
      e.preventDefault();
      this.close(new WorkerFailed(e.message || 'worker failed'));
      pageWorker = null;
    };
  }
  /** A message that has no answer. */
  post(message: Record<string, unknown>): void {
    this.worker.postMessage(message);
  }
  call<T>(message: Record<string, unknown>): Promise<T> {
    const id = ++this.id;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, ...message });
    });
  }
  open(): number {
    clearTimeout(this.idle);
    this.engines++;
    return this.id++;
  }
  release(engine: number): void {
    this.worker.postMessage({ id: 0, op: 'dispose', engine });
    if (--this.engines === 0) {
      this.idle = window.setTimeout(() => {
        this.close(new WorkerFailed('closed'));
        if (pageWorker === this) pageWorker = undefined;
      }, 20_000);
    }
  }
  private close(e: Error) {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}
let pageWorker: PageWorker | undefined | null;

/** Text over this many characters goes to the worker in pieces of it (see {@link WorkerEngine.load}). */
export const PIECE = 2 ** 21;

/** The next task: the page may run what waits (input, frames) before the caller goes on. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(0);
  });

class WorkerEngine implements Engine {
  readonly threaded = true;
  private readonly engine: number;
  constructor(private host: PageWorker) {
    this.engine = host.open();
  }
  private call = <T>(op: string, args: Record<string, unknown> = {}) => this.host.call<T>({ op, engine: this.engine, ...args });
  /**
   * A message is copied on the page in one task: a million-row file's 45 MB of text was one 0,3 s
   * task. Large text goes in pieces, one message and one task each; the worker joins them.
   */
  load = async (request: LoadRequest) => {
    const key = request.csv !== undefined ? 'csv' : 'text';
    const text = request[key];
    if (text && text.length > PIECE) {
      for (let i = 0; i < text.length; i += PIECE) {
        await nextTask();
        this.host.post({ op: 'piece', engine: this.engine, piece: text.slice(i, i + PIECE) });
      }
      request = { ...request, [key]: undefined, pieces: key };
    }
    return this.call<LoadReply>('load', { request });
  };
  filter = (mask: number) => this.call<void>('filter', { mask });
  query = (bbox: [number, number, number, number], zoom: number) => this.call<Float64Array>('query', { bbox, zoom });
  expand = (cluster: number) => this.call<number>('expand', { cluster });
  private disposed = false;
  dispose() {
    if (this.disposed) return;
    this.disposed = true;
    this.host.release(this.engine);
  }
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
let policy: ScriptUrlPolicy | undefined;

/**
 * The worker's URL, beside this module. Under Trusted Types (`require-trusted-types-for 'script'`)
 * a worker URL must be a TrustedScriptURL: the policy `spbe-widgets` passes this one URL and no
 * other. A page that lists its policies (`trusted-types …`) adds `spbe-widgets`, or the map works
 * without its worker.
 */
function workerUrl(): string {
  const url = new URL('./ap-map-worker.js', import.meta.url).href;
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } }).trustedTypes;
  if (!tt) return url;
  policy ??= tt.createPolicy('spbe-widgets', {
    createScriptURL: (u) => {
      if (u !== url) throw new TypeError(`spbe-widgets: refusing worker URL ${u}`);
      return u;
    },
  });
  return policy.createScriptURL(url);
}

function startWorker(): Engine | undefined {
  if (pageWorker === null) return undefined;
  try {
    pageWorker ??= new PageWorker(new Worker(workerUrl(), { type: 'module', name: 'spbe-ap-map' }));
    return new WorkerEngine(pageWorker);
  } catch {
    // A cross-origin script URL or a CSP without worker-src throws here.
    pageWorker = null;
    return undefined;
  }
}

/**
 * Loads in a worker when `mode` is `on`, or `auto` and the input is large; otherwise, or when the
 * worker fails, in the page. Resolves with the engine that holds the loaded index.
 */
export async function loadInEngine(mode: string, size: number, request: LoadRequest): Promise<{ engine: Engine; reply: LoadReply }> {
  const threaded = mode === 'on' || (mode !== 'off' && size > WORKER_THRESHOLD) ? startWorker() : undefined;
  if (threaded) {
    try {
      return { engine: threaded, reply: await threaded.load(request) };
    } catch (e) {
      threaded.dispose();
      if (!(e instanceof WorkerFailed)) throw e;
    }
  }
  const engine = new InlineEngine();
  return { engine, reply: await engine.load(request) };
}
