// Where a bundle's bytes go: minified bytes per source module (through the source maps) over every
// chunk of the entry, and the gzip of each module's share alone (an over-estimate: gzip shares its
// dictionary across modules). Chunks loaded on demand are marked.
//   npm run size:breakdown   (after `npm run build`)
import { gzipSync } from 'node:zlib';
import { firstLoad, sourcesOf } from './bundles.mjs';

const input = process.argv[2] ?? 'dist/widgets/index-gauge/index-gauge.js';
const { chunks, first } = await firstLoad(input);
const per = new Map();
for (const chunk of chunks.values()) {
  const lazy = first.has(chunk) ? '' : ' (on demand)';
  for (const [src, text] of sourcesOf(chunk)) {
    if (text === '\n') continue;
    const key = (src || '?') + lazy;
    per.set(key, (per.get(key) ?? '') + text);
  }
}
const rows = [...per].map(([k, s]) => [s.length, gzipSync(s, { level: 9 }).length, k.replace(/.*node_modules\//, '').replace(/.*\/dist\//, '')]);
rows.sort((a, b) => b[0] - a[0]);
console.log('    min   gzip  module');
for (const r of rows) console.log(String(r[0]).padStart(7), String(r[1]).padStart(6), ' ', r[2]);
