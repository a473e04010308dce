// The error box on a phone: a problem's JSON path and the file's address are long words without
// spaces; they wrap between their steps, not inside a name ("layana" / "n", "fix" / "tures").
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/widgets/index-gauge/index-gauge.js';
import type { SpbeIndexGauge } from '../../src/widgets/index-gauge/index-gauge.js';

/** The runs of letters in `el`'s text that the browser drew on more than one line. */
function namesCut(el: Element): string[] {
  const cut: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    for (const m of n.textContent!.matchAll(/[A-Za-z_]+/g)) {
      const range = document.createRange();
      range.setStart(n, m.index!);
      range.setEnd(n, m.index! + m[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) cut.push(m[0]);
    }
  return cut;
}

describe('the error box', () => {
  for (const width of [300, 360])
    it(`at ${width} px a path and an address break between their steps, never inside a name`, async () => {
      const box = document.createElement('div');
      box.style.width = `${width}px`;
      const el = document.createElement('spbe-index-gauge') as SpbeIndexGauge;
      const failed = oneEvent(el, 'spbe-error');
      el.src = '/test/fixtures/bad/decimal-comma.json';
      box.append(el);
      document.body.append(box);
      await failed;
      await el.updateComplete;
      const codes = [...el.shadowRoot!.querySelectorAll('[part~="error"] code')];
      expect(codes.map((c) => c.textContent)).to.deep.equal([
        'evaluations[3].index: seharusnya angka dari 1 sampai 5, tetapi "3,34"',
        'evaluations[3].domains.layanan: seharusnya angka dari 1 sampai 5, tetapi "3,87"',
        new URL('/test/fixtures/bad/decimal-comma.json', location.href).href,
      ]);
      // They do wrap here: the test would pass on one long line.
      for (const c of codes.slice(1)) expect(c.getClientRects().length, c.textContent!).to.be.above(1);
      for (const c of codes) expect(namesCut(c), c.textContent!).to.deep.equal([]);
      box.remove();
    });
});
