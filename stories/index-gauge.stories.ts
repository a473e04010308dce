// Stories for <spbe-index-gauge> in Component Story Format 3, using the test fixtures. Storybook
// itself (@storybook/web-components-vite, `npm run build-storybook`) comes with the embedding-kit
// issue; these stories are plain objects and lit templates, typechecked with the rest of the code.
import { html, type TemplateResult } from 'lit';
import '../src/widgets/index-gauge/index-gauge.js';

interface Args {
  src?: string;
  year?: number;
  lang?: 'id' | 'en';
  theme?: 'auto' | 'light' | 'dark';
  width?: string;
  value?: number;
  target?: number;
  label?: string;
}

interface Story {
  name?: string;
  args?: Args;
}

const FIXTURES = '/test/fixtures';

export default {
  title: 'Widgets/spbe-index-gauge',
  component: 'spbe-index-gauge',
  args: { src: `${FIXTURES}/kota-metro.json`, lang: 'id', theme: 'light', width: '20rem' } satisfies Args,
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    year: { control: { type: 'number', min: 2021, max: 2024 } },
  },
  render: (a: Args): TemplateResult => {
    const el = html`<spbe-index-gauge
      .src=${a.src}
      .year=${a.year}
      lang=${a.lang ?? 'id'}
      theme=${a.theme ?? 'auto'}
      .value=${a.value}
      .target=${a.target}
      .label=${a.label}
    ></spbe-index-gauge>`;
    // Storybook's pages carry no strict CSP, so the story may size its wrapper inline.
    return html`<div style="width: ${a.width ?? '20rem'}">${el}</div>`;
  },
};

export const Loaded: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Narrow: Story = { name: 'Narrow (240 px)', args: { width: '240px' } };
export const Loading: Story = { name: 'Loading', args: { src: `${FIXTURES}/kota-metro.json?stall` } };
export const Year2021: Story = { name: 'Year 2021 (Cukup, news source)', args: { year: 2021 } };
export const DomainsOnly: Story = { name: 'Index computed from domains', args: { src: `${FIXTURES}/kota-metro-domains.json` } };
export const ConflictingSource: Story = { name: 'Advertorial claim (3,86)', args: { src: `${FIXTURES}/kota-metro-artikel.json` } };
export const NoDataFile: Story = { name: 'No data file (attributes)', args: { src: undefined, value: 3.34, target: 2.85, label: 'Pemerintah Kota Metro' } };
export const Empty: Story = { name: 'Empty (no source yet)', args: { src: undefined } };
export const ErrorNotFound: Story = { name: 'Error: 404', args: { src: `${FIXTURES}/tidak-ada.json` } };
export const ErrorInvalid: Story = { name: 'Error: decimal commas', args: { src: `${FIXTURES}/bad/decimal-comma.json` } };
export const OwnFramework: Story = { name: 'A framework of its own (0-100, example)', args: { src: `${FIXTURES}/kota-contoh-0-100.json` } };
export const ErrorHtml: Story = { name: 'Error: HTML instead of JSON', args: { src: `${FIXTURES}/bad/html-page.json`, lang: 'en' } };
