import { minify } from 'terser';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
const bundle = await rollup({ input: process.argv[2], plugins: [resolve({exportConditions:['production']})], onwarn(){} });
const { output } = await bundle.generate({ format: 'es' });
const rows=[];
for (const [k,v] of Object.entries(output[0].modules)) {
  const m = await minify(v.code ?? '', { module: true, compress: {passes:2} });
  const c = m.code ?? '';
  rows.push([c.length, gzipSync(c,{level:9}).length, k.replace(/.*node_modules\//,'').replace('/work/main/','')]);
}
rows.sort((a,b)=>b[1]-a[1]);
let t=0,g=0; for (const r of rows){t+=r[0];g+=r[1]; console.log(String(r[0]).padStart(7), String(r[1]).padStart(6), r[2]);}
console.log('sum', t, g);
