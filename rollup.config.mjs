// Bundles the tsc output in dist/ into the CDN files: one self-contained ES module and the same as a
// classic script (the on-demand modules inlined, so each is one file). `npm run build` runs tsc first (dist/**/*.js + .d.ts, one entry per widget).
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** `module: false` for the classic script: terser's module mode would mangle its global `SpbeWidgets`. */
export const plugins = ({ module = true } = {}) => [
  resolve({ exportConditions: ['production'] }),
  // Lit's html`` and css`` templates keep their white space through terser; this strips it.
  minifyHTML({ failOnError: true }),
  terser({ module, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: 'dist/index.js',
    output: { file: 'dist/cdn/spbe-widgets.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
  },
  // The map's worker: its own file beside the CDN bundle (the bundle finds it by import.meta.url).
  {
    input: 'dist/widgets/ap-map/ap-map-worker.js',
    output: { file: 'dist/cdn/ap-map-worker.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
  {
    input: 'dist/index.js',
    output: { file: 'dist/cdn/spbe-widgets.iife.js', format: 'iife', name: 'SpbeWidgets', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins({ module: false }),
  },
];
