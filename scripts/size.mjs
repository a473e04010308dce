// Size report: raw, min and gzip bytes of every public entry as a bundler user would ship it
// (the entry with lit and d3 parts bundled and minified) and of the CDN files.
// Fails (exit 1) when an entry is over its budget. Run after `npm run build`.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { plugins } from '../rollup.config.mjs';

const KB = 1024;
/** gzip budgets, in bytes. */
const BUDGETS = {
  'spbe-widgets/index-gauge (with lit, @lit/task, d3-shape)': { input: 'dist/widgets/index-gauge/index-gauge.js', gzip: 15 * KB },
  'spbe-widgets (all elements)': { input: 'dist/index.js', gzip: 60 * KB },
};
const CDN = ['dist/cdn/spbe-widgets.js', 'dist/cdn/spbe-widgets.iife.js'];

if (!existsSync('dist/index.js')) {
  console.error('size: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`.padStart(9);
const rows = [];
let failed = false;

for (const [name, { input, gzip: budget }] of Object.entries(BUDGETS)) {
  const bundle = await rollup({ input, plugins: plugins(), onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = Buffer.from(output[0].code);
  const size = gz(code);
  const ok = size <= budget;
  failed ||= !ok;
  rows.push([name, code.length, size, `${fmt(budget)} ${ok ? 'ok' : 'OVER BUDGET'}`]);
}
for (const file of CDN) {
  const code = readFileSync(file);
  rows.push([file, code.length, gz(code), '']);
}

console.log(`${'output'.padEnd(58)} ${'min'.padStart(9)} ${'gzip'.padStart(9)}   budget (gzip)`);
for (const [name, raw, gzip, note] of rows) console.log(`${name.padEnd(58)} ${fmt(raw)} ${fmt(gzip)}   ${note}`);
if (failed) {
  console.error('size: over budget');
  process.exit(1);
}
