import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/domain-radar/domain-radar.js';
import type { RadarSelectDetail, SpbeDomainRadar } from '../../src/widgets/domain-radar/domain-radar.js';
import type { SpbeErrorEvent, SpbeSelectEvent } from '../../src/core/events.js';
import { boxesMeet } from '../helpers/boxes.js';

const KM = '/test/fixtures/kota-metro.json';
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const live = (el: Element) => q(el, '[aria-live]')!.textContent!.trim();

async function mount(src: string, attrs: Record<string, string> = {}) {
  const el = document.createElement('spbe-domain-radar') as SpbeDomainRadar;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const settled = Promise.race([oneEvent(el, 'spbe-load'), oneEvent(el, 'spbe-error')]);
  el.src = src;
  document.body.append(el);
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

describe('<spbe-domain-radar>', () => {
  afterEach(() => document.querySelectorAll('spbe-domain-radar').forEach((e) => e.remove()));

  it('Kota Metro 2024 and 2023 plus Nasional over 4 domains, named by its strongest and weakest', async () => {
    const { el } = await mount(KM);
    expect(qa(el, '[part~="series"]')).to.have.length(3);
    expect(qa(el, '.axis-label').map((t) => t.textContent!.trim())).to.deep.equal(['Kebijakan', 'Tata Kelola', 'Manajemen', 'Layanan']);
    // Under the instansi's name its own years are named by the year alone; a comparison in full.
    expect(qa(el, '[part~="legend"] button').map((b) => b.textContent!.trim())).to.deep.equal(['2024', '2023', 'Nasional 2024']);
    expect(q(el, '[part~="plot"]')!.getAttribute('aria-label')).to.match(
      /^Domain SPBE Pemerintah Kota Metro 2024: terkuat Layanan 3,87, terlemah Kebijakan 2,70\./,
    );
    await expect(el).to.be.accessible();
  });

  for (const [years, width] of [['2024', 480], ['', 480], ['', 300]] as const)
  it(`the values and the points never cover the scale's numbers, nor each other (${years ? '2024 and Nasional' : '2024, 2023 and Nasional'}, ${width} px)`, async () => {
    const { el } = await mount(KM, { ...(years ? { years } : {}), style: `width: ${width}px` });
    const box = (t: Element) => (t as SVGTextElement).getBBox();
    const values = qa(el, 'text.value');
    // The latest year's, also beside two other series.
    expect(values.map((t) => t.textContent)).to.deep.equal(['2,70', '3,10', '2,73', '3,87']);
    for (const v of values)
      for (const p of qa(el, '[part~="point"]') as SVGCircleElement[]) {
        const [x, y, b] = [p.cx.baseVal.value, p.cy.baseVal.value, box(v)];
        expect(x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height, `${v.textContent} on the point at ${x},${y}`).to.equal(false);
      }
    for (const r of qa(el, 'text.ring-label'))
      for (const p of qa(el, '[part~="point"]')) expect(boxesMeet(box(p), box(r)), `a point on the scale's ${r.textContent}`).to.equal(false);
    for (const v of values) {
      for (const r of qa(el, 'text.ring-label')) expect(boxesMeet(box(v), box(r)), `${v.textContent} on the scale's ${r.textContent}`).to.equal(false);
      for (const w of values) if (w !== v) expect(boxesMeet(box(v), box(w)), `${v.textContent} on ${w.textContent}`).to.equal(false);
    }
  });

  // Bappenas 2024 (4,90 on Kebijakan, the top spoke): a value near the rim stood on the axis name above it.
  for (const width of [240, 300, 360, 600])
    for (const aspects of [false, true])
      it(`at ${width} px a value near the rim stands clear of the axis names (${aspects ? 'aspects' : 'domains'})`, async () => {
        const el = document.createElement('spbe-domain-radar') as SpbeDomainRadar;
        el.style.width = `${width}px`;
        if (aspects) el.setAttribute('level', 'aspects');
        const domains = { kebijakan: 4.9, 'tata-kelola': 3.8, manajemen: 3.09, layanan: 4.52 };
        const e2024 = aspects
          ? { year: 2024, index: 4.15, aspects: { 1: 4.9, 2: 4.95, 3: 3.8, 4: 2.65, 5: 3.09, 6: 3.09, 7: 4.52, 8: 4.52 } }
          : { year: 2024, index: 4.15, domains };
        // With the year before, as a radar shows by default: its points are in the way too.
        const e2023 = aspects
          ? { year: 2023, index: 3.7, aspects: { 1: 4.1, 2: 4.3, 3: 3.2, 4: 2.4, 5: 2.9, 6: 3.3, 7: 4.0, 8: 4.6 } }
          : { year: 2023, index: 3.7, domains: { kebijakan: 4.2, 'tata-kelola': 3.5, manajemen: 2.9, layanan: 4.1 } };
        el.data = { instansi: { name: 'Bappenas' }, evaluations: [e2023, e2024] };
        document.body.append(el);
        await waitUntil(() => qa(el, 'text.value').length > 0 && qa(el, '.axis-label').length > 0, 'drawn');
        const values = qa(el, 'text.value') as SVGTextElement[];
        expect(values.map((v) => v.textContent)).to.include('4,90');
        for (const v of values)
          for (const n of qa(el, '.axis-label'))
            expect(boxesMeet(v.getBBox(), (n as SVGTextElement).getBBox()), `${v.textContent} on ${n.textContent}`).to.equal(false);
        // Nor on each other, nor on a point (its own or the other year's), at any width. Every value
        // is written where there is room for all: four spokes always, eight from 360 px; on a
        // smaller phone a value with no clear place is left out (the tooltip and the table have it).
        expect(values.length, values.map((v) => v.textContent).join(' ')).to.be.at.least(aspects && width < 360 ? 4 : aspects ? 8 : 4);
        for (const v of values)
          for (const w of values) if (w !== v) expect(boxesMeet(v.getBBox(), w.getBBox()), `${v.textContent} on ${w.textContent}`).to.equal(false);
        for (const v of values)
          for (const p of qa(el, '[part~="point"]') as SVGCircleElement[]) {
            const [x, y, b] = [p.cx.baseVal.value, p.cy.baseVal.value, v.getBBox()];
            expect(x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height, `${v.textContent} on the point at ${x},${y}`).to.equal(false);
          }
      });

  // A reader's own text spacing (WCAG 1.4.12: letters 0.12 em, words 0.16 em apart), set on the
  // page, widens every name: at 600 px "Pelaksanaan Audit TIK" had run 16 px out of the widget.
  for (const [width, aspects] of [[360, true], [600, true], [240, false]] as const)
    it(`with the reader's text spacing the axis names stay inside the widget at ${width} px (${aspects ? 'aspects' : 'domains'}), the values clear of them`, async () => {
      const box = document.createElement('div');
      [box.style.width, box.style.letterSpacing, box.style.wordSpacing] = [`${width}px`, '0.12em', '0.16em'];
      const el = document.createElement('spbe-domain-radar') as SpbeDomainRadar;
      if (aspects) el.setAttribute('level', 'aspects');
      el.data = {
        instansi: { name: 'Bappenas' },
        evaluations: [
          aspects
            ? { year: 2024, index: 4.15, aspects: { 1: 4.9, 2: 4.95, 3: 3.8, 4: 2.65, 5: 3.09, 6: 3.09, 7: 4.52, 8: 4.52 } }
            : { year: 2024, index: 4.15, domains: { kebijakan: 4.9, 'tata-kelola': 3.8, manajemen: 3.09, layanan: 4.52 } },
        ],
      };
      box.append(el);
      document.body.append(box);
      await waitUntil(() => qa(el, 'text.value').length > 0 && qa(el, '.axis-label').length > 0, 'drawn');
      const host = el.getBoundingClientRect();
      const names = qa(el, '.axis-label');
      expect(names).to.have.length(aspects ? 8 : 4);
      for (const n of names) {
        const r = n.getBoundingClientRect();
        expect(r.left, `${n.textContent} left`).to.be.at.least(host.left);
        expect(r.right, `${n.textContent} right`).to.be.at.most(host.right);
      }
      for (const v of qa(el, 'text.value'))
        for (const n of names) expect(boxesMeet((v as SVGTextElement).getBBox(), (n as SVGTextElement).getBBox()), `${v.textContent} on ${n.textContent}`).to.equal(false);
      box.remove();
    });

  for (const attrs of [{}, { domain: 'tata-kelola' }] as Array<Record<string, string>>)
    it(`the scale's numbers stand clear of the axis names (${attrs.domain ?? 'domains'})`, async () => {
      const { el } = await mount(KM, attrs);
      await waitUntil(() => qa(el, '.axis-label').length > 0, 'drawn');
        for (const r of qa(el, 'text.ring-label'))
        for (const n of qa(el, '.axis-label'))
          expect(boxesMeet((r as SVGTextElement).getBBox(), (n as SVGTextElement).getBBox()), `${r.textContent} under ${n.textContent}`).to.equal(false);
    });

  it('the keyboard walks spoke to spoke; the tooltip lists every series on that spoke with its weight', async () => {
    const { el } = await mount(KM);
    (q(el, '[part~="plot"]') as HTMLElement).focus();
    await el.updateComplete;
    expect(live(el)).to.equal('Kebijakan (bobot 13 %); Pemerintah Kota Metro 2024: 2,70; Pemerintah Kota Metro 2023: 2,50; Nasional 2024: 3,36');
    const seen = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      seen.push(live(el).split(' (')[0]);
    }
    expect(seen).to.deep.equal(['Tata Kelola', 'Manajemen', 'Layanan', 'Kebijakan']);
    expect(qa(el, '[part~="tooltip"] text').map((t) => t.textContent)[0]).to.equal('Kebijakan (bobot 13 %)');
    // Round the ring, clockwise as the spokes are numbered: down steps on, up back.
    const step = async (press: string) => (await sendKeys({ press }), await el.updateComplete, live(el).split(' (')[0]);
    expect([await step('ArrowDown'), await step('ArrowDown'), await step('ArrowUp'), await step('ArrowUp'), await step('ArrowUp')]).to.deep.equal(['Tata Kelola', 'Manajemen', 'Tata Kelola', 'Kebijakan', 'Layanan']);
  });

  it('Enter chooses a domain (spbe-select); with drilldown it opens Layanan\'s aspects, and back', async () => {
    const { el } = await mount(KM, { drilldown: '' });
    (q(el, '[part~="plot"]') as HTMLElement).focus();
    await sendKeys({ press: 'End' });
    const selected = oneEvent(el, 'spbe-select') as Promise<SpbeSelectEvent<RadarSelectDetail>>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail).to.deep.include({ level: 'domains', id: 'layanan', label: 'Layanan', weight: 45.5 });
    expect(detail.values).to.deep.equal({ '2024': 3.87, '2023': 3.87, nasional: 3.78 });
    await el.updateComplete;
    expect(el.domain).to.equal('layanan');
    // The aspect names load the first time aspects are shown (test/widgets/on-demand-radar*.test.ts).
    await waitUntil(() => qa(el, '.axis-label').length > 0, 'the aspects drawn');
    const axisNames = qa(el, '.axis-label').map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
    expect(axisNames).to.deep.equal([
      'Layanan Administrasi Pemerintahan Berbasis Elektronik',
      'Layanan Publik Berbasis Elektronik',
    ]);
    // The fixture has no aspect values: they show as missing, never as 0.
    expect(qa(el, '[part~="point"]')).to.have.length(0);
    expect(qa(el, '[part~="table"] td').map((td) => td.textContent)).to.include('–');
    // ...and the legend and the name say so, with no toggle for a polygon that is not there.
    expect(qa(el, '[part~="legend"] button')).to.have.length(0);
    expect(qa(el, '[part~="legend"] li').map((li) => li.textContent!.trim())).to.deep.equal([
      '2024: tidak ada nilai',
      '2023: tidak ada nilai',
      'Target nasional 2024: 2,85',
    ]);
    expect(q(el, '[part~="plot"]')!.getAttribute('aria-label')).to.match(/^Aspek SPBE · Layanan SPBE Pemerintah Kota Metro 2024: tidak ada nilai\. /);
    await expect(el).to.be.accessible();
    (q(el, '[part~="back"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.domain).to.equal(undefined);
    expect(qa(el, '.axis-label')).to.have.length(4);
  });

  it('a year with aspect values is drawn and toggled; a year without is said to have none', async () => {
    const doc = await (await fetch(KM)).json();
    const [d, t, m, l] = [2.7, 3.1, 2.73, 3.87];
    doc.evaluations.at(-1).aspects = { 1: d, 2: t, 3: t, 4: t, 5: m, 6: m, 7: l, 8: l };
    const el = document.createElement('spbe-domain-radar') as SpbeDomainRadar;
    el.setAttribute('level', 'aspects');
    el.lang = 'en';
    el.data = doc;
    document.body.append(el);
    await waitUntil(() => qa(el, '[part~="series"]').length > 0, 'drawn');
    expect(qa(el, '[part~="legend"] button').map((b) => b.textContent!.trim())).to.deep.equal(['2024']);
    expect(q(el, '[part~="legend"] .none')!.textContent).to.equal('2023: no value');
    expect(q(el, '[part~="plot"]')!.getAttribute('aria-label')).to.match(/^SPBE aspects Pemerintah Kota Metro 2024: strongest /);
    await expect(el).to.be.accessible();
  });

  it('the latest year\'s target as a ring, and band edges with bands', async () => {
    const { el } = await mount(KM, { bands: '' });
    expect(q(el, '[part~="target"]')).to.exist;
    expect(qa(el, '[part~="legend"] li').at(-1)!.textContent!.trim()).to.equal('Target nasional 2024: 2,85');
    expect(qa(el, '.band-ring')).to.have.length(4);
  });

  it('the legend toggles a series', async () => {
    const { el } = await mount(KM);
    const nasional = qa(el, '[part~="legend"] button')[2] as HTMLButtonElement;
    nasional.click();
    await el.updateComplete;
    expect(nasional.getAttribute('aria-pressed')).to.equal('false');
    expect(qa(el, '[part~="series"]')).to.have.length(2);
  });

  it('years="2024" and comparisons="none": one polygon, values labelled', async () => {
    const { el } = await mount(KM, { years: '2024', comparisons: 'none' });
    expect(qa(el, '[part~="series"]')).to.have.length(1);
    expect(qa(el, '.value').map((t) => t.textContent)).to.deep.equal(['2,70', '3,10', '2,73', '3,87']);
  });

  it('keeps the drawing\'s shape while loading', async () => {
    const el = document.createElement('spbe-domain-radar') as SpbeDomainRadar;
    el.src = '/api/slow/300';
    document.body.append(el);
    await el.updateComplete;
    const before = q(el, 'svg')!.getAttribute('viewBox');
    expect(q(el, '[role="status"]')!.textContent).to.contain('Memuat');
    await oneEvent(el, 'spbe-load');
    await el.updateComplete;
    expect(q(el, '[part~="plot"] svg')!.getAttribute('viewBox')).to.equal(before);
  });

  it('a bad file gives the error state', async () => {
    const { el, event } = await mount('/test/fixtures/bad/unknown-domain.json', { lang: 'en' });
    expect((event as SpbeErrorEvent).error.path).to.equal('evaluations[2].domains.keamanan');
    await waitUntil(() => q(el, '[part~="error"] li'));
    expect(q(el, '[role="alert"]')!.textContent).to.contain('unknown domain "keamanan"');
  });
});
