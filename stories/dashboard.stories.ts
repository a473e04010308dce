// Stories for <spbe-dashboard> (Component Story Format 3), using the test fixtures.
import { html, type TemplateResult } from 'lit';
import '../src/widgets/dashboard/dashboard.js';

interface Args {
  width?: string;
  src?: string;
  widgets?: string;
  rankingSrc?: string;
  lang?: 'id' | 'en';
  theme?: 'auto' | 'light' | 'dark';
  plain?: boolean;
}

interface Story {
  name?: string;
  args?: Args;
}

const FIXTURES = '/test/fixtures';

export default {
  title: 'Widgets/spbe-dashboard',
  component: 'spbe-dashboard',
  args: { src: `${FIXTURES}/kota-metro.json`, widgets: 'gauge,trend,radar,map', lang: 'id', theme: 'light', plain: false } satisfies Args,
  render: (a: Args): TemplateResult =>
    html`<div style="width: ${a.width ?? '100%'}"><spbe-dashboard .src=${a.src} widgets=${a.widgets ?? ''} .rankingSrc=${a.rankingSrc} lang=${a.lang ?? 'id'} theme=${a.theme ?? 'auto'} ?plain=${a.plain}></spbe-dashboard></div>`,
};

export const KotaMetro: Story = { name: 'Kota Metro: gauge, trend, radar, map' };
export const WithRanking: Story = { name: 'With ranking-src: Kota Metro 6th of 16 in Lampung', args: { widgets: 'gauge,trend,radar,ranking,map', rankingSrc: '/data/nasional/spbe-hasil-2023-2024.json' } };
export const EnglishDark: Story = { name: 'English, dark', args: { lang: 'en', theme: 'dark' } };
export const WithoutMap: Story = { name: 'A document without a network block', args: { src: `${FIXTURES}/kota-metro-domains.json` } };
export const GaugeAndTrend: Story = { name: 'widgets="gauge,trend", plain', args: { widgets: 'gauge,trend', plain: true } };
export const Narrow: Story = { name: 'Narrow (300 px)', args: { width: '300px' } };
export const Loading: Story = { name: 'Loading', args: { src: `${FIXTURES}/kota-metro.json?stall` } };
export const ErrorNotFound: Story = { name: 'Error: 404', args: { src: `${FIXTURES}/tidak-ada.json` } };
