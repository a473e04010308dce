// Size report: min and gzip bytes of every public entry as a bundler user ships it (the entry with
// lit bundled, minified; the modules it loads on demand are separate chunks, listed under it), and of
// the CDN files (everything in one file; and the light loader, with what a page with one widget
// fetches through it). Fails (exit 1) when an entry's first load is over budget.
// Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { firstLoad, sourcesOf } from './bundles.mjs';

const KB = 1024;
/** gzip budgets for what a page loads first, in bytes. */
const BUDGETS = {
  // 15 KB until the render flags (plain, transparent, static: issue 6) came to every widget's shared
  // CSS; 15.5 KB until a module loaded on demand that fails (a cut connection, a file gone after a
  // deploy) was an error in words and an event, not a blank box and an unhandled rejection (0.13 KB),
  // and a failed download was said in the footer (0.12 KB); 15.75 KB until numbers were written
  // without Intl.NumberFormat, whose first formatter cost a page 9 to 14 ms of its first render
  // (0.05 KB for a 71 to 49 ms first render in `npm run bench`), and the calculator found each
  // aspect's and domain's parts once per framework, not per evaluation (0.03 KB; a third off the
  // validation of the national results, cold: `node bench/data-path.mjs`); 15.875 KB until a
  // fetched file was checked in one task and drawn in the next, and the validator joined a path only
  // for a problem (0.05 KB: on a phone the national results' one 80 ms task became two under 55 ms,
  // and their check went from 50 to 34 ms: `node bench/phone.mjs`); 16 KB until a fetched body was
  // read as it comes and cut off at the size limit, its connection closed (a wrong src sent without
  // a length had downloaded whole first: 100 MB against 29 MB; 0.06 KB, in every widget).
  'spbe-widgets/index-gauge': { input: 'dist/widgets/index-gauge/index-gauge.js', gzip: 16.125 * KB },
  // Issue 3 asks for under 20 KB; held at 18.5 KB since the CSV reader and d3-dsv load only for a
  // CSV sheet (2.1 KB off the first load, which was within 42 bytes of 20 KB); 19 KB since every
  // label finds the clear place nearest its point, the last values beside their points and the
  // band names in a free corner, not on a target step, a point or another label (0.8 KB); 19.25 KB
  // since the placement looked only at what stands in a label's columns (5 to 50 times faster:
  // `node bench/layout.mjs`, 0.1 KB) and the last values of more than two series stack in their
  // points' order (eight series ending together had covered each other: 0.1 KB), then moved out
  // of the 200-line layoutTrend into placeValues and placeBandNames (65 bytes), and no value stands
  // across a target step or another point from its own point (2,79 under the 2023 step had read as
  // the target's value: 0.09 KB); 19.5 KB since a fetched body is read as it comes (see the gauge).
  'spbe-widgets/trend-chart': { input: 'dist/widgets/trend-chart/trend-chart.js', gzip: 19.5 * KB },
  // Issue 4 asks for under 18 KB: the aspect names load the first time aspects are shown (0.08 KB
  // off; the module is 0.35 KB, its loading and failure state cost the rest).
  'spbe-widgets/domain-radar': { input: 'dist/widgets/domain-radar/domain-radar.js', gzip: 18 * KB },
  // Issue 9 asks for 15 KB and this misses it. Lit and the shared core every widget reading SPBE data
  // loads (loader, validator, preset, calculator, tokens, chrome) come to about 13 KB alone before
  // the ranking's own model, drawing, keys, table, words in two languages and styles (the `from`
  // line below has the parts and the load on a page that has lit). The budget holds it where it is
  // (17.25 KB until it read the official table as CSV: 0.2 KB, and left a CSV's bad rows out with a
  // note: 0.15 KB; the reader and the note's words load on demand; 17.75 KB until a module that
  // fails to load was an error in words and an event: 0.17 KB; 18 KB until the national rule was cut
  // where it crossed a figure after a bar: 0.14 KB; a failed download said in the footer: 0.12 KB;
  // 18.25 KB until numbers were written without Intl, and the calculator's parts were found once
  // per framework: 0.08 KB; 18.375 KB until "show all" drew the rows near the view, not all 615, and
  // all of them for print and export: 0.28 KB, for a click to the next paint on a phone of 90 ms,
  // not 360 to 540 ms; the step to 18.75 KB, not 18.625, leaves room for the content hashes in the
  // chunk names, which move a first load by up to 10 bytes from one build to the next; 18.875 KB
  // since the official predikat is written in the reader's language where it names a band, so an
  // English list says "Excellent" as its legend does, not "Memuaskan": 0.03 KB; 19.25 KB since names
  // are cut by their width in the font they are drawn in, and the names' column widens for long ones:
  // ministries' names had run under the bars or off the edge, cut mid-letter: 0.29 KB; 19.375 KB
  // since they are measured again when a web font arrives after the first drawing: 0.03 KB).
  'spbe-widgets/ranking': { input: 'dist/widgets/ranking/ranking.js', gzip: 19.375 * KB },
  'spbe-widgets/ap-map': { input: 'dist/widgets/ap-map/ap-map.js', gzip: 30 * KB },
  'spbe-widgets/dashboard': { input: 'dist/widgets/dashboard/dashboard.js', gzip: 60 * KB, single: false },
  'spbe-widgets (all elements)': { input: 'dist/index.js', gzip: 60 * KB, single: false },
};
const CDN = ['dist/cdn/spbe-widgets.js', 'dist/cdn/spbe-widgets.iife.js'];
/** Files a page may load besides: the map's worker (parser and supercluster, for large files). */
const EXTRA = [['dist/cdn/ap-map-worker.js', "the map's worker (large files; loaded beside the page, off its main thread)"]];

if (!existsSync('dist/index.js')) {
  console.error('size: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

const gz = (code) => gzipSync(code, { level: 9 }).length;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`.padStart(9);
const rows = [];
let failed = false;

const LIT = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

const builds = [];

for (const [name, { input, gzip: budget, single = true }] of Object.entries(BUDGETS)) {
  // First load: the entry and every chunk it imports statically, as one file would be; and the same
  // for a page that has lit already (an app built with it: the bundler shares one copy).
  const { chunks, first } = await firstLoad(input);
  const withoutLit = single ? gz([...(await firstLoad(input, LIT)).first].map((c) => c.code).join('\n')) : undefined;
  builds.push({ name, budget, single, chunks, first, withoutLit });
}
// Where a widget's first load comes from: lit, the shared core (loader, validator, preset, tokens,
// chrome), the widget's own modules, other packages (d3 modules). Each part gzipped alone, so the
// parts add up to a little more than the whole (rollup's glue between modules is in none).
const PARTS = [
  ['lit', (src) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(src)],
  ['core', (src) => /^dist\/(core|themes)\//.test(src)],
  ['own', (src) => src.startsWith('dist/')],
  ['packages', (src) => src.includes('node_modules')],
];
const split = (first) => {
  const parts = [...first].flatMap(sourcesOf);
  return PARTS.map(([part]) => {
    const code = parts.filter(([src]) => PARTS.find(([, test]) => test(src))?.[0] === part).map((p) => p[1]).join('');
    return code ? `${part} ${fmt(gz(code)).trim()}` : '';
  }).filter(Boolean).join(' + ');
};

for (const { name, budget, single, chunks, first, withoutLit } of builds) {
  const code = [...first].map((c) => c.code).join('\n');
  const size = gz(code);
  const ok = size <= budget;
  failed ||= !ok;
  rows.push([`${name} (first load)`, code.length, size, `${fmt(budget)} ${ok ? 'ok' : 'OVER BUDGET'} (${size} of ${budget} bytes)`]);
  if (single) {
    rows.push([`  from`, '', '', `${split(first)}; without lit ${fmt(withoutLit).trim()} (${withoutLit} bytes)`]);
  }
  for (const c of [...chunks.values()].filter((x) => !first.has(x))) {
    // Named by the project's own modules in it, else by the packages.
    const own = c.moduleIds.filter((id) => !id.includes('node_modules')).map((id) => id.replace(/.*\/dist\//, ''));
    const pkgs = [...new Set(c.moduleIds.filter((id) => id.includes('node_modules')).map((id) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1]))];
    const what = [...own.slice(-2), ...pkgs].join(', ');
    rows.push([`  + on demand: ${what}`, c.code.length, gz(c.code), '']);
  }
}
for (const file of CDN) {
  const code = readFileSync(file);
  rows.push([`${file} (all in one file)`, code.length, gz(code), '']);
}
// The light loader: what a page with one widget fetches through it (the loader, then that widget's
// files, which the build wrote into the loader), each file gzipped alone as it goes over the wire.
const AUTO = 'dist/cdn/spbe-widgets.auto.js';
const auto = readFileSync(AUTO, 'utf8');
const files = JSON.parse(JSON.parse(/"\{[^"]*(?:\\"[^"]*)*\}"/.exec(auto)?.[0] ?? '"{}"'));
if (!Object.keys(files).length) {
  console.error(`size: ${AUTO} lists no widget files`);
  process.exit(1);
}
// The loader itself: the tag list, the file lists, the error for a file that cannot load, and the
// early fetch of each element's data file (1.5 KB until then: +0.09 KB, for a gauge drawn after 0.63 s
// instead of 0.78 s on slow 4G, `node bench/cdn.mjs`).
const AUTO_BUDGET = 1.625 * KB;
const autoGz = gz(auto);
const autoOk = autoGz <= AUTO_BUDGET;
failed ||= !autoOk;
rows.push([`${AUTO} (the loader: each widget when its tag appears)`, auto.length, autoGz, `${fmt(AUTO_BUDGET)} ${autoOk ? 'ok' : 'OVER BUDGET'} (${autoGz} of ${AUTO_BUDGET} bytes)`]);
for (const [tag, list] of Object.entries(files)) {
  const codes = list.map((f) => readFileSync(`dist/cdn/${f}`));
  const raw = auto.length + codes.reduce((n, c) => n + c.length, 0);
  rows.push([`  a page with only <${tag}>: the loader + ${codes.length} files`, raw, autoGz + codes.reduce((n, c) => n + gz(c), 0), '']);
}
for (const [file, what] of EXTRA) {
  const code = readFileSync(file);
  rows.push([`${file}`, code.length, gz(code), what]);
}

const w = Math.max(...rows.map((r) => r[0].length)) + 1;
console.log(`${'output'.padEnd(w)} ${'min'.padStart(9)} ${'gzip'.padStart(9)}   budget (gzip)`);
for (const [name, raw, gzip, note] of rows) console.log(`${name.padEnd(w)} ${raw === '' ? ' '.repeat(19) : `${fmt(raw)} ${fmt(gzip)}`}   ${note}`);
if (failed) {
  console.error('size: over budget');
  process.exit(1);
}
