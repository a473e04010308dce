// Every attribute the manifest lists, set to junk (a word, a negative number, markup, nothing): each
// widget still renders its data or a readable error, throws nothing, and shows no element made from
// the value. What a CMS user typing attributes by hand can do.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { clearLoadCache } from '../../src/core/load.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
}

const SOURCES: Record<string, string> = {
  'spbe-ranking': '/data/nasional/spbe-hasil-2023-2024.json',
};
const JUNK = ['abc', '-1', '<img src=x onerror="window.__junk=1">', '', '1e309'];
// Attributes that name the data or where to fetch it: junk there is the corpus test's business.
const SOURCE_ATTRS = new Set(['src', 'areas', 'tiles', 'ranking-src', 'worker']);

describe('junk in every attribute', () => {
  let declarations: Declaration[] = [];
  before(async () => {
    const manifest = await fetch('/custom-elements.json').then((r) => r.json());
    declarations = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.tagName);
  });
  afterEach(() => {
    document.querySelectorAll('.junk').forEach((e) => e.remove());
    clearLoadCache();
  });

  for (const junk of JUNK) {
    it(`every widget, every attribute = ${JSON.stringify(junk)}: data or a readable error, nothing thrown`, async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(String(e.message));
      const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        for (const d of declarations) {
          const el = document.createElement(d.tagName!) as HTMLElement & { updateComplete: Promise<unknown> };
          el.className = 'junk';
          el.setAttribute('src', SOURCES[d.tagName!] ?? '/test/fixtures/kota-metro.json');
          for (const a of d.attributes ?? []) if (!SOURCE_ATTRS.has(a.name)) el.setAttribute(a.name, junk);
          document.body.append(el);
          await new Promise((r) => setTimeout(r, 600));
          await el.updateComplete;
          const root = el.shadowRoot!;
          const shown = root.querySelector('[part~="plot"], [part~="grid"], [part~="error"]');
          expect(shown, `${d.tagName}: renders its plot or an error`).to.not.equal(null);
          expect(root.querySelector('img'), `${d.tagName}: no element from the value`).to.equal(null);
          if (root.querySelector('[part~="error"]')) expect(root.querySelector('[part~="error"]')!.textContent!.trim(), `${d.tagName}: the error says something`).to.not.equal('');
        }
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(errors).to.deep.equal([]);
      expect((window as unknown as { __junk?: number }).__junk).to.equal(undefined);
    });
  }
});
