// The error box's own sentences load on demand (core/describe.js). When that module cannot load,
// the widget still shows that its data failed, and what failed, in a plain box. Its own file: the
// browser keeps a failed module failed for the page (see on-demand.test.ts).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/widgets/index-gauge/index-gauge.js';
import type { SpbeErrorEvent } from '../../src/core/events.js';

const unhandled: unknown[] = [];
const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);

describe('an error view that cannot load', () => {
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(async () => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    await executeServerCommand('fail-requests', { match: null });
  });

  it('a 404: the box has its title, the status and the address; the event fires; nothing is unhandled', async () => {
    await executeServerCommand('fail-requests', { match: '/core/describe.' });
    const el = document.createElement('spbe-index-gauge');
    el.setAttribute('src', '/api/status/404');
    const error = oneEvent(el, 'spbe-error') as Promise<SpbeErrorEvent>;
    document.body.append(el);
    const e = await error;
    expect(e.error.kind).to.equal('http');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'an alert');
    const text = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(text).to.contain('Data tidak dapat ditampilkan').and.contain('404').and.contain('/api/status/404');
    // An error found while drawing (a year the data lacks) takes the same plain box.
    const year = document.createElement('spbe-index-gauge');
    year.setAttribute('src', '/test/fixtures/kota-metro.json');
    year.setAttribute('year', '1999');
    document.body.append(year);
    await waitUntil(() => year.shadowRoot!.querySelector('[role="alert"]'), 'the year error');
    expect(year.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Data tidak dapat ditampilkan').and.contain('1999');
    expect(unhandled).to.deep.equal([]);
  });
});
