import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/widgets/index-gauge/index-gauge.js';
import type { SpbeIndexGauge } from '../../src/widgets/index-gauge/index-gauge.js';
import { clearLoadCache } from '../../src/core/load.js';
import type { SpbeErrorEvent, SpbeLoadEvent } from '../../src/core/events.js';
import { boxesMeet } from '../helpers/boxes.js';

const KM = '/test/fixtures/kota-metro.json';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const textOf = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const meterName = (el: Element) => part(el, 'meter')!.getAttribute('aria-label');

/** Mounts a gauge (in `parent`, default the body) and waits for its load or error event. */
async function mount(src: string, attrs: Record<string, string> = {}, parent: HTMLElement = document.body) {
  const el = document.createElement('spbe-index-gauge') as SpbeIndexGauge;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const settled = Promise.race([oneEvent(el, 'spbe-load'), oneEvent(el, 'spbe-error')]) as Promise<SpbeLoadEvent | SpbeErrorEvent>;
  el.src = src;
  parent.append(el);
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

describe('<spbe-index-gauge>', () => {
  afterEach(() => {
    document.querySelectorAll('spbe-index-gauge').forEach((e) => e.remove());
    clearLoadCache();
  });

  it('shows Kota Metro 2024 from the data file: 3,34, Baik, +0,30 since 2023, target 2,85, source', async () => {
    const { el, event } = await mount(KM);
    expect(event.type).to.equal('spbe-load');
    expect((event as SpbeLoadEvent).data.evaluations).to.have.length(4);
    expect(textOf(el, 'value')).to.equal('3,34');
    expect(textOf(el, 'predikat')).to.equal('Baik');
    expect(textOf(el, 'title')).to.equal('Pemerintah Kota Metro');
    expect(textOf(el, 'delta')).to.equal('▲ +0,30 dibanding 2023');
    expect(textOf(el, 'summary')).to.contain('Target 2,85');
    expect(textOf(el, 'source')).to.contain('Laporan Pelaksanaan Evaluasi SPBE 2024, Tabel 26');
    expect(part(el, 'target')).to.exist;
    expect(el.shadowRoot!.querySelector('[part~="band"].active')!.getAttribute('class')).to.contain('band-3');
  });

  it('has an accessible name that says it all, and meter values', async () => {
    const { el } = await mount(KM);
    expect(meterName(el)).to.equal(
      'Indeks SPBE Pemerintah Kota Metro 2024: 3,34 dari 5, predikat Baik. +0,30 dibanding 2023. Target 2,85.',
    );
    const meter = part(el, 'meter')!;
    expect(meter.getAttribute('role')).to.equal('meter');
    expect(meter.getAttribute('aria-valuenow')).to.equal('3.34');
    expect(meter.getAttribute('aria-valuemax')).to.equal('5');
    expect(meter.querySelector('svg'), 'the drawing is inside the meter').to.exist;
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const { el } = await mount(KM, { lang: 'en' });
    expect(textOf(el, 'value')).to.equal('3.34');
    expect(textOf(el, 'predikat')).to.equal('Good');
    expect(meterName(el)).to.match(/^SPBE Index Pemerintah Kota Metro 2024: 3\.34 of 5, rated Good\. \+0\.30 since 2023\./);
    expect([...el.shadowRoot!.querySelector('thead tr')!.children].map((c) => c.textContent)).to.deep.equal(['Year', 'Index', 'Predikat', 'Source']);
  });

  it('follows the nearest lang on the page when it has none', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
    const { el } = await mount(KM, {}, wrap);
    expect(textOf(el, 'value')).to.equal('3.34');
  });

  it('year="2023" shows 3,04 and +0,55 since 2022; the year can change after load', async () => {
    const { el } = await mount(KM, { year: '2023' });
    expect(textOf(el, 'value')).to.equal('3,04');
    expect(textOf(el, 'delta')).to.equal('▲ +0,55 dibanding 2022');
    el.year = 2021;
    await el.updateComplete;
    expect(textOf(el, 'value')).to.equal('2,14');
    expect(part(el, 'delta')).to.equal(null);
    expect(part(el, 'target')).to.equal(null); // no target for 2021
  });

  it('the target\'s dot never covers a band edge\'s number: 2023\'s target 2,60 stands where 2,6 would', async () => {
    const { el } = await mount(KM, { year: '2023' });
    const ticks = () => [...el.shadowRoot!.querySelectorAll('[part~="tick"]')].map((t) => t.textContent);
    expect(ticks()).to.deep.equal(['1', '1,8', '3,5', '4,2', '5']);
    const dot = (el.shadowRoot!.querySelector('[part~="target"] circle') as SVGCircleElement).getBBox();
    for (const t of el.shadowRoot!.querySelectorAll('[part~="tick"]')) {
      const b = (t as SVGTextElement).getBBox();
      expect(boxesMeet(b, dot), `the dot on ${t.textContent}`).to.equal(false);
    }
    el.year = 2024; // target 2,85, clear of every edge
    await el.updateComplete;
    expect(ticks()).to.deep.equal(['1', '1,8', '2,6', '3,5', '4,2', '5']);
  });

  it('a year missing from the data is a clear error, not a blank, and an event', async () => {
    const { el } = await mount(KM, { year: '2030' });
    const ev = (await oneEvent(el, 'spbe-error')) as SpbeErrorEvent;
    expect(ev.error.path).to.equal('year');
    await el.updateComplete;
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(textOf(el, 'error')).to.contain('2030');
    expect(textOf(el, 'error')).to.contain('2021, 2022, 2023, 2024');
    // A year that is not a number is named as written, not as NaN.
    el.setAttribute('year', 'tahun ini');
    await oneEvent(el, 'spbe-error');
    await el.updateComplete;
    expect(textOf(el, 'error')).to.contain('tahun ini');
    expect(textOf(el, 'error')).to.not.contain('NaN');
  });

  it('a table of every year, visually hidden until toggled by keyboard', async () => {
    const { el } = await mount(KM);
    const box = part(el, 'table') as HTMLElement;
    const table = box.querySelector('table')!;
    expect(box.classList.contains('sr-only')).to.equal(true);
    // Column heads as the other widgets' tables name them (not the sentence's "predikat"/"rated").
    expect([...table.tHead!.rows[0].cells].map((c) => c.textContent)).to.deep.equal(['Tahun', 'Indeks', 'Predikat', 'Sumber']);
    expect([...table.tBodies[0].rows].map((r) => r.cells[0].textContent + ' ' + r.cells[1].textContent)).to.deep.equal([
      '2021 2,14',
      '2022 2,49',
      '2023 3,04',
      '2024 3,34',
    ]);
    const toggle = part(el, 'table-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(box.classList.contains('sr-only')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('computes the index when the data has only domains', async () => {
    const { el } = await mount('/test/fixtures/kota-metro-domains.json');
    expect(textOf(el, 'value')).to.equal('3,34');
    expect(textOf(el, 'predikat')).to.equal('Baik');
  });

  it('shows the official predikat as given, even where the rounded index would say otherwise', async () => {
    const el = document.createElement('spbe-index-gauge') as SpbeIndexGauge;
    const loaded = oneEvent(el, 'spbe-load');
    el.data = {
      instansi: { name: 'Pemerintah Kab. Nias Barat' },
      evaluations: [{ year: 2024, index: 1.8, predikat: 'Kurang', domains: { kebijakan: 1, 'tata-kelola': 1.1, manajemen: 1, layanan: 2.7 } }],
    };
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(textOf(el, 'value')).to.equal('1,80');
    expect(textOf(el, 'predikat')).to.equal('Kurang');
  });

  it('at a band\'s edge the colour and the legend agree with the official predikat: 2024\'s 1,80 Kurang, 2023\'s 1,80 Cukup', async () => {
    const domains = { kebijakan: 1, 'tata-kelola': 1.1, manajemen: 1, layanan: 2.7 };
    for (const [year, predikat, band] of [
      [2024, 'Kurang', 'band-1'],
      [2023, 'Cukup', 'band-2'],
    ] as const) {
      const el = document.createElement('spbe-index-gauge') as SpbeIndexGauge;
      const loaded = oneEvent(el, 'spbe-load');
      el.data = { instansi: { name: 'Pemerintah Kab. Nias Barat' }, evaluations: [{ year, index: 1.8, predikat, domains }] };
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      expect(textOf(el, 'predikat')).to.equal(predikat);
      const sr = el.shadowRoot!;
      expect(sr.querySelector('[part~="indicator"]')!.getAttribute('class'), `${year} arc`).to.contain(band);
      expect(sr.querySelector('[part~="band"].active')!.getAttribute('class'), `${year} band`).to.contain(band);
      el.remove();
    }
  });

  it('fallback text inside the element is not shown once the widget draws', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><spbe-index-gauge value="3.34">Indeks SPBE 3,34 (Baik)</spbe-index-gauge></div>`);
    const el = wrap.querySelector('spbe-index-gauge')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    // innerText follows rendering: un-slotted light-DOM text is not rendered.
    expect(wrap.innerText).to.not.contain('Indeks SPBE 3,34 (Baik)');
    expect(textOf(el, 'value')).to.equal('3,34');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = document.createElement('spbe-index-gauge') as SpbeIndexGauge;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ instansi: { name: 'Kota Inline' }, evaluations: [{ year: 2024, index: 2.9 }] });
    el.append(script);
    const loaded = oneEvent(el, 'spbe-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(textOf(el, 'value')).to.equal('2,90');
    expect(textOf(el, 'title')).to.equal('Kota Inline');
  });

  it('works with no data file: value, target and label attributes', async () => {
    const el = await fixture<SpbeIndexGauge>(html`<spbe-index-gauge value="3.34" target="2.85" label="Kota Metro"></spbe-index-gauge>`);
    expect(textOf(el, 'value')).to.equal('3,34');
    expect(textOf(el, 'predikat')).to.equal('Baik');
    expect(part(el, 'target')).to.exist;
    expect(meterName(el)).to.equal('Indeks SPBE Kota Metro: 3,34 dari 5, predikat Baik. Target 2,85.');
    await expect(el).to.be.accessible();
  });

  it('a bad value attribute is an error in the widget and as an event', async () => {
    const el = document.createElement('spbe-index-gauge') as SpbeIndexGauge;
    el.setAttribute('value', '3,34');
    const failed = oneEvent(el, 'spbe-error');
    document.body.append(el);
    const ev = (await failed) as SpbeErrorEvent;
    await el.updateComplete;
    expect(ev.error.path).to.equal('value');
    expect(textOf(el, 'error')).to.contain('value: seharusnya angka dari 1 sampai 5, tetapi "3,34"');
  });

  describe('bad input: every case of test/fixtures/bad gives its error, in the widget and as an event', () => {
    it('the corpus', async () => {
      const cases: Array<{ file: string; kind: string; path?: string; en?: string }> = await (
        await fetch('/test/fixtures/bad/cases.json')
      ).json();
      for (const c of cases) {
        const { el, event } = await mount(`/test/fixtures/bad/${c.file}`, { lang: 'en' });
        expect(event.type, c.file).to.equal('spbe-error');
        const error = (event as SpbeErrorEvent).error;
        expect(error.kind, c.file).to.equal(c.kind);
        expect(event.bubbles && event.composed, c.file).to.equal(true);
        if (c.path !== undefined) expect(error.path ?? '', c.file).to.equal(c.path);
        const alert = part(el, 'error')!;
        expect(alert.getAttribute('role'), c.file).to.equal('alert');
        if (c.en) expect(alert.textContent, c.file).to.contain(c.en);
        expect(part(el, 'meter'), c.file).to.equal(null);
        el.remove();
      }
    });

    it('404 says the status, in Indonesian by default', async () => {
      const { el, event } = await mount('/test/fixtures/tidak-ada.json');
      expect((event as SpbeErrorEvent).error.kind).to.equal('http');
      expect(textOf(el, 'error')).to.contain('server menjawab 404');
      await expect(el).to.be.accessible();
    });

    it('an HTML page instead of JSON', async () => {
      const { el } = await mount('/api/html');
      expect(textOf(el, 'error')).to.contain('halaman HTML, bukan berkas JSON');
    });

    it('a timeout (timeout attribute)', async () => {
      const { el, event } = await mount('/api/stall', { timeout: '300' });
      expect((event as SpbeErrorEvent).error.kind).to.equal('timeout');
      expect(textOf(el, 'error')).to.contain('0,3 detik');
    });
  });

  it('two gauges on one URL cause one request', async () => {
    const src = `/api/count/gauges-${Math.random().toString(36).slice(2)}`;
    const [a, b] = await Promise.all([mount(src), mount(src, { year: '2023' })]);
    expect(textOf(a.el, 'value')).to.equal('3,34');
    expect(textOf(b.el, 'value')).to.equal('3,04');
    const { count } = await (await fetch(src.replace('/count/', '/hits/'))).json();
    expect(count).to.equal(1);
  });

  it('a late response for an old src never overwrites the newer data', async () => {
    const el = document.createElement('spbe-index-gauge') as SpbeIndexGauge;
    const loads: string[] = [];
    el.addEventListener('spbe-load', (e) => loads.push(e.data.instansi.name));
    el.src = '/api/slow/600?name=Lama';
    document.body.append(el);
    await el.updateComplete;
    el.src = '/api/slow/50?name=Baru';
    await new Promise((r) => setTimeout(r, 900));
    await el.updateComplete;
    expect(textOf(el, 'title')).to.equal('Baru');
    expect(loads).to.deep.equal(['Baru']);
  });

  it('taken off the page mid-load it reports nothing; put back, it loads and draws', async () => {
    const el = document.createElement('spbe-index-gauge') as SpbeIndexGauge;
    const events: string[] = [];
    el.addEventListener('spbe-load', () => events.push('load'));
    el.addEventListener('spbe-error', () => events.push('error'));
    el.src = '/api/slow/300?name=Kembali';
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await new Promise((r) => setTimeout(r, 500));
    expect(events).to.deep.equal([]);
    const loaded = oneEvent(el, 'spbe-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(textOf(el, 'title')).to.equal('Kembali');
    expect(events).to.deep.equal(['load']);
  });

  it('text from the data stays text (no HTML, no script)', async () => {
    const { el } = await mount('/test/fixtures/xss.json');
    expect(textOf(el, 'title')).to.contain('<img src=x onerror=');
    expect(el.shadowRoot!.querySelector('img, script, b, a')).to.equal(null);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(textOf(el, 'source')).to.contain('<a href="javascript:alert(1)">');
  });

  it('keeps its shape while loading (no layout jump) and says it is loading', async () => {
    const el = document.createElement('spbe-index-gauge') as SpbeIndexGauge;
    el.style.width = '320px';
    el.src = '/api/slow/300';
    document.body.append(el);
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    const svgBefore = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().height;
    await oneEvent(el, 'spbe-load');
    await el.updateComplete;
    const svgAfter = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().height;
    expect(svgAfter).to.equal(svgBefore);
    expect(svgAfter).to.be.above(100);
  });

  it('the hidden table never widens the page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 240px; overflow: auto"></div>`);
    await mount(KM, {}, wrap);
    expect(wrap.scrollWidth).to.be.at.most(240);
  });

  it('is responsive: the drawing scales with its box, from 240 px up', async () => {
    const { el } = await mount(KM);
    for (const width of [240, 480]) {
      el.style.width = `${width}px`;
      const svg = el.shadowRoot!.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      expect(box.width, `${width}`).to.be.at.most(width);
      expect(box.width, `${width}`).to.be.above(width * 0.7);
      expect(svg.getAttribute('viewBox')).to.equal('0 0 320 190');
    }
  });

  it('theme="auto" follows prefers-color-scheme, live; light and dark force a scheme', async () => {
    const { el } = await mount(KM);
    const forcedLight = (await mount(KM, { theme: 'light' })).el;
    const isDark = (e: Element) => part(e, 'base')!.classList.contains('dark');
    try {
      // The scheme's change event arrives on its own; wait for the widget to follow it.
      await emulateMedia({ colorScheme: 'dark' });
      await waitUntil(() => isDark(el), 'auto follows dark', { timeout: 2000 });
      expect(isDark(forcedLight)).to.equal(false);
      await emulateMedia({ colorScheme: 'light' });
      await waitUntil(() => !isDark(el), 'auto follows light', { timeout: 2000 });
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('theme="dark" switches the tokens', async () => {
    const { el } = await mount(KM, { theme: 'dark' });
    const light = await mount(KM, { theme: 'light' });
    const fg = (e: Element) => getComputedStyle(part(e, 'base')!).color;
    expect(fg(el)).to.not.equal(fg(light.el));
  });
});
