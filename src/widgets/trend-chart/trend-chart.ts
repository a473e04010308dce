import { html, nothing, svg, type PropertyValues } from 'lit';
import { ColorSchemeController } from '../../core/color-scheme.js';
import { SpbeElement } from '../../core/element.js';
import type { DecimalMark } from '../../core/csv.js';
import { csvAhead, isCsv } from '../../core/delimiter.js';
import { SpbeDataController, type BodyReader } from '../../core/data-controller.js';
import { onDemand } from '../../core/errors.js';
import { SpbeSelectEvent } from '../../core/events.js';
import { formatIndex } from '../../core/format.js';
import { getFramework, indexName } from '../../core/framework.js';
import { resolveLang, t } from '../../core/i18n.js';
import { stepIndex } from '../../core/keys.js';
import { WidthController } from '../../core/width-controller.js';
import { parseJsonBody } from '../../core/load.js';
import { renderError, renderFooter, renderSkeleton, renderTableBox } from '../../core/render.js';
import type { Lang } from '../../core/types.js';
import { seriesColors } from '../../themes/series.js';
import { bandColors } from '../../themes/bands.js';
import { base, tokens } from '../../themes/tokens.js';
import { trendStyles } from './trend-chart.styles.js';
import { labelWidth, layoutTrend, trendHeight, trendModel, trendSummary, type TrendLayout, type TrendModel } from './trend-chart-layout.js';
import { tt } from './trend-chart-strings.js';

/**
 * JSON documents and CSV sheets (by content type or a `.csv` URL) alike. The CSV reader and d3-dsv
 * load only for a sheet: 2.3 KB gzip that a page with a JSON file does not fetch.
 */
const csvReader = () => onDemand(import('../../core/csv.js'), 'csv.js');
const readJsonOrCsv: BodyReader = ({ text, type }, url, host) =>
  isCsv(url, type, text)
    ? csvReader().then((m) => m.parseTrendCsv(text, { decimal: (host.decimal as DecimalMark) ?? 'auto', name: host.label, url }))
    : parseJsonBody(text, url, type);
readJsonOrCsv.ahead = (url) => csvAhead(url, csvReader);

/** What `spbe-select` carries: the year and every series' value that year. */
export interface TrendSelectDetail {
  year: number;
  values: Record<string, number | undefined>;
  labels: Record<string, string>;
  target?: number;
}

/**
 * The SPBE index year by year: the instansi's line over the predikat bands, the targets as steps,
 * the comparisons (Nasional) as further lines, with a tooltip, keyboard access and a data table.
 *
 * Data: `src` (a JSON data document, or a CSV sheet with `year`/`tahun` and `index`/`indeks`
 * columns), the `data` property, or an inline `<script type="application/json">` child.
 *
 * @summary SPBE trend chart.
 *
 * @fires spbe-load - The data loaded and validated (`event.data`).
 * @fires spbe-error - Loading or validation failed (`event.error`, an `SpbeError`).
 * @fires spbe-select - A year was chosen by click, Enter or Space. `detail`: `{ year, values, labels, target }`.
 *
 * @csspart base - The outer box.
 * @csspart label - The small "Indeks SPBE" line.
 * @csspart title - The instansi name.
 * @csspart plot - The focusable chart area.
 * @csspart band - A predikat band behind the lines.
 * @csspart axis - The axis labels.
 * @csspart series - A series line (class `primary` for the instansi's own).
 * @csspart point - A data point (class `selected` for the chosen year).
 * @csspart target - The target step line.
 * @csspart tooltip - The tooltip for the active year.
 * @csspart legend - The list of series.
 * @csspart source - The source line.
 * @csspart export - The download buttons (PNG, SVG, CSV), shown with the `export` attribute.
 * @csspart export-status - The footer line that says a download failed, and why.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart table - The box around the data table.
 * @csspart error - The error box.
 *
 * @cssprop --spbe-color-series-1 - The first series (the instansi).
 * @cssprop --spbe-color-series-2 - Series 2.
 * @cssprop --spbe-color-series-3 - Series 3.
 * @cssprop --spbe-color-series-4 - Series 4.
 * @cssprop --spbe-color-series-5 - Series 5.
 * @cssprop --spbe-color-series-6 - Series 6.
 * @cssprop --spbe-color-band-1 - Colour of the lowest band; `-2` to `-7` for the next ones.
 * @cssprop --spbe-color-target - Target line colour.
 * @cssprop --spbe-color-text - Text colour (and the other shared `--spbe-color-*`, `--spbe-font-*` tokens).
 */
export class SpbeTrendChart extends SpbeElement {
  static override styles = [tokens, bandColors, base, seriesColors, trendStyles];

  static override properties = {
    src: {},
    data: { attribute: false },
    year: { type: Number, reflect: true },
    lang: { reflect: true },
    theme: {},
    timeout: { type: Number },
    series: {},
    comparisons: {},
    decimal: {},
    label: {},
    active: { state: true },
    tableOpen: { state: true },
  };

  /** URL of a JSON data document or a CSV sheet, relative to the page. */
  src?: string;
  /** The data document as an object (takes precedence over `src`). */
  data?: unknown;
  /** The chosen year (highlighted); set by a click or Enter, or by the page. */
  year?: number;
  /** `id` (default) or `en`; without it, the nearest `lang` on the page. */
  override lang = '';
  /** `auto` follows the reader's colour scheme; `light` or `dark` force one. */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Milliseconds to wait for `src` (default 15000). */
  timeout?: number;
  /** What to draw, comma separated: `index` (default) and/or domain ids such as `layanan`. */
  series = 'index';
  /** `none` hides the data's comparison series (Nasional). */
  comparisons = 'all';
  /** For CSV: `comma` (3,34), `point` (3.34) or `auto` (found from the file). */
  decimal: DecimalMark = 'auto';
  /** A title; overrides the instansi name (and names a CSV sheet's instansi). */
  label?: string;

  private active?: number;
  private tableOpen = false;
  private readonly loader = new SpbeDataController(this, readJsonOrCsv);
  private readonly scheme = new ColorSchemeController(this);
  private readonly size = new WidthController(this);
  private model?: TrendModel;
  private layout?: TrendLayout;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) this.active = undefined;
  }

  override render() {
    const lang = resolveLang(this);
    const cls = this.scheme.className;
    const error = this.loader.error;
    if (error) return renderError(this, error, lang, cls);
    const data = this.loader.value;
    // The plot is the measured width less the base box's padding (2 x 1rem).
    const width = Math.max(200, (this.size.width || this.clientWidth) - 32);
    if (!data) {
      const drawing = html`<svg width=${width} height=${trendHeight(width)} aria-hidden="true"></svg>`;
      return renderSkeleton(cls, lang, indexName(getFramework()!, lang), this.loader.state === 'pending', drawing);
    }
    const m = (this.model = trendModel(data, lang, this.series.split(/[\s,]+/).filter(Boolean), this.comparisons !== 'none'));
    const l = (this.layout = layoutTrend(m, { width, lang }));
    const summary = trendSummary(m, lang);
    const activeIndex = this.active === undefined ? -1 : m.years.indexOf(this.active);
    return html`
      <figure part="base" class=${cls}>
        <span part="label">${m.index}</span>
        <span part="title">${this.label || m.title}</span>
        <div
          part="plot"
          tabindex="0"
          role="group"
          aria-roledescription=${tt(lang, 'chart')}
          aria-label=${`${summary} ${tt(lang, 'keys')}`}
          @keydown=${this.onKey}
          @focus=${this.onFocus}
          @pointermove=${this.onPointer}
          @pointerdown=${this.onPointer}
          @pointerleave=${this.onLeave}
          @click=${this.onClick}
        >
          <svg width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" aria-hidden="true">
            ${this.renderFrame(l)} ${this.renderSeries(l)} ${activeIndex >= 0 ? this.renderTooltip(m, l, activeIndex, lang) : nothing}
          </svg>
          <div class="sr-only" aria-live="polite">${activeIndex >= 0 ? this.tooltipLines(m, activeIndex, lang).join('; ') : ''}</div>
        </div>
        <ul part="legend">
          ${m.series.map((s, i) => html`<li class="s-${i + 1}"><span class="swatch"></span>${s.label}</li>`)}
          ${l.target ? html`<li><span class="swatch dash"></span>${l.target.label}</li>` : nothing}
        </ul>
        ${renderFooter(data.source ? `${t(lang, 'source')}: ${data.source}` : '', lang, this.tableOpen, this.toggleTable)}
        ${this.renderTable(m, lang)}
      </figure>
    `;
  }

  private renderFrame(l: TrendLayout) {
    const { plot } = l;
    return svg`
      ${l.bands.map(
        (b) => svg`<g part="band" class="band-${b.n}"><rect x=${plot.left} y=${b.y} width=${plot.right - plot.left} height=${b.height}></rect></g>`,
      )}
      <g part="axis">
        ${l.yTicks.map(
          (tk) => svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${tk.y} y2=${tk.y}></line>
            <text x=${plot.left - 6} y=${tk.y} dy="0.35em" text-anchor="end">${tk.label}</text>`,
        )}
        ${l.xTicks.map((tk) => svg`<text x=${tk.x} y=${plot.bottom + 16} text-anchor="middle">${tk.label}</text>`)}
      </g>
      <!-- Band names after the grid, so no line runs through them. -->
      ${l.bands.map((b) =>
        b.showLabel ? svg`<text class="band-label band-${b.n}" x=${b.labelX} y=${b.labelY} text-anchor=${b.anchor}>${b.label}</text>` : nothing,
      )}
      ${l.changes.map(
        (c) => svg`<g class="change"><line x1=${c.x} x2=${c.x} y1=${plot.top - 4} y2=${plot.bottom}></line>
          <text x=${c.labelX} y=${plot.top - 8}>${c.text}</text></g>`,
      )}
      ${l.target ? svg`<path part="target" d=${l.target.d}></path>` : nothing}
    `;
  }

  private renderSeries(l: TrendLayout) {
    // Comparisons first, so the instansi's own line is drawn on top.
    const order = [...l.series].reverse();
    return svg`${order.map(
      (s) => svg`<g class="s-${s.n}">
        <path part="series" class=${s.primary ? 'primary' : ''} d=${s.d}></path>
        ${s.points.map(
          (p) => svg`<circle part="point" class=${s.primary && p.year === this.year ? 'selected' : ''} cx=${p.x} cy=${p.y} r=${s.primary ? 4.5 : 3.5}></circle>
            ${p.label ? svg`<text class="value${p.last ? ' last' : ''}${p.beside ? ' beside' : ''}" x=${p.beside ? p.x + 8 : p.x} y=${p.labelY!}>${p.label}</text>` : nothing}`,
        )}
      </g>`,
    )}`;
  }

  private renderTooltip(m: TrendModel, l: TrendLayout, i: number, lang: Lang) {
    const col = l.columns[i];
    const lines = this.tooltipLines(m, i, lang);
    const w = Math.max(...lines.map((s) => labelWidth(s, 12))) + 16;
    const h = lines.length * 16 + 10;
    const x = col.x + 12 + w <= l.width ? col.x + 12 : Math.max(0, col.x - 12 - w);
    return svg`<line class="cursor" x1=${col.x} x2=${col.x} y1=${l.plot.top} y2=${l.plot.bottom}></line>
      <g part="tooltip" transform="translate(${x} ${l.plot.top})">
        <rect width=${w} height=${h} rx="4"></rect>
        ${lines.map((s, k) => svg`<text class=${k ? '' : 'head'} x="8" y=${18 + k * 16}>${s}</text>`)}
      </g>`;
  }

  /** The tooltip's lines: the year, every series' value (or "–"), the target, the source. */
  private tooltipLines(m: TrendModel, i: number, lang: Lang): string[] {
    const year = m.years[i];
    const lines = [String(year)];
    for (const s of m.series) lines.push(`${s.label}: ${s.points[i].value === undefined ? '–' : formatIndex(s.points[i].value!, lang)}`);
    const target = m.targets.find((tg) => tg.year === year);
    if (target) lines.push(`${t(lang, 'target')}: ${formatIndex(target.value, lang)}`);
    const source = m.series[0]?.points[i].source;
    if (source && m.series[0].points[i].value !== undefined) lines.push(`${t(lang, 'source')}: ${source.length > 48 ? `${source.slice(0, 47)}…` : source}`);
    return lines;
  }

  private renderTable(m: TrendModel, lang: Lang) {
    const hasTarget = m.targets.length > 0;
    const targetText = (year: number) => {
      const tg = m.targets.find((x) => x.year === year);
      return tg ? formatIndex(tg.value, lang) : '–';
    };
    const caption = `${m.index} ${tt(lang, 'byYearAndSeries')}`;
    return renderTableBox(
      this.tableOpen,
      caption,
      html`<table>
        <caption>${caption} · ${m.title}</caption>
        <thead>
          <tr>
            <th scope="col">${t(lang, 'year')}</th>
            ${m.series.map((s) => html`<th scope="col">${s.label}</th>`)} ${hasTarget ? html`<th scope="col">${t(lang, 'target')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${m.years.map(
            (year, i) => html`<tr>
              <th scope="row">${year}</th>
              ${m.series.map((s) => html`<td class="num">${s.points[i].value === undefined ? '–' : formatIndex(s.points[i].value!, lang)}</td>`)}
              ${hasTarget ? html`<td class="num">${targetText(year)}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>`,
    );
  }

  private yearAt(clientX: number): number | undefined {
    const box = this.renderRoot.querySelector('svg')?.getBoundingClientRect();
    if (!box || !this.layout) return undefined;
    const x = clientX - box.left;
    return this.layout.columns.find((c) => x >= c.x0 && x <= c.x1)?.year;
  }

  private onPointer(e: PointerEvent) {
    const year = this.yearAt(e.clientX);
    if (year !== undefined) this.active = year;
  }

  private onLeave() {
    if (!this.renderRoot.querySelector('[part~="plot"]')?.matches(':focus')) this.active = undefined;
  }

  private onFocus() {
    if (this.active === undefined && this.model) this.active = this.year ?? this.model.years[this.model.years.length - 1];
  }

  private onClick(e: MouseEvent) {
    const year = this.yearAt(e.clientX) ?? this.active;
    if (year !== undefined) this.choose(year);
  }

  private onKey(e: KeyboardEvent) {
    const years = this.model?.years;
    if (!years?.length) return;
    const to = stepIndex(e.key, this.active === undefined ? years.length - 1 : years.indexOf(this.active), years.length);
    if (to !== undefined) {
      e.preventDefault();
      this.active = years[to];
    } else if ((e.key === 'Enter' || e.key === ' ') && this.active !== undefined) {
      e.preventDefault();
      this.choose(this.active);
    } else if (e.key === 'Escape') this.active = undefined;
  }

  /** Chooses a year: highlights it and tells the page (`spbe-select`), so a gauge can follow. */
  private choose(year: number) {
    const m = this.model;
    if (!m) return;
    const i = m.years.indexOf(year);
    this.year = year;
    this.active = year;
    const values: Record<string, number | undefined> = {};
    const labels: Record<string, string> = {};
    for (const s of m.series) {
      values[s.id] = s.points[i]?.value;
      labels[s.id] = s.label;
    }
    const detail: TrendSelectDetail = { year, values, labels, target: m.targets.find((tg) => tg.year === year)?.value };
    this.dispatchEvent(new SpbeSelectEvent(detail));
  }

  private toggleTable() {
    this.tableOpen = !this.tableOpen;
  }
}

customElements.define('spbe-trend-chart', SpbeTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'spbe-trend-chart': SpbeTrendChart;
  }
}
