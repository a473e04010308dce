// The radar's aspect names load the first time it shows aspects: until then it holds its shape and
// says it is loading, then draws every aspect by its name (not its id). Apart from the failure test,
// which leaves the module failed for its page.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/widgets/domain-radar/domain-radar.js';
import type { SpbeDomainRadar } from '../../src/widgets/domain-radar/domain-radar.js';

/** Each axis label's lines, joined. */
const labels = (el: Element) => [...el.shadowRoot!.querySelectorAll('.axis-label')].map((t) => [...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' '));

describe("the radar's aspect names, fetched when shown", () => {
  it('a drilldown into Layanan: loading first, then the two service aspects by name', async () => {
    const el = document.createElement('spbe-domain-radar') as SpbeDomainRadar;
    el.setAttribute('src', '/test/fixtures/kota-metro.json');
    el.setAttribute('drilldown', '');
    const loaded = oneEvent(el, 'spbe-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    el.domain = 'layanan';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy'), 'loading the names').to.equal('true');
    await waitUntil(() => labels(el).length > 0, 'the aspects drawn');
    expect(labels(el).join(' | ')).to.match(/Layanan Administrasi Pemerintahan Berbasis Elektronik \| Layanan Publik Berbasis Elektronik/);
    el.remove();
  });
});
