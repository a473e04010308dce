import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { isAbortError, SpbeError } from './errors.js';
import { SpbeErrorEvent, SpbeLoadEvent } from './events.js';
import { absoluteUrl, loadJson, parseJsonBody } from './load.js';
import type { SpbeData } from './types.js';
import { parseSpbeDocument } from './validate.js';

/** What a widget offers the controller: the usual `src`, `data` and `timeout` members. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  timeout?: number;
}

/** The first `<script type="application/json">` child: data for CMSs that allow no second file. */
function inlineJson(host: HTMLElement): string | undefined {
  return host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
}

export function toSpbeError(e: unknown): SpbeError {
  return e instanceof SpbeError ? e : new SpbeError('internal', { cause: e, params: { detail: String((e as Error)?.message ?? e) } });
}

/**
 * Loads, validates and completes a widget's data from its `data` property, its `src` URL or an inline
 * JSON child (in that order), re-running when they change. Built on Lit's Task: a change aborts the
 * pending load and a late, stale response never overwrites newer data. Fires `spbe-load` and
 * `spbe-error` on the host.
 */
export class SpbeDataController {
  private readonly task: Task<[unknown, string | undefined, string | undefined, number | undefined], SpbeData>;

  constructor(private readonly host: DataHost) {
    this.task = new Task(host, {
      args: () => [host.data, host.src || undefined, host.data === undefined && !host.src ? inlineJson(host) : undefined, host.timeout],
      task: async ([data, src, inline, timeout], { signal }) => {
        if (data !== undefined && data !== null) return parseSpbeDocument(data);
        if (src) {
          const url = absoluteUrl(src);
          return parseSpbeDocument(await loadJson(url, { signal, timeoutMs: timeout }), url);
        }
        if (inline !== undefined) return parseSpbeDocument(parseJsonBody(inline, 'inline JSON'));
        return initialState;
      },
      onComplete: (data) => host.dispatchEvent(new SpbeLoadEvent(data, host.src ? absoluteUrl(host.src) : undefined)),
      onError: (e) => {
        if (!isAbortError(e)) host.dispatchEvent(new SpbeErrorEvent(toSpbeError(e)));
      },
    });
  }

  /** Whether the host has any data source at all (else it may draw from its attributes). */
  get hasSource(): boolean {
    const h = this.host;
    return (h.data !== undefined && h.data !== null) || !!h.src || inlineJson(h) !== undefined;
  }

  /**
   * `initial` when there is nothing to load. (Task passes through `pending` even for a run that has
   * nothing to do; a host without a source must not look busy.)
   */
  get state(): 'initial' | 'pending' | 'complete' | 'error' {
    return this.hasSource ? (['initial', 'pending', 'complete', 'error'] as const)[this.task.status] : 'initial';
  }

  get value(): SpbeData | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get error(): SpbeError | undefined {
    return this.task.status === TaskStatus.ERROR ? toSpbeError(this.task.error) : undefined;
  }

  /** Resolves when the current load settles (for tests and for pages that await a widget). */
  get complete(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }
}
