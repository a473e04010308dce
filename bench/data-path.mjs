// `npm run bench` (data part): what a page with <spbe-ranking src="…/spbe-hasil-2023-2024.json">
// does with the national results before it draws, step by step, in Node (the same V8 as Chromium,
// no browser needed): JSON.parse of the 349 KB file, the collection's validation (1 236 evaluations:
// fields, domains, the index recomputed, the band), and the ranking's model for one province and for
// the whole list. Medians and spread over the runs, the first (cold) run apart: a page runs it once,
// cold, and a phone at a quarter of the speed takes about four times as long.
//   node bench/data-path.mjs [--runs 30]     (run `npm run build` first)
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const RUNS = Number(opts.runs);
if (!existsSync('dist/core/results.js')) throw new Error('run `npm run build` first');
const { parseSpbeResults } = await import('../dist/core/results.js');
const { rankModel } = await import('../dist/widgets/ranking/ranking-layout.js');

const text = readFileSync('data/nasional/spbe-hasil-2023-2024.json', 'utf8');
const steps = {
  'JSON.parse': () => JSON.parse(text),
  'validate (parseSpbeResults)': (json) => parseSpbeResults(json),
  'ranking model, Lampung': (data) => rankModel(data, { province: 'Lampung', highlight: '18.72' }, 'id'),
  'ranking model, all 615': (data) => rankModel(data, {}, 'id'),
};

const times = Object.fromEntries(Object.keys(steps).map((k) => [k, []]));
for (let run = 0; run <= RUNS; run++) {
  const json = time('JSON.parse', () => steps['JSON.parse']());
  const data = time('validate (parseSpbeResults)', () => steps['validate (parseSpbeResults)'](json));
  time('ranking model, Lampung', () => steps['ranking model, Lampung'](data));
  time('ranking model, all 615', () => steps['ranking model, all 615'](data));
}

function time(step, f) {
  const t = performance.now();
  const out = f();
  times[step].push(performance.now() - t);
  return out;
}

const ms = (x) => `${x.toFixed(1)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`The national results' path, Node ${process.version}, ${RUNS} runs after the first:\n`);
console.log('| step | first (cold) | median | spread |\n|---|---:|---:|---:|');
for (const [step, [first, ...rest]] of Object.entries(times)) {
  console.log(`| ${step} | ${ms(first)} | ${ms(median(rest))} | ${ms(Math.min(...rest))}–${ms(Math.max(...rest))} |`);
}
