// Downloads: a PNG at twice the size, an SVG that renders alone, a CSV that round-trips (with the
// BOM Excel needs), from each widget; the buttons show with the `export` attribute only.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import '../../src/index.js';
import { exportWidget, widgetRows } from '../../src/core/export.js';
import type { SpbeErrorEvent } from '../../src/core/events.js';

const KM = '/test/fixtures/kota-metro.json';

async function mount(tag: string, attrs: Record<string, string>) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<void> };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const loaded = oneEvent(el, 'spbe-load');
  const rendered = tag === 'spbe-ap-map' ? oneEvent(el, 'spbe-render') : Promise.resolve();
  document.body.append(el);
  await loaded;
  await rendered;
  await el.updateComplete;
  return el;
}

const text = (b: Blob) => b.text();
async function pixels(blob: Blob) {
  // An SVG goes through an <img> (createImageBitmap takes no SVG), as a viewer would open the file.
  const url = URL.createObjectURL(blob);
  const img = new Image();
  img.src = url;
  await img.decode();
  const bitmap = await createImageBitmap(img);
  URL.revokeObjectURL(url);
  const c = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = c.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 16) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
  return { width: bitmap.width, height: bitmap.height, colours: colours.size };
}

describe('export', () => {
  afterEach(() => document.querySelectorAll('body > *').forEach((e) => e.localName.startsWith('spbe-') && e.remove()));

  it('the buttons show only with the export attribute', async () => {
    const plain = await mount('spbe-index-gauge', { src: KM });
    expect(getComputedStyle(plain.shadowRoot!.querySelector('[part~="export"]')!).display).to.equal('none');
    const withExport = await mount('spbe-index-gauge', { src: KM, export: '' });
    const group = withExport.shadowRoot!.querySelector('[part~="export"]')!;
    expect(getComputedStyle(group).display).not.to.equal('none');
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).to.deep.equal(['PNG', 'SVG', 'CSV']);
    expect(group.getAttribute('aria-label')).to.equal('Unduh');
    await expect(withExport).to.be.accessible();
  });

  for (const [tag, attrs] of [
    ['spbe-index-gauge', { src: KM }],
    ['spbe-trend-chart', { src: KM }],
    ['spbe-domain-radar', { src: KM }],
    ['spbe-ap-map', { src: KM }],
    ['spbe-ranking', { src: '/data/nasional/spbe-hasil-2023-2024.json', province: 'Lampung', label: 'Pemerintah Kota Metro di Lampung' }],
  ] as const) {
    it(`${tag}: an SVG that renders alone, a PNG at 2×, a CSV that round-trips`, async () => {
      const el = await mount(tag, attrs);
      const svgBlob = await exportWidget(el, 'svg');
      const svg = await text(svgBlob);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.documentElement.localName).to.equal('svg');
      expect(doc.querySelector('title')!.textContent).to.contain('Pemerintah Kota Metro');
      // Styles travel as presentation attributes: nothing in the file depends on the page's stylesheets.
      expect(svg).to.match(/ fill="rgb/);
      expect(svg).not.to.match(/ style="/);
      // It renders on its own: an image of it has many colours, not a blank.
      const alone = await pixels(svgBlob);
      expect(alone.colours).to.be.above(8);
      const png = await exportWidget(el, 'png');
      expect(png.type).to.equal('image/png');
      const p = await pixels(png);
      expect(p.width).to.equal(alone.width * 2);
      expect(p.height).to.equal(alone.height * 2);
      const csv = await exportWidget(el, 'csv');
      const body = await text(csv);
      expect(new Uint8Array(await csv.arrayBuffer()).slice(0, 3)).to.deep.equal(new Uint8Array([0xef, 0xbb, 0xbf]));
      expect(csvParseRows(body.replace(/^\uFEFF/, '').trim())).to.deep.equal(widgetRows(el));
      expect(widgetRows(el).length).to.be.at.least(2);
    });
  }

  it('the map\'s CSV has every area and the total; the trend\'s every year, as the table shows them', async () => {
    const map = await mount('spbe-ap-map', { src: KM });
    const rows = csvParseRows((await text(await exportWidget(map, 'csv'))).replace(/^\uFEFF/, '').trim());
    expect(rows[0][0]).to.equal('Wilayah');
    expect(rows[rows.length - 1]).to.deep.equal(['Jumlah', '314', '282', '14', '18', '4.000']);
    const trend = await mount('spbe-trend-chart', { src: KM });
    const years = csvParseRows((await text(await exportWidget(trend, 'csv'))).replace(/^\uFEFF/, '').trim());
    expect(years.map((r) => r[0])).to.include.members(['2021', '2024']);
  });

  it('a long list drawn near its view ("show all": 615 rows) is exported whole, then drawn near its view again', async () => {
    const el = await mount('spbe-ranking', { src: '/data/nasional/spbe-hasil-2023-2024.json', 'show-all': '' });
    const drawn = () => el.shadowRoot!.querySelectorAll('[part~="row"]').length;
    const before = drawn();
    expect(before).to.be.below(615);
    const svg = await text(await exportWidget(el, 'svg'));
    expect(svg.match(/<g part="row"/g)).to.have.length(615);
    await el.updateComplete;
    expect(drawn()).to.equal(before);
  });

  it('a PNG of a long list ("show all": 615 rows, 360 px wide) is made, at the largest size a canvas holds', async () => {
    const box = document.createElement('div');
    box.style.width = '360px';
    document.body.append(box);
    const el = document.createElement('spbe-ranking') as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('src', '/data/nasional/spbe-hasil-2023-2024.json');
    el.setAttribute('show-all', '');
    const loaded = oneEvent(el, 'spbe-load');
    box.append(el);
    await loaded;
    await el.updateComplete;
    const svg = await text(await exportWidget(el, 'svg'));
    const [w, h] = [/width="(\d+)"/, /height="(\d+)"/].map((re) => Number(re.exec(svg)![1]));
    expect(h).to.be.above(20000);
    const png = await pixels(await exportWidget(el, 'png'));
    expect(png.height).to.be.at.most(32767);
    expect(png.width * png.height).to.be.at.most(16_777_216);
    expect(png.height / png.width).to.be.closeTo(h / w, (h / w) * 0.01);
    expect(png.colours).to.be.above(4);
    box.remove();
  });

  it('a PNG the page cannot draw (CSP img-src) is said in the footer, in the widget\'s language; the next download clears it', async () => {
    const el = await mount('spbe-index-gauge', { src: KM, export: '', lang: 'en' });
    const status = el.shadowRoot!.querySelector('[part~="export-status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getBoundingClientRect().height, 'empty, it takes no room').to.equal(0);
    const decode = HTMLImageElement.prototype.decode;
    HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('blocked', 'EncodingError'));
    try {
      const error = oneEvent(el, 'spbe-error') as Promise<SpbeErrorEvent>;
      (el.shadowRoot!.querySelector('[part~="export"] button[value="png"]') as HTMLButtonElement).click();
      expect((await error).detail.partial).to.equal(true);
    } finally {
      HTMLImageElement.prototype.decode = decode;
    }
    expect(status.textContent).to.equal('PNG could not be downloaded. This page does not allow blob: images (CSP img-src); SVG and CSV still work.');
    expect(status.getBoundingClientRect().height).to.be.above(0);
    expect(el.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.contain('3.34');
    // A download that works clears it.
    const original = HTMLAnchorElement.prototype.click;
    const clicked = new Promise<void>((resolve) => {
      HTMLAnchorElement.prototype.click = function () {
        HTMLAnchorElement.prototype.click = original;
        resolve();
      };
    });
    (el.shadowRoot!.querySelector('[part~="export"] button[value="csv"]') as HTMLButtonElement).click();
    await clicked;
    await waitUntil(() => status.textContent === '', 'cleared');
  });

  it('a click on a button downloads the file under its name', async () => {
    const el = await mount('spbe-index-gauge', { src: KM, export: '' });
    const clicked = new Promise<HTMLAnchorElement>((resolve) => {
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        HTMLAnchorElement.prototype.click = original;
        resolve(this);
      };
    });
    (el.shadowRoot!.querySelector('[part~="export"] button[value="csv"]') as HTMLButtonElement).click();
    const a = await clicked;
    expect(a.download).to.equal('spbe-index-gauge-pemerintah-kota-metro.csv');
    expect(a.href).to.match(/^blob:/);
  });
});
