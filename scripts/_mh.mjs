import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { readFileSync } from 'node:fs';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
const code = readFileSync(process.argv[2], 'utf8');
const orig = defaultStrategy.minifyCSS;
defaultStrategy.minifyCSS = (css, o) => { try { return orig(css, o); } catch (e) { console.log('CSS FAIL:', JSON.stringify(css).slice(0, 3000)); throw e; } };
try { await minifyHTMLLiterals(code, { fileName: 'x.js' }); console.log('ok'); } catch (e) { console.log(e.message); }
