import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// The element manifest (written by `npm run build`) gives the controls and the docs their attributes, events, parts and tokens.
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

// For the loading stories: a data URL ending in `?stall` never answers, so the widget stays in its
// loading state (its skeleton and "Memuat…"); every other request goes through.
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith('?stall') ? new Promise<Response>(() => {}) : realFetch(input, init);

const preview: Preview = {
  parameters: { layout: 'padded', controls: { expanded: true } },
};
export default preview;
