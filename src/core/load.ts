import { isAbortError, SpbeError } from './errors.js';

export interface LoadOptions {
  /** Aborts this caller's wait; the shared request goes on while another caller still waits. */
  signal?: AbortSignal;
  /** Milliseconds before this caller gets a `timeout` error. Default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Bypass the cache and fetch again (the new result replaces the cached one). */
  reload?: boolean;
  /** Larger bodies are refused (`too-large`). Default {@link MAX_BYTES}; the map allows more. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * A widget's `timeout` as the loader takes it: a positive, finite number of milliseconds, else
 * undefined (the default). `timeout="15 detik"` is NaN, which is never equal to itself: kept, it
 * made every update look like a new source and load again, without end.
 */
export const timeoutOf = (v: number | undefined) => (v !== undefined && v > 0 && v < Infinity ? v : undefined);
/** Larger bodies are refused before parsing, so a wrong upload cannot freeze the page. */
export const MAX_BYTES = 20 * 1024 * 1024;

/** A response body and its content type, as cached and shared. */
export interface Body {
  text: string;
  type: string;
}

interface Entry {
  promise: Promise<Body>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/**
 * One request per URL for the whole page: widgets sharing a `src` share the response.
 * Successful results stay cached; failures are dropped so the next try fetches again.
 */
const cache = new Map<string, Entry>();

/** Forgets cached responses (all, or one URL). */
export function clearLoadCache(url?: string): void {
  if (url === undefined) cache.clear();
  else cache.delete(absoluteUrl(url));
}

export function absoluteUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** Where the JSON parser stopped, as line and column (1-based), from V8's "at position N". */
function position(message: string, body: string): { line: number; column: number } | undefined {
  const m = /position (\d+)/.exec(message);
  if (!m) return undefined;
  const before = body.slice(0, Number(m[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Parses a JSON body, telling an HTML page, an empty body and broken JSON apart. */
export function parseJsonBody(body: string, url?: string, contentType = ''): unknown {
  const trimmed = body.replace(/^\uFEFF/, '').trim();
  if (/html/i.test(contentType) || trimmed.startsWith('<')) {
    throw new SpbeError('not-json', { url });
  }
  // A workbook linked from a CMS (xlsx and ods are zip files): said so, with what to do.
  if (trimmed.startsWith('PK\u0003\u0004')) {
    throw new SpbeError('not-json', { url, params: { workbook: 1 } });
  }
  try {
    return JSON.parse(trimmed);
  } catch (e) {
    const pos = trimmed === '' ? undefined : position(String((e as Error).message), trimmed);
    throw new SpbeError('parse', { url, params: pos ?? {}, cause: e });
  }
}

async function request(url: string, signal: AbortSignal, max: number): Promise<Body> {
  // A failed fetch or read is `network`; an abort stays an abort.
  const lost = (e: unknown): never => {
    throw isAbortError(e) ? e : new SpbeError('network', { url, cause: e });
  };
  const response = await fetch(url, { signal, headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } }).catch(lost);
  if (!response.ok) {
    throw new SpbeError('http', { url, status: response.status });
  }
  // Read as it comes, so a body over the limit is cut off there: one whose Content-Length says so
  // at once, one sent without a length (chunked) once that much has come, not after all of it. The
  // connection is closed, not left to download on a reader's data plan.
  const reader = response.body?.getReader();
  const tooLarge = () => (reader?.cancel(), new SpbeError('too-large', { url, params: { limit: `${max / 1024 / 1024} MB` } }));
  // (No Content-Length is null, which `+` makes 0.)
  if (+response.headers.get('content-length')! > max) throw tooLarge();
  // The bytes are kept and decoded once, into one flat string: text decoded piece by piece is a
  // rope of 64 KB pieces, which tripled the heap of a million-point map and lengthened the task
  // that posts it to the worker (`node bench/map.mjs`).
  const chunks: BlobPart[] = [];
  let size = 0;
  for (let r; reader && size <= max && !(r = await reader.read().catch(lost)).done; ) {
    chunks.push(r.value as BlobPart);
    size += r.value.length;
  }
  if (size > max) throw tooLarge();
  return { text: await new Blob(chunks).text(), type: response.headers.get('content-type') ?? '' };
}

/**
 * Fetches and parses JSON from `url` (relative to the page). Rejects with an SpbeError of kind
 * `network`, `http`, `timeout`, `too-large`, `not-json` or `parse`, or with an AbortError when
 * `signal` aborts. Callers for the same URL share one request (each gets its own parsed copy).
 */
export async function loadJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  const { text, type } = await loadText(url, options);
  return parseJsonBody(text, absoluteUrl(url), type);
}

/**
 * Fetches the body of `url` (relative to the page) as text, with its content type; errors as
 * {@link loadJson}, but for the body's format. Callers for the same URL share one request.
 */
export function loadText(url: string, options: LoadOptions = {}): Promise<Body> {
  const href = absoluteUrl(url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let entry = options.reload ? undefined : cache.get(href);
  if (!entry) {
    const controller = new AbortController();
    const fresh: Entry = { controller, waiting: 0, settled: false, promise: request(href, controller.signal, options.maxBytes ?? MAX_BYTES) };
    fresh.promise.then(
      () => (fresh.settled = true),
      () => {
        fresh.settled = true;
        if (cache.get(href) === fresh) cache.delete(href);
      },
    );
    cache.set(href, fresh);
    entry = fresh;
  }
  const shared = entry;
  shared.waiting++;

  return new Promise<Body>((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      shared.waiting--;
    };
    // The last caller to give up takes the request down with it; a cached success is kept.
    const release = () => {
      if (shared.waiting === 0 && !shared.settled && cache.get(href) === shared) {
        shared.controller.abort();
        cache.delete(href);
      }
    };
    const onAbort = () => {
      if (done) return;
      finish();
      release();
      reject(new DOMException('Loading aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      if (done) return;
      finish();
      release();
      reject(new SpbeError('timeout', { url: href, params: { timeoutMs } }));
    }, timeoutMs);
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    shared.promise.then(
      (value) => {
        if (done) return;
        finish();
        resolve(value);
      },
      (error) => {
        if (done) return;
        finish();
        reject(error);
      },
    );
  });
}
