// What the size scripts share: an entry bundled as a user's bundler ships it (lit included,
// minified), its first load (the entry and every chunk it imports statically), and the source module
// of each run of its minified code (through the source maps).
import { rollup } from 'rollup';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { plugins } from '../rollup.config.mjs';

/** The chunks of `input` (by file name) and the set of those a page loads first. */
export async function firstLoad(input, external) {
  const bundle = await rollup({ input, plugins: plugins(), external, onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', sourcemap: true });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const first = new Set();
  const visit = (c) => c && !first.has(c) && (first.add(c), c.imports.forEach((f) => visit(chunks.get(f))));
  visit([...chunks.values()].find((c) => c.isEntry));
  return { chunks, first };
}

/** A chunk's minified code as `[source, text]` runs ('' for rollup's glue and line ends). */
export function sourcesOf(chunk) {
  const tm = new TraceMap(chunk.map);
  const out = [];
  chunk.code.split('\n').forEach((line, l) => {
    let cur;
    let start = 0;
    for (let c = 0; c <= line.length; c += 1) {
      const src = c < line.length ? (originalPositionFor(tm, { line: l + 1, column: c }).source ?? '') : null;
      if (src !== cur) {
        if (cur !== undefined) out.push([cur, line.slice(start, c)]);
        [cur, start] = [src, c];
      }
    }
    out.push(['', '\n']);
  });
  return out;
}
