// Hostile pages and networks: a page whose global CSS is aggressive does not break the widgets'
// insides; a connection cut mid-body, a refused CORS request and a src changed ten times in 50 ms
// give the right outcome; nothing but the reported error reaches the page.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { SpbeErrorEvent } from '../../src/core/events.js';

const KM = '/test/fixtures/kota-metro.json';
const TAGS = ['spbe-index-gauge', 'spbe-trend-chart', 'spbe-domain-radar', 'spbe-ap-map'] as const;
type Widget = HTMLElement & { updateComplete: Promise<void>; src?: string };

async function mount(tag: string, src: string) {
  const el = document.createElement(tag) as Widget;
  const settled = Promise.race([oneEvent(el, 'spbe-load'), oneEvent(el, 'spbe-error')]);
  el.src = src;
  document.body.append(el);
  const event = await settled;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 30));
  return { el, event: event as Event };
}

describe('hostile pages and networks', () => {
  afterEach(() => {
    document.getElementById('hostile')?.remove();
    document.querySelectorAll(TAGS.join(',')).forEach((e) => e.remove());
  });

  it('a page with "* { all: revert; font-size: 40px }" and "svg { display: none }" does not break the widgets', async () => {
    const style = document.createElement('style');
    style.id = 'hostile';
    style.textContent = '* { all: revert; font-size: 40px !important } svg { display: none !important } table { display: table !important; width: 2000px }';
    document.head.append(style);
    const outside = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(outside);
    expect(getComputedStyle(outside).display, 'the page\'s rule is live').to.equal('none');
    outside.remove();
    for (const tag of TAGS) {
      const { el } = await mount(tag, KM);
      const root = el.shadowRoot!;
      expect(getComputedStyle(el).display, `${tag} stays a block`).to.equal('block');
      const drawing = root.querySelector('svg:not(.swatch)')!;
      expect(getComputedStyle(drawing).display, `${tag} drawing shown`).not.to.equal('none');
      expect(drawing.getBoundingClientRect().width, `${tag} drawing has a size`).to.be.above(100);
      // The data table stays visually hidden (the page's table rule cannot reach inside).
      expect(root.querySelector('[part~="table"]')!.getBoundingClientRect().width, `${tag} table hidden`).to.be.at.most(1);
      expect(el.getBoundingClientRect().width, `${tag} no wider than the page`).to.be.at.most(document.documentElement.clientWidth);
      el.remove();
    }
  });

  it('a connection closed mid-body is a "network" error, in the widget and as an event', async () => {
    for (const tag of TAGS) {
      const { el, event } = await mount(tag, `/api/cut?${tag}`);
      expect(event.type, tag).to.equal('spbe-error');
      expect((event as SpbeErrorEvent).error.kind, tag).to.equal('network');
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent, tag).to.contain('jaringan');
    }
  });

  it('a cross-origin file without CORS headers is refused as "network", and says CORS', async () => {
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}${KM}`;
    const { el, event } = await mount('spbe-index-gauge', other);
    expect((event as SpbeErrorEvent).error.kind).to.equal('network');
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('CORS');
  });

  it('src changed ten times in 50 ms: the last one wins, once, whatever order the answers come in', async () => {
    for (const tag of TAGS.filter((t) => t !== 'spbe-ap-map')) {
      const el = document.createElement(tag) as unknown as Widget;
      const loads: string[] = [];
      el.addEventListener('spbe-load', (e) => {
        const data = (e as CustomEvent<{ data: { instansi?: { name: string }; title?: string } }>).detail.data;
        loads.push(data.instansi?.name ?? data.title ?? '');
      });
      document.body.append(el);
      // Earlier sources answer later than the last one (300 ms down to 30 ms): a stale answer must not win.
      for (let i = 0; i < 10; i++) {
        el.src = `/api/slow/${300 - i * 30}?name=${tag}-${i}`;
        await new Promise((r) => setTimeout(r, 5));
      }
      await new Promise((r) => setTimeout(r, 600));
      await el.updateComplete;
      expect(loads, tag).to.deep.equal([`${tag}-9`]);
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent, tag).to.equal(`${tag}-9`);
    }
  });

  it('the map: src changed ten times in 50 ms between two files, the last one shows', async () => {
    const el = document.createElement('spbe-ap-map') as unknown as Widget;
    document.body.append(el);
    for (let i = 0; i < 10; i++) {
      el.src = i % 2 ? '/test/fixtures/csv/ap-semicolon.csv' : '/test/fixtures/geo/kota-metro-ap.geojson';
      await new Promise((r) => setTimeout(r, 5));
    }
    await new Promise((r) => setTimeout(r, 800));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.figures')!.textContent).to.match(/^3 titik/);
  });
});
