import type { SpbeError } from './errors.js';
import type { SpbeData } from './types.js';

const init = { bubbles: true, composed: true } as const;

/** Fired when a widget's data has loaded and validated. `detail` is the same as the fields. */
export class SpbeLoadEvent<T = SpbeData> extends CustomEvent<{ data: T; url?: string }> {
  constructor(
    readonly data: T,
    readonly url?: string,
  ) {
    super('spbe-load', { ...init, detail: { data, url } });
  }
}

/**
 * Fired when loading or validation fails; the widget shows the same error in its own language.
 * `partial`: the widget still shows what was good (the map, with some rows skipped).
 */
export class SpbeErrorEvent extends CustomEvent<{ error: SpbeError; partial?: boolean }> {
  constructor(
    readonly error: SpbeError,
    readonly partial?: boolean,
  ) {
    super('spbe-error', { ...init, detail: { error, partial } });
  }
}

/** Fired when the reader chooses a data point (a year, a domain, an area). */
export class SpbeSelectEvent<T = Record<string, unknown>> extends CustomEvent<T> {
  constructor(detail: T) {
    super('spbe-select', { ...init, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'spbe-load': SpbeLoadEvent;
    'spbe-error': SpbeErrorEvent;
    'spbe-select': SpbeSelectEvent;
  }
}
