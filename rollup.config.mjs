// Bundles the tsc output in dist/ into the CDN files: one self-contained ES module, the same as a
// classic script (the on-demand modules inlined, so each is one file), and a light loader that
// fetches each widget beside it when its tag appears. `npm run build` runs tsc first (dist/**/*.js + .d.ts, one entry per widget).
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

/**
 * Writes into the light loader, for each tag, the files its widget's module needs (the module's
 * chunk and every chunk it imports), so the loader can fetch them all at once.
 */
function autoFiles() {
  return {
    name: 'spbe-auto-files',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      const files = {};
      for (const c of chunks) {
        // The chunk that holds a widget's element module (dist/widgets/index-gauge/index-gauge.js).
        const name = c.moduleIds.map((id) => /\/widgets\/([^/]+)\/\1\.js$/.exec(id)?.[1]).find(Boolean);
        if (!name) continue;
        const seen = new Set();
        const visit = (file) => seen.has(file) || file === entry.fileName || (seen.add(file), bundle[file].imports.forEach(visit));
        visit(c.fileName);
        files[`spbe-${name}`] = [...seen];
      }
      if (!entry.code.includes('__SPBE_AUTO_FILES__')) this.error('spbe-widgets.auto.js has no __SPBE_AUTO_FILES__ to fill');
      // A string's content, safe in either kind of quotes. (Written after the source map: on that
      // one line, columns past the list are off by its length, which only a debugger would notice.)
      entry.code = entry.code.replace('__SPBE_AUTO_FILES__', JSON.stringify(JSON.stringify(files)).slice(1, -1));
    },
  };
}

export default [
  {
    input: 'dist/index.js',
    output: { file: 'dist/cdn/spbe-widgets.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
  },
  // The light CDN entry: a loader that imports each widget when its tag first appears. Its chunks
  // sit beside it (so the map's chunk finds ap-map-worker.js as the one-file bundle does).
  {
    input: 'dist/auto.js',
    output: { dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: 'spbe-widgets.auto.js', chunkFileNames: 'auto-[name]-[hash].js' },
    plugins: [...plugins(), autoFiles()],
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
