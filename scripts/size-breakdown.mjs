// Where a bundle's bytes go: minified bytes per source module (through the source map), and the
// gzip of each module's share alone (an over-estimate: gzip shares a dictionary across modules).
//   npm run size:breakdown   (after `npm run build`)
import { rollup } from 'rollup';
import { plugins } from '../rollup.config.mjs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';
const bundle = await rollup({ input: process.argv[2], plugins: plugins(), onwarn(){} });
const { output } = await bundle.generate({ format: 'es', sourcemap: true });
const { code, map } = output[0];
const tm = new TraceMap(map);
const lines = code.split('\n');
const per = new Map();
for (let l = 0; l < lines.length; l++) {
  const line = lines[l];
  let cur = null, start = 0;
  for (let c = 0; c <= line.length; c += 1) {
    const src = c < line.length ? (originalPositionFor(tm, { line: l + 1, column: c }).source ?? '?') : null;
    if (src !== cur) {
      if (cur !== null) per.set(cur, (per.get(cur) ?? '') + line.slice(start, c));
      cur = src; start = c;
    }
  }
}
const rows = [...per].map(([k, s]) => [s.length, gzipSync(s, { level: 9 }).length, k.replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/')]);
rows.sort((a, b) => b[0] - a[0]);
for (const r of rows) console.log(String(r[0]).padStart(7), String(r[1]).padStart(6), r[2]);
console.log('total', code.length, gzipSync(code, { level: 9 }).length);
