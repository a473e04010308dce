// A framework of a document's own, as the announced successor of PermenPANRB 59/2020 (SPBE.md: "a
// gauge any scale and bands"). Its scale: an index of 0 to 100 had the trend write 51 numbers up its
// axis, the radar draw 100 rings and the ranking 101 labels over one another; the marks are now a
// step of 1, 2, 5, 10, 20… that leaves room for their labels. Its name: every widget said "Indeks
// SPBE" whatever the framework; they now say the framework's `index` (else its `label`).
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { niceStep } from '../../src/core/geometry.js';
import { boxesMeet } from '../helpers/boxes.js';

const framework = {
  id: 'ipd-contoh',
  label: 'Contoh kerangka 0-100',
  index: { id: 'Indeks Pemerintah Digital', en: 'Digital Government Index' },
  scale: { min: 0, max: 100 },
  bands: [
    { id: 'rendah', label: 'Rendah', min: 0 },
    { id: 'sedang', label: 'Sedang', min: 50 },
    { id: 'tinggi', label: { id: 'Tinggi', en: 'High' }, min: 80 },
  ],
  domains: [
    { id: 'layanan', label: 'Layanan Digital', weight: 40 },
    { id: 'tata-kelola', label: 'Tata Kelola', weight: 30 },
    { id: 'infrastruktur', label: 'Infrastruktur', weight: 20 },
    { id: 'sdm', label: 'SDM', weight: 10 },
  ],
};
const evaluations = [
  { year: 2023, domains: { layanan: 62, 'tata-kelola': 55, infrastruktur: 70, sdm: 48 } },
  { year: 2024, domains: { layanan: 78, 'tata-kelola': 66, infrastruktur: 81, sdm: 59 } },
  { year: 2025, domains: { layanan: 85, 'tata-kelola': 72, infrastruktur: 88, sdm: 64 } },
];
const doc = { instansi: { name: 'Kota Contoh' }, framework, evaluations };
const results = {
  framework,
  results: [1, 2, 3, 4, 5].map((i) => ({
    instansi: { name: `Kota ${i}`, code: String(i) },
    evaluations: [{ year: 2025, domains: { layanan: 50 + i * 7, 'tata-kelola': 60, infrastruktur: 40 + i * 9, sdm: 70 } }],
  })),
};

const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as SVGGraphicsElement[];
const labels = (ts: Element[]) => ts.map((t) => t.textContent!.trim());

async function draw(tag: string, width: number, data: unknown, ready: string) {
  const el = document.createElement(tag) as HTMLElement & { data: unknown };
  el.style.width = `${width}px`;
  el.data = data;
  document.body.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${tag} drawn`);
  return el;
}

/** No two of the boxes meet. */
function apart(ts: SVGGraphicsElement[]) {
  for (let i = 0; i < ts.length; i++)
    for (let j = i + 1; j < ts.length; j++) expect(boxesMeet(ts[i].getBBox(), ts[j].getBBox()), `${ts[i].textContent} on ${ts[j].textContent}`).to.equal(false);
}

describe('a framework of its own, with a scale of 0 to 100', () => {
  afterEach(() => document.querySelectorAll('body > *:not(script)').forEach((e) => e.remove()));

  it('niceStep(x): the smallest of 1, 2, 5, 10, 20, 50… at least x', () => {
    expect([0, 0.3, 1, 1.2, 2, 2.1, 4.9, 5, 6, 12.5, 20, 41, 99, 101].map(niceStep)).to.deep.equal([1, 1, 1, 2, 2, 5, 5, 5, 10, 20, 20, 50, 100, 200]);
    // No step for nothing (a plot of no height): it ends, at Infinity, and NaN gives 1.
    expect([Infinity, NaN].map(niceStep)).to.deep.equal([Infinity, 1]);
  });

  for (const width of [360, 800]) {
    it(`trend at ${width} px: the axis runs 0 to 100 in tens or twenties, its numbers apart`, async () => {
      const el = await draw('spbe-trend-chart', width, doc, '[part~="axis"] text');
      const y = qa(el, '[part~="axis"] text[text-anchor="end"]');
      const values = labels(y).map(Number);
      expect(values[0]).to.equal(0);
      expect(values.at(-1)).to.equal(100);
      expect(values.length).to.be.within(3, 11);
      const step = values[1] - values[0];
      expect([10, 20, 50]).to.include(step);
      values.forEach((v, i) => expect(v).to.equal(i * step));
      apart(y);
    });

    it(`radar at ${width} px: at most eight rings, their numbers apart`, async () => {
      const el = await draw('spbe-domain-radar', width, doc, '.axis-label');
      const rings = qa(el, '.ring');
      expect(rings.length).to.be.within(4, 8);
      const numbered = qa(el, '.ring-label').filter((t) => t.textContent);
      expect(labels(numbered)[0]).to.equal('100');
      apart(numbered);
    });

    it(`ranking at ${width} px: the scale's marks from 0 to 100, apart`, async () => {
      const el = await draw('spbe-ranking', width, results, '[part~="axis"] text');
      const ticks = qa(el, '[part~="axis"] text');
      expect(labels(ticks)[0]).to.equal('0');
      expect(labels(ticks).at(-1)).to.equal('100');
      expect(ticks.length).to.be.within(3, 11);
      apart(ticks);
    });
  }

  for (const width of [360, 800])
    it(`ranking at ${width} px: a top score of 100,00 and its band's name stay inside the drawing`, async () => {
      const full = { layanan: 100, 'tata-kelola': 100, infrastruktur: 100, sdm: 100 };
      const top = { ...results, results: [...results.results, { instansi: { name: 'Kota Penuh', code: '9' }, evaluations: [{ year: 2025, domains: full }] }] };
      const el = await draw('spbe-ranking', width, top, '[part~="axis"] text');
      const svg = el.shadowRoot!.querySelector('[part~="plot"] svg') as SVGSVGElement;
      const value = qa(el, 'text.value').find((t) => t.textContent!.startsWith('100,00'))!;
      expect(value.textContent).to.equal('100,00 Tinggi');
      const b = value.getBBox();
      expect(b.x + b.width, 'the end of "100,00 Tinggi"').to.be.at.most(svg.width.baseVal.value);
    });

  it('the gauge marks the band edges 0, 50, 80 and 100, and the index 79,60', async () => {
    const el = await draw('spbe-index-gauge', 360, doc, '[part~="value"]');
    expect(el.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.contain('79,60');
    expect(labels(qa(el, '[part~="tick"]'))).to.include.members(['0', '50', '80', '100']);
  });

  it('every widget is named by the framework\'s index, in the label, the accessible name and the table; without one, by its label', async () => {
    const label = (el: Element) => el.shadowRoot!.querySelector('[part~="label"]')!.textContent!.trim();
    const caption = (el: Element) => el.shadowRoot!.querySelector('caption')!.textContent!.trim();
    const gauge = await draw('spbe-index-gauge', 360, doc, '[part~="value"]');
    expect(label(gauge)).to.equal('Indeks Pemerintah Digital 2025');
    expect(gauge.shadowRoot!.querySelector('[part~="meter"]')!.getAttribute('aria-label')).to.match(/^Indeks Pemerintah Digital Kota Contoh 2025: 79,60 dari 100, predikat Sedang\./);
    expect(caption(gauge)).to.equal('Indeks Pemerintah Digital per tahun · Kota Contoh');
    const trend = await draw('spbe-trend-chart', 600, doc, '[part~="axis"] text');
    expect(label(trend)).to.equal('Indeks Pemerintah Digital');
    expect(caption(trend)).to.equal('Indeks Pemerintah Digital per tahun dan seri · Kota Contoh');
    const ranking = await draw('spbe-ranking', 600, results, '[part~="axis"] text');
    expect(label(ranking)).to.equal('Peringkat Indeks Pemerintah Digital');
    expect(ranking.shadowRoot!.querySelector('[part~="plot"]')!.getAttribute('aria-label')).to.match(/^Peringkat Indeks Pemerintah Digital 2025, Nasional: 5 instansi\./);
    const en = await draw('spbe-ranking', 600, results, '[part~="axis"] text');
    en.setAttribute('lang', 'en');
    await (en as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(label(en)).to.equal('Digital Government Index ranking');
    const { index: _, ...unnamed } = framework;
    const plain = await draw('spbe-index-gauge', 360, { ...doc, framework: unnamed }, '[part~="value"]');
    expect(label(plain)).to.equal('Contoh kerangka 0-100 2025');
  });
});
