// Where a bundle's bytes go: minified bytes per source module (through the source maps) over every
// chunk of the entry, and the gzip of each module's share alone (an over-estimate: gzip shares its
// dictionary across modules). Chunks loaded on demand are marked.
//   npm run size:breakdown   (after `npm run build`)
import { rollup } from 'rollup';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';
import { plugins } from '../rollup.config.mjs';

const input = process.argv[2] ?? 'dist/widgets/index-gauge/index-gauge.js';
const bundle = await rollup({ input, plugins: plugins(), onwarn() {} });
const { output } = await bundle.generate({ format: 'es', sourcemap: true });
const chunks = output.filter((o) => o.type === 'chunk');
const entry = chunks.find((c) => c.isEntry);
const first = new Set();
const visit = (c) => !first.has(c) && (first.add(c), c.imports.forEach((f) => visit(chunks.find((x) => x.fileName === f))));
visit(entry);

const per = new Map();
for (const chunk of chunks) {
  const tm = new TraceMap(chunk.map);
  const lazy = first.has(chunk) ? '' : ' (on demand)';
  chunk.code.split('\n').forEach((line, l) => {
    let cur = null;
    let start = 0;
    for (let c = 0; c <= line.length; c += 1) {
      const src = c < line.length ? (originalPositionFor(tm, { line: l + 1, column: c }).source ?? '?') + lazy : null;
      if (src !== cur) {
        if (cur !== null) per.set(cur, (per.get(cur) ?? '') + line.slice(start, c));
        cur = src;
        start = c;
      }
    }
  });
}
const rows = [...per].map(([k, s]) => [s.length, gzipSync(s, { level: 9 }).length, k.replace(/.*node_modules\//, '').replace(/.*\/dist\//, '')]);
rows.sort((a, b) => b[0] - a[0]);
console.log('    min   gzip  module');
for (const r of rows) console.log(String(r[0]).padStart(7), String(r[1]).padStart(6), ' ', r[2]);
