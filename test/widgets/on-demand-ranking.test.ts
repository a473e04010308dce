// The ranking's CSV reader loads on demand (core/results-table.js, with d3-dsv). When it cannot
// load, the ranking says which part failed. Its own file: the dashboard test in on-demand.test.ts
// makes the ranking's module itself fail for its page.
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/widgets/ranking/ranking.js';
import { expectModuleError } from '../helpers/module-error.js';

describe("the ranking's CSV reader cannot load", () => {
  after(() => executeServerCommand('fail-requests', { match: null }));

  it('an error box that names it, and spbe-error of kind module', async () => {
    await executeServerCommand('fail-requests', { match: '/core/results-table.' });
    await expectModuleError('spbe-ranking', { src: '/data/nasional/spbe-results-2023-2024.csv', province: 'Lampung' }, 'results-table.js');
  });
});
