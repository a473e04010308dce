import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/dashboard/dashboard.js';
import type { SpbeDashboard } from '../../src/widgets/dashboard/dashboard.js';
import type { SpbeIndexGauge } from '../../src/widgets/index-gauge/index-gauge.js';
import type { SpbeDomainRadar } from '../../src/widgets/domain-radar/domain-radar.js';
import { clearLoadCache } from '../../src/core/load.js';

const KM = '/test/fixtures/kota-metro.json';
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];

async function mount(attrs: Record<string, string>, inner = '') {
  const el = document.createElement('spbe-dashboard') as SpbeDashboard;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = inner;
  const loaded = Promise.race([oneEvent(el, 'spbe-load'), oneEvent(el, 'spbe-error')]);
  document.body.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}
const tags = (el: Element) => qa(el, '[part~="grid"] > *').map((w) => w.localName);
const gaugeValue = (el: Element) => (q(el, 'spbe-index-gauge') as SpbeIndexGauge).shadowRoot!.querySelector('[part~="value"]')?.textContent;

describe('<spbe-dashboard>', () => {
  afterEach(() => document.querySelectorAll('spbe-dashboard').forEach((e) => e.remove()));

  it('gauge, trend, radar and map from one data URL, in one request; the instansi name and every source', async () => {
    clearLoadCache();
    const url = `${KM}?one-request`;
    const el = await mount({ src: url });
    expect(tags(el)).to.deep.equal(['spbe-index-gauge', 'spbe-trend-chart', 'spbe-domain-radar', 'spbe-ap-map']);
    expect(customElements.get('spbe-ranking'), 'the ranking loads only for a dashboard that ranks').to.equal(undefined);
    expect(q(el, '[part~="title"]')!.textContent).to.equal('Pemerintah Kota Metro');
    await waitUntil(() => gaugeValue(el) === '3,34', 'gauge shows 2024', { timeout: 3000 });
    const map = q(el, 'spbe-ap-map')!;
    await waitUntil(() => map.shadowRoot!.querySelector('.figures'), 'map loaded', { timeout: 5000 });
    const requests = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('one-request'));
    expect(requests).to.have.length(1);
    const sources = qa(el, '[part~="sources"] li').map((li) => li.textContent);
    expect(sources[0]).to.contain('KemenPANRB');
    expect(sources.length).to.be.at.least(2);
    await expect(el).to.be.accessible();
  });

  it('with ranking-src, where the instansi stands in its province, highlighted, full width; it follows the year', async () => {
    const el = await mount({ src: KM, 'ranking-src': '/data/nasional/spbe-hasil-2023-2024.json' });
    expect(tags(el)).to.deep.equal(['spbe-index-gauge', 'spbe-trend-chart', 'spbe-domain-radar', 'spbe-ranking', 'spbe-ap-map']);
    const ranking = q(el, 'spbe-ranking')!;
    expect(ranking.getAttribute('province')).to.equal('Lampung');
    expect(ranking.getAttribute('highlight')).to.equal('18.72');
    const title = () => ranking.shadowRoot?.querySelector('[part~="title"]')?.textContent;
    const highlighted = () => ranking.shadowRoot?.querySelector('[part~="row"].highlight .rank')?.textContent;
    await waitUntil(() => highlighted() === '6', 'Kota Metro 6th in 2024', { timeout: 3000 });
    expect(title()).to.equal('2024 · Lampung · 16 instansi');
    // Across the grid, like the trend.
    el.style.width = '60rem';
    await el.updateComplete;
    expect(ranking.getBoundingClientRect().width).to.be.closeTo(q(el, '[part~="grid"]')!.getBoundingClientRect().width, 1);
    el.year = 2023;
    await waitUntil(() => highlighted() === '4', 'Kota Metro 4th in 2023', { timeout: 3000 });
    expect(title()).to.equal('2023 · Lampung · 16 instansi');
    // widgets= still chooses; without ranking-src there is no ranking.
    el.widgets = 'ranking,gauge';
    await el.updateComplete;
    expect(tags(el)).to.deep.equal(['spbe-ranking', 'spbe-index-gauge']);
    el.rankingSrc = undefined;
    await el.updateComplete;
    expect(tags(el)).to.deep.equal(['spbe-index-gauge']);
    await expect(el).to.be.accessible();
  });

  it('a year chosen on the trend moves the gauge and the radar', async () => {
    const el = await mount({ src: KM, widgets: 'trend,gauge,radar' });
    await waitUntil(() => gaugeValue(el) === '3,34', 'gauge', { timeout: 3000 });
    const trend = q(el, 'spbe-trend-chart')!;
    await waitUntil(() => trend.shadowRoot!.querySelector('[part~="plot"]'), 'trend', { timeout: 3000 });
    (trend.shadowRoot!.querySelector('[part~="plot"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.year === 2023, 'year chosen', { timeout: 3000 });
    await el.updateComplete;
    await waitUntil(() => gaugeValue(el) === '3,04', 'gauge follows', { timeout: 3000 });
    expect((q(el, 'spbe-domain-radar') as SpbeDomainRadar).years).to.equal('2023,2022');
    expect(q(el, '.year')!.textContent).to.match(/^Tahun 2023/);
  });

  it('widgets chooses and orders the parts; the map only when the document has a network', async () => {
    const el = await mount({ src: KM, widgets: 'radar, gauge, radar, nonsense' });
    expect(tags(el)).to.deep.equal(['spbe-domain-radar', 'spbe-index-gauge']);
    const noNet = await mount({ src: '/test/fixtures/kota-metro-domains.json' });
    expect(tags(noNet)).to.deep.equal(['spbe-index-gauge', 'spbe-trend-chart', 'spbe-domain-radar']);
  });

  it('the radar only when some year has domain values: yearly indexes alone give the gauge, the trend and the map', async () => {
    const doc = await (await fetch(KM)).json();
    for (const e of doc.evaluations) delete e.domains;
    const el = document.createElement('spbe-dashboard') as SpbeDashboard;
    const loaded = oneEvent(el, 'spbe-load');
    el.data = doc;
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(tags(el)).to.deep.equal(['spbe-index-gauge', 'spbe-trend-chart', 'spbe-ap-map']);
    // With no radar beside it, the gauge goes across (centred), not beside an empty half.
    el.style.width = '60rem';
    await el.updateComplete;
    const across = () => q(el, 'spbe-index-gauge')!.getBoundingClientRect().width / q(el, '[part~="grid"]')!.getBoundingClientRect().width;
    expect(across()).to.be.closeTo(1, 0.01);
    el.data = await (await fetch(KM)).json();
    await waitUntil(() => tags(el).includes('spbe-domain-radar'), 'the radar with domain values');
    expect(across(), 'beside the radar').to.be.below(0.55);
    el.data = doc;
    await waitUntil(() => !tags(el).includes('spbe-domain-radar'), 'no radar again');
    el.widgets = 'radar,gauge';
    await el.updateComplete;
    expect(tags(el), 'asked for, it is still left out').to.deep.equal(['spbe-index-gauge']);
  });

  it('its radar drills down into a domain\'s aspects where a year shown has aspect values, and not otherwise', async () => {
    const plain = await mount({ src: KM, widgets: 'radar' });
    expect((q(plain, 'spbe-domain-radar') as SpbeDomainRadar).drilldown, 'the national tables have no aspects').to.equal(false);
    const doc = await (await fetch(KM)).json();
    // Aspect values that agree with the fixture's 2024 domains.
    doc.evaluations.at(-1).aspects = { 1: 2.7, 2: 3.1, 3: 3.1, 4: 3.1, 5: 2.73, 6: 2.73, 7: 3.87, 8: 3.87 };
    const el = document.createElement('spbe-dashboard') as SpbeDashboard;
    el.widgets = 'radar';
    const loaded = oneEvent(el, 'spbe-load');
    el.data = doc;
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    const radar = q(el, 'spbe-domain-radar') as SpbeDomainRadar;
    expect(radar.drilldown).to.equal(true);
    await waitUntil(() => radar.shadowRoot!.querySelector('[part~="plot"]'), 'radar drawn');
    (radar.shadowRoot!.querySelector('[part~="plot"]') as HTMLElement).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => radar.domain === 'layanan', 'Layanan opened');
    await waitUntil(() => radar.shadowRoot!.querySelectorAll('[part~="point"]').length === 2, 'its two aspects, with values');
    // Years without aspect values (2022 beside 2021): no drilldown offered.
    el.year = 2022;
    await el.updateComplete;
    expect(radar.drilldown).to.equal(false);
  });

  it('names the instansi once, above the grid, not again in each widget; the ranking keeps its title, a widget its accessible name', async () => {
    const el = await mount({ src: KM, 'ranking-src': '/data/nasional/spbe-hasil-2023-2024.json' });
    await waitUntil(() => q(el, 'spbe-ranking')?.shadowRoot?.querySelector('[part~="title"]'), 'ranking drawn', { timeout: 5000 });
    expect(q(el, '[part~="header"] [part~="title"]')!.textContent).to.equal('Pemerintah Kota Metro');
    const shown = (tag: string) => {
      const t = q(el, tag)!.shadowRoot!.querySelector('[part~="title"]')!;
      return getComputedStyle(t).display !== 'none' && t.getBoundingClientRect().height > 0;
    };
    for (const tag of ['spbe-index-gauge', 'spbe-trend-chart', 'spbe-domain-radar', 'spbe-ap-map']) {
      await waitUntil(() => q(el, tag)!.shadowRoot!.querySelector('[part~="title"]'), `${tag} drawn`, { timeout: 5000 });
      expect(shown(tag), tag).to.equal(false);
    }
    expect(shown('spbe-ranking')).to.equal(true);
    const meter = () => q(el, 'spbe-index-gauge')!.shadowRoot!.querySelector('[part~="meter"]')?.getAttribute('aria-label') ?? '';
    await waitUntil(() => meter().includes('3,34'), 'the gauge drawn');
    expect(meter()).to.match(/^Indeks SPBE Pemerintah Kota Metro 2024: 3,34/);
    // Alone, a widget shows its title as before.
    const alone = document.createElement('spbe-index-gauge') as SpbeIndexGauge;
    const loaded = oneEvent(alone, 'spbe-load');
    alone.src = KM;
    document.body.append(alone);
    await loaded;
    await waitUntil(() => alone.shadowRoot!.querySelector('[part~="title"]'), 'drawn alone');
    expect(getComputedStyle(alone.shadowRoot!.querySelector('[part~="title"]')!).display).to.not.equal('none');
    alone.remove();
  });

  it('slots for the title and the footer; English passed down', async () => {
    const el = await mount({ src: KM, lang: 'en', widgets: 'gauge' }, '<h2 slot="title">Kota Metro dashboard</h2><p slot="footer">Diskominfo</p>');
    const slots = qa(el, 'slot').map((s) => (s as HTMLSlotElement).assignedElements().map((a) => a.textContent));
    expect(slots).to.deep.equal([['Kota Metro dashboard'], ['Diskominfo']]);
    await waitUntil(() => gaugeValue(el) === '3.34', 'English gauge', { timeout: 3000 });
  });

  it('a ranking-src that fails is an error in the ranking\'s place and one spbe-error; the rest of the dashboard stands', async () => {
    const errors: string[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent & { error: { kind: string } }).error.kind);
    document.addEventListener('spbe-error', onError);
    try {
      const el = await mount({ src: KM, 'ranking-src': '/test/fixtures/tidak-ada-peringkat.json' });
      const ranking = q(el, 'spbe-ranking')!;
      await waitUntil(() => ranking.shadowRoot?.querySelector('[part~="error"]'), 'the ranking\'s error', { timeout: 3000 });
      expect(ranking.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('tidak-ada-peringkat.json');
      await waitUntil(() => gaugeValue(el) === '3,34', 'the gauge still shows 2024', { timeout: 3000 });
      expect(q(el, '[part~="error"]'), 'no error for the whole dashboard').to.equal(null);
      expect(qa(el, 'spbe-trend-chart, spbe-domain-radar').every((w) => w.shadowRoot!.querySelector('[part~="series"]'))).to.equal(true);
      expect(errors).to.deep.equal(['http']);
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('spbe-error', onError);
    }
  });

  it('its timeout is every widget\'s: a ranking-src slower than it times out in the ranking\'s place', async () => {
    const el = await mount({ src: KM, timeout: '30000', 'ranking-src': '/api/late/1500?file=nasional/spbe-hasil-2023-2024.json' });
    // A slow intranet server: the widgets wait as long as the dashboard, not their own 15 s.
    expect(qa(el, '[part~="grid"] > *').map((w) => (w as HTMLElement & { timeout?: number }).timeout)).to.deep.equal([30000, 30000, 30000, 30000, 30000]);
    el.remove();
    const short = await mount({ src: KM, timeout: '300', 'ranking-src': '/api/late/1500?file=nasional/spbe-hasil-2023-2024.json&again' });
    await waitUntil(() => q(short, 'spbe-ranking'), 'the ranking asked for');
    const ranking = q(short, 'spbe-ranking')!;
    await waitUntil(() => ranking.shadowRoot?.querySelector('[part~="error"]'), 'the ranking timed out', { timeout: 1400 });
    expect(ranking.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.match(/waktu|timeout|detik/i);
  });

  it('a bad URL gives the error state', async () => {
    const el = await mount({ src: '/test/fixtures/tidak-ada.json' });
    expect(q(el, '[part~="error"]')!.textContent).to.contain('404');
  });
});

describe('render flags: plain, transparent, static', () => {
  afterEach(() => document.querySelectorAll('spbe-index-gauge, spbe-ap-map, spbe-dashboard').forEach((e) => e.remove()));
  const shown = (el: Element, sel: string) => {
    const node = el.shadowRoot!.querySelector(sel);
    return !!node && getComputedStyle(node).display !== 'none';
  };

  it('on a widget: plain drops the chrome, transparent the background, static the pointer and the controls', async () => {
    await import('../../src/widgets/index-gauge/index-gauge.js');
    await import('../../src/widgets/ap-map/ap-map.js');
    const make = async (tag: string, attrs: string[], src: string) => {
      const el = document.createElement(tag);
      for (const a of attrs) el.setAttribute(a, '');
      el.setAttribute('theme', 'light');
      const loaded = oneEvent(el, 'spbe-load');
      (el as HTMLElement & { src: string }).src = src;
      document.body.append(el);
      await loaded;
      await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
      return el;
    };
    const normal = await make('spbe-index-gauge', [], KM);
    expect([shown(normal, '[part~="label"]'), shown(normal, '[part~="title"]'), shown(normal, 'footer')]).to.deep.equal([true, true, true]);
    expect(getComputedStyle(normal.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    const plain = await make('spbe-index-gauge', ['plain', 'transparent'], KM);
    expect([shown(plain, '[part~="label"]'), shown(plain, '[part~="title"]'), shown(plain, 'footer')]).to.deep.equal([false, false, false]);
    expect(getComputedStyle(plain.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(shown(plain, '[part~="value"]')).to.equal(true);
    const map = await make('spbe-ap-map', ['static'], '/test/fixtures/geo/kota-metro-ap.geojson');
    expect(shown(map, '[part~="controls"]')).to.equal(false);
    expect(shown(map, '[part~="table-toggle"]')).to.equal(false);
    expect(getComputedStyle(map.shadowRoot!.querySelector('[part~="plot"]')!).pointerEvents).to.equal('none');
    // The table stays for screen readers.
    expect(map.shadowRoot!.querySelector('table')).to.exist;
  });

  it('the dashboard passes them to every widget', async () => {
    const el = await mount({ src: KM, plain: '', static: '', transparent: '' });
    const flags = qa(el, '[part~="grid"] > *').map((w) => ['plain', 'static', 'transparent'].every((f) => w.hasAttribute(f)));
    expect(flags).to.deep.equal([true, true, true, true]);
    expect(getComputedStyle(q(el, '[part~="title"]')!).display).to.equal('none');
  });

  it('export gives every widget in it its download buttons (and the embed page\'s &export)', async () => {
    const el = await mount({ src: KM, 'ranking-src': '/data/nasional/spbe-hasil-2023-2024.json', export: '' });
    const widgets = () => qa(el, '[part~="grid"] > *');
    await waitUntil(() => widgets().every((w) => w.shadowRoot?.querySelector('[part~="export"]')), 'every widget drawn', { timeout: 5000 });
    const shown = () => widgets().map((w) => getComputedStyle(w.shadowRoot!.querySelector('[part~="export"]')!).display !== 'none');
    expect(widgets().map((w) => w.localName)).to.have.length(5);
    expect(shown()).to.deep.equal([true, true, true, true, true]);
    el.downloads = false;
    await el.updateComplete;
    expect(shown()).to.deep.equal([false, false, false, false, false]);
  });
});
