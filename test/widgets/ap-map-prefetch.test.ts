// The map's parser and supercluster (ap-work.js) load on demand. They are asked for when a map
// starts to load its file, not once the file has arrived, so the two come in parallel. Its own file:
// a module the page has loaded once is not fetched again.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/widgets/ap-map/ap-map.js';

describe("the map's parser", () => {
  it('is fetched while the data file is still on its way, with d3-dsv beside it', async () => {
    const el = document.createElement('spbe-ap-map');
    el.setAttribute('src', '/api/late/400?file=geo/kota-metro-ap.geojson');
    const rendered = oneEvent(el, 'spbe-render');
    document.body.append(el);
    await rendered;
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const at = (part: string) => entries.find((e) => e.name.includes(part));
    const data = at('/api/late/400')!;
    const work = at('/ap-map/ap-work.')!;
    const dsv = at('/d3-dsv/')!;
    expect(work.startTime, 'the parser was asked for before the file arrived').to.be.below(data.responseEnd);
    expect(dsv.startTime, 'd3-dsv too').to.be.below(data.responseEnd);
    expect(el.shadowRoot!.querySelector('canvas')).to.exist;
    el.remove();
  });
});
