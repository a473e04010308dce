import { rollup } from 'rollup';
import { plugins } from '../rollup.config.mjs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const entry = '/work/main/dist/widgets/index-gauge/index-gauge.js';
async function size(stubId) {
  const stub = {
    name: 'stub',
    load(id) {
      if (!stubId || !id.endsWith(stubId)) return null;
      // keep export names, drop bodies: export const/function X -> export const X = 0
      const src = readFileSync(id, 'utf8');
      const names = [...src.matchAll(/export (?:async )?(?:function|const|class|let) ([A-Za-z0-9_$]+)/g)].map((m) => m[1]);
      const re = [...src.matchAll(/export \{([^}]*)\}/g)].flatMap((m) => m[1].split(',').map((s) => s.trim().split(' as ').pop()));
      return [...names, ...re].filter(Boolean).map((n) => `export const ${n} = globalThis.x${n};`).join('\n');
    },
  };
  const b = await rollup({ input: entry, plugins: [stub, ...plugins()], onwarn() {} });
  const { output } = await b.generate({ format: 'es' });
  return gzipSync(output[0].code, { level: 9 }).length;
}
const full = await size(null);
console.log('full', full);
for (const m of process.argv.slice(2)) console.log(m.padEnd(40), full - (await size(m)));
