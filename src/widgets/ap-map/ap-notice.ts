/**
 * The sentences of the map's warnings (rows skipped, areas not loaded): the same on-demand module
 * as the error box (`core/describe.js`), loaded by the data controller before it reports them.
 */
import type { SpbeError } from '../../core/errors.js';
import type { Lang } from '../../core/types.js';

let describe: typeof import('../../core/describe.js').describeError | undefined;

export function loadNotice(): Promise<void> {
  return import('../../core/describe.js').then((m) => {
    describe = m.describeError;
  });
}

export function describeIssueLater(e: SpbeError, lang: Lang): { summary: string; details: string[] } {
  return describe ? describe(e, lang) : { summary: e.kind, details: [] };
}
