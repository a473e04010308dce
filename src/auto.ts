/**
 * The CDN's light entry, `dist/cdn/spbe-widgets.auto.js`: it defines each element only when its tag
 * first appears in the page, and loads that widget's code then, from the files beside it (and the
 * element's data file beside them, so the two do not wait for each other). A page
 * with one gauge loads the gauge, not the map, the ranking and the dashboard too (`npm run size`
 * has the figures). Exports nothing: for the classes and `spbe-widgets/core`, load
 * `spbe-widgets.js`, which holds everything in one file.
 *
 * It watches the document, not the shadow roots of a page's own components: an element that only
 * ever lives inside one is defined by loading `spbe-widgets.js` or its widget's module instead.
 * A widget whose file cannot load (a cut connection, a file missing after a deploy) fires
 * `spbe-error` on each of its elements, with an `SpbeError` of kind `module`.
 */
import { onDemand, type SpbeError } from './core/errors.js';
import { SpbeErrorEvent } from './core/events.js';

/** Each tag and its module (`spbe-index-gauge`: `index-gauge.js`, the name its error gives). */
const WIDGETS: Record<string, () => Promise<unknown>> = {
  'spbe-index-gauge': () => import('./widgets/index-gauge/index-gauge.js'),
  'spbe-trend-chart': () => import('./widgets/trend-chart/trend-chart.js'),
  'spbe-domain-radar': () => import('./widgets/domain-radar/domain-radar.js'),
  'spbe-ap-map': () => import('./widgets/ap-map/ap-map.js'),
  'spbe-ranking': () => import('./widgets/ranking/ranking.js'),
  'spbe-dashboard': () => import('./widgets/dashboard/dashboard.js'),
};

/**
 * Each widget's files, written in by the build (rollup.config.mjs), so that they are fetched at once,
 * not each only after the one that imports it: one round trip after this file instead of three.
 */
const RAW_FILES = '__SPBE_AUTO_FILES__';
const FILES: Record<string, string[]> = RAW_FILES.startsWith('{') ? JSON.parse(RAW_FILES) : {};

/** Fetches (without running) the files a widget's module imports, beside this one. */
function preload(tag: string): void {
  for (const file of FILES[tag] ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}

const asked = new Set<string>();

/**
 * Starts fetching an element's data file (its `src`) now, beside its widget's files, not once they
 * have arrived and the element has started: the element's own request then takes the response
 * the browser already has (one request, not two).
 */
function early(el: Element): void {
  const src = el.getAttribute('src');
  // A defined element fetches at once itself.
  if (!src || asked.has(src) || customElements.get(el.localName)) return;
  asked.add(src);
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = src;
  document.head.append(link);
}

const waiting = new Map(Object.entries(WIDGETS));
const TAGS = Object.keys(WIDGETS).join(',');

/** Loads the widget of `tag` once (its tag is in the page now). */
function start(tag: string): void {
  const load = waiting.get(tag);
  if (!load) return;
  waiting.delete(tag);
  if (customElements.get(tag)) return;
  preload(tag);
  onDemand(load(), `${tag.slice('spbe-'.length)}.js`).catch((error: SpbeError) => {
    // Defined meanwhile by another copy (the one-file bundle on the same page): not a failure.
    if (customElements.get(tag)) return;
    for (const el of document.querySelectorAll(tag)) el.dispatchEvent(new SpbeErrorEvent(error));
  });
}

/** The widgets' tags in `root` and below it. */
function scan(root: ParentNode): void {
  if (waiting.size)
    for (const el of root.querySelectorAll(TAGS)) {
      early(el);
      start(el.localName);
    }
}

// Only what is added is looked at, not the whole page again: a page that changes its DOM all the
// time pays for its new nodes only. Mutation records come in one batch a task.
const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.localName in WIDGETS) early(node);
      start(node.localName);
      if (node.firstElementChild) scan(node);
    }
  if (!waiting.size) observer.disconnect();
});
observer.observe(document, { childList: true, subtree: true });
scan(document);
