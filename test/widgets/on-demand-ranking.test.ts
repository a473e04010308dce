// The ranking's CSV reader loads on demand (core/results-table.js, with d3-dsv). When it cannot
// load, the ranking says which part failed. Its own file: the dashboard test in on-demand.test.ts
// makes the ranking's module itself fail for its page.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/widgets/ranking/ranking.js';
import type { SpbeErrorEvent } from '../../src/core/events.js';

describe("the ranking's CSV reader cannot load", () => {
  after(() => executeServerCommand('fail-requests', { match: null }));

  it('an error box that names it, and spbe-error of kind module', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    await executeServerCommand('fail-requests', { match: '/core/results-table.' });
    const el = document.createElement('spbe-ranking');
    el.setAttribute('src', '/data/nasional/spbe-results-2023-2024.csv');
    el.setAttribute('province', 'Lampung');
    const error = oneEvent(el, 'spbe-error') as Promise<SpbeErrorEvent>;
    document.body.append(el);
    expect((await error).error.kind).to.equal('module');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('results-table.js');
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled).to.deep.equal([]);
    el.remove();
  });
});
