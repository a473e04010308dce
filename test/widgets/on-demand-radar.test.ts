// The radar's aspect names (core/frameworks/permenpanrb-59-2020-labels.js) load on demand, the
// first time a radar shows aspects. Domains draw without them; aspects wait for them, then draw
// with their names; when they cannot load, the radar says which part failed. Its own file: a
// module that failed once stays failed for its page.
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/widgets/domain-radar/domain-radar.js';
import { hasLabels } from '../../src/core/framework.js';
import { expectModuleError } from '../helpers/module-error.js';

const KM = '/test/fixtures/kota-metro.json';
const labels = (el: Element) => [...el.shadowRoot!.querySelectorAll('.axis-label')].map((t) => t.textContent!.trim());

describe("the radar's aspect names, on demand", () => {
  after(() => executeServerCommand('fail-requests', { match: null }));

  it('domains draw without them; when they cannot load, aspects get an error box that names them, and spbe-error of kind module', async () => {
    await executeServerCommand('fail-requests', { match: '/permenpanrb-59-2020-labels.' });
    const domains = document.createElement('spbe-domain-radar');
    domains.setAttribute('src', KM);
    const loaded = oneEvent(domains, 'spbe-load');
    document.body.append(domains);
    await loaded;
    await (domains as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(labels(domains)).to.deep.equal(['Kebijakan', 'Tata Kelola', 'Manajemen', 'Layanan']);
    expect(hasLabels('permenpanrb-59-2020'), 'not fetched for domains').to.equal(false);
    await expectModuleError('spbe-domain-radar', { src: KM, level: 'aspects' }, 'permenpanrb-59-2020-labels.js');
    domains.remove();
  });
});
