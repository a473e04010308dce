// Stories for <spbe-domain-radar> (Component Story Format 3), using the test fixtures.
import { html, type TemplateResult } from 'lit';
import '../src/widgets/domain-radar/domain-radar.js';

interface Args {
  width?: string;
  src?: string;
  level?: 'domains' | 'aspects';
  years?: string;
  comparisons?: 'all' | 'none';
  drilldown?: boolean;
  bands?: boolean;
  lang?: 'id' | 'en';
  theme?: 'auto' | 'light' | 'dark';
}

interface Story {
  name?: string;
  args?: Args;
}

const FIXTURES = '/test/fixtures';

export default {
  title: 'Widgets/spbe-domain-radar',
  component: 'spbe-domain-radar',
  args: { src: `${FIXTURES}/kota-metro.json`, level: 'domains', comparisons: 'all', drilldown: true, bands: false, lang: 'id', theme: 'light' } satisfies Args,
  render: (a: Args): TemplateResult => html`<div style="width: ${a.width ?? '100%'}"><spbe-domain-radar
    .src=${a.src}
    level=${a.level ?? 'domains'}
    .years=${a.years}
    comparisons=${a.comparisons ?? 'all'}
    ?drilldown=${a.drilldown}
    ?bands=${a.bands}
    lang=${a.lang ?? 'id'}
    theme=${a.theme ?? 'auto'}
  ></spbe-domain-radar></div>`,
};

export const YearsAndNasional: Story = { name: '2023 and 2024 with Nasional' };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const WithBands: Story = { name: 'Band edges', args: { bands: true, years: '2024' } };
export const Aspects: Story = { name: 'Aspects (missing in this data)', args: { level: 'aspects' } };
export const Narrow: Story = { name: 'Narrow (300 px)', args: { width: '300px' } };
// A ministry converted from the national results: 4,90 on the top spoke stands inside its point, not on "Kebijakan".
export const NearTheRim: Story = { name: 'Values near the rim, a long name (Bappenas)', args: { src: `${FIXTURES}/bappenas.json`, width: '300px' } };
export const OwnFramework: Story = { name: 'A framework of its own (0-100, example)', args: { src: `${FIXTURES}/kota-contoh-0-100.json` } };
export const Loading: Story = { name: 'Loading', args: { src: `${FIXTURES}/kota-metro.json?stall` } };
export const ErrorUnknownDomain: Story = { name: 'Error: unknown domain', args: { src: `${FIXTURES}/bad/unknown-domain.json` } };
