// The trend chart's CSV reader loads on demand (core/csv.js, with d3-dsv), only for a CSV sheet.
// When it cannot load, the chart says which part failed; a JSON file does not need it at all. Its own
// file: a module that failed once stays failed for its page.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/widgets/trend-chart/trend-chart.js';
import type { SpbeErrorEvent } from '../../src/core/events.js';

describe("the trend chart's CSV reader cannot load", () => {
  after(() => executeServerCommand('fail-requests', { match: null }));

  it('a JSON file draws without it; a CSV sheet gets an error box that names it, and spbe-error of kind module', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    await executeServerCommand('fail-requests', { match: '/core/csv.' });
    const json = document.createElement('spbe-trend-chart');
    json.setAttribute('src', '/test/fixtures/kota-metro.json');
    const loaded = oneEvent(json, 'spbe-load');
    document.body.append(json);
    await loaded;
    const el = document.createElement('spbe-trend-chart');
    el.setAttribute('src', '/test/fixtures/csv/trend.csv');
    el.setAttribute('label', 'Pemerintah Kota Metro');
    const error = oneEvent(el, 'spbe-error') as Promise<SpbeErrorEvent>;
    document.body.append(el);
    expect((await error).error.kind).to.equal('module');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('csv.js');
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled).to.deep.equal([]);
    json.remove();
    el.remove();
  });
});
