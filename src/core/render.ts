import { html, nothing } from 'lit';
import type { SpbeError } from './errors.js';
import { describeError, t } from './i18n.js';
import type { Lang } from './types.js';

/** How many problems an error box lists before it says "+N". */
const SHOWN = 8;

/** The error state every widget shows: `role="alert"`, the summary and the problems, as text. */
export function renderError(error: SpbeError, lang: Lang, baseClass: string) {
  const { summary, details } = describeError(error, lang);
  return html`<figure part="base" class=${baseClass}>
    <div part="error" role="alert">
      <strong>${t(lang, 'errorTitle')}</strong>
      <div>${summary}</div>
      ${details.length
        ? html`<ul>
            ${details.slice(0, SHOWN).map((d) => html`<li><code>${d}</code></li>`)}
            ${details.length > SHOWN ? html`<li>… +${details.length - SHOWN}</li>` : nothing}
          </ul>`
        : nothing}
      ${error.url ? html`<div><code>${error.url}</code></div>` : nothing}
    </div>
  </figure>`;
}
