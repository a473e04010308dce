// Stories for <spbe-ap-map> (Component Story Format 3), using the test fixtures.
import { html, type TemplateResult } from 'lit';
import '../src/widgets/ap-map/ap-map.js';

interface Args {
  width?: string;
  src?: string;
  areas?: string;
  mode?: 'points' | 'areas';
  metric?: 'count' | 'bandwidth';
  worker?: 'auto' | 'on' | 'off';
  lang?: 'id' | 'en';
  theme?: 'auto' | 'light' | 'dark';
}

interface Story {
  name?: string;
  args?: Args;
}

const FIXTURES = '/test/fixtures';

export default {
  title: 'Widgets/spbe-ap-map',
  component: 'spbe-ap-map',
  args: { src: `${FIXTURES}/kota-metro.json`, mode: 'points', metric: 'count', worker: 'auto', lang: 'id', theme: 'light' } satisfies Args,
  render: (a: Args): TemplateResult => html`<div style="width: ${a.width ?? '100%'}"><spbe-ap-map
    .src=${a.src}
    .areas=${a.areas}
    mode=${a.mode ?? 'points'}
    metric=${a.metric ?? 'count'}
    worker=${a.worker ?? 'auto'}
    lang=${a.lang ?? 'id'}
    theme=${a.theme ?? 'auto'}
  ></spbe-ap-map></div>`,
};

export const FromTheDocument: Story = { name: 'Kota Metro: 314 points from the data document' };
export const Files: Story = { name: 'GeoJSON points, kelurahan areas', args: { src: `${FIXTURES}/geo/kota-metro-ap.geojson`, areas: `${FIXTURES}/geo/kota-metro-kelurahan.geojson` } };
export const ByKecamatan: Story = { name: 'Choropleth by kecamatan', args: { src: `${FIXTURES}/geo/kota-metro-ap.geojson`, areas: `${FIXTURES}/geo/kota-metro-kecamatan.geojson`, mode: 'areas' } };
export const Bandwidth: Story = { name: 'Choropleth by bandwidth, English, dark', args: { mode: 'areas', metric: 'bandwidth', lang: 'en', theme: 'dark' } };
export const InTheWorker: Story = { name: 'Parsed in the worker', args: { worker: 'on' } };
export const SkippedRows: Story = { name: 'CSV with bad rows (notice)', args: { src: `${FIXTURES}/csv/ap-semicolon.csv`, areas: `${FIXTURES}/geo/two-areas.topojson` } };
export const Narrow: Story = { name: 'Narrow (300 px)', args: { width: '300px' } };
export const Loading: Story = { name: 'Loading', args: { src: `${FIXTURES}/kota-metro.json?stall` } };
export const ErrorNotFound: Story = { name: 'Error: 404', args: { src: `${FIXTURES}/geo/tidak-ada.geojson` } };
