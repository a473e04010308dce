// custom-elements.json (written by `npm run build` from the classes' JSDoc) must document every part
// an element renders and every --spbe-* custom property its styles read: a new part= or token that
// is not in the JSDoc fails here.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  attributes?: { name: string }[];
  events?: { name: string }[];
  slots?: { name: string }[];
}

const KM = '/test/fixtures/kota-metro.json';
const STATES: Record<string, { attrs: Record<string, string>; settle?: string }[]> = {
  'spbe-index-gauge': [{ attrs: { src: KM } }, { attrs: { src: '/test/fixtures/bad/decimal-comma.json' } }],
  'spbe-trend-chart': [{ attrs: { src: KM } }, { attrs: { src: '/test/fixtures/tidak-ada.json' } }],
  'spbe-domain-radar': [{ attrs: { src: KM, drilldown: '', domain: 'layanan' } }, { attrs: { src: KM } }],
  'spbe-ap-map': [
    { attrs: { src: KM } },
    { attrs: { src: '/test/fixtures/csv/ap-semicolon.csv', areas: '/test/fixtures/geo/kota-metro-kecamatan.geojson', mode: 'areas' } },
    { attrs: { src: '/test/fixtures/tidak-ada.json' } },
  ],
  'spbe-dashboard': [{ attrs: { src: KM } }, { attrs: { src: '/test/fixtures/tidak-ada.json' } }],
  'spbe-ranking': [
    { attrs: { src: '/data/nasional/spbe-hasil-2023-2024.json', highlight: '18.72', kind: 'kota', limit: '5' } },
    { attrs: { src: '/test/fixtures/tidak-ada.json' } },
  ],
};

async function rendered(tag: string, attrs: Record<string, string>): Promise<{ parts: Set<string>; props: Set<string> }> {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<void> };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const settled = Promise.race([oneEvent(el, 'spbe-load'), oneEvent(el, 'spbe-error')]);
  document.body.append(el);
  await settled;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  const root = el.shadowRoot!;
  // A part that loads on demand (the radar's aspect names) has come.
  await waitUntil(() => !root.querySelector('[aria-busy="true"]'), `${tag} still loading`);
  // Open the table, hover the first focusable thing, so their parts render too.
  (root.querySelector('[part~="table-toggle"]') as HTMLElement | null)?.click();
  (root.querySelector('[part~="plot"]') as HTMLElement | null)?.focus();
  await el.updateComplete;
  const parts = new Set([...root.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/)));
  const css = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
  const props = new Set([...css.matchAll(/var\((--spbe-[\w-]+)/g)].map((m) => m[1]));
  el.remove();
  return { parts, props };
}

describe('custom-elements.json', () => {
  let declarations: Declaration[];
  before(async () => {
    const manifest = await fetch('/custom-elements.json').then((r) => r.json());
    declarations = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.tagName);
  });

  it('lists every element, with its attributes, events and slots', () => {
    const byTag: Record<string, Declaration> = Object.fromEntries(declarations.map((d) => [d.tagName, d]));
    expect(Object.keys(byTag).sort()).to.deep.equal(['spbe-ap-map', 'spbe-dashboard', 'spbe-domain-radar', 'spbe-index-gauge', 'spbe-ranking', 'spbe-trend-chart']);
    expect(byTag['spbe-ap-map'].attributes!.map((a) => a.name)).to.include.members(['src', 'areas', 'mode', 'metric', 'tiles', 'worker', 'gestures']);
    expect(byTag['spbe-trend-chart'].events!.map((e) => e.name).sort()).to.deep.equal(['spbe-error', 'spbe-load', 'spbe-select']);
    expect(byTag['spbe-dashboard'].slots!.map((s) => s.name).sort()).to.deep.equal(['footer', 'title']);
  });

  it('every attribute it lists is one the element observes (internal state is not an attribute)', () => {
    for (const d of declarations) {
      const observed = (customElements.get(d.tagName!) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect((d.attributes ?? []).map((a) => a.name), d.tagName).to.satisfy((names: string[]) => names.every((n) => observed.includes(n)));
      expect(observed.filter((n) => !(d.attributes ?? []).some((a) => a.name === n)), `${d.tagName}: observed but not listed`).to.deep.equal([]);
    }
  });

  for (const tag of Object.keys(STATES)) {
    it(`${tag}: every rendered part and every --spbe-* property it reads is documented`, async () => {
      const d = declarations.find((x) => x.tagName === tag)!;
      const documentedParts = new Set((d.cssParts ?? []).map((p) => p.name));
      const documentedProps = new Set((d.cssProperties ?? []).map((p) => p.name));
      const parts = new Set<string>();
      const props = new Set<string>();
      for (const state of STATES[tag]) {
        const got = await rendered(tag, state.attrs);
        got.parts.forEach((p) => parts.add(p));
        got.props.forEach((p) => props.add(p));
      }
      expect(parts.size, 'parts rendered').to.be.at.least(5);
      expect([...parts].filter((p) => !documentedParts.has(p)), 'undocumented parts').to.deep.equal([]);
      expect([...props].filter((p) => !documentedProps.has(p)), 'undocumented custom properties').to.deep.equal([]);
    });
  }
});
