import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/ap-map/ap-map.js';
import type { MapSelectDetail, SpbeApMap } from '../../src/widgets/ap-map/ap-map.js';
import type { MapData } from '../../src/widgets/ap-map/ap-load.js';
import type { SpbeErrorEvent, SpbeLoadEvent, SpbeSelectEvent } from '../../src/core/events.js';
import { ITEM } from '../../src/widgets/ap-map/ap-layout.js';
import { PIECE } from '../../src/widgets/ap-map/ap-engine.js';
import { itemRadius } from '../../src/widgets/ap-map/ap-draw.js';
import { boxesMeet } from '../helpers/boxes.js';

const AP = '/test/fixtures/geo/kota-metro-ap.geojson';
const KEL = '/test/fixtures/geo/kota-metro-kelurahan.geojson';
const KEC = '/test/fixtures/geo/kota-metro-kecamatan.geojson';
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const plot = (el: Element) => q(el, '[part~="plot"]') as HTMLElement;
const cells = (row: Element | null) => [...row!.children].map((c) => c.textContent!.trim());

/** The element's inner state, for checks the pixels cannot make alone. */
interface Inner {
  items: Float64Array;
  view: { k: number; x: number; y: number };
  loader: { value?: MapData };
}
const inner = (el: SpbeApMap) => el as unknown as Inner;

async function mount(attrs: Record<string, string> = {}, data?: unknown) {
  const el = document.createElement('spbe-ap-map') as SpbeApMap;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data) el.data = data;
  const settled = Promise.race([oneEvent(el, 'spbe-load'), oneEvent(el, 'spbe-error')]);
  const rendered = oneEvent(el, 'spbe-render');
  document.body.append(el);
  const event = (await settled) as SpbeLoadEvent<MapData> | SpbeErrorEvent;
  if (event.type === 'spbe-load') await rendered;
  await el.updateComplete;
  return { el, event };
}

/** Mounts a map `width` px wide and waits for its first clusters. */
async function mountAt(width: number, attrs: Record<string, string>) {
  const el = document.createElement('spbe-ap-map') as SpbeApMap;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.display = 'block';
  el.style.width = `${width}px`;
  const rendered = oneEvent(el, 'spbe-render');
  document.body.append(el);
  await rendered;
  await el.updateComplete;
  return el;
}

/** The screen position (CSS px, page coordinates) of item i, and its position in the map. */
function itemAt(el: SpbeApMap, i: number) {
  const { items, view } = inner(el);
  const x = items[i * ITEM] * view.k + view.x;
  const y = items[i * ITEM + 1] * view.k + view.y;
  const box = q(el, 'canvas')!.getBoundingClientRect();
  const s = box.width / (q(el, 'canvas') as HTMLCanvasElement).width * devicePixelRatio;
  return { x, y, clientX: box.left + x * s, clientY: box.top + y * s };
}
const itemsOf = (el: SpbeApMap) => {
  const it = inner(el).items;
  return Array.from({ length: it.length / ITEM }, (_, i) => ({ count: it[i * ITEM + 2], id: it[i * ITEM + 8], i }));
};
const pointer = (el: SpbeApMap, type: string, clientX: number, clientY: number, extra: PointerEventInit = {}) =>
  plot(el).dispatchEvent(new PointerEvent(type, { clientX, clientY, bubbles: true, composed: true, pointerId: 1, isPrimary: true, ...extra }));

function points(n: number, names: string[] = []) {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [105.28 + (i % 3) * 0.03, -5.08 - Math.floor(i / 3) * 0.03] },
      properties: { name: names[i] ?? `Titik ${i + 1}`, status: i === 1 ? 'offline' : 'online', bandwidth_mbps: 10 * (i + 1), kelurahan: 'Metro' },
    })),
  };
}

describe('<spbe-ap-map>', () => {
  afterEach(async () => {
    document.querySelectorAll('spbe-ap-map').forEach((e) => e.remove());
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('the demo data: 314 points, 90 % online, 4 000 Mbps; areas drawn; canvas painted where the points are and blank elsewhere', async () => {
    const { el, event } = await mount({ src: AP, areas: KEL });
    expect(event.type).to.equal('spbe-load');
    expect(q(el, '.figures')!.textContent).to.equal('314 titik · 90 % daring · 4.000 Mbps');
    expect(plot(el).getAttribute('aria-label')).to.match(/^Titik akses internet publik Pemerintah Kota Metro: 314 titik · 90 % daring · 4\.000 Mbps\. Panah/);
    expect(qa(el, '[part~="area"]')).to.have.length(22);
    expect(q(el, '[part~="source"]')!.textContent).to.contain('sintetis');
    // The scale bar: a round distance (Kota Metro at this width: 1 or 2 km).
    expect(q(el, '.scale text')!.textContent).to.match(/^[125] km$/);
    const items = itemsOf(el);
    expect(items.reduce((s, it) => s + it.count, 0)).to.equal(314);
    const canvas = q(el, 'canvas') as HTMLCanvasElement;
    const ctx = canvas.getContext('2d')!;
    for (const it of items.slice(0, 5)) {
      const { x, y } = itemAt(el, it.i);
      const ratio = canvas.width / (canvas.getBoundingClientRect().width || 1);
      expect(ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data[3], `item ${it.i}`).to.be.above(0);
    }
    expect(ctx.getImageData(2, 2, 1, 1).data[3]).to.equal(0);
  });

  // With a reader's text spacing (WCAG 1.4.12: letters 0.12 em, words 0.16 em apart) a name is a
  // third wider than 0.6 em a character: "Hadimulyo Barat" ran under a cluster at 600 px.
  afterEach(() => ['letter-spacing', 'word-spacing'].forEach((p) => document.body.style.removeProperty(p)));
  for (const [width, spacing] of [[360, false], [600, false], [1000, false], [600, true], [1000, true]] as const)
    it(`at ${width} px${spacing ? " with the reader's text spacing" : ''} the names of areas stand clear of every marker and of each other, inside the map`, async () => {
      if (spacing) [document.body.style.letterSpacing, document.body.style.wordSpacing] = ['0.12em', '0.16em'];
      const el = await mountAt(width, { src: AP, areas: KEL });
      const { items, view, loader } = inner(el);
      const maxMbps = Math.max(...loader.value!.points.bw);
      const svg = q(el, 'svg.layer') as SVGSVGElement;
      const [w, h] = svg.getAttribute('viewBox')!.split(' ').slice(2).map(Number);
      const names = qa(el, 'text.area-label') as SVGTextElement[];
      expect(names.length, 'some names').to.be.at.least(width >= 600 ? 4 : 1);
      const boxes = names.map((t) => ({ name: t.textContent!, b: t.getBBox() }));
      // The scale bar and the zoom buttons, in the drawing's coordinates (one unit a CSS pixel).
      const origin = svg.getBoundingClientRect();
      const buttons = q(el, '[part~="controls"]')!.getBoundingClientRect();
      const own = [(q(el, '.scale') as SVGGElement).getBBox(), new DOMRect(buttons.x - origin.x, buttons.y - origin.y, buttons.width, buttons.height)];
      for (const [k, { name, b }] of boxes.entries()) {
        for (const o of own) expect(boxesMeet(b, o), `${name} under the map's own controls`).to.equal(false);
        expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h, `${name} inside the map`).to.equal(true);
        for (const o of boxes.slice(k + 1)) expect(boxesMeet(b, o.b), `${name} on ${o.name}`).to.equal(false);
        for (let i = 0; i < items.length / ITEM; i++) {
          const [cx, cy] = [items[i * ITEM] * view.k + view.x, items[i * ITEM + 1] * view.k + view.y];
          // The font's box is a little taller than its letters: 2 px of it may touch a ring.
          const d = Math.hypot(cx - Math.max(b.x, Math.min(b.x + b.width, cx)), cy - Math.max(b.y, Math.min(b.y + b.height, cy)));
          expect(d, `${name} under the marker at ${Math.round(cx)},${Math.round(cy)}`).to.be.at.least(itemRadius(items, i, maxMbps) - 2);
        }
      }
    });

  for (const width of [300, 360, 600, 1000])
    it(`at ${width} px the fitted map stands clear of the zoom buttons`, async () => {
      const el = await mountAt(width, { src: AP, areas: KEL });
      const buttons = q(el, '[part~="controls"]')!.getBoundingClientRect();
      const areas = qa(el, '[part~="area"]');
      expect(areas).to.have.length(22);
      for (const a of areas) expect(boxesMeet(a.getBoundingClientRect(), buttons), a.getAttribute('aria-label') ?? '').to.equal(false);
    });

  it('in the areas mode, where no marker is drawn, the clusters keep no name away', async () => {
    const el = await mountAt(360, { src: AP, areas: KEC, mode: 'areas' });
    expect(inner(el).items.length, 'clusters are there, not drawn').to.be.above(0);
    expect(qa(el, 'text.area-label').map((t) => t.textContent)).to.have.members(['Metro Utara', 'Metro Barat', 'Metro Pusat', 'Metro Timur', 'Metro Selatan']);
  });

  it('is axe-clean, with its table of areas (per status, total row) and the list of what is in view', async () => {
    const { el } = await mount({ src: AP, areas: KEL });
    await expect(el).to.be.accessible();
    const rows = qa(el, 'tbody tr');
    expect(rows).to.have.length(22);
    expect(cells(q(el, 'tfoot tr'))).to.deep.equal(['Jumlah', '314', '282', '14', '18', '4.000']);
    expect(qa(el, '[part~="list"] button').length).to.be.within(10, 30);
  });

  it('hovering a cluster shows its tooltip: count, place, statuses, bandwidth', async () => {
    const { el } = await mount({ src: AP, areas: KEL });
    const cluster = itemsOf(el).find((it) => it.id >= 0)!;
    const { clientX, clientY } = itemAt(el, cluster.i);
    pointer(el, 'pointermove', clientX, clientY);
    await el.updateComplete;
    const lines = qa(el, '[part~="tooltip"] text').map((t) => t.textContent);
    expect(lines[0]).to.match(new RegExp(`^Kelompok: ${cluster.count} titik( sekitar .+)?$`));
    expect(lines[1]).to.match(/daring/);
    expect(lines[2]).to.match(/Mbps$/);
    expect(q(el, '[aria-live]')!.textContent).to.contain('Kelompok');
  });

  it('clicking a cluster zooms into it', async () => {
    const { el } = await mount({ src: AP, areas: KEL });
    const k0 = inner(el).view.k;
    const cluster = itemsOf(el).sort((a, b) => b.count - a.count)[0];
    const { clientX, clientY } = itemAt(el, cluster.i);
    pointer(el, 'pointerdown', clientX, clientY);
    pointer(el, 'pointerup', clientX, clientY);
    await waitUntil(() => inner(el).view.k >= k0 * 1.9, 'zoomed in', { timeout: 3000 });
    // The cluster is now split: more, smaller items in view.
    await waitUntil(() => itemsOf(el).every((it) => it.count < cluster.count), 'split', { timeout: 3000 });
  });

  it('keyboard: arrows pan, + and − zoom, 0 goes back; with reduced motion, at once', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el } = await mount({ src: AP, areas: KEL });
    const v0 = { ...inner(el).view };
    plot(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(inner(el).view.x).to.equal(v0.x - 80);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(inner(el).view.y).to.equal(v0.y - 80);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(inner(el).view.k).to.be.closeTo(v0.k * 2, 1e-6);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(inner(el).view.k).to.be.closeTo(v0.k / 2, 1e-6);
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(inner(el).view).to.deep.equal(v0);
  });

  it('the wheel zooms with Ctrl; without it, over an unfocused map, it leaves the page scrolling and says how', async () => {
    const { el } = await mount({ src: AP, areas: KEL });
    const k0 = inner(el).view.k;
    const box = plot(el).getBoundingClientRect();
    const wheel = (init: WheelEventInit) => {
      const e = new WheelEvent('wheel', { clientX: box.left + 100, clientY: box.top + 100, deltaY: -200, bubbles: true, composed: true, cancelable: true, ...init });
      plot(el).dispatchEvent(e);
      return e;
    };
    const plain = wheel({});
    await el.updateComplete;
    expect(plain.defaultPrevented).to.equal(false);
    expect(inner(el).view.k).to.equal(k0);
    expect(q(el, '.hint')!.classList.contains('shown')).to.equal(true);
    const ctrl = wheel({ ctrlKey: true });
    await el.updateComplete;
    expect(ctrl.defaultPrevented).to.equal(true);
    expect(inner(el).view.k).to.be.above(k0);
  });

  it('dragging pans the map', async () => {
    const { el } = await mount({ src: AP, areas: KEL });
    const v0 = { ...inner(el).view };
    const box = plot(el).getBoundingClientRect();
    pointer(el, 'pointerdown', box.left + 50, box.top + 50);
    pointer(el, 'pointermove', box.left + 80, box.top + 70);
    pointer(el, 'pointermove', box.left + 110, box.top + 90);
    pointer(el, 'pointerup', box.left + 110, box.top + 90);
    await el.updateComplete;
    const s = (q(el, 'canvas') as HTMLCanvasElement).width / devicePixelRatio / box.width;
    expect(inner(el).view.x - v0.x).to.be.closeTo(60 * s, 0.01);
    expect(inner(el).view.y - v0.y).to.be.closeTo(40 * s, 0.01);
  });

  it('a pinch zooms about the fingers\' midpoint', async () => {
    const { el } = await mount({ src: AP, areas: KEL, gestures: 'greedy' });
    const k0 = inner(el).view.k;
    const box = plot(el).getBoundingClientRect();
    const [cx, cy] = [box.left + 200, box.top + 150];
    pointer(el, 'pointerdown', cx - 20, cy, { pointerId: 1, pointerType: 'touch' });
    pointer(el, 'pointerdown', cx + 20, cy, { pointerId: 2, pointerType: 'touch', isPrimary: false });
    pointer(el, 'pointermove', cx + 60, cy, { pointerId: 2, pointerType: 'touch', isPrimary: false });
    pointer(el, 'pointermove', cx - 60, cy, { pointerId: 1, pointerType: 'touch' });
    pointer(el, 'pointerup', cx - 60, cy, { pointerId: 1, pointerType: 'touch' });
    pointer(el, 'pointerup', cx + 60, cy, { pointerId: 2, pointerType: 'touch', isPrimary: false });
    await el.updateComplete;
    // The fingers went from 40 px apart to 120: three times closer in.
    expect(inner(el).view.k / k0).to.be.closeTo(3, 0.01);
    expect(q(el, '[part~="plot"]')!.classList.contains('greedy')).to.equal(true);
  });

  it('the status filter hides a status from the figures, the clusters and the table', async () => {
    const { el } = await mount({ src: AP, areas: KEL });
    const online = qa(el, '[part~="filter"]')[0] as HTMLButtonElement;
    expect(online.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Daring 282');
    online.click();
    await el.updateComplete;
    expect(online.getAttribute('aria-pressed')).to.equal('false');
    expect(q(el, '.figures')!.textContent).to.match(/^32 titik · 0 % daring/);
    await waitUntil(() => itemsOf(el).reduce((s, it) => s + it.count, 0) === 32, 'clusters of 32', { timeout: 3000 });
    expect(cells(q(el, 'tfoot tr')).slice(0, 5)).to.deep.equal(['Jumlah', '32', '0', '14', '18']);
  });

  it('a point chosen from the list: tooltip, spbe-select with its name, status, bandwidth and place', async () => {
    const { el } = await mount({}, points(3, ['Balai Kota', 'Pasar Cendrawasih', 'Taman Merdeka']));
    expect(itemsOf(el).map((it) => it.id).sort((a, b) => a - b)).to.deep.equal([-3, -2, -1]);
    plot(el).focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(focused.closest('[part~="list"]')).to.exist;
    const selected = oneEvent(el, 'spbe-select') as Promise<SpbeSelectEvent<MapSelectDetail>>;
    const button = qa(el, '[part~="list"] button').find((b) => b.textContent!.startsWith('Pasar')) as HTMLButtonElement;
    button.click();
    const { detail } = await selected;
    expect(detail).to.deep.include({ kind: 'point', name: 'Pasar Cendrawasih', status: 'offline', bandwidthMbps: 20, kelurahan: 'Metro', row: 1 });
    await el.updateComplete;
    expect(qa(el, '[part~="tooltip"] text').map((t) => t.textContent)).to.deep.equal(['Pasar Cendrawasih', 'Luring · 20 Mbps', 'Metro']);
  });

  it('tapping a single point chooses it', async () => {
    const { el } = await mount({}, points(3));
    const it = itemsOf(el).find((x) => x.id === -3)!;
    const { clientX, clientY } = itemAt(el, it.i);
    const selected = oneEvent(el, 'spbe-select') as Promise<SpbeSelectEvent<MapSelectDetail>>;
    pointer(el, 'pointerdown', clientX + 2, clientY + 1);
    pointer(el, 'pointerup', clientX + 2, clientY + 1);
    expect((await selected).detail).to.deep.include({ kind: 'point', name: 'Titik 3', bandwidthMbps: 30 });
  });

  it('mode="areas": a choropleth by count with its legend; an area chosen gives its counts', async () => {
    const { el } = await mount({ src: AP, areas: KEC, mode: 'areas' });
    const ap = await fetch(AP).then((r) => r.json());
    const hand = ap.features.filter((f: { properties: { kecamatan: string } }) => f.properties.kecamatan === 'Metro Pusat');
    const classes = qa(el, '[part~="area"]').map((p) => p.getAttribute('class'));
    expect(classes).to.have.length(5);
    expect(classes.every((c) => /^q-[1-6]/.test(c!))).to.equal(true);
    expect(qa(el, '[part~="legend"] li').length).to.be.at.least(3);
    const selected = oneEvent(el, 'spbe-select') as Promise<SpbeSelectEvent<MapSelectDetail>>;
    (qa(el, '[part~="list"] button').find((b) => b.textContent!.startsWith('Metro Pusat')) as HTMLButtonElement).click();
    const { detail } = await selected;
    expect(detail).to.deep.include({ kind: 'area', name: 'Metro Pusat', count: hand.length });
    expect(detail.kind === 'area' && detail.bandwidthMbps).to.equal(hand.reduce((s: number, f: { properties: { bandwidth_mbps: number } }) => s + f.properties.bandwidth_mbps, 0));
    await expect(el).to.be.accessible();
  });

  it('reads a data document\'s network block: points and areas by URL, the reported total, the source', async () => {
    const { el, event } = await mount({ src: '/test/fixtures/kota-metro.json' });
    expect(event.type).to.equal('spbe-load');
    expect(q(el, '[part~="title"]')!.textContent).to.equal('Pemerintah Kota Metro');
    expect(qa(el, '[part~="area"]')).to.have.length(22);
    expect(q(el, '.figures')!.textContent).to.equal('314 titik · 90 % daring · 4.000 Mbps');
    expect(q(el, '[part~="source"]')!.textContent).to.contain('Diskominfo Kota Metro');
  });

  it('a reported total that differs from the points\' sum is shown beside it', async () => {
    const { el } = await mount({}, { instansi: { name: 'Kota Contoh' }, network: { accessPoints: [{ lat: -5.1, lon: 105.3, bandwidth_mbps: 50 }], bandwidthMbps: 100 } });
    expect(q(el, '.figures')!.textContent).to.equal('1 titik · 0 % daring · 50 Mbps (dilaporkan 100 Mbps)');
  });

  it('TopoJSON areas by URL', async () => {
    const { el } = await mount({ areas: '/test/fixtures/geo/two-areas.topojson' }, points(2));
    expect(qa(el, '[part~="area"]')).to.have.length(2);
  });

  it('a large file in the worker gives the same map as in the page', async () => {
    const { el: a } = await mount({ src: AP, areas: KEL, worker: 'on' });
    const { el: b } = await mount({ src: AP, areas: KEL, worker: 'off' });
    expect(inner(a).loader.value!.engine.threaded).to.equal(true);
    expect(inner(b).loader.value!.engine.threaded).to.equal(false);
    expect([...inner(a).items]).to.deep.equal([...inner(b).items]);
    expect(q(a, '.figures')!.textContent).to.equal(q(b, '.figures')!.textContent);
  });

  it('a large file goes to the worker in pieces, so no one message (one task on the page) carries it whole', async () => {
    // 60 000 rows, about 3 million characters: more than a piece.
    const rows = ['lat,lon,name,status,bandwidth_mbps'];
    for (let i = 0; i < 60_000; i++) rows.push(`${(-5.08 - (i % 300) * 0.0003).toFixed(5)},${(105.28 + Math.floor(i / 300) * 0.0005).toFixed(5)},Titik akses ${i},${['online', 'offline', 'maintenance'][i % 3]},${i % 50}`);
    const csv = rows.join('\n');
    expect(csv.length).to.be.above(PIECE);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    // The characters of text each message to the worker carries.
    const sent: number[] = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: { piece?: string; request?: { csv?: string; text?: string } }, ...rest: unknown[]) {
      sent.push((message.piece ?? message.request?.csv ?? message.request?.text ?? '').length);
      return (post as (...a: unknown[]) => void).call(this, message, ...rest);
    } as typeof post;
    try {
      const { el } = await mount({ src: url, worker: 'on' });
      expect(inner(el).loader.value!.engine.threaded).to.equal(true);
      expect(q(el, '.figures')!.textContent).to.match(/^60\.000 titik/);
    } finally {
      Worker.prototype.postMessage = post;
      URL.revokeObjectURL(url);
    }
    expect(Math.max(...sent), 'the largest message').to.be.at.most(PIECE);
    expect(sent.reduce((a, b) => a + b, 0), 'all of the file, once').to.equal(csv.length);
  });

  it('some bad rows: the good ones draw, a notice and a partial spbe-error say how many were skipped and where', async () => {
    const el = document.createElement('spbe-ap-map') as SpbeApMap;
    const partial = oneEvent(el, 'spbe-error') as Promise<SpbeErrorEvent>;
    el.src = '/test/fixtures/csv/ap-semicolon.csv';
    el.areas = '/test/fixtures/geo/two-areas.topojson';
    document.body.append(el);
    const e = await partial;
    expect(e.detail.partial).to.equal(true);
    expect(e.error.kind).to.equal('validation');
    await el.updateComplete;
    expect(q(el, '[part~="notice"] summary')!.textContent).to.equal('4 dari 7 titik dilewati karena tidak sah; sisanya ditampilkan.');
    expect(qa(el, '[part~="notice"] li').map((l) => l.textContent)).to.deep.equal([
      'baris 4: baris ini punya 3 kolom, seharusnya 6',
      'baris 5, lon: seharusnya sebuah angka, tetapi "xx"',
      'baris 6, lat: lat 105.3 dan lon -5.1 tampak tertukar (lintang hanya dari -90 sampai 90)',
      'baris 7, status: status "rusak" tidak dikenal; yang dikenal: online, offline, maintenance',
    ]);
    expect(q(el, '.figures')!.textContent).to.match(/^3 titik/);
    await expect(el).to.be.accessible();
  });

  for (const [what, src, expected] of [
    ['a 404', '/test/fixtures/geo/tidak-ada.geojson', /server menjawab 404/],
    ['an HTML page', '/api/html', /halaman HTML/],
    ['a CSV without coordinates', '/test/fixtures/csv/trend.csv', /Tabel CSV tidak sesuai format/],
    ['a document without a network', '/test/fixtures/kota-metro-domains.json', /Data titik akses tidak sesuai format/],
  ] as const) {
    it(`${what} gives the error state and spbe-error`, async () => {
      const { el, event } = await mount({ src });
      expect(event.type).to.equal('spbe-error');
      expect(q(el, '[part~="error"]')!.textContent).to.match(expected);
      await expect(el).to.be.accessible();
    });
  }

  it('text from the data stays text: names in the list and the tooltip', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await mount({}, points(1, [evil]));
    expect(q(el, '[part~="list"] button')!.textContent).to.contain(evil);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('a dark map prints its clusters on white: redrawn before printing, as before after', async () => {
    const { el } = await mount({ src: AP, areas: KEL, theme: 'dark' });
    const cluster = itemsOf(el).sort((a, b) => b.count - a.count)[0];
    const canvas = q(el, 'canvas') as HTMLCanvasElement;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const { x, y } = itemAt(el, cluster.i);
    // A pixel inside the disc, left of the count.
    const pixel = () => [...canvas.getContext('2d')!.getImageData(Math.round((x - 8) * ratio), Math.round(y * ratio), 1, 1).data.slice(0, 3)];
    expect(Math.max(...pixel())).to.be.below(80);
    window.dispatchEvent(new Event('beforeprint'));
    expect(Math.min(...pixel())).to.be.above(200);
    window.dispatchEvent(new Event('afterprint'));
    expect(Math.max(...pixel())).to.be.below(80);
  });

  it('no basemap request unless tiles is set; with it, the tiles of the view', async () => {
    const { el } = await mount({ src: AP, areas: KEL });
    expect(qa(el, 'image')).to.have.length(0);
    el.tiles = '/api/status/204?{z}/{x}/{y}';
    el.attribution = '© Contoh';
    await el.updateComplete;
    const hrefs = qa(el, 'image').map((i) => i.getAttribute('href'));
    expect(hrefs.length).to.be.at.least(1);
    expect(hrefs[0]).to.match(/^\/api\/status\/204\?1[2-4]\/\d+\/\d+$/);
    expect(q(el, '.attribution')!.textContent).to.equal('Peta dasar: © Contoh');
  });

  it('keeps its size while loading, then English and dark on request', async () => {
    const el = document.createElement('spbe-ap-map') as SpbeApMap;
    el.src = '/api/slow/300';
    document.body.append(el);
    await el.updateComplete;
    expect(q(el, '[part~="plot"]')!.textContent).to.contain('Memuat');
    el.remove();
    const { el: en } = await mount({ src: AP, lang: 'en', theme: 'dark' });
    expect(q(en, '.figures')!.textContent).to.equal('314 points · 90 % online · 4,000 Mbps');
    expect(q(en, '[part~="base"]')!.classList.contains('dark')).to.equal(true);
  });
});
