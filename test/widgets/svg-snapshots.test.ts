// What each widget draws, as SVG text, held against the snapshots in `__snapshots__/` (OWID's
// grapher-svgs do the same): a change to a layout, a label's place or a path shows here as a diff
// of lines, before it reaches a reader. The drawing is ours (no text is measured), so the same
// markup comes out on every machine. After a change made on purpose, look at the pages, then
// `npm run test:snapshots` writes the new snapshots; their diff goes into the commit.
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, getSnapshot, getSnapshotConfig, saveSnapshot } from '@web/test-runner-commands';
import '../../src/index.js';

const KM = '/test/fixtures/kota-metro.json';
const NAT = '/data/nasional/spbe-hasil-2023-2024.json';
const AP = '/test/fixtures/geo/kota-metro-ap.geojson';
const KEL = '/test/fixtures/geo/kota-metro-kelurahan.geojson';
const KEC = '/test/fixtures/geo/kota-metro-kecamatan.geojson';

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Every SVG of the widget, one tag a line, without lit's markers; and the plot's accessible name. */
function drawing(el: Element): string {
  const root = el.shadowRoot!;
  const svgs = [...root.querySelectorAll('svg')].map((s) =>
    new XMLSerializer()
      .serializeToString(s)
      .replace(/<!--[^]*?-->/g, '')
      .replace(/\s+/g, ' ')
      .replace(/> </g, '><')
      .replace(/></g, '>\n<'),
  );
  const name = root.querySelector('[part~="plot"], [part~="meter"]')?.getAttribute('aria-label') ?? '';
  return [`aria-label: ${name}`, ...svgs].join('\n');
}

/** The lines that differ (a longest-common-subsequence diff), numbered, at most 60 of them. */
function diff(stored: string, drawn: string): string {
  const [a, b] = [stored.split('\n'), drawn.split('\n')];
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
  const out: string[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) [i, j] = [i + 1, j + 1];
    else if (i < a.length && (j === b.length || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) out.push(`- ${i + 1}: ${a[i++]}`);
    else out.push(`+ ${j + 1}: ${b[j++]}`);
  }
  const more = out.length > 60 ? [`… and ${out.length - 60} more`] : [];
  return ['the drawing differs from its snapshot (- stored, + drawn now, by line):', ...out.slice(0, 60), ...more].join('\n');
}

const CASES: Array<[name: string, tag: string, width: number, attrs: Record<string, string>]> = [
  ['gauge 272', 'spbe-index-gauge', 272, { src: KM }],
  ['gauge 480 en', 'spbe-index-gauge', 480, { src: KM, lang: 'en' }],
  ['gauge 272 2023, target on a band edge', 'spbe-index-gauge', 272, { src: KM, year: '2023' }],
  ['trend 320', 'spbe-trend-chart', 320, { src: KM }],
  ['trend 640', 'spbe-trend-chart', 640, { src: KM }],
  ['trend 480 domains en', 'spbe-trend-chart', 480, { src: KM, series: 'kebijakan,tata-kelola,manajemen,layanan', comparisons: 'none', lang: 'en' }],
  ['radar 340', 'spbe-domain-radar', 340, { src: KM }],
  ['radar 480 2024', 'spbe-domain-radar', 480, { src: KM, years: '2024' }],
  ['ranking 360 Lampung', 'spbe-ranking', 360, { src: NAT, province: 'Lampung', highlight: '18.72' }],
  ['ranking 720 kota top 10 en', 'spbe-ranking', 720, { src: NAT, kind: 'kota', highlight: '18.72', limit: '10', lang: 'en' }],
  ['map 360 kelurahan', 'spbe-ap-map', 360, { src: AP, areas: KEL }],
  ['map 800 kelurahan', 'spbe-ap-map', 800, { src: AP, areas: KEL }],
  ['map 480 kecamatan areas', 'spbe-ap-map', 480, { src: AP, areas: KEC, mode: 'areas' }],
];

describe('what each widget draws, against its snapshot', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => document.querySelectorAll('.snapshot').forEach((e) => e.remove()));

  for (const [name, tag, width, attrs] of CASES)
    it(name, async () => {
      const box = document.createElement('div');
      box.className = 'snapshot';
      box.style.width = `${width}px`;
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      const loaded = Promise.race([oneEvent(el, 'spbe-load'), oneEvent(el, 'spbe-error')]);
      const drawn = tag === 'spbe-ap-map' ? oneEvent(el, 'spbe-render') : loaded;
      box.append(el);
      document.body.append(box);
      expect((await loaded).type, 'loaded').to.equal('spbe-load');
      await drawn;
      await frames();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const content = drawing(el);
      expect(content.split('\n').length, 'something drawn').to.be.above(20);
      const stored = await getSnapshot({ name });
      if (stored === undefined || (await getSnapshotConfig()).updateSnapshots) await saveSnapshot({ name, content });
      else if (stored !== content) expect.fail(diff(stored, content));
    });
});
