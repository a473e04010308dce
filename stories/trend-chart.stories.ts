// Stories for <spbe-trend-chart> (Component Story Format 3), using the test fixtures.
import { html, type TemplateResult } from 'lit';
import '../src/widgets/trend-chart/trend-chart.js';

interface Args {
  src?: string;
  series?: string;
  comparisons?: 'all' | 'none';
  lang?: 'id' | 'en';
  theme?: 'auto' | 'light' | 'dark';
  width?: string;
  label?: string;
}

interface Story {
  name?: string;
  args?: Args;
}

const FIXTURES = '/test/fixtures';

export default {
  title: 'Widgets/spbe-trend-chart',
  component: 'spbe-trend-chart',
  args: { src: `${FIXTURES}/kota-metro.json`, series: 'index', comparisons: 'all', lang: 'id', theme: 'light', width: '40rem' } satisfies Args,
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    comparisons: { control: 'inline-radio', options: ['all', 'none'] },
  },
  // Storybook's pages carry no strict CSP, so the story may size its wrapper inline.
  render: (a: Args): TemplateResult => html`<div style="width: ${a.width ?? '40rem'}">
    <spbe-trend-chart
      .src=${a.src}
      series=${a.series ?? 'index'}
      comparisons=${a.comparisons ?? 'all'}
      lang=${a.lang ?? 'id'}
      theme=${a.theme ?? 'auto'}
      .label=${a.label}
    ></spbe-trend-chart>
  </div>`,
};

export const WithNasional: Story = { name: 'Kota Metro and Nasional' };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Narrow: Story = { name: 'Narrow (240 px)', args: { width: '240px' } };
export const Loading: Story = { name: 'Loading', args: { src: `${FIXTURES}/kota-metro.json?stall` } };
export const Domains: Story = { name: 'Four domains', args: { series: 'kebijakan,tata-kelola,manajemen,layanan', comparisons: 'none' } };
export const FromCsv: Story = { name: 'From a CSV sheet', args: { src: `${FIXTURES}/csv/tren-id.csv`, label: 'Kota Metro (CSV)' } };
export const ErrorCsvRow: Story = { name: 'Error: a ragged CSV row', args: { src: `${FIXTURES}/csv/ragged.csv` } };
export const OwnFramework: Story = { name: 'A framework of its own (0-100, example)', args: { src: `${FIXTURES}/kota-contoh-0-100.json` } };
export const ErrorNotFound: Story = { name: 'Error: 404', args: { src: `${FIXTURES}/tidak-ada.json` } };
