import { html, nothing, svg, type PropertyValues } from 'lit';
import { bandMax } from '../../core/calculate.js';
import { ColorSchemeController } from '../../core/color-scheme.js';
import { SpbeElement } from '../../core/element.js';
import { SpbeDataController } from '../../core/data-controller.js';
import { SpbeError, type SpbeIssue } from '../../core/errors.js';
import { SpbeErrorEvent } from '../../core/events.js';
import { formatDelta, formatIndex, formatNumber } from '../../core/format.js';
import { getFramework } from '../../core/framework.js';
import { resolveLang, t, text } from '../../core/i18n.js';
import { loadErrorView, renderError, renderFooter, renderTableBox } from '../../core/render.js';
import type { Lang } from '../../core/types.js';
import { describeValue } from '../../core/validate.js';
import { bandColors } from '../../themes/bands.js';
import { base, tokens } from '../../themes/tokens.js';
import { gaugeStyles } from './index-gauge.styles.js';
import {
  gaugeLabel,
  gaugeWord,
  gaugeModelFromData,
  gaugeModelFromValue,
  layoutGauge,
  placeholderModel,
  type GaugeModel,
} from './index-gauge-layout.js';

/** Attributes that stand in for a data file, checked like one. */
const VALUE_INPUTS = ['value', 'min', 'max', 'target'] as const;

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
 * @csspart summary - The line with the change and the target.
 * @csspart delta - The change against the previous year.
 * @csspart legend - The list of bands.
 * @csspart source - The source line.
 * @csspart export - The download buttons (PNG, SVG, CSV), shown with the `export` attribute.
 * @csspart export-status - The footer line that says a download failed, and why.
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
export class SpbeIndexGauge extends SpbeElement {
  static override styles = [tokens, bandColors, base, gaugeStyles];

  // Declared with `static properties` rather than decorators: the decorator helpers cost 0.5 KB
  // gzip of the gauge's 15 KB budget (scripts/size-breakdown.mjs).
  static override properties = {
    src: {},
    data: { attribute: false },
    year: { type: Number },
    lang: { reflect: true },
    theme: {},
    timeout: { type: Number },
    value: { type: Number },
    min: { type: Number },
    max: { type: Number },
    target: { type: Number },
    label: {},
    tableOpen: { state: true },
  };

  /** URL of a JSON data document, relative to the page. */
  src?: string;
  /** The data document as an object (takes precedence over `src`). */
  data?: unknown;
  /** The year to show; default the latest in the data. */
  year?: number;
  /** `id` (default) or `en`; without it, the nearest `lang` on the page. */
  override lang = '';
  /** `auto` follows the reader's colour scheme; `light` or `dark` force one. */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Milliseconds to wait for `src` before giving up (default 15000). */
  timeout?: number;
  /** With no data file: the value to show. */
  value?: number;
  /** With `value`: the scale's lower end (default the framework's, 1). */
  min?: number;
  /** With `value`: the scale's upper end (default the framework's, 5). */
  max?: number;
  /** A target value to mark; overrides the data's target for the year. */
  target?: number;
  /** A title; overrides the instansi name. */
  label?: string;

  private tableOpen = false;
  private readonly loader = new SpbeDataController(this);
  private readonly scheme = new ColorSchemeController(this);
  private valueError?: SpbeError;
  /** The attribute or year error the last render showed, and the key of the last one reported. */
  private inputError?: SpbeError;
  private reported?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (VALUE_INPUTS.some((k) => changed.has(k))) this.valueError = this.checkValues();
  }

  /**
   * Errors found while rendering (bad attributes, a year the data lacks) are reported like load
   * errors: once each, as `spbe-error`, when the error sentences have loaded.
   */
  protected override updated(): void {
    const error = this.inputError;
    const key = error && JSON.stringify(error.issues);
    if (key === this.reported) return;
    this.reported = key;
    if (error) loadErrorView().then(() => error === this.inputError && this.dispatchEvent(new SpbeErrorEvent(error)));
  }

  /** No data source: the gauge draws its attributes. */
  private get manual(): boolean {
    return this.loader.state === 'initial' && this.value !== undefined;
  }


  /** Attributes are input too: the same path-and-sentence errors as a data file. */
  private checkValues(): SpbeError | undefined {
    const { scale } = getFramework()!;
    const min = this.min ?? scale.min;
    const max = this.max ?? scale.max;
    const issues: SpbeIssue[] = [];
    const check = (key: (typeof VALUE_INPUTS)[number], lo: number, hi: number) => {
      const v = this[key];
      if (v !== undefined && !(v >= lo && v <= hi))
        issues.push({ path: key, code: 'range', params: { min: lo, max: hi, got: describeValue(this.getAttribute(key) ?? v) } });
    };
    check('min', -Infinity, Infinity); // only NaN fails here: min > max is reported once, at max
    check('max', min, Infinity);
    check('value', min, max);
    check('target', min, max);
    return issues.length ? new SpbeError('validation', { issues }) : undefined;
  }

  override render() {
    const lang = resolveLang(this);
    const cls = this.scheme.className;
    const data = this.loader.value;
    this.inputError = this.manual ? this.valueError : undefined;
    const error = this.loader.error ?? this.inputError;
    if (error) return renderError(this, error, lang, cls);

    let m: GaugeModel | undefined;
    if (data) {
      m = gaugeModelFromData(data, lang, this.year);
      if (!m) {
        const known = data.evaluations.map((e) => e.year).join(', ');
        // As written (year="abc" is NaN as a number).
        const issue: SpbeIssue = { path: 'year', code: 'unknown', params: { what: 'year', got: this.getAttribute('year') ?? String(this.year), known } };
        this.inputError = new SpbeError('validation', { issues: [issue] });
        return renderError(this, this.inputError, lang, cls);
      }
      if (this.target !== undefined) m = { ...m, target: { year: m.year!, value: this.target } };
    } else if (this.manual) {
      m = gaugeModelFromValue({ value: this.value!, min: this.min, max: this.max, target: this.target }, getFramework()!, lang);
    }
    if (m && this.label) m = { ...m, title: this.label };
    return this.renderGauge(m, lang, cls);
  }

  /** One markup for every state: with no model it is the loading or empty skeleton, same shape. */
  private renderGauge(model: GaugeModel | undefined, lang: Lang, cls: string) {
    const m = model ?? placeholderModel(getFramework()!, lang);
    const l = layoutGauge(m);
    const pending = this.loader.state === 'pending';
    const delta = m.previous && m.value - m.previous.value;
    const arrow = !delta || Math.abs(delta) < 0.005 ? '' : delta > 0 ? '▲ ' : '▼ ';
    const on = <T,>(v: T) => (model ? v : nothing);
    return html`
      <figure part="base" class=${cls} aria-busy=${pending}>
        <header role="none">
          <span part="label">${m.index}${m.year ? ` ${m.year}` : ''}</span>
          <span part="title">${m.title || '\u00a0'}</span>
        </header>
        <div
          part="meter"
          role=${on('meter')}
          aria-valuemin=${on(m.scale.min)}
          aria-valuemax=${on(m.scale.max)}
          aria-valuenow=${on(m.value)}
          aria-label=${on(gaugeLabel(m, lang))}
        >
          <svg viewBox="0 0 ${l.width} ${l.height}" aria-hidden="true">
            <g transform="translate(${l.cx} ${l.cy})">
              <path part="track" d=${l.track}></path>
              ${l.bands.map((b) => svg`<path part="band" class="band-${b.n}${b.active ? ' active' : ''}" d=${b.path}></path>`)}
              <path part="indicator" class="band-${m.bandIndex + 1}" d=${l.indicator}></path>
            </g>
            ${model ? svg`<line part="needle" x1=${l.needle.from.x} y1=${l.needle.from.y} x2=${l.needle.to.x} y2=${l.needle.to.y}></line>` : nothing}
            ${l.target
              ? svg`<g part="target"><line x1=${l.target.from.x} y1=${l.target.from.y} x2=${l.target.to.x} y2=${l.target.to.y}></line><circle cx=${l.target.to.x} cy=${l.target.to.y} r="3.5"></circle></g>`
              : nothing}
            ${l.ticks.map(
              (tk) => svg`<text part="tick" class=${tk.anchor} x=${tk.x} y=${tk.y} dy="0.35em">${formatNumber(tk.value, lang)}</text>`,
            )}
            ${model
              ? svg`<text part="value" x=${l.cx} y=${l.cy - 30}>${formatIndex(m.value, lang)}</text>
                  <text part="predikat" x=${l.cx} y=${l.cy - 4}>${m.predikat}</text>`
              : nothing}
          </svg>
        </div>
        <p part="summary" role=${model ? nothing : 'status'}>
          ${delta !== undefined ? html`<span part="delta">${arrow}${formatDelta(delta, lang)} ${gaugeWord(lang, 'since')} ${m.previous!.year}</span>` : nothing}
          ${m.target ? html`<span>${t(lang, 'target')} ${formatIndex(m.target.value, lang)}${m.target.label ? ` (${m.target.label})` : ''}</span>` : nothing}
          ${model ? nothing : t(lang, pending ? 'loading' : 'empty')}
        </p>
        <ul part="legend">
          ${m.bands.map(
            (b, i) => html`<li aria-current=${i === m.bandIndex}>
              <span class="swatch band-${i + 1}"></span>${text(b.label, lang)}
              <span>${formatNumber(b.min, lang)}–${formatNumber(bandMax(m, i), lang)}</span>
            </li>`,
          )}
        </ul>
        ${renderFooter(`${m.source ? `${t(lang, 'source')}: ${m.source}` : ''}${m.note ? ` · ${m.note}` : ''}`, lang, this.tableOpen, this.toggleTable, m.rows.length > 0)}
        ${m.rows.length ? this.renderTable(m, lang) : nothing}
      </figure>
    `;
  }

  private renderTable(m: GaugeModel, lang: Lang) {
    const caption = `${m.index} ${gaugeWord(lang, 'byYear')}`;
    return renderTableBox(
      this.tableOpen,
      caption,
      html`<table>
        <caption>${caption}${m.title ? ` · ${m.title}` : ''}</caption>
        <thead>
          <tr>${[t(lang, 'year'), t(lang, 'index'), 'Predikat', t(lang, 'source')].map((h) => html`<th scope="col">${h}</th>`)}</tr>
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
      </table>`,
    );
  }

  private toggleTable() {
    this.tableOpen = !this.tableOpen;
  }
}

customElements.define('spbe-index-gauge', SpbeIndexGauge);

declare global {
  interface HTMLElementTagNameMap {
    'spbe-index-gauge': SpbeIndexGauge;
  }
}
