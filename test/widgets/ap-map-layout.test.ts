// The map's pure parts, without a DOM: parsing with bad rows, the projection and the view, clusters,
// hit testing, areas and their aggregates.
import { expect } from '@open-wc/testing';
import { aggregateAreas, areaAt, parseAreas, STATUSES } from '../../src/widgets/ap-map/ap-areas.js';
import { parseApCsv, parseApGeojson, parseApRows } from '../../src/widgets/ap-map/ap-data.js';
import { buildIndex, expansionZoom, queryItems } from '../../src/widgets/ap-map/ap-cluster.js';
import {
  areaLabels,
  areaShapes,
  boundsOf,
  classEdges,
  classOf,
  compactCount,
  fitView,
  frameOf,
  frameTransform,
  hitTest,
  ITEM,
  itemIndex,
  latY,
  lngX,
  scaleBar,
  tilesFor,
  toScreen,
  toUnit,
  viewBBox,
  xLng,
  yLat,
  zoomAt,
  zoomOf,
  zoomRange,
} from '../../src/widgets/ap-map/ap-layout.js';
import { areasFrom } from '../../src/widgets/ap-map/ap-load.js';
import { Work } from '../../src/widgets/ap-map/ap-work.js';
import { SpbeError } from '../../src/core/errors.js';

const text = (url: string) => fetch(url).then((r) => r.text());
const json = (url: string) => fetch(url).then((r) => r.json());
const AP = '/test/fixtures/geo/kota-metro-ap.geojson';
const KEL = '/test/fixtures/geo/kota-metro-kelurahan.geojson';

function thrown(fn: () => unknown): SpbeError {
  try {
    fn();
  } catch (e) {
    return e as SpbeError;
  }
  throw new Error('did not throw');
}

describe('ap-map: parsing access points', () => {
  it('CSV with semicolons and decimal commas: good rows kept, each bad row reported by its line, quoted newlines kept', async () => {
    const r = parseApCsv(await text('/test/fixtures/csv/ap-semicolon.csv'));
    expect(r.total).to.equal(7);
    expect(r.skipped).to.equal(4);
    expect(r.points.n).to.equal(3);
    expect([...r.points.lat]).to.deep.equal([-5.11, -5.11, -5.115]);
    expect([...r.points.lon]).to.deep.equal([105.29, 105.31, 105.305]);
    expect([...r.points.status].map((s) => STATUSES[s])).to.deep.equal(['online', 'offline', 'maintenance']);
    expect(r.points.bw[1]).to.equal(10.5);
    expect(Number.isNaN(r.points.bw[2])).to.equal(true);
    expect(r.points.names.text.startsWith('Balai "Desa"\nBarat')).to.equal(true);
    expect(r.issues.map((i) => [i.path, i.code])).to.deep.equal([
      ['line 4', 'columns'],
      ['line 5, lon', 'type'],
      ['line 6, lat', 'swapped'],
      ['line 7, status', 'unknown'],
    ]);
    expect([...r.points.source]).to.deep.equal([2, 3, 8]);
  });

  it('a CSV without coordinate columns is an error that says which columns it needs', () => {
    const e = thrown(() => parseApCsv('nama,status\nA,online\n'));
    expect(e).to.be.instanceOf(SpbeError);
    expect(e.kind).to.equal('validation');
    expect(e.issues[0]).to.deep.include({ path: 'line 1', code: 'required' });
  });

  it('a CSV where every row is bad is an error, not an empty map', () => {
    const e = thrown(() => parseApCsv('lat,lon\n95,5\nx,y\n'));
    expect(e.kind).to.equal('validation');
    expect(e.issues.map((i) => i.code)).to.deep.equal(['swapped', 'type', 'type']);
  });

  it('GeoJSON: Points and MultiPoints kept, other and empty geometries and bad positions skipped with their paths', () => {
    const r = parseApGeojson({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [105.3, -5.1] }, properties: { name: 'A', status: 'online', bandwidth_mbps: 10 } },
        { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[105.31, -5.1], [105.32, -5.1]] }, properties: { name: 'B' } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[105.3, -5.1], [105.4, -5.2]] }, properties: {} },
        { type: 'Feature', geometry: null, properties: {} },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [-5.1, 105.3] }, properties: {} },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [200, 10] }, properties: {} },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [105.3, -5.1] }, properties: { bandwidth_mbps: -3 } },
      ],
    });
    expect(r.points.n).to.equal(3);
    expect([...r.points.source]).to.deep.equal([0, 1, 1]);
    expect(r.issues.map((i) => [i.path, i.code])).to.deep.equal([
      ['features[2].geometry.type', 'geometry'],
      ['features[3].geometry', 'empty'],
      ['features[4].geometry.coordinates[1]', 'swapped'],
      ['features[5].geometry.coordinates[0]', 'range'],
      ['features[6].properties.bandwidth_mbps', 'range'],
    ]);
    expect(r.skipped).to.equal(5);
    expect(Number.isNaN(r.points.bw[1])).to.equal(true);
    expect(STATUSES[r.points.status[1]]).to.equal('unknown');
  });

  it('not GeoJSON at all is an error', () => {
    expect(thrown(() => parseApGeojson([1, 2])).issues[0]).to.deep.include({ code: 'type' });
    expect(thrown(() => parseApGeojson({ type: 'FeatureCollection', features: [] })).issues[0]).to.deep.include({ code: 'empty' });
  });

  it('rows of a data document, with their JSON paths', () => {
    const r = parseApRows([{ lat: -5.1, lon: 105.3, nama: 'X' }, { lat: '-5.1' }, null], 'network.accessPoints');
    expect(r.points.n).to.equal(1);
    expect(r.issues.map((i) => i.path)).to.deep.equal(['network.accessPoints[1].lon', 'network.accessPoints[2].lon', 'network.accessPoints[2].lat']);
  });

  it('the demo file: 314 points, 4 000 Mbps, statuses read', async () => {
    const r = parseApGeojson(await json(AP));
    expect(r.points.n).to.equal(314);
    expect(r.skipped).to.equal(0);
    expect([...r.points.bw].reduce((a, b) => a + b, 0)).to.equal(4000);
  });
});

describe('ap-map: areas', () => {
  it('GeoJSON polygons with names and ids; a line among them is reported, the rest kept', async () => {
    const kel = await json(KEL);
    kel.features.push({ type: 'Feature', properties: { nama: 'Garis' }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } });
    const { areas, issues } = parseAreas(kel);
    expect(areas).to.have.length(22);
    expect(areas[0]).to.deep.include({ id: '18.72.01.1001', name: 'Metro', level: 'kelurahan' });
    expect(issues).to.have.length(1);
    expect(issues[0]).to.deep.include({ path: 'features[22].geometry', code: 'geometry' });
  });

  it('TopoJSON through topojson-client: shared arcs become two polygons; points fall in the right one', async () => {
    const { areas } = await areasFrom(await json('/test/fixtures/geo/two-areas.topojson'), '');
    expect(areas.map((a) => a.name)).to.deep.equal(['Barat', 'Timur']);
    expect(areaAt(areas, 105.29, -5.11)).to.equal(0);
    expect(areaAt(areas, 105.31, -5.11)).to.equal(1);
    expect(areaAt(areas, 105.4, -5.11)).to.equal(-1);
  });

  it('aggregation per kelurahan matches a hand count, by name and by position alike', async () => {
    const ap = await json(AP);
    const { areas } = parseAreas(await json(KEL));
    const hand = new Map<string, { n: number; mbps: number; offline: number }>();
    for (const f of ap.features) {
      const h = hand.get(f.properties.kelurahan) ?? { n: 0, mbps: 0, offline: 0 };
      h.n++;
      h.mbps += f.properties.bandwidth_mbps;
      if (f.properties.status === 'offline') h.offline++;
      hand.set(f.properties.kelurahan, h);
    }
    const byName = aggregateAreas(parseApGeojson(ap).points, areas);
    // The same points without their kelurahan: placed by point in polygon.
    for (const f of ap.features) delete f.properties.kelurahan, delete f.properties.kecamatan;
    const byPlace = aggregateAreas(parseApGeojson(ap).points, areas);
    for (const agg of [byName, byPlace]) {
      areas.forEach((a, i) => {
        const counts = [0, 1, 2, 3].map((s) => agg.stats.count[i * 4 + s]);
        const mbps = [0, 1, 2, 3].reduce((s, k) => s + agg.stats.mbps[i * 4 + k], 0);
        const h = hand.get(a.name)!;
        expect(counts.reduce((x, y) => x + y, 0), a.name).to.equal(h.n);
        expect(mbps, a.name).to.equal(h.mbps);
        expect(counts[1], a.name).to.equal(h.offline);
      });
      expect([...agg.pointArea].every((a) => a >= 0)).to.equal(true);
    }
  });

  it('area paths are written in a local frame, with label points inside their area', async () => {
    const { areas } = parseAreas(await json(KEL));
    const frame = frameOf([lngX(105.26), latY(-5.05), lngX(105.36), latY(-5.18)]);
    const shapes = areaShapes(areas, frame);
    expect(shapes).to.have.length(22);
    expect(shapes[0].d).to.match(/^M[\d.]+,[\d.]+L/);
    // Short numbers: a city's frame spans about 1 000 units.
    expect(Math.max(...shapes[0].d.match(/[\d.]+/g)!.map(Number))).to.be.below(2000);
    let inside = 0;
    shapes.forEach((s, i) => {
      const u = (s.label[0] + frame.ox) / frame.s;
      const v = (s.label[1] + frame.oy) / frame.s;
      if (areaAt(areas, xLng(u), yLat(v)) === i) inside++;
    });
    expect(inside).to.be.at.least(20);
  });

  it('the frame\'s transform is written short and puts a frame point where the view shows it', () => {
    const bounds = [lngX(105.26), latY(-5.05), lngX(105.36), latY(-5.18)] as const;
    const frame = frameOf([...bounds]);
    for (const view of [fitView([...bounds], 360, 300), fitView([...bounds], 1200, 700), zoomAt(fitView([...bounds], 600, 400), 7.3, 123.4, 56.7, 0, 1e9)]) {
      const t = frameTransform(frame, view);
      const n = t.match(/-?[\d.e-]+/g)!.map(Number);
      expect(t.replace(/^matrix\(|\)$/g, '').split(' ').every((x) => x.replace(/^-/, '').length <= 9), t).to.equal(true);
      // The frame's corner of the view and a point 1 000 units in, through the matrix and through toScreen.
      for (const [fx, fy] of [[0, 0], [1000, 800]]) {
        const [sx, sy] = toScreen(view, (fx + frame.ox) / frame.s, (fy + frame.oy) / frame.s);
        expect(Math.abs(n[0] * fx + n[4] - sx), t).to.be.below(0.02);
        expect(Math.abs(n[3] * fy + n[5] - sy), t).to.be.below(0.02);
      }
    }
  });
});

describe('ap-map: area names', () => {
  // One square area (about 11 km a side) filling a 400 px map, and one cluster of 50.
  const areas = parseAreas({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: 'Hadimulyo Barat' }, geometry: { type: 'Polygon', coordinates: [[[105.25, -5.05], [105.35, -5.05], [105.35, -5.15], [105.25, -5.15], [105.25, -5.05]]] } }],
  }).areas;
  const b = [lngX(105.25), latY(-5.05), lngX(105.35), latY(-5.15)] as [number, number, number, number];
  const v = fitView(b, 400, 400, 0);
  const frame = frameOf(b);
  const shapes = areaShapes(areas, frame);
  const inside = (i: number, u: number, w: number) => areaAt(areas, xLng(u), yLat(w)) === i;
  const cluster = (px: number, py: number) => {
    const items = new Float64Array(ITEM);
    [items[0], items[1]] = toUnit(v, px, py);
    [items[2], items[8]] = [50, 1];
    return items;
  };
  const names = (items: Float64Array, reserved: Array<[number, number, number, number]> = [], width = 400) =>
    areaLabels(shapes, ['Hadimulyo Barat'], frame, v, width, 400, items, itemIndex(items), () => 20, inside, reserved);

  it('at its middle where nothing covers it', () => {
    const [l] = names(new Float64Array(0));
    expect(l.x).to.be.closeTo(200, 1);
    expect(l.y).to.be.closeTo(200, 1);
  });

  it('a line up where a marker sits just under its middle, two where it sits on it', () => {
    const [l] = names(cluster(200, 210));
    expect(l.x).to.be.closeTo(200, 1);
    expect(l.y, 'one line above').to.be.closeTo(200 - 11 * 1.3, 1);
    expect(names(cluster(200, 200))[0].y, 'two lines up or down').to.be.closeTo(200 - 2 * 11 * 1.3, 1);
  });

  it('never under the map\'s own controls, nor out of the view, nor where the area is narrower than 60 px', () => {
    expect(names(new Float64Array(0), [[150, 190, 250, 210]])[0].y, 'moved off a reserved box').to.not.be.closeTo(200, 1);
    expect(names(new Float64Array(0), [[0, 0, 400, 400]])).to.deep.equal([]);
    expect(names(new Float64Array(0), [], 240)[0], 'the name is 92 px wide: at 240 px it still fits').to.exist;
    expect(names(new Float64Array(0), [], 150), 'cut by the edge').to.deep.equal([]);
    const far = fitView(b, 40, 40, 0);
    expect(areaLabels(shapes, ['Hadimulyo Barat'], frame, far, 400, 400, new Float64Array(0), undefined, () => 0, inside)).to.deep.equal([]);
  });
});

describe('ap-map: projection and view', () => {
  it('Web Mercator round-trips and matches the slippy-map tile of a known place', () => {
    expect(xLng(lngX(105.3))).to.be.closeTo(105.3, 1e-9);
    expect(yLat(latY(-5.1))).to.be.closeTo(-5.1, 1e-9);
    // Kota Metro at zoom 12 is tile x 3246, y 2106 (OpenStreetMap numbering).
    expect(Math.floor(lngX(105.3) * 4096)).to.equal(3246);
    expect(Math.floor(latY(-5.1) * 4096)).to.equal(2106);
  });

  it('fitView fits the bounds within the padding and centres them', () => {
    const b = boundsOf([lngX(105.26), lngX(105.36)], [latY(-5.05), latY(-5.18)])!;
    const v = fitView(b, 600, 400, 16);
    const [x0, y0] = toScreen(v, b[0], b[1]);
    const [x1, y1] = toScreen(v, b[2], b[3]);
    expect(Math.min(x0, y0)).to.be.at.least(15.99);
    expect(x1).to.be.at.most(584.01);
    expect(y1).to.be.at.most(384.01);
    // The taller side touches the padding; the other is centred.
    expect(y0).to.be.closeTo(16, 1e-6);
    expect(x0 + x1).to.be.closeTo(600, 1e-6);
    expect(zoomOf(v.k)).to.be.within(10.5, 12.5);
  });

  it('fitView fits beside the zoom buttons when the bounds would reach under them, and only then', () => {
    // A wide shape in a narrow box: its width decides the fit, so its right edge meets the buttons.
    const wide = boundsOf([lngX(105.2), lngX(105.4)], [latY(-5.1), latY(-5.15)])!;
    const v = fitView(wide, 300, 300, 12, 17, [52, 130]);
    const [x0, y0] = toScreen(v, wide[0], wide[1]);
    const [x1] = toScreen(v, wide[2], wide[3]);
    expect(x1).to.be.closeTo(300 - 52 - 12, 1e-6);
    expect(x0).to.be.closeTo(12, 1e-6);
    expect(y0).to.be.below(130);
    // Without the corner it is the plain fit, wider.
    expect(fitView(wide, 300, 300, 12, 17).k).to.be.above(v.k);
    // A tall shape in a wide box is centred with room to spare: the buttons change nothing.
    const tall = boundsOf([lngX(105.26), lngX(105.3)], [latY(-5.0), latY(-5.2)])!;
    expect(fitView(tall, 600, 300, 12, 17, [52, 130])).to.deep.equal(fitView(tall, 600, 300, 12, 17));
    // Nor does a wide shape whose top right stays below them.
    const low = fitView(wide, 300, 600, 12, 17);
    expect(toScreen(low, wide[2], wide[1])[1]).to.be.above(130);
    expect(fitView(wide, 300, 600, 12, 17, [52, 130])).to.deep.equal(low);
  });

  it('zoomAt keeps the point under the cursor still and holds the limits', () => {
    const v = { k: 1e6, x: -500000, y: -300000 };
    const z = zoomAt(v, 2, 120, 80, 1, 1e9);
    expect(toUnit(z, 120, 80)[0]).to.be.closeTo(toUnit(v, 120, 80)[0], 1e-12);
    expect(toUnit(z, 120, 80)[1]).to.be.closeTo(toUnit(v, 120, 80)[1], 1e-12);
    expect(zoomAt(v, 100, 0, 0, 1, 2e6).k).to.equal(2e6);
  });

  it('viewBBox is the view in degrees, west-south-east-north', () => {
    const b = [lngX(105.26), latY(-5.05), lngX(105.36), latY(-5.18)] as [number, number, number, number];
    const v = fitView(b, 500, 500, 0);
    const [w, s, e, n] = viewBBox(v, 500, 500);
    expect(w).to.be.below(105.26 + 1e-9);
    expect(e).to.be.above(105.36 - 1e-9);
    expect(s).to.be.closeTo(-5.18, 1e-6);
    expect(n).to.be.closeTo(-5.05, 1e-6);
  });

  it('tiles cover the view exactly at the nearest zoom', () => {
    const v = { k: 256 * 2 ** 12, x: -3246 * 256 + 10, y: -2106 * 256 + 20 };
    const tiles = tilesFor(v, 300, 200);
    expect(tiles[0]).to.deep.include({ z: 12, x: 3245, y: 2105, size: 256 });
    expect(tiles.map((t) => `${t.x}/${t.y}`)).to.deep.equal(['3245/2105', '3246/2105', '3247/2105', '3245/2106', '3246/2106', '3247/2106']);
    expect(Math.min(...tiles.map((t) => t.left))).to.be.at.most(0);
    expect(Math.max(...tiles.map((t) => t.left + t.size))).to.be.at.least(300);
  });

  it('the scale bar: a round distance under 100 px, true at the map\'s latitude', () => {
    // At zoom 12 (512-px tiles) a pixel is 40 075 km / 2^21 ≈ 19.1 m at the equator; at -5° a little less.
    const v = { k: 512 * 2 ** 12, x: 0, y: 0 };
    const { metres, px } = scaleBar(v, latY(-5.1));
    expect(metres).to.equal(1000);
    expect(px).to.be.closeTo(1000 / ((40075016.686 * Math.cos((5.1 * Math.PI) / 180)) / v.k), 1e-9);
    expect(px).to.be.within(50, 100);
    expect(scaleBar({ ...v, k: v.k * 8 }, latY(-5.1)).metres).to.equal(200);
  });

  it('choropleth classes: nice equal steps from 0, the largest value in the last', () => {
    expect(classEdges(97)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(classOf(97, classEdges(97))).to.equal(5);
    expect(classOf(20, classEdges(97))).to.equal(1);
    expect(classOf(0, classEdges(97))).to.equal(0);
  });
});

describe('ap-map: clusters and hit testing', () => {
  it('clusters count every point once, with per-status counts and summed bandwidth', async () => {
    const { points } = parseApGeojson(await json(AP));
    const b = boundsOf(points.x, points.y)!;
    const fitZoom = zoomOf(fitView(b, 600, 430).k);
    const { minZoom, maxZoom } = zoomRange(points.n, fitZoom, 600, 430, b);
    const index = buildIndex(points, 0b1111, minZoom, maxZoom);
    const items = queryItems(index, [-180, -85, 180, 85], minZoom);
    const n = items.length / ITEM;
    expect(n).to.be.within(10, 120);
    const sum = (k: number) => Array.from({ length: n }, (_, i) => items[i * ITEM + k]).reduce((a, b) => a + b, 0);
    expect(sum(2)).to.equal(314);
    expect(sum(7)).to.equal(4000);
    expect([sum(3), sum(4), sum(5), sum(6)]).to.deep.equal([282, 14, 18, 0]);
    // Past the last cluster level every point stands alone.
    expect(queryItems(index, [-180, -85, 180, 85], maxZoom + 1).length / ITEM).to.equal(314);
    // A cluster splits at a deeper zoom.
    const cluster = Array.from({ length: n }, (_, i) => items[i * ITEM + 8]).find((id) => id >= 0)!;
    expect(expansionZoom(index, cluster)).to.be.above(minZoom);
  });

  it('the filter rebuilds the index with the shown statuses only', async () => {
    const { points } = parseApGeojson(await json(AP));
    const index = buildIndex(points, 0b0010, 10, 14);
    const items = queryItems(index, [-180, -85, 180, 85], 10);
    const n = items.length / ITEM;
    const total = Array.from({ length: n }, (_, i) => items[i * ITEM + 2]).reduce((a, b) => a + b, 0);
    expect(total).to.equal(14);
  });

  it('hit testing picks the nearest item whose marker covers the point, through the k-d tree', () => {
    const items = new Float64Array(3 * ITEM);
    const put = (i: number, u: number, v: number, id: number) => {
      items[i * ITEM] = u;
      items[i * ITEM + 1] = v;
      items[i * ITEM + 2] = 1;
      items[i * ITEM + 8] = id;
    };
    put(0, 0.5, 0.5, -1);
    put(1, 0.5 + 6 / 1e6, 0.5, -2);
    put(2, 0.5 + 40 / 1e6, 0.5, -3);
    const v = { k: 1e6, x: -0.5e6, y: -0.5e6 };
    const tree = itemIndex(items);
    const r = () => 5;
    expect(hitTest(tree, items, v, 2, 0, r)).to.equal(0);
    expect(hitTest(tree, items, v, 4, 0, r)).to.equal(1);
    expect(hitTest(tree, items, v, 38, 1, r)).to.equal(2);
    expect(hitTest(tree, items, v, 22, 0, r)).to.equal(undefined);
  });

  it('the worker\'s work, run in the page: a load, a query and the cluster levels for 314 points', async () => {
    const work = new Work();
    const reply = work.load({ text: await text(AP), viewport: [600, 430], mask: 0b1111 });
    expect(reply.kind).to.equal('points');
    if (reply.kind !== 'points') return;
    expect(reply.meta).to.deep.include({ title: 'Pemerintah Kota Metro', synthetic: true });
    expect(reply.maxZoom).to.be.at.least(reply.minZoom);
    const items = work.query([-180, -85, 180, 85], reply.minZoom);
    expect(items.length % ITEM).to.equal(0);
    // A document is handed back to the page, which reads its network block.
    expect(work.load({ json: { instansi: { name: 'X' }, network: {} }, viewport: [1, 1], mask: 15 }).kind).to.equal('document');
  });
});

describe('ap-map: cluster counts', () => {
  it('short counts as Intl\'s compact notation writes them (id-ID, en-GB), without Intl', () => {
    const counts = [0, 7, 1234, 9999, 10000, 12345, 14500, 99499, 99500, 100000, 999499, 999500, 1e6, 1499999, 1500000, 2500000, 12345678, 999999999, 2.5e9];
    for (const lang of ['id', 'en'] as const) {
      const intl = (n: number) =>
        n < 10_000
          ? new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 0 }).format(n)
          : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { notation: 'compact', maximumFractionDigits: 0 }).format(n);
      expect(counts.map((n) => compactCount(n, lang))).to.deep.equal(counts.map(intl));
    }
    expect(compactCount(12345, 'id')).to.equal('12\u00a0rb');
    expect(compactCount(999500, 'en')).to.equal('1m');
  });
});
