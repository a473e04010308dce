// Shared by the tests of a module that loads on demand and cannot (a cut connection, a file gone
// after a deploy): each runs in its own file, since a module that failed once stays failed for its page.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SpbeErrorEvent } from '../../src/core/events.js';

/**
 * Appends a `tag` element with `attrs` and expects its error box to name `file`, an `spbe-error` of
 * kind `module`, and nothing unhandled. The caller makes the module's requests fail first.
 */
export async function expectModuleError(tag: string, attrs: Record<string, string>, file: string): Promise<void> {
  const unhandled: unknown[] = [];
  const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
  window.addEventListener('unhandledrejection', onUnhandled);
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const error = oneEvent(el, 'spbe-error') as Promise<SpbeErrorEvent>;
  document.body.append(el);
  try {
    expect((await error).error.kind).to.equal('module');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(file);
    expect(unhandled).to.deep.equal([]);
  } finally {
    window.removeEventListener('unhandledrejection', onUnhandled);
    el.remove();
  }
}
