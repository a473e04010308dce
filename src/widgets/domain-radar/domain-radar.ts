import { html, nothing, svg, type PropertyValues } from 'lit';
import { ColorSchemeController } from '../../core/color-scheme.js';
import { SpbeElement } from '../../core/element.js';
import { SpbeDataController } from '../../core/data-controller.js';
import { onDemand, type SpbeError } from '../../core/errors.js';
import { SpbeErrorEvent, SpbeSelectEvent } from '../../core/events.js';
import { formatIndex, formatNumber } from '../../core/format.js';
import { DEFAULT_FRAMEWORK_ID, getFramework, hasLabels, labelOf } from '../../core/framework.js';
import { resolveLang, t } from '../../core/i18n.js';
import { stepIndex } from '../../core/keys.js';
import { loadErrorView, renderError, renderFooter, renderSkeleton, renderTableBox } from '../../core/render.js';
import type { Lang } from '../../core/types.js';
import { seriesColors } from '../../themes/series.js';
import { base, tokens } from '../../themes/tokens.js';
import { radarStyles } from './domain-radar.styles.js';
import { layoutRadar, radarExtremes, radarModel, textWidth, type RadarLayout, type RadarModel } from './domain-radar-layout.js';
import { rt } from './domain-radar-strings.js';

/** The preset's aspect names (0.35 KB), fetched the first time a radar shows aspects. */
let aspectNames: Promise<unknown> | undefined;

/** What `spbe-select` carries: the axis chosen and every series' value on it. */
export interface RadarSelectDetail {
  level: 'domains' | 'aspects';
  id: string;
  label: string;
  weight: number;
  values: Record<string, number | undefined>;
}

/**
 * Where the index comes from: a radar over the framework's domains (or aspects), one polygon per
 * year of the instansi and per comparison, with every series' value at a spoke in one tooltip.
 *
 * @summary SPBE domain radar.
 *
 * @fires spbe-load - The data loaded and validated (`event.data`).
 * @fires spbe-error - Loading or validation failed (`event.error`).
 * @fires spbe-select - A spoke was chosen (click, Enter or Space). `detail`: `{ level, id, label, weight, values }`.
 *
 * @csspart base - The outer box.
 * @csspart label - The small "Domain SPBE" line.
 * @csspart title - The instansi name.
 * @csspart plot - The focusable chart area.
 * @csspart series - A series polygon (class `primary` for the latest year).
 * @csspart point - A vertex.
 * @csspart target - The ring at the latest year's target.
 * @csspart tooltip - The tooltip for the active spoke.
 * @csspart legend - The series toggles.
 * @csspart back - The button back from a domain's aspects to all domains.
 * @csspart source - The source line.
 * @csspart export - The download buttons (PNG, SVG, CSV), shown with the `export` attribute.
 * @csspart export-status - The footer line that says a download failed, and why.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart table - The box around the data table.
 * @csspart error - The error box.
 *
 * @cssprop --spbe-color-series-1 - The first series (the latest year).
 * @cssprop --spbe-color-series-2 - Series 2.
 * @cssprop --spbe-color-series-3 - Series 3.
 * @cssprop --spbe-color-series-4 - Series 4.
 * @cssprop --spbe-color-series-5 - Series 5.
 * @cssprop --spbe-color-series-6 - Series 6.
 * @cssprop --spbe-domain-radar-max-width - Largest width (default 36rem).
 */
export class SpbeDomainRadar extends SpbeElement {
  static override styles = [tokens, base, seriesColors, radarStyles];

  static override properties = {
    src: {},
    data: { attribute: false },
    lang: { reflect: true },
    theme: {},
    timeout: { type: Number },
    level: {},
    years: {},
    comparisons: {},
    drilldown: { type: Boolean },
    bands: { type: Boolean },
    domain: {},
    active: { state: true },
    hiddenSeries: { state: true },
    tableOpen: { state: true },
  };

  /** URL of a JSON data document, relative to the page. */
  src?: string;
  /** The data document as an object (takes precedence over `src`). */
  data?: unknown;
  /** `id` (default) or `en`; without it, the nearest `lang` on the page. */
  override lang = '';
  /** `auto` follows the reader's colour scheme; `light` or `dark` force one. */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Milliseconds to wait for `src` (default 15000). */
  timeout?: number;
  /** `domains` (default) or `aspects`. */
  level: 'domains' | 'aspects' = 'domains';
  /** The years to draw, comma separated; default the latest two. */
  years?: string;
  /** `none` hides the comparison series (Nasional). */
  comparisons = 'all';
  /** Choosing a domain shows its aspects (and a button back). */
  drilldown = false;
  /** Also draw rings at the predikat band edges (1,8 2,6 3,5 4,2). */
  bands = false;
  /** The domain whose aspects are shown (set by a drilldown, or by the page). */
  domain?: string;

  private active?: number;
  /** The aspect names could not load. */
  private namesError?: SpbeError;
  private hiddenSeries = new Set<string>();
  private tableOpen = false;
  private readonly loader = new SpbeDataController(this);
  private readonly scheme = new ColorSchemeController(this);
  private model?: RadarModel;
  private layout?: RadarLayout;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('domain') || changed.has('level')) this.active = undefined;
  }

  override render() {
    const lang = resolveLang(this);
    const cls = this.scheme.className;
    const error = this.loader.error ?? this.namesError;
    if (error) return renderError(this, error, lang, cls);
    const data = this.loader.value;
    const given = data?.framework;
    // The preset's aspects are named by a module that loads the first time they are shown.
    const naming =
      given && (this.level === 'aspects' || !!this.domain) && given.id === DEFAULT_FRAMEWORK_ID && !hasLabels(given.id) && given.aspects.some((x) => !x.label);
    if (naming) this.loadNames();
    // A reader's letter spacing (WCAG 1.4.12) widens every name: the layout makes room for it.
    const o = { width: this.clientWidth || 400, lang, bands: this.bands, spacing: parseFloat(getComputedStyle(this).letterSpacing) || 0 };
    if (!data || naming) {
      // The preset's shape, empty: the drawing has the height the data will most likely need.
      const empty = layoutRadar(radarModel({ instansi: { name: '' }, framework: getFramework()!, evaluations: [], comparisons: [], targets: [] }, lang), o);
      const drawing = html`<svg viewBox="0 0 ${empty.size} ${empty.height}" aria-hidden="true"></svg>`;
      return renderSkeleton(cls, lang, rt(lang, naming ? 'aspects' : 'domains'), naming || this.loader.state === 'pending', drawing);
    }
    const years = this.years?.split(/[\s,]+/).map(Number).filter(Number.isInteger);
    const fw = data.framework;
    const m = (this.model = radarModel(data, lang, {
      level: this.level,
      domain: this.domain,
      years,
      comparisons: this.comparisons !== 'none',
      aspectLabel: (id) => labelOf(fw, 'aspect', id, lang),
    }));
    const l = (this.layout = layoutRadar(m, o));
    const shown = l.series.filter((s) => !this.hiddenSeries.has(s.id));
    const { strongest, weakest } = radarExtremes(m);
    const head = `${rt(lang, m.level)}${m.domain ? ` · ${labelOf(fw, 'domain', m.domain, lang)}` : ''}`;
    const name = `${head} ${m.series[0]?.label ?? m.title}${
      strongest ? `: ${rt(lang, 'strongest')} ${strongest.axis.label} ${formatIndex(strongest.value, lang)}, ${rt(lang, 'weakest')} ${weakest!.axis.label} ${formatIndex(weakest!.value, lang)}.` : `: ${rt(lang, 'noValue')}.`
    } ${rt(lang, 'keys')}`;
    const a = this.active;
    return html`
      <figure part="base" class=${cls}>
        <span part="label">${head}</span>
        <span part="title">${m.title}</span>
        ${m.domain ? html`<button part="back" type="button" @click=${this.back}>${rt(lang, 'back')}</button>` : nothing}
        <div
          part="plot"
          tabindex="0"
          role="group"
          aria-roledescription=${rt(lang, 'chart')}
          aria-label=${name}
          @keydown=${this.onKey}
          @focus=${this.onFocus}
          @pointermove=${this.onPointer}
          @pointerdown=${this.onPointer}
          @pointerleave=${this.onLeave}
          @click=${this.onClick}
        >
          <svg viewBox="0 0 ${l.size} ${l.height}" aria-hidden="true" font-size=${l.fontSize}>
            ${l.rings.map(
              (r) => svg`<path class="ring" d=${r.d}></path><text class="ring-label" x=${r.x} y=${r.y}>${r.label}</text>`,
            )}
            ${l.bandRings.map((d) => svg`<path class="band-ring" d=${d}></path>`)}
            ${l.targetRing ? svg`<path part="target" d=${l.targetRing}></path>` : nothing}
            ${l.spokes.map(
              (s, i) => svg`<line class="spoke${i === a ? ' active' : ''}" x1=${l.cx} y1=${l.cy} x2=${s.end.x} y2=${s.end.y}></line>
                <text class="axis-label" text-anchor=${s.label.anchor}>${s.label.lines.map(
                  (line, k) => svg`<tspan x=${s.label.x} y=${s.label.y + k * l.fontSize * 1.15}>${line}</tspan>`,
                )}</text>`,
            )}
            ${[...shown].reverse().map(
              (s) => svg`<g class="s-${s.n}">
                <path part="series" class=${s.primary ? 'primary' : ''} d=${s.d}></path>
                ${s.points.map(
                  (p) => svg`<circle part="point" cx=${p.x} cy=${p.y} r=${s.primary ? 4.5 : 3.5}></circle>
                    ${p.label ? svg`<text class="value" x=${p.lx} y=${p.ly}>${p.label}</text>` : nothing}`,
                )}
              </g>`,
            )}
            ${a !== undefined ? this.renderTooltip(m, l, a, lang) : nothing}
          </svg>
          <div class="sr-only" aria-live="polite">${a !== undefined ? this.lines(m, a, lang).join('; ') : ''}</div>
        </div>
        <ul part="legend">
          ${m.series.map(
            // A series without a value at this level (the national tables give domains, not aspects)
            // is said to have none, not offered as a toggle for nothing.
            (s, i) => html`<li class="s-${i + 1}">
              ${s.values.some((v) => v !== undefined)
                ? html`<button type="button" aria-pressed=${!this.hiddenSeries.has(s.id)} @click=${() => this.toggleSeries(s.id)}>
                    <span class="swatch"></span>${s.legend}
                  </button>`
                : html`<span class="none">${s.legend}: ${rt(lang, 'noValue')}</span>`}
            </li>`,
          )}
          ${m.target
            ? html`<li><span class="swatch dash"></span>${m.target.label ?? t(lang, 'target')} ${m.target.year}: ${formatIndex(m.target.value, lang)}</li>`
            : nothing}
        </ul>
        ${renderFooter(data.source ? `${t(lang, 'source')}: ${data.source}` : '', lang, this.tableOpen, this.toggleTable)}
        ${this.renderTable(m, lang)}
      </figure>
    `;
  }

  /** The tooltip's lines: the axis with its weight, then every series' value on it. */
  private lines(m: RadarModel, i: number, lang: Lang): string[] {
    const axis = m.axes[i];
    return [
      `${axis.label} (${rt(lang, 'weight')} ${formatNumber(axis.weight, lang, 1)} %)`,
      ...m.series.map((s) => `${s.label}: ${s.values[i] === undefined ? rt(lang, 'noValue') : formatIndex(s.values[i]!, lang)}`),
    ];
  }

  private renderTooltip(m: RadarModel, l: RadarLayout, i: number, lang: Lang) {
    const lines = this.lines(m, i, lang);
    const fs = l.fontSize;
    const w = Math.max(...lines.map((s) => textWidth(s, fs, l.spacing))) + fs;
    const h = lines.length * fs * 1.3 + fs * 0.6;
    const end = l.spokes[i].end;
    const x = Math.min(Math.max(0, end.x - w / 2), l.size - w);
    const y = end.y > l.cy ? Math.max(0, end.y - h - 8) : Math.min(l.height - h, end.y + 8);
    return svg`<g part="tooltip" transform="translate(${x} ${y})">
      <rect width=${w} height=${h} rx="4"></rect>
      ${lines.map((s, k) => svg`<text class=${k ? '' : 'head'} x=${fs / 2} y=${fs * 1.2 + k * fs * 1.3}>${s}</text>`)}
    </g>`;
  }

  private renderTable(m: RadarModel, lang: Lang) {
    return renderTableBox(
      this.tableOpen,
      rt(lang, m.level),
      html`<table>
        <caption>${rt(lang, m.level)} · ${m.title}</caption>
        <thead>
          <tr>
            <th scope="col">${rt(lang, 'axis')}</th>
            <th scope="col">${rt(lang, 'weight')} (%)</th>
            ${m.series.map((s) => html`<th scope="col">${s.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${m.axes.map(
            (axis, i) => html`<tr>
              <th scope="row">${axis.label}</th>
              <td class="num">${formatNumber(axis.weight, lang, 1)}</td>
              ${m.series.map((s) => html`<td class="num">${s.values[i] === undefined ? '–' : formatIndex(s.values[i]!, lang)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>`,
    );
  }

  /** The spoke nearest the pointer's angle around the centre. */
  private axisAt(e: MouseEvent): number | undefined {
    const box = this.renderRoot.querySelector('svg')?.getBoundingClientRect();
    const l = this.layout;
    if (!box || !l || !l.spokes.length) return undefined;
    const k = l.size / box.width;
    const dx = (e.clientX - box.left) * k - l.cx;
    const dy = (e.clientY - box.top) * k - l.cy;
    if (Math.hypot(dx, dy) < 8) return undefined;
    const n = l.spokes.length;
    return (Math.round((Math.atan2(dx, -dy) / (2 * Math.PI)) * n) + n) % n;
  }

  private onPointer(e: PointerEvent) {
    this.active = this.axisAt(e) ?? this.active;
  }

  /** The pointer left the plot (the listener's element): the tooltip goes, unless the plot has focus. */
  private onLeave(e: PointerEvent) {
    if (!(e.currentTarget as Element).matches(':focus')) this.active = undefined;
  }

  private onFocus() {
    this.active ??= 0;
  }

  private onClick(e: MouseEvent) {
    const i = this.axisAt(e) ?? this.active;
    if (i !== undefined) this.choose(i);
  }

  private onKey(e: KeyboardEvent) {
    const n = this.model?.axes.length ?? 0;
    if (!n) return;
    // Clockwise is forward, as the spokes are numbered: right and down step on, left and up back.
    const to = stepIndex(e.key, this.active ?? 0, n, true);
    if (to !== undefined) {
      e.preventDefault();
      this.active = to;
    } else if ((e.key === 'Enter' || e.key === ' ') && this.active !== undefined) {
      e.preventDefault();
      this.choose(this.active);
    } else if (e.key === 'Escape') {
      if (this.domain && this.drilldown) this.back();
      else this.active = undefined;
    }
  }

  /** Chooses a spoke: tells the page (`spbe-select`) and, with `drilldown`, opens that domain's aspects. */
  private choose(i: number) {
    const m = this.model;
    if (!m) return;
    const axis = m.axes[i];
    const values: Record<string, number | undefined> = {};
    for (const s of m.series) values[s.id] = s.values[i];
    // The axis is its id, label and weight.
    const detail: RadarSelectDetail = { level: m.level, ...axis, values };
    this.dispatchEvent(new SpbeSelectEvent(detail));
    if (this.drilldown && m.level === 'domains') this.domain = axis.id;
  }

  /** Fetches the aspect names, then draws; a failure is an error in words and an event. */
  private loadNames() {
    (aspectNames ??= onDemand(import('../../core/frameworks/permenpanrb-59-2020-labels.js'), 'permenpanrb-59-2020-labels.js')).then(
      () => this.requestUpdate(),
      async (e: SpbeError) => {
        await loadErrorView();
        if (this.namesError) return;
        this.namesError = e;
        this.requestUpdate();
        this.dispatchEvent(new SpbeErrorEvent(e));
      },
    );
  }

  private back() {
    this.domain = undefined;
  }

  private toggleSeries(id: string) {
    const hidden = new Set(this.hiddenSeries);
    if (!hidden.delete(id)) hidden.add(id);
    this.hiddenSeries = hidden;
  }

  private toggleTable() {
    this.tableOpen = !this.tableOpen;
  }
}

customElements.define('spbe-domain-radar', SpbeDomainRadar);

declare global {
  interface HTMLElementTagNameMap {
    'spbe-domain-radar': SpbeDomainRadar;
  }
}
