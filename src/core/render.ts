import { html, type ReactiveControllerHost } from 'lit';
import type { SpbeError } from './errors.js';
import { t } from './i18n.js';
import type { Lang } from './types.js';

type ErrorRenderer = typeof import('./describe.js').renderError;
let renderer: ErrorRenderer | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the error sentences and view (`describe.js`) once. The data controller awaits it before it
 * reports an error, so the error box and the `spbe-error` event have their full text at once.
 */
export function loadErrorView(): Promise<void> {
  return (loading ??= import('./describe.js').then((m) => {
    renderer = m.renderError;
  }));
}

/**
 * The error state of a widget: the full box when the view is loaded, else (for errors found while
 * rendering) the alert's title at once and the full box when the view arrives.
 */
export function renderError(host: ReactiveControllerHost, error: SpbeError, lang: Lang, baseClass: string) {
  if (renderer) return renderer(error, lang, baseClass);
  loadErrorView().then(() => host.requestUpdate());
  return html`<figure part="base" class=${baseClass}><div part="error" role="alert"><strong>${t(lang, 'errorTitle')}</strong></div></figure>`;
}
