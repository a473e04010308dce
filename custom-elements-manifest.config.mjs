// The element manifest (custom-elements.json) from the classes' JSDoc: attributes, properties,
// events, parts, CSS custom properties, slots. `npm run build` writes it; editors and Storybook read
// it, and test/widgets/manifest.test.ts fails when a rendered part or a used --spbe-* property is
// missing from it.

/** Gives each element the shared tokens documented on SpbeElement, and keeps only its `spbe-*` events. */
function sharedDocs() {
  return {
    name: 'spbe-shared-docs',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const base = declarations.find((d) => d.name === 'SpbeElement');
      for (const d of declarations.filter((x) => x.customElement && x.tagName)) {
        const own = d.cssProperties ?? [];
        const names = new Set(own.map((p) => p.name));
        d.cssProperties = [...own, ...(base?.cssProperties ?? []).filter((p) => !names.has(p.name))];
        // The analyzer also reads `dispatchEvent(new SpbeSelectEvent(detail))` as an event named "detail".
        d.events = (d.events ?? []).filter((e) => e.name?.startsWith('spbe-'));
      }
    },
  };
}

export default {
  globs: ['src/core/element.ts', 'src/widgets/*/*.ts'],
  exclude: ['src/widgets/**/*-layout.ts', 'src/widgets/**/*-strings.ts', 'src/widgets/**/*.styles.ts', 'src/widgets/ap-map/ap-!(map).ts'],
  outdir: '.',
  litelement: true,
  plugins: [sharedDocs()],
};
