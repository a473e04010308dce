import { rollup } from 'rollup';
import { plugins } from '/work/main/rollup.config.mjs';
const bundle = await rollup({ input: process.argv[2], plugins: plugins().slice(0,1) });
const { output } = await bundle.generate({ format: 'es' });
const mods = Object.entries(output[0].modules).map(([k,v])=>[v.renderedLength,k.replace(/.*node_modules\//,'')]).sort((a,b)=>b[0]-a[0]);
let tot=0; for (const [n] of mods) tot+=n;
console.log('total', tot);
for (const [n,k] of mods.slice(0,30)) console.log(String(n).padStart(7), k);
