// Modules that load on demand (import()) and fail to: a cut connection on a phone, or a file gone
// from the server after a deploy. The widget and its page are told, in words and by an event, and
// nothing is left half drawn or unhandled. Each module fails once per page (the browser keeps a
// failed module failed), so the error view's own failure is in on-demand-error-view.test.ts.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/widgets/dashboard/dashboard.js';
import type { SpbeErrorEvent } from '../../src/core/events.js';
import { permenpanrb592020 } from '../../src/core/frameworks/permenpanrb-59-2020.js';

const KM = '/test/fixtures/kota-metro.json';
const AP = '/test/fixtures/geo/kota-metro-ap.geojson';
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const fail = (match: string | null) => executeServerCommand('fail-requests', { match });

const unhandled: unknown[] = [];
const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);

async function mount(tag: string, attrs: Record<string, string>, props: Record<string, unknown> = {}) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  const settled = Promise.race([oneEvent(el, 'spbe-load'), oneEvent(el, 'spbe-error')]);
  document.body.append(el);
  return { el, event: (await settled) as Event };
}

describe('a module that cannot load', () => {
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(() => window.removeEventListener('unhandledrejection', onUnhandled));
  beforeEach(() => (unhandled.length = 0));
  afterEach(async () => {
    await fail(null);
    document.body.replaceChildren();
  });

  // First: the dashboard below would load the map's parser for its own map otherwise.
  it("the map's parser: an error box in English for an English map", async () => {
    await fail('/ap-map/ap-work.');
    const { el, event } = await mount('spbe-ap-map', { src: AP, lang: 'en' });
    expect(event.type).to.equal('spbe-error');
    expect((event as SpbeErrorEvent).error.kind).to.equal('module');
    await waitUntil(() => q(el, '[role="alert"]'));
    expect(q(el, '[role="alert"]')!.textContent).to.contain('A part of this widget could not be loaded').and.contain('ap-work.js');
    expect(unhandled).to.deep.equal([]);
  });

  it("the dashboard's ranking: its cell says so, the page gets a partial spbe-error, the rest is drawn", async () => {
    await fail('/widgets/ranking/ranking.');
    const { el } = await mount('spbe-dashboard', { src: KM, widgets: 'gauge,trend,radar,ranking', 'ranking-src': '/data/nasional/spbe-hasil-2023-2024.json' });
    const error = (await oneEvent(el, 'spbe-error')) as SpbeErrorEvent;
    expect(error.detail.partial).to.equal(true);
    expect(error.error.kind).to.equal('module');
    await waitUntil(() => q(el, '.ranking [role="alert"]'), 'the ranking cell shows the error');
    const alert = q(el, '.ranking [role="alert"]')!;
    expect(alert.textContent).to.contain('Data tidak dapat ditampilkan').and.contain('Bagian widget ini tidak dapat dimuat').and.contain('ranking.js');
    expect(customElements.get('spbe-ranking')).to.equal(undefined);
    // The gauge beside it has its data.
    const gauge = q(el, 'spbe-index-gauge')!;
    await waitUntil(() => gauge.shadowRoot!.querySelector('[part~="value"]'), 'the gauge draws');
    expect(gauge.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.contain('3,34');
    expect(unhandled).to.deep.equal([]);
  });

  it('the export: a click on PNG tells the page by a partial spbe-error, and the widget keeps its data', async () => {
    const { el } = await mount('spbe-index-gauge', { src: KM, export: '' });
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await fail('/core/export.');
    const error = oneEvent(el, 'spbe-error') as Promise<SpbeErrorEvent>;
    (q(el, '[part~="export"] button[value="png"]') as HTMLButtonElement).click();
    const e = await error;
    expect(e.detail.partial).to.equal(true);
    expect(e.error.kind).to.equal('module');
    expect(e.error.message).to.contain('export.js');
    expect(q(el, '[part~="export-status"]')!.textContent).to.equal('PNG tidak dapat diunduh.');
    expect(q(el, '[part~="value"]')!.textContent).to.contain('3,34');
    expect(unhandled).to.deep.equal([]);
  });

  it("the check of a document's own framework: an error box, not an unexpected error", async () => {
    await fail('/core/framework-check.');
    const doc = await (await fetch(KM)).json();
    const { el, event } = await mount('spbe-index-gauge', {}, { data: { ...doc, framework: permenpanrb592020 } });
    expect(event.type).to.equal('spbe-error');
    expect((event as SpbeErrorEvent).error.kind).to.equal('module');
    await waitUntil(() => q(el, '[role="alert"]'));
    expect(q(el, '[role="alert"]')!.textContent).to.contain('framework-check.js').and.contain('Muat ulang halaman');
    expect(unhandled).to.deep.equal([]);
  });

});
