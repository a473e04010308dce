import { rollup } from 'rollup';
import { plugins } from '../rollup.config.mjs';
import { gzipSync } from 'node:zlib';
const b = await rollup({ input: process.argv[2], plugins: plugins(), onwarn(){} });
const { output } = await b.generate({ format: 'es' });
console.log(output[0].code.length, gzipSync(output[0].code, { level: 9 }).length);
