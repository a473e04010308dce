// Hostile pages and networks: a page whose global CSS is aggressive does not break the widgets'
// insides; a connection cut mid-body, a refused CORS request and a src changed ten times in 50 ms
// give the right outcome; nothing but the reported error reaches the page.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { SpbeErrorEvent } from '../../src/core/events.js';

const KM = '/test/fixtures/kota-metro.json';
const TAGS = ['spbe-index-gauge', 'spbe-trend-chart', 'spbe-domain-radar', 'spbe-ranking', 'spbe-ap-map'] as const;
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

  it("a page that adds enumerable properties to Object.prototype and Array.prototype (an old library's habit) still gets every widget drawn", async () => {
    Object.defineProperty(Object.prototype, 'polluted', { value: 'x', enumerable: true, configurable: true, writable: true });
    Object.defineProperty(Array.prototype, 'each', { value: () => 'x', enumerable: true, configurable: true, writable: true });
    try {
      for (const tag of TAGS) {
        const { el, event } = await mount(tag, tag === 'spbe-ranking' ? '/data/nasional/spbe-hasil-2023-2024.json' : KM);
        expect(event.type, tag).to.equal('spbe-load');
        expect(el.shadowRoot!.querySelector('[part~="base"] svg:not(.swatch), canvas'), tag).to.exist;
        expect(el.shadowRoot!.querySelector('[role="alert"]'), tag).to.equal(null);
      }
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
      delete (Array.prototype as unknown as Record<string, unknown>).each;
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
        const data = (e as CustomEvent<{ data: { instansi?: { name: string }; title?: string; results?: { instansi: { name: string } }[] } }>).detail.data;
        loads.push(data.instansi?.name ?? data.results?.[0].instansi.name ?? data.title ?? '');
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
      // The ranking names its rows, not its title, after the instansi.
      const shown = el.shadowRoot!.querySelector(tag === 'spbe-ranking' ? '.name' : '[part~="title"]')!.textContent;
      expect(shown, tag).to.equal(`${tag}-9`);
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

describe('XSS payloads in every text field of the data stay text', () => {
  const P = (field: string) => `<img src=x onerror="window.__xss='${field}'"><script>window.__xss='${field}'</script>${field}`;
  const doc = {
    instansi: { name: P('instansi'), province: P('province') },
    source: P('source'),
    note: P('note'),
    evaluations: [
      { year: 2023, domains: { kebijakan: 2.5, 'tata-kelola': 3, manajemen: 2.6, layanan: 3.5 }, source: P('source-2023'), note: P('note-2023') },
      { year: 2024, index: 3.34, domains: { kebijakan: 2.7, 'tata-kelola': 3.1, manajemen: 2.73, layanan: 3.87 }, source: P('source-2024') },
    ],
    targets: [{ year: 2024, value: 2.85, label: P('target') }],
    comparisons: [{ id: 'nasional', label: P('comparison'), source: P('comparison-source'), evaluations: [{ year: 2024, index: 3.12 }] }],
    network: {
      source: P('network-source'),
      accessPoints: [{ lat: -5.11, lon: 105.3, name: P('ap-name'), status: 'online', bandwidth_mbps: 10, kelurahan: P('kelurahan'), kecamatan: P('kecamatan') }],
      areas: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { nama: P('area') }, geometry: { type: 'Polygon', coordinates: [[[105.29, -5.1], [105.31, -5.1], [105.31, -5.12], [105.29, -5.12], [105.29, -5.1]]] } }] },
    },
  };
  /** Every element in a widget's shadow tree, through nested widgets (the dashboard's). */
  const deep = (root: ParentNode): Element[] => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? deep(e.shadowRoot) : [])]);
  const texts = (root: ParentNode) => deep(root).map((e) => (e.shadowRoot ? '' : e.textContent ?? '')).join(' ');

  for (const tag of ['spbe-index-gauge', 'spbe-trend-chart', 'spbe-domain-radar', 'spbe-ranking', 'spbe-ap-map', 'spbe-dashboard']) {
    it(`${tag}`, async () => {
      const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<void> };
      const loaded = oneEvent(el, 'spbe-load');
      el.data = doc;
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      // Open every table and focus the plot, so the tooltips and tables render their text too.
      for (const e of deep(el.shadowRoot!)) if (e.matches('[part~="table-toggle"]')) (e as HTMLElement).click();
      for (const e of deep(el.shadowRoot!)) if (e.matches('[part~="plot"]')) (e as HTMLElement).focus();
      await new Promise((r) => setTimeout(r, 100));
      const all = deep(el.shadowRoot!);
      expect(all.filter((e) => e.localName === 'img' || e.localName === 'script').length, 'no element made from data').to.equal(0);
      expect((window as unknown as { __xss?: string }).__xss).to.equal(undefined);
      const shown = texts(el.shadowRoot!);
      expect(shown).to.contain('<img src=x onerror=');
      expect(shown).to.contain('instansi');
      el.remove();
    });
  }
});
