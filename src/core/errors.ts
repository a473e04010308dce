/** What went wrong, broadly: each kind has its own sentence in the widget. */
export type SpbeErrorKind =
  | 'network'
  | 'http'
  | 'timeout'
  | 'not-json'
  | 'parse'
  | 'too-large'
  | 'validation'
  | 'module'
  | 'internal';

/** Codes of validation problems; each has a sentence per language in `i18n.ts`. */
export type IssueCode =
  | 'type'
  | 'range'
  | 'level'
  | 'required'
  | 'unknown'
  | 'duplicate'
  | 'empty'
  | 'no-value'
  | 'weights'
  | 'bands'
  | 'columns'
  | 'decimal'
  | 'geometry'
  | 'swapped';

/** One problem found at the boundary, located by a JSON path such as `evaluations[1].domains.layanan`. */
export interface SpbeIssue {
  path: string;
  code: IssueCode;
  /** Values for the sentence: `expected`, `got`, `min`, `max`, `what`, `known`. */
  params: Readonly<Record<string, string | number>>;
}

type Describer = (error: SpbeError, lang: 'en') => { summary: string; details: string[] };
let describer: Describer | undefined;

/** Called by `describe.js` when it loads: from then on messages are full English sentences. */
export function registerDescriber(fn: Describer): void {
  describer = fn;
}

/**
 * The one error type the library throws or reports. `message` is the English text of
 * `describeError(error, 'en')`, for consoles and logs (before the sentences are loaded, the kind,
 * the module, the status, the first path, the value found there and the URL); widgets show the
 * error in their own language.
 */
export class SpbeError extends Error {
  override readonly name = 'SpbeError';
  readonly kind: SpbeErrorKind;
  readonly url?: string;
  readonly status?: number;
  /** Validation problems, in document order (capped at {@link MAX_ISSUES}). */
  readonly issues: readonly SpbeIssue[];
  /** JSON path of the first problem, where there is one. */
  readonly path?: string;
  /** Extra figures for the sentence: `timeoutMs`, `position`, `limit`. */
  readonly params: Readonly<Record<string, string | number>>;

  constructor(
    kind: SpbeErrorKind,
    init: {
      url?: string;
      status?: number;
      issues?: readonly SpbeIssue[];
      params?: Record<string, string | number>;
      cause?: unknown;
    } = {},
  ) {
    // No message here: `message` is a getter on the prototype (below), so it is never stale.
    super(undefined, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.url = init.url;
    this.status = init.status;
    this.issues = init.issues ?? [];
    this.path = this.issues[0]?.path;
    this.params = init.params ?? {};
  }
}

Object.defineProperty(SpbeError.prototype, 'message', {
  configurable: true,
  get(this: SpbeError): string {
    if (!describer) return [this.kind, this.params.part, this.status, this.path, this.issues[0]?.params.got, this.url].filter(Boolean).join(' ');
    const { summary, details } = describer(this, 'en');
    const more = details.length > 1 ? ` (+${details.length - 1} more)` : '';
    return [summary, details[0] && details[0] + more, this.url].filter(Boolean).join(' ');
  },
});

/** A document with thousands of problems is described by its first ones. */
export const MAX_ISSUES = 50;

export function isAbortError(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/**
 * A module loaded on demand (`import()`), whose failure (a cut connection, a file gone from the
 * server after a deploy) is an SpbeError of kind `module`, naming the file (`part`).
 */
export function onDemand<T>(load: Promise<T>, part: string): Promise<T> {
  return load.catch((cause) => {
    throw new SpbeError('module', { cause, params: { part } });
  });
}

/** Any failure as an SpbeError (an unexpected one is `internal`, with its message). */
export function toSpbeError(e: unknown): SpbeError {
  return e instanceof SpbeError ? e : new SpbeError('internal', { cause: e, params: { detail: String((e as Error)?.message ?? e) } });
}
