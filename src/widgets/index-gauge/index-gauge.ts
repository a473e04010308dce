import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { bandMax } from '../../core/calculate.js';
import { ColorSchemeController } from '../../core/color-scheme.js';
import { SpbeDataController } from '../../core/data-controller.js';
import { SpbeError } from '../../core/errors.js';
import { SpbeErrorEvent } from '../../core/events.js';
import { formatDelta, formatIndex, formatNumber } from '../../core/format.js';
import { getFramework } from '../../core/framework.js';
import { describeError, resolveLang, t, text } from '../../core/i18n.js';
import type { Lang } from '../../core/types.js';
import { describeValue } from '../../core/validate.js';
import { base, tokens } from '../../themes/tokens.js';
import { gaugeStyles } from './index-gauge.styles.js';
import {
  gaugeModelFromData,
  gaugeModelFromValue,
  layoutGauge,
  type GaugeLayout,
  type GaugeModel,
} from './index-gauge-layout.js';

/**
 * The SPBE index of one year as a semicircle gauge over the framework's scale, with the predikat
 * bands, the change against the previous year, the target and the source.
 *
 * Data comes from `src` (a JSON data document), the `data` property, an inline
 * `<script type="application/json">` child, or, with no data file at all, the `value` attribute.
 *
 * @summary SPBE index gauge.
 *
 * @fires spbe-load - The data loaded and validated. `event.data` (and `detail.data`) is the completed `SpbeData`.
 * @fires spbe-error - Loading or validation failed. `event.error` (and `detail.error`) is an `SpbeError` with `kind`, `message`, `url`, `path`, `issues`.
 *
 * @csspart base - The outer box.
 * @csspart label - The small "Indeks SPBE" line.
 * @csspart title - The instansi name.
 * @csspart meter - The element with `role="meter"` holding the drawing.
 * @csspart track - The empty arc.
 * @csspart indicator - The arc filled up to the value.
 * @csspart band - One predikat band on the outer ring (class `active` on the value's band).
 * @csspart needle - The mark at the value's end.
 * @csspart target - The target marker.
 * @csspart tick - A number on the scale.
 * @csspart value - The value in large type.
 * @csspart predikat - The predikat under the value.
 * @csspart summary - The line with the year, the change and the target.
 * @csspart delta - The change against the previous year.
 * @csspart legend - The list of bands.
 * @csspart source - The source line.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart table - The box around the data table (visually hidden until toggled).
 * @csspart error - The error box (`role="alert"`).
 *
 * @cssprop --spbe-color-text - Text colour.
 * @cssprop --spbe-color-text-muted - Secondary text colour.
 * @cssprop --spbe-color-background - Background.
 * @cssprop --spbe-color-surface - Track and rule colour.
 * @cssprop --spbe-color-accent - Focus ring colour.
 * @cssprop --spbe-color-target - Target marker colour.
 * @cssprop --spbe-color-error - Error accent colour.
 * @cssprop --spbe-color-error-background - Error box background.
 * @cssprop --spbe-color-band-1 - Colour of the lowest band (Kurang); `-2` to `-7` for the next ones.
 * @cssprop --spbe-font-family - Font.
 * @cssprop --spbe-font-size - Base font size.
 * @cssprop --spbe-padding - Inner padding.
 * @cssprop --spbe-radius - Corner radius.
 * @cssprop --spbe-index-gauge-max-width - Largest width of the gauge (default 30rem).
 * @cssprop --spbe-index-gauge-track-color - Colour of the empty arc.
 */
const ATTRIBUTE_INPUTS = ['value', 'min', 'max', 'target'] as const;

@customElement('spbe-index-gauge')
export class SpbeIndexGauge extends LitElement {
  static override styles = [tokens, base, gaugeStyles];

  /** URL of a JSON data document, relative to the page. */
  @property() src?: string;

  /** The data document as an object (takes precedence over `src`). */
  @property({ attribute: false }) data?: unknown;

  /** The year to show; default the latest in the data. */
  @property({ type: Number }) year?: number;

  /** `id` (default) or `en`; without it, the nearest `lang` on the page. */
  @property({ reflect: true }) override lang = '';

  /** `auto` follows the reader's colour scheme; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Milliseconds to wait for `src` before giving up (default 15000). */
  @property({ type: Number }) timeout?: number;

  /** With no data file: the value to show. */
  @property({ type: Number }) value?: number;

  /** With `value`: the scale's lower end (default the framework's, 1). */
  @property({ type: Number }) min?: number;

  /** With `value`: the scale's upper end (default the framework's, 5). */
  @property({ type: Number }) max?: number;

  /** A target value to mark; overrides the data's target for the year. */
  @property({ type: Number }) target?: number;

  /** A title; overrides the instansi name. */
  @property() label?: string;

  @state() private tableOpen = false;

  private readonly loader = new SpbeDataController(this);
  private readonly scheme = new ColorSchemeController(this);
  private attributeError?: SpbeError;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (ATTRIBUTE_INPUTS.some((k) => changed.has(k))) {
      this.attributeError = this.checkAttributes();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.attributeError && ATTRIBUTE_INPUTS.some((k) => changed.has(k))) {
      this.dispatchEvent(new SpbeErrorEvent(this.attributeError));
    }
  }

  /** Attributes are input too: the same path-and-sentence errors as a data file. */
  private checkAttributes(): SpbeError | undefined {
    const fw = getFramework()!;
    const min = this.min ?? fw.scale.min;
    const max = this.max ?? fw.scale.max;
    const issues = [];
    const bad = (v: number | undefined, lo: number, hi: number) => v !== undefined && !(Number.isFinite(v) && v >= lo && v <= hi);
    if (bad(this.min, -1e6, max) || bad(this.max, min, 1e6) || min >= max)
      issues.push({ path: 'min', code: 'range' as const, params: { min: '…', max, got: describeValue(this.min ?? min) } });
    for (const key of ['value', 'target'] as const)
      if (bad(this[key], min, max))
        issues.push({ path: key, code: 'range' as const, params: { min, max, got: describeValue(this.getAttribute(key) ?? this[key]) } });
    return issues.length ? new SpbeError('validation', { issues }) : undefined;
  }

  private model(lang: Lang): GaugeModel | undefined | 'no-year' {
    const data = this.loader.value;
    const fw = getFramework()!;
    let model: GaugeModel | undefined;
    if (data) {
      model = gaugeModelFromData(data, lang, this.year);
      if (!model) return 'no-year';
    } else if (this.loader.state === 'initial' && this.value !== undefined) {
      model = gaugeModelFromValue({ value: this.value, min: this.min, max: this.max, target: this.target, label: this.label }, fw, lang);
    }
    if (model && this.label) model = { ...model, title: this.label };
    if (model && this.target !== undefined && data) model = { ...model, target: { year: model.year ?? 0, value: this.target } };
    return model;
  }

  override render() {
    const lang = resolveLang(this);
    const error =
      this.loader.error ?? (this.loader.state === 'initial' && this.value !== undefined ? this.attributeError : undefined);
    if (error) return this.renderError(error, lang);
    const model = this.model(lang);
    if (model === 'no-year') {
      const known = this.loader.value!.evaluations.map((e) => e.year).join(', ');
      return this.renderError(
        new SpbeError('validation', {
          issues: [{ path: 'year', code: 'unknown', params: { what: t(lang, 'year').toLowerCase(), got: String(this.year), known } }],
        }),
        lang,
      );
    }
    if (!model) return this.renderSkeleton(lang);
    return this.renderGauge(model, layoutGauge(model), lang);
  }

  private accessibleName(m: GaugeModel, lang: Lang): string {
    const head = [t(lang, 'indexTitle'), m.title, m.year].filter((x) => x !== undefined && x !== '').join(' ');
    let name = `${head}: ${formatIndex(m.value, lang)} ${t(lang, 'of')} ${formatNumber(m.scale.max, lang)}, ${t(lang, 'predikat')} ${m.predikat}.`;
    if (m.previous) name += ` ${formatDelta(m.value - m.previous.value, lang)} ${t(lang, 'since')} ${m.previous.year}.`;
    if (m.target) name += ` ${t(lang, 'target')} ${formatIndex(m.target.value, lang)}.`;
    return name;
  }

  private renderGauge(m: GaugeModel, l: GaugeLayout, lang: Lang) {
    const delta = m.previous ? m.value - m.previous.value : undefined;
    const arrow = delta === undefined || Math.abs(delta) < 0.005 ? '' : delta > 0 ? '▲ ' : '▼ ';
    return html`
      <figure part="base" class=${this.baseClass}>
        <header>
          <span part="label">${t(lang, 'indexTitle')}${m.year ? ` ${m.year}` : ''}</span>
          ${m.title ? html`<span part="title">${m.title}</span>` : nothing}
        </header>
        <div
          part="meter"
          role="meter"
          aria-valuemin=${m.scale.min}
          aria-valuemax=${m.scale.max}
          aria-valuenow=${m.value}
          aria-valuetext="${formatIndex(m.value, lang)} ${t(lang, 'of')} ${formatNumber(m.scale.max, lang)}, ${t(lang, 'predikat')} ${m.predikat}"
          aria-label=${this.accessibleName(m, lang)}
        >
          <svg viewBox="0 0 ${l.width} ${l.height}" aria-hidden="true" focusable="false">
            ${this.renderArcs(l)}
            <line part="needle" x1=${l.needle.from.x} y1=${l.needle.from.y} x2=${l.needle.to.x} y2=${l.needle.to.y}></line>
            ${l.target
              ? svg`<g part="target"><line x1=${l.target.from.x} y1=${l.target.from.y} x2=${l.target.to.x} y2=${l.target.to.y}></line><path d=${l.target.tip}></path></g>`
              : nothing}
            ${l.ticks.map(
              (tk) => svg`<text part="tick" x=${tk.x} y=${tk.y} text-anchor=${tk.anchor} dominant-baseline="middle">${formatNumber(tk.value, lang)}</text>`,
            )}
            <text part="value" x=${l.cx} y=${l.cy - 30} text-anchor="middle">${formatIndex(m.value, lang)}</text>
            <text part="predikat" x=${l.cx} y=${l.cy - 4} text-anchor="middle">${m.predikat}</text>
          </svg>
        </div>
        <p part="summary">
          ${delta !== undefined
            ? html`<span part="delta">${arrow}${formatDelta(delta, lang)} ${t(lang, 'since')} ${m.previous!.year}</span>`
            : nothing}
          ${m.target ? html`<span>${t(lang, 'target')} ${formatIndex(m.target.value, lang)}${m.target.label ? ` (${m.target.label})` : ''}</span>` : nothing}
        </p>
        ${this.renderLegend(m, lang)}
        <footer>
          <p part="source">${m.source ? `${t(lang, 'source')}: ${m.source}` : ''}${m.note ? ` · ${m.note}` : ''}</p>
          ${m.rows.length
            ? html`<button
                part="table-toggle"
                type="button"
                aria-expanded=${this.tableOpen ? 'true' : 'false'}
                aria-controls="table"
                @click=${this.toggleTable}
              >
                ${t(lang, this.tableOpen ? 'hideTable' : 'showTable')}
              </button>`
            : nothing}
        </footer>
        ${m.rows.length ? this.renderTable(m, lang) : nothing}
      </figure>
    `;
  }

  private renderArcs(l: GaugeLayout) {
    return svg`<g transform="translate(${l.cx} ${l.cy})">
      <path part="track" d=${l.track}></path>
      ${l.bands.map((b) => svg`<path part="band" class="band-${b.n}${b.active ? ' active' : ''}" d=${b.path}></path>`)}
      <path part="indicator" class="band-${l.bands.find((b) => b.active)?.n ?? 0}" d=${l.indicator}></path>
    </g>`;
  }

  private renderLegend(m: Pick<GaugeModel, 'bands' | 'bandIndex' | 'scale'>, lang: Lang) {
    const fw = { bands: m.bands, scale: m.scale };
    return html`<ul part="legend">
      ${m.bands.map(
        (b, i) =>
          html`<li aria-current=${i === m.bandIndex ? 'true' : 'false'}>
            <span class="swatch band-${i + 1}"></span>${text(b.label, lang)}
            <span class="range">${formatNumber(b.min, lang)}–${formatNumber(bandMax(fw, i), lang)}</span>
          </li>`,
      )}
    </ul>`;
  }

  private renderTable(m: GaugeModel, lang: Lang) {
    // The wrapper carries the hiding: a table box ignores width and overflow, and would widen the page.
    // Open, it may scroll sideways on a narrow screen: a scrollable region must take focus.
    const open = this.tableOpen;
    return html`<div
      part="table"
      id="table"
      class=${open ? '' : 'sr-only'}
      role=${open ? 'region' : nothing}
      tabindex=${open ? '0' : nothing}
      aria-label=${open ? t(lang, 'tableCaption') : nothing}
    ><table>
      <caption>${t(lang, 'tableCaption')}${m.title ? ` · ${m.title}` : ''}</caption>
      <thead>
        <tr><th scope="col">${t(lang, 'year')}</th><th scope="col">${t(lang, 'index')}</th><th scope="col">${t(lang, 'predikat')}</th><th scope="col">${t(lang, 'source')}</th></tr>
      </thead>
      <tbody>
        ${m.rows.map(
          (r) => html`<tr>
            <th scope="row">${r.year}</th>
            <td class="num">${formatIndex(r.value, lang)}</td>
            <td>${r.predikat}</td>
            <td>${r.source ?? ''}</td>
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  /** Loading and empty states keep the gauge's shape so the page does not jump when data arrives. */
  private renderSkeleton(lang: Lang) {
    const fw = getFramework()!;
    const pending = this.loader.state === 'pending';
    const l = layoutGauge({ value: fw.scale.min, scale: fw.scale, bands: fw.bands, bandIndex: -1 });
    return html`
      <figure part="base" class=${this.baseClass} aria-busy=${pending ? 'true' : 'false'}>
        <header>
          <span part="label">${t(lang, 'indexTitle')}</span>
          <span part="title">&nbsp;</span>
        </header>
        <div part="meter">
          <svg viewBox="0 0 ${l.width} ${l.height}" aria-hidden="true" focusable="false">
            ${this.renderArcs(l)}
            <text class="placeholder" x=${l.cx} y=${l.cy - 20} text-anchor="middle">${t(lang, pending ? 'loading' : 'empty')}</text>
          </svg>
        </div>
        <p part="summary" role="status">${pending ? html`<span class="sr-only">${t(lang, 'loading')}</span>` : nothing}</p>
        ${this.renderLegend({ bands: fw.bands, bandIndex: -1, scale: fw.scale }, lang)}
        <footer><p part="source"></p></footer>
      </figure>
    `;
  }

  private renderError(error: SpbeError, lang: Lang) {
    const { summary, details } = describeError(error, lang);
    const shown = details.slice(0, 8);
    return html`
      <figure part="base" class=${this.baseClass}>
        <div part="error" role="alert">
          <strong>${t(lang, 'errorTitle')}</strong>
          <div>${summary}</div>
          ${shown.length
            ? html`<ul>
                ${shown.map((d) => html`<li><code>${d}</code></li>`)}
                ${details.length > shown.length ? html`<li>… +${details.length - shown.length}</li>` : nothing}
              </ul>`
            : nothing}
          ${error.url ? html`<div class="url"><code>${error.url}</code></div>` : nothing}
        </div>
      </figure>
    `;
  }

  private get baseClass() {
    return this.scheme.dark ? 'theme dark' : 'theme';
  }

  private toggleTable() {
    this.tableOpen = !this.tableOpen;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spbe-index-gauge': SpbeIndexGauge;
  }
}
