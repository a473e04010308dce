// A widget whose CSV reader loads on demand asks for it (and d3-dsv beside it) as soon as it starts
// to load a `.csv` URL, so the reader and the file come in parallel, not one after the other. Its own
// file: a module the page has loaded once is not fetched again.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/widgets/trend-chart/trend-chart.js';
import '../../src/widgets/ranking/ranking.js';

const entries = () => performance.getEntriesByType('resource') as PerformanceResourceTiming[];
const at = (part: string) => entries().find((e) => e.name.includes(part));

async function load(tag: string, attrs: Record<string, string>) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const loaded = oneEvent(el, 'spbe-load');
  document.body.append(el);
  await loaded;
  return el;
}

describe('a CSV reader loaded on demand', () => {
  it("the trend's sheet reader and d3-dsv are asked for while the sheet is on its way", async () => {
    const el = await load('spbe-trend-chart', { src: '/api/late/400/trend.csv?file=csv/trend.csv', label: 'Pemerintah Kota Metro' });
    const data = at('/api/late/400/trend.csv')!;
    expect(at('/core/csv.')!.startTime, 'the reader').to.be.below(data.responseEnd);
    expect(at('/d3-dsv/')!.startTime, 'd3-dsv').to.be.below(data.responseEnd);
    expect(el.shadowRoot!.querySelector('[part~="line"], path')).to.exist;
    el.remove();
  });

  it("the ranking's table reader is asked for while the table is on its way; a JSON source does not fetch it", async () => {
    const json = await load('spbe-ranking', { src: '/data/nasional/spbe-hasil-2023-2024.json', province: 'Lampung' });
    expect(at('/core/results-table.'), 'not for JSON').to.equal(undefined);
    json.remove();
    const el = await load('spbe-ranking', { src: '/api/late/400/hasil.csv?file=nasional/spbe-results-2023-2024.csv', province: 'Lampung' });
    const data = at('/api/late/400/hasil.csv')!;
    expect(at('/core/results-table.')!.startTime).to.be.below(data.responseEnd);
    expect(el.shadowRoot!.querySelectorAll('[part~="row"]')).to.have.length(16);
    el.remove();
  });
});
