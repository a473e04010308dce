// The element manifest (custom-elements.json) from the classes' JSDoc: attributes, properties,
// events, parts, CSS custom properties, slots. `npm run build` writes it; editors and Storybook read
// it, and test/widgets/manifest.test.ts fails when a rendered part or a used --spbe-* property is
// missing from it.

/** Each class's reactive properties declared `state: true` (internal state, never an attribute), by class name. */
const states = new Map();

/**
 * Gives each element the shared tokens documented on SpbeElement, keeps only its `spbe-*` events,
 * and drops the attributes the analyzer makes of internal state (`static properties = { tableOpen:
 * { state: true } }`): an editor would offer `tableopen`, which does nothing.
 */
function sharedDocs() {
  return {
    name: 'spbe-shared-docs',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const props = node.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.initializer && ts.isObjectLiteralExpression(m.initializer));
      if (!props) return;
      const isState = (p) =>
        ts.isPropertyAssignment(p) &&
        ts.isObjectLiteralExpression(p.initializer) &&
        p.initializer.properties.some((q) => ts.isPropertyAssignment(q) && q.name.getText() === 'state' && q.initializer.kind === ts.SyntaxKind.TrueKeyword);
      states.set(node.name.getText(), new Set(props.initializer.properties.filter(isState).map((p) => p.name.getText())));
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const base = declarations.find((d) => d.name === 'SpbeElement');
      for (const d of declarations.filter((x) => x.customElement && x.tagName)) {
        const own = d.cssProperties ?? [];
        const names = new Set(own.map((p) => p.name));
        d.cssProperties = [...own, ...(base?.cssProperties ?? []).filter((p) => !names.has(p.name))];
        // The analyzer also reads `dispatchEvent(new SpbeSelectEvent(detail))` as an event named "detail".
        d.events = (d.events ?? []).filter((e) => e.name?.startsWith('spbe-'));
        const state = states.get(d.name) ?? new Set();
        d.attributes = (d.attributes ?? []).filter((a) => !state.has(a.fieldName ?? a.name));
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
