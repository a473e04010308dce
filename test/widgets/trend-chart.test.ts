import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/trend-chart/trend-chart.js';
import type { SpbeTrendChart, TrendSelectDetail } from '../../src/widgets/trend-chart/trend-chart.js';
import type { SpbeErrorEvent, SpbeSelectEvent } from '../../src/core/events.js';
import { clearLoadCache } from '../../src/core/load.js';

const KM = '/test/fixtures/kota-metro.json';
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const live = (el: Element) => q(el, '[aria-live]')!.textContent!.trim();
const tooltip = (el: Element) => qa(el, '[part~="tooltip"] text').map((t) => t.textContent);

async function mount(src: string, attrs: Record<string, string> = {}) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  const el = document.createElement('spbe-trend-chart') as SpbeTrendChart;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const settled = Promise.race([oneEvent(el, 'spbe-load'), oneEvent(el, 'spbe-error')]);
  el.src = src;
  wrap.append(el);
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

describe('<spbe-trend-chart>', () => {
  afterEach(() => clearLoadCache());

  it('draws Kota Metro against Nasional with bands, targets and a legend', async () => {
    const { el } = await mount(KM);
    expect(qa(el, '[part~="series"]')).to.have.length(2);
    expect(qa(el, '[part~="series"].primary')).to.have.length(1);
    expect(qa(el, '[part~="band"]')).to.have.length(5);
    expect(q(el, '[part~="target"]')).to.exist;
    expect(qa(el, '[part~="legend"] li').map((li) => li.textContent!.trim())).to.deep.equal(['Pemerintah Kota Metro', 'Nasional', 'Target nasional']);
    expect(qa(el, '.value').map((t) => t.textContent)).to.include.members(['2,14', '3,34', '3,12']);
    expect(q(el, '.value.last')).to.exist;
    expect(qa(el, '.change text').map((t) => t.textContent)).to.deep.equal(['Cukup → Baik']);
    const plot = q(el, '[part~="plot"]')!;
    expect(plot.getAttribute('aria-label')).to.match(/^Indeks SPBE Pemerintah Kota Metro naik dari 2,14 \(2021\) ke 3,34 \(2024\); Nasional/);
    await expect(el).to.be.accessible();
  });

  it('the keyboard walks through every year, each announced, with a tooltip listing every series', async () => {
    const { el } = await mount(KM);
    (q(el, '[part~="plot"]') as HTMLElement).focus();
    await el.updateComplete;
    expect(live(el)).to.match(/^2024; Pemerintah Kota Metro: 3,34; Nasional: 3,12; Target: 2,85; Sumber: /);
    expect(tooltip(el).slice(0, 4)).to.deep.equal(['2024', 'Pemerintah Kota Metro: 3,34', 'Nasional: 3,12', 'Target: 2,85']);
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      seen.push(live(el).split(';')[0]);
    }
    expect(seen).to.deep.equal(['2023', '2022', '2021', '2020', '2019', '2018']);
    expect(live(el)).to.contain('Pemerintah Kota Metro: –'); // 2018: a gap, not a zero
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live(el).startsWith('2024')).to.equal(true);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(live(el).startsWith('2018')).to.equal(true);
  });

  it('Enter chooses a year: spbe-select with every value, and the point is marked', async () => {
    const { el } = await mount(KM);
    (q(el, '[part~="plot"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    const selected = oneEvent(el, 'spbe-select') as Promise<SpbeSelectEvent<TrendSelectDetail>>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.year).to.equal(2023);
    expect(detail.values).to.deep.equal({ index: 3.04, 'nasional:index': 2.79 });
    expect(detail.target).to.equal(2.6);
    await el.updateComplete;
    expect(el.year).to.equal(2023);
    expect(el.getAttribute('year')).to.equal('2023');
    expect(qa(el, '[part~="point"].selected')).to.have.length(1);
  });

  it('hover shows the tooltip of the year under the pointer, and a click chooses it', async () => {
    const { el } = await mount(KM);
    const svg = q(el, 'svg')!;
    const box = svg.getBoundingClientRect();
    const circles = qa(el, '.s-1 [part~="point"]');
    const x2022 = box.left + Number(circles[1].getAttribute('cx'));
    const y = box.top + 100;
    q(el, '[part~="plot"]')!.dispatchEvent(new PointerEvent('pointermove', { clientX: x2022, clientY: y, bubbles: true }));
    await el.updateComplete;
    expect(tooltip(el)[0]).to.equal('2022');
    const selected = oneEvent(el, 'spbe-select') as Promise<SpbeSelectEvent<TrendSelectDetail>>;
    q(el, '[part~="plot"]')!.dispatchEvent(new MouseEvent('click', { clientX: x2022, clientY: y, bubbles: true }));
    expect((await selected).detail.year).to.equal(2022);
  });

  it('reads a CSV sheet: semicolons, decimal commas, Indonesian headers', async () => {
    const { el } = await mount('/test/fixtures/csv/tren-id.csv', { label: 'Kota Metro (CSV)' });
    expect(q(el, '[part~="title"]')!.textContent).to.equal('Kota Metro (CSV)');
    expect(qa(el, '[part~="series"]')).to.have.length(2);
    expect(qa(el, '.value').map((t) => t.textContent)).to.include('3,34');
  });

  it('a malformed CSV row is an error with its line number, in the widget and as an event', async () => {
    const { el, event } = await mount('/test/fixtures/csv/ragged.csv', { lang: 'en' });
    expect(event.type).to.equal('spbe-error');
    expect((event as SpbeErrorEvent).error.path).to.equal('line 3');
    await waitUntil(() => q(el, '[part~="error"] li'));
    expect(q(el, '[part~="error"]')!.textContent).to.contain('line 3: this row has 3 columns, expected 2');
    await expect(el).to.be.accessible();
  });

  it('a bad JSON file gives the error state', async () => {
    const { el, event } = await mount('/test/fixtures/bad/out-of-range.json');
    expect((event as SpbeErrorEvent).error.kind).to.equal('validation');
    expect(q(el, '[role="alert"]')).to.exist;
  });

  it('series="layanan,kebijakan" draws the domain lines instead of the index', async () => {
    const { el } = await mount(KM, { series: 'layanan,kebijakan', comparisons: 'none' });
    expect(qa(el, '[part~="legend"] li').map((li) => li.textContent!.trim())).to.deep.equal(['Layanan', 'Kebijakan']);
    expect(q(el, '[part~="target"]')).to.equal(null);
    expect(qa(el, '[part~="band"]')).to.have.length(0);
  });

  it('measures its width: a narrower box redraws narrower, ticks thinned', async () => {
    const { el } = await mount(KM);
    const wide = Number(q(el, 'svg')!.getAttribute('width'));
    const ticksWide = qa(el, '[part~="axis"] text[text-anchor="middle"]').length;
    (el.parentElement as HTMLElement).style.width = '260px';
    await waitUntil(() => Number(q(el, 'svg')!.getAttribute('width')) < wide, 'redrawn narrower');
    expect(qa(el, '[part~="axis"] text[text-anchor="middle"]').length).to.be.below(ticksWide);
  });

  it('keeps its height while loading, and says so', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    const el = document.createElement('spbe-trend-chart') as SpbeTrendChart;
    el.src = '/api/slow/300';
    wrap.append(el);
    await el.updateComplete;
    const skeleton = q(el, 'svg')!.getAttribute('height');
    expect(q(el, '[role="status"]')!.textContent).to.contain('Memuat');
    expect(q(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await oneEvent(el, 'spbe-load');
    await el.updateComplete;
    expect(q(el, '[part~="plot"] svg')!.getAttribute('height')).to.equal(skeleton);
    expect(Number(skeleton)).to.be.at.least(220);
  });

  it('a data table of every year and series, reachable by keyboard', async () => {
    const { el } = await mount(KM);
    const rows = qa(el, '[part~="table"] tbody tr').map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[0]).to.deep.equal(['2018', '–', '1,98', '–']);
    expect(rows.at(-1)).to.deep.equal(['2024', '3,34', '3,12', '2,85']);
    const toggle = q(el, '[part~="table-toggle"]') as HTMLButtonElement;
    toggle.click();
    await el.updateComplete;
    expect(q(el, '[part~="table"]')!.getAttribute('tabindex')).to.equal('0');
    await expect(el).to.be.accessible();
  });
});
