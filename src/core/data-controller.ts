import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, onDemand, toSpbeError, type SpbeError } from './errors.js';
import { SpbeErrorEvent, SpbeLoadEvent } from './events.js';
import { absoluteUrl, loadText, parseJsonBody, timeoutOf, type Body } from './load.js';
import type { SpbeData } from './types.js';
import { loadErrorView } from './render.js';
import { needsFrameworkCheck, parseSpbeDocument } from './validate.js';

/** What a widget offers the controller: the usual `src`, `data` and `timeout` members. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  timeout?: number;
  /** For hosts that read CSV: how its numbers are written (a change reloads). */
  decimal?: string;
  /** For hosts that read CSV: the instansi name the sheet lacks. */
  label?: string;
}

/**
 * Turns a fetched body into JSON for the validator (or a promise of it, for a reader that loads on
 * demand). The default reads JSON; widgets that accept CSV give one that reads CSV too (so the
 * others do not carry d3-dsv). Its `ahead`, where it has one, is called as the load of a URL starts:
 * a reader that loads on demand fetches itself then, beside the file, not after it.
 */
export type BodyReader = ((body: Body, url: string, host: DataHost) => unknown) & { ahead?: (url: string) => void };
export const readJson: BodyReader = ({ text, type }, url) => parseJsonBody(text, url, type);

/** The first `<script type="application/json">` child: data for CMSs that allow no second file. */
function inlineJson(host: HTMLElement): string | undefined {
  return host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
}

type Source = readonly [data: unknown, src: string | undefined, inline: string | undefined, timeout: number | undefined, decimal?: string];
export type LoadState = 'initial' | 'pending' | 'complete' | 'error';

/**
 * Loads, validates and completes a widget's data from its `data` property, its `src` URL or an inline
 * JSON child (in that order), again whenever they change: a change aborts the pending load, and a
 * late, stale result is dropped, so an old response never overwrites newer data. Fires `spbe-load`
 * and `spbe-error` on the host.
 *
 * This is the part of `@lit/task` the widgets use (args diffing, AbortSignal, staleness); the
 * package itself cost 0.8 KB gzip of the gauge's 15 KB budget (scripts/size-breakdown.mjs).
 */
export class DataController<T> implements ReactiveController {
  state: LoadState = 'initial';
  value?: T;
  error?: SpbeError;
  private args?: Source;
  private controller?: AbortController;

  constructor(
    private readonly host: DataHost,
    private readonly read: BodyReader,
    /** The boundary for this widget's kind of document. */
    private readonly parse: (json: unknown, url?: string) => T,
  ) {
    host.addController(this);
  }

  /** Checks the sources before each render, so the render already shows `pending` for a new source. */
  hostUpdate(): void {
    const h = this.host;
    const data = h.data ?? undefined;
    const src = h.src || undefined;
    const next: Source = [data, src, data === undefined && !src ? inlineJson(h) : undefined, timeoutOf(h.timeout), h.decimal];
    if (this.args && next.every((v, i) => v === this.args![i])) return;
    this.args = next;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const [, , inline] = next;
    if (data === undefined && !src && inline === undefined) {
      this.set('initial');
      return;
    }
    // Data given in memory, with the built-in framework: ready for this very render (one render, not
    // the loading state first). Its event still fires after the render; an error takes the async path.
    if (data !== undefined && !needsFrameworkCheck(data)) {
      try {
        const value = this.parse(data);
        this.set('complete', value);
        queueMicrotask(() => controller.signal.aborted || h.dispatchEvent(new SpbeLoadEvent(value)));
        return;
      } catch {
        // The error's sentences load on demand: below.
      }
    }
    this.set('pending');
    this.load(next, controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        this.set('complete', value);
        h.requestUpdate();
        h.dispatchEvent(new SpbeLoadEvent(value, src && absoluteUrl(src)));
      },
      async (e) => {
        if (controller.signal.aborted || isAbortError(e)) return;
        // The error sentences load on demand; the box and the event get them in full.
        await loadErrorView();
        if (controller.signal.aborted) return;
        this.set('error', undefined, toSpbeError(e));
        h.requestUpdate();
        h.dispatchEvent(new SpbeErrorEvent(this.error!));
      },
    );
  }

  hostConnected(): void {
    // Put back on the page after hostDisconnected: the next update loads again.
    if (!this.args) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // A widget taken off the page stops waiting (and reports nothing); put back, it loads again.
    this.controller?.abort();
    this.args = undefined;
  }

  private async load([data, src, inline, timeout]: Source, signal: AbortSignal): Promise<T> {
    const url = data === undefined && src ? absoluteUrl(src) : undefined;
    if (url) this.read.ahead?.(url);
    const json =
      data ?? (url ? await this.read(await loadText(url, { signal, timeoutMs: timeout }), url, this.host) : parseJsonBody(inline!, 'inline JSON'));
    // A document with its own framework needs the framework check, which loads on demand.
    if (needsFrameworkCheck(json)) await onDemand(import('./framework-check.js'), 'framework-check.js');
    const value = this.parse(json, url);
    // The first render waits for the next task: a large file's check (the national results: 50 ms
    // on a phone) and its first render are two shorter tasks, with input and paint between them.
    await new Promise((next) => setTimeout(next));
    return value;
  }

  /** Inside hostUpdate the render that follows sees the change; a settled load asks for an update. */
  private set(state: LoadState, value?: T, error?: SpbeError): void {
    this.state = state;
    this.value = value;
    this.error = error;
  }
}

/** The {@link DataController} of the widgets that show one instansi's data document. */
export class SpbeDataController extends DataController<SpbeData> {
  constructor(host: DataHost, read: BodyReader = readJson) {
    super(host, read, parseSpbeDocument);
  }
}
