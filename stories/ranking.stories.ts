// Stories for <spbe-ranking> on the package's national dataset (data/nasional/).
import { html, type TemplateResult } from 'lit';
import '../src/widgets/ranking/ranking.js';

interface Args {
  src?: string;
  province?: string;
  kind?: string;
  year?: number;
  highlight?: string;
  limit?: number;
  lang?: 'id' | 'en';
  theme?: 'auto' | 'light' | 'dark';
  width?: string;
  showAll?: boolean;
}

interface Story {
  name?: string;
  args?: Args;
}

const NAT = '/data/nasional/spbe-hasil-2023-2024.json';

export default {
  title: 'Widgets/spbe-ranking',
  component: 'spbe-ranking',
  args: { src: NAT, province: 'Lampung', highlight: '18.72', lang: 'id', theme: 'light', width: '40rem', limit: 20 } satisfies Args,
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    kind: { control: 'select', options: ['', 'provinsi', 'kabupaten', 'kota', 'pemda', 'pusat'] },
    year: { control: 'inline-radio', options: [2023, 2024] },
  },
  render: (a: Args): TemplateResult => {
    const el = html`<spbe-ranking
      .src=${a.src}
      .province=${a.province || undefined}
      .kind=${a.kind || undefined}
      .year=${a.year}
      .highlight=${a.highlight}
      .limit=${a.limit ?? 20}
      .showAll=${a.showAll ?? false}
      lang=${a.lang ?? 'id'}
      theme=${a.theme ?? 'auto'}
    ></spbe-ranking>`;
    // Storybook's pages carry no strict CSP, so the story may size its wrapper inline.
    return html`<div style="width: ${a.width ?? '40rem'}">${el}</div>`;
  },
};

export const Lampung: Story = { name: 'Lampung 2024 (Kota Metro 6th)' };
export const Lampung2023: Story = { name: 'Lampung 2023', args: { year: 2023 } };
export const Cities: Story = { name: 'All cities, top 10 and Kota Metro', args: { province: '', kind: 'kota', limit: 10 } };
// Ministries' long names: cut by their drawn width with "…", the whole name on hover and in the table.
const BAPPENAS = 'Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional';
export const Central: Story = { name: 'Central institutions (long names)', args: { province: '', kind: 'pusat', highlight: BAPPENAS, width: '64rem' } };
export const CentralNarrow: Story = { name: 'Central institutions, narrow (360 px)', args: { province: '', kind: 'pusat', highlight: BAPPENAS, width: '360px' } };
export const National: Story = { name: 'All 615 instansi, shown all', args: { province: '', showAll: true } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Narrow: Story = { name: 'Narrow (320 px)', args: { width: '320px' } };
export const Loading: Story = { name: 'Loading', args: { src: `${NAT}?stall` } };
export const ErrorNotFound: Story = { name: 'Error: 404', args: { src: '/test/fixtures/tidak-ada.json' } };
export const ErrorCsv: Story = { name: 'Error: the national CSV as published (one cell off the scale)', args: { src: '/data/nasional/spbe-results-2023-2024.csv' } };
