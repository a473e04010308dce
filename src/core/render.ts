import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { onDemand, type SpbeError } from './errors.js';
import { SpbeErrorEvent } from './events.js';
import { resolveLang, t } from './i18n.js';
import type { Lang } from './types.js';

type ErrorRenderer = typeof import('./describe.js').renderError;
/** The error view once loaded; `null` when it could not load (the plain box below, from then on). */
let renderer: ErrorRenderer | null | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the error sentences and view (`describe.js`) once. The data controller awaits it before it
 * reports an error, so the error box and the `spbe-error` event have their full text at once. It
 * never rejects: a view that cannot load leaves the plain box.
 */
export function loadErrorView(): Promise<void> {
  return (loading ??= import('./describe.js').then(
    (m) => void (renderer = m.renderError),
    () => void (renderer = null),
  ));
}

/**
 * The error state of a widget: the full box when the view is loaded, else (for errors found while
 * rendering, as a missing year) the bare box for the moment it takes the view to arrive. If it
 * cannot arrive, the box says what failed in its title and the error's short English message.
 */
export function renderError(host: ReactiveElement, error: SpbeError, lang: Lang, baseClass: string) {
  if (renderer) return renderer(host, error, lang, baseClass);
  if (renderer === undefined) loadErrorView().then(() => host.requestUpdate());
  return html`<figure part="base" class=${baseClass}>
    ${renderer === null ? html`<div part="error" role="alert"><strong>${t(lang, 'errorTitle')}</strong> ${error.message}</div>` : nothing}
  </figure>`;
}

/**
 * A download button's click: the widget (the button's shadow host) as PNG, SVG or CSV (`export.js`,
 * on demand). A failure is said in the footer's status line and told to the page (a partial
 * `spbe-error`); the widget keeps its data. The download does so for its own failures, this for the
 * module that cannot load.
 */
function exportAs(e: Event) {
  const button = e.currentTarget as HTMLButtonElement;
  const host = (button.getRootNode() as ShadowRoot).host as HTMLElement;
  const kind = button.value as 'png' | 'svg' | 'csv';
  const status = button.closest('footer')!.querySelector('[part~="export-status"]')!;
  onDemand(import('./export.js'), 'export.js').then(
    (m) => m.downloadWidget(host, kind, status),
    (error: SpbeError) => downloadFailed(host, status, kind, error),
  );
}

/**
 * A download of `kind` failed: the footer's status line says so in the widget's language (with
 * `reason`, in each language, when there is one), and the page gets a partial `spbe-error`.
 */
export function downloadFailed(host: HTMLElement, status: Element, kind: string, error: SpbeError, reason?: Record<Lang, string>) {
  const lang = resolveLang(host);
  status.textContent = [kind.toUpperCase(), t(lang, 'notDownloaded'), reason?.[lang]].filter(Boolean).join(' ');
  host.dispatchEvent(new SpbeErrorEvent(error, true));
}

/**
 * The footer every widget has: the source, the download buttons (shown with the `export`
 * attribute), the button that shows the data table, and the line that says when a download failed
 * (written by the download, not by the render: it stays until the next download). Not a landmark
 * (`role="none"`): a page with ten widgets would otherwise have ten contentinfo landmarks.
 */
export function renderFooter(source: string, lang: Lang, tableOpen: boolean, toggle: () => void, hasTable = true) {
  return html`<footer role="none">
    <p part="source">${source}</p>
    <span part="export" role="group" aria-label=${t(lang, 'download')}>
      ${['png', 'svg', 'csv'].map((k) => html`<button type="button" value=${k} @click=${exportAs}>${k.toUpperCase()}</button>`)}
    </span>
    ${hasTable
      ? html`<button part="table-toggle" type="button" aria-expanded=${tableOpen} aria-controls="table" @click=${toggle}>
          ${t(lang, tableOpen ? 'hideTable' : 'showTable')}
        </button>`
      : nothing}
    <p part="export-status" role="status"></p>
  </footer>`;
}

/**
 * The data table's box: visually hidden (screen readers still read it) until the footer's button
 * opens it. The box carries the hiding because a table box ignores width and overflow and would
 * widen the page; open, it may scroll sideways on a narrow screen, and a scrollable region must
 * take focus.
 */
export function renderTableBox(open: boolean, label: string, table: TemplateResult) {
  return html`<div
    part="table"
    id="table"
    class=${open ? '' : 'sr-only'}
    role=${open ? 'region' : nothing}
    tabindex=${open ? '0' : nothing}
    aria-label=${open ? label : nothing}
  >
    ${table}
  </div>`;
}

/**
 * The loading and empty state of a chart: its label, an empty drawing of the chart's size (so the
 * page does not jump when the data arrives) and the status in words.
 */
export function renderSkeleton(baseClass: string, lang: Lang, label: string, pending: boolean, drawing: TemplateResult) {
  return html`<figure part="base" class=${baseClass} aria-busy=${pending}>
    <span part="label">${label}</span><span part="title">\u00a0</span>
    <div part="plot" role="status">${drawing}${t(lang, pending ? 'loading' : 'empty')}</div>
  </figure>`;
}
