// The trend chart's CSV reader loads on demand (core/csv.js, with d3-dsv), only for a CSV sheet.
// When it cannot load, the chart says which part failed; a JSON file does not need it at all. Its own
// file: a module that failed once stays failed for its page.
import { oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/widgets/trend-chart/trend-chart.js';
import { expectModuleError } from '../helpers/module-error.js';

describe("the trend chart's CSV reader cannot load", () => {
  after(() => executeServerCommand('fail-requests', { match: null }));

  it('a JSON file draws without it; a CSV sheet gets an error box that names it, and spbe-error of kind module', async () => {
    await executeServerCommand('fail-requests', { match: '/core/csv.' });
    const json = document.createElement('spbe-trend-chart');
    json.setAttribute('src', '/test/fixtures/kota-metro.json');
    const loaded = oneEvent(json, 'spbe-load');
    document.body.append(json);
    await loaded;
    await expectModuleError('spbe-trend-chart', { src: '/test/fixtures/csv/trend.csv', label: 'Pemerintah Kota Metro' }, 'csv.js');
    json.remove();
  });
});
