// Storybook for the widgets (`npm run storybook`, `npm run build-storybook` into storybook-static/):
// one story per widget and state, from stories/*.stories.ts, on the test fixtures.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The stories load their data from the fixtures, at the same paths as in the tests and the demo.
  staticDirs: [
    { from: '../test/fixtures', to: '/test/fixtures' },
    { from: '../data', to: '/data' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
