import { html, nothing, svg, type PropertyValues } from 'lit';
import { ColorSchemeController } from '../../core/color-scheme.js';
import { csvAhead, isCsv } from '../../core/delimiter.js';
import { DataController, readJson, type BodyReader } from '../../core/data-controller.js';
import type { Skipped, skippedNote } from '../../core/results-table.js';
import { SpbeElement } from '../../core/element.js';
import { onDemand } from '../../core/errors.js';
import { SpbeErrorEvent, SpbeSelectEvent } from '../../core/events.js';
import { formatIndex } from '../../core/format.js';
import { getFramework, indexName } from '../../core/framework.js';
import { textMeasure } from '../../core/measure.js';
import { resolveLang, t } from '../../core/i18n.js';
import { PrintController } from '../../core/print-controller.js';
import { renderError, renderFooter, renderSkeleton, renderTableBox } from '../../core/render.js';
import { parseSpbeResults, type SpbeResults } from '../../core/results.js';
import type { Lang } from '../../core/types.js';
import { WidthController } from '../../core/width-controller.js';
import { bandColors } from '../../themes/bands.js';
import { base, tokens } from '../../themes/tokens.js';
import { rankingStyles } from './ranking.styles.js';
import { changeMark, changeText, layoutRanking, rankModel, rankSummary, rowText, trend, visibleRows, type RankLayout, type RankLine, type RankModel, type RankRow } from './ranking-layout.js';
import { rt, type RankingKey } from './ranking-strings.js';

/** The official table's reader (with d3-dsv): loaded only for a CSV source. */
const tableReader = () => onDemand(import('../../core/results-table.js'), 'results-table.js');

/** What `spbe-select` carries: the chosen instansi's place. */
export interface RankingSelectDetail {
  key: string;
  name: string;
  code?: string;
  year: number;
  rank: number;
  of: number;
  index: number;
  previous?: number;
}

/** The keys that move the active row, as steps. */
const STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, PageDown: 10, PageUp: -10 };

/**
 * A ranked bar list of instansi by their SPBE index: filter by `province`, `kind` and `year`,
 * with the page's own instansi marked (`highlight`), the predikat as colour and text, each one's
 * rank and its change since the year before, and the national index as a rule. Long lists show
 * the top `limit` and the highlighted instansi's place, with a button to show all.
 *
 * Data: `src` (a results collection such as the package's
 * `data/nasional/spbe-hasil-2023-2024.json`, one data document, or the official result table as CSV,
 * like `data/nasional/spbe-results-2023-2024.csv`), the `data` property, or an inline
 * `<script type="application/json">` child.
 *
 * @summary SPBE ranking.
 *
 * @fires spbe-load - The data loaded and validated (`event.data`).
 * @fires spbe-error - Loading or validation failed (`event.error`, an `SpbeError`); with `detail.partial`, rows of a CSV source were left out (each by its line) and the rest is ranked.
 * @fires spbe-select - An instansi was chosen by click, Enter or Space. `detail`: `{ key, name, code, year, rank, of, index, previous }`.
 *
 * @csspart base - The outer box.
 * @csspart label - The small "Peringkat Indeks SPBE" line.
 * @csspart title - The year and what is ranked.
 * @csspart plot - The focusable list.
 * @csspart axis - The scale's tick labels.
 * @csspart row - A row (class `highlight` for the page's instansi, `active` for the one the keys are on).
 * @csspart bar - A row's bar, in its predikat's colour.
 * @csspart rule - The national index line.
 * @csspart legend - The predikat bands.
 * @csspart more - The button that shows all rows, or the top ones again.
 * @csspart source - The source line.
 * @csspart export - The download buttons (PNG, SVG, CSV), shown with the `export` attribute.
 * @csspart export-status - The footer line that says a download failed, and why.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart table - The box around the data table.
 * @csspart error - The error box.
 *
 * @cssprop --spbe-color-band-1 - Colour of the lowest band; `-2` to `-7` for the next ones.
 * @cssprop --spbe-color-accent - The highlighted row and the focus ring.
 * @cssprop --spbe-color-text - Text colour (and the other shared `--spbe-color-*`, `--spbe-font-*` tokens).
 */
export class SpbeRanking extends SpbeElement {
  static override styles = [tokens, bandColors, base, rankingStyles];

  static override properties = {
    src: {},
    data: { attribute: false },
    year: { type: Number, reflect: true },
    province: {},
    kind: {},
    highlight: {},
    limit: { type: Number },
    lang: { reflect: true },
    theme: {},
    timeout: { type: Number },
    label: {},
    showAll: { type: Boolean, attribute: 'show-all', reflect: true },
    active: { state: true },
    tableOpen: { state: true },
  };

  /** URL of a results collection (or a data document), relative to the page. */
  src?: string;
  /** The collection as an object (takes precedence over `src`). */
  data?: unknown;
  /** The year to rank (default: the latest in the data). */
  year?: number;
  /** Only this province: its name (`Lampung`) or Kemendagri code (`18`). */
  province?: string;
  /** Only these kinds, comma separated: `provinsi`, `kabupaten`, `kota`, `instansi_pusat`; or `pemda`, `pusat`. */
  kind?: string;
  /** The page's own instansi: its Kemendagri code (`18.72`) or its name (`Kota Metro` too, without "Pemerintah"). */
  highlight?: string;
  /** How many rows a long list shows before "show all" (default 20). */
  limit = 20;
  /** `id` (default) or `en`; without it, the nearest `lang` on the page. */
  override lang = '';
  /** `auto` follows the reader's colour scheme; `light` or `dark` force one. */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Milliseconds to wait for `src` (default 15000). */
  timeout?: number;
  /** A title; overrides the year and scope line. */
  label?: string;
  /** Every row, not only the top `limit` (the "show all" button sets it). */
  showAll = false;

  private active?: string;
  private tableOpen = false;
  private readonly loader = new DataController<SpbeResults>(this, Object.assign((...a: Parameters<BodyReader>) => this.read(...a), { ahead: (url: string) => csvAhead(url, tableReader) }), parseSpbeResults);
  /** A CSV source's rows left out (and why), told once as a partial `spbe-error`; with the words for them. */
  private skipped?: Skipped & { told?: boolean; note: typeof skippedNote };
  private readonly scheme = new ColorSchemeController(this);
  private readonly size = new WidthController(this);
  private readonly print = new PrintController(this);
  /**
   * A list that scrolls in its box ("show all") draws the rows near its view: from half a screen
   * above it to a screen and a half below, drawn again when it has scrolled half a screen. All 615
   * rows at once were one task of 360 ms to the next paint on a phone; print and export draw them all.
   */
  private drawnFor = 0;
  private whole = false;
  private model?: RankModel;
  /** What the model was made from: it is made again only when one of these changes, not on each key. */
  private modelOf: unknown[] = [];
  private layout?: RankLayout;
  /**
   * A web font that arrives after the first drawing (a page's `font-display: swap`) was measured
   * as its fallback: the names are measured again (core/measure forgets the widths), and cut again,
   * when the page's fonts load.
   */
  private readonly remeasure = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    document.fonts?.addEventListener('loadingdone', this.remeasure);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.remeasure);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['data', 'src', 'province', 'kind', 'year'].some((k) => changed.has(k as keyof SpbeRanking))) this.active = undefined;
    if (changed.has('data') || changed.has('src')) this.skipped = undefined;
    // A list that starts to scroll (or stops) is drawn at its top, and put there (below).
    if (changed.has('showAll')) this.drawnFor = 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The browser keeps a box's last scroll position for when it scrolls again.
    if (changed.has('showAll')) this.renderRoot.querySelector('[part~="plot"]')?.scrollTo(0, 0);
    if (this.skipped && !this.skipped.told && this.loader.value) {
      this.skipped.told = true;
      this.dispatchEvent(new SpbeErrorEvent(this.skipped.error, true));
    }
  }

  /** JSON, or the official result table as CSV (its reader and d3-dsv load only then). */
  private read(...[body, url, host]: Parameters<BodyReader>): unknown {
    if (!isCsv(url, body.type, body.text)) return readJson(body, url, host);
    return tableReader().then((m) => {
      const { input, skipped } = m.resultsFromCsv(body.text, url);
      this.skipped = skipped && { ...skipped, note: m.skippedNote };
      return input;
    });
  }

  override render() {
    const lang = resolveLang(this);
    const cls = this.scheme.className;
    const error = this.loader.error;
    if (error) return renderError(this, error, lang, cls);
    const data = this.loader.value;
    const width = Math.max(240, (this.size.width || this.clientWidth) - 32);
    const r = (key: RankingKey, params?: Record<string, string | number>) => rt(lang, key, params);
    if (!data) return renderSkeleton(cls, lang, r('title', { index: indexName(getFramework()!, lang) }), this.loader.state === 'pending', html`<svg width=${width} height="240" aria-hidden="true"></svg>`);
    const of = [data, this.year, this.province, this.kind, this.highlight, lang];
    if (of.some((v, i) => v !== this.modelOf[i])) [this.model, this.modelOf] = [rankModel(data, this, lang), of];
    const m = this.model!;
    // A limit that is not a positive number (limit="abc", "0") is the default, not an empty list.
    const limit = this.limit >= 1 ? Math.floor(this.limit) : 20;
    // Names are cut to fit by their width as drawn: in the font a page may set, and with the
    // letter and word spacing a reader may (WCAG 1.4.12's text spacing), which the text inherits.
    const drawn = textMeasure(this, 13);
    const measure = (s: string, bold: boolean) => drawn(s, bold ? 700 : 400);
    const l = (this.layout = layoutRanking(m, visibleRows(m, limit, this.showAll), { width, lang, measure }));
    const long = m.rows.length > limit + 5;
    const y = this.drawnFor;
    const lines = this.showAll && long && !this.whole && !this.print.printing ? l.lines.filter((line) => line.y > y - innerHeight / 2 - l.rowHeight && line.y < y + 1.5 * innerHeight) : l.lines;
    const active = m.rows.find((row) => row.key === this.active);
    const skipped = this.skipped?.note(this.skipped, m.within, [m.year, m.previousYear], lang);
    const title = this.label || `${m.year} · ${m.scope} · ${m.rows.length} ${r('instansi')}`;
    return html`
      <figure part="base" class=${cls}>
        <span part="label">${m.label}</span>
        <span part="title">${title}</span>
        <div
          part="plot"
          class=${this.showAll && long ? 'scroll' : ''}
          tabindex="0"
          role="group"
          aria-roledescription=${r('chart')}
          aria-label=${`${rankSummary(m, lang)} ${r('keys')}`}
          @keydown=${this.onKey}
          @focus=${this.onFocus}
          @click=${this.onClick}
          @scroll=${this.onScroll}
        >
          <svg width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" aria-hidden="true">
            ${this.renderRows(l, m, lines)}
          </svg>
          <div class="sr-only" aria-live="polite">${active ? rowText(active, m, lang) : ''}</div>
        </div>
        ${!m.rows.length
          ? html`<p class="note" role="status">${r('none')}</p>`
          : this.highlight && !m.highlighted
            ? html`<p class="note" role="status">${r('notFound', { h: this.highlight })}</p>`
            : nothing}
        ${skipped ? html`<p class="note" role="status">${skipped}</p>` : nothing}
        <ul part="legend">
          ${m.bands.map((b, i) => html`<li><span class="swatch band-${i + 1}"></span>${b}</li>`)}
          ${m.rule ? html`<li><span class="swatch rule"></span>${m.rule.label}</li>` : nothing}
        </ul>
        ${long
          ? html`<button part="more" type="button" aria-pressed=${this.showAll} @click=${this.toggleAll}>
              ${this.showAll ? r('showLess', { n: limit }) : r('showAll', { n: m.rows.length })}
            </button>`
          : nothing}
        ${renderFooter(data.source ? `${t(lang, 'source')}: ${data.source}` : '', lang, this.tableOpen, this.toggleTable)}
        ${this.renderTable(m, lang, title)}
      </figure>
    `;
  }

  private renderRows(l: RankLayout, m: RankModel, lines: RankLine[]) {
    // A line drawn in pieces (beside each bar; the rule cut at the figures) is one path, not one
    // element a piece: all 615 rows, two lines a row, were 3 400 elements for six lines.
    const vline = (x: number, cls: string, spans = l.spans) => svg`<path class=${cls} d=${spans.map(([y1, y2]) => `M${x} ${y1}V${y2}`).join('')}></path>`;
    return svg`
      <g part="axis">
        ${l.ticks.map((tk) => svg`${vline(tk.x, 'grid')}<text x=${tk.x} y="14" text-anchor="middle">${tk.label}</text>`)}
      </g>
      ${lines.map((line) => this.renderLine(l, line, m.previousYear !== undefined))}
      ${l.rule
        ? svg`<g part="rule">${vline(l.rule.x, '', l.rule.spans)}
            <text x=${l.rule.x} y=${l.height - 6} text-anchor=${l.rule.anchor}>${l.rule.label}</text></g>`
        : nothing}
      <!-- The figures after the rule, which is cut where they stand. -->
      ${lines.map((line) =>
        line.row
          ? svg`<text class=${`value${line.row.highlight ? ' highlight' : ''}`} x=${line.valueX} y=${line.y + l.valueY}>${line.value}</text>`
          : nothing,
      )}
    `;
  }

  private renderLine(l: RankLayout, line: RankLine, marks: boolean) {
    const r = line.row;
    const at = `translate(0 ${line.y})`;
    if (!r) return svg`<text class="gap" transform=${at} x=${l.nameX} y=${l.textY}>… ${line.name}</text>`;
    return svg`<g part="row" class=${`${r.highlight ? 'highlight' : ''} ${r.key === this.active ? 'active' : ''}`} transform=${at}>
      ${line.name.endsWith('…') ? svg`<title>${r.name}</title>` : nothing}
      <rect class="back" y="1" width=${l.width} height=${l.rowHeight - 2} rx="3"></rect>
      <text class="rank" x="26" y=${l.textY} text-anchor="end">${r.rank}</text>
      ${marks ? svg`<text class=${`change ${trend(r)}`} x="32" y=${l.textY}>${changeMark(r)}</text>` : nothing}
      <text class="name" x=${l.nameX} y=${l.textY}>${line.name}</text>
      <rect part="bar" class=${`band-${r.band}`} x=${l.barX} y=${l.barY} width=${line.barW} height=${l.barH} rx="2"></rect>
    </g>`;
  }

  private renderTable(m: RankModel, lang: Lang, title: string) {
    const prev = m.previousYear;
    const rank = rt(lang, 'rank');
    return renderTableBox(
      this.tableOpen,
      m.label,
      html`<table>
        <caption>${m.label} · ${title}</caption>
        <thead>
          <tr>
            ${[rank, 'Instansi', t(lang, 'index'), 'Predikat', ...(prev === undefined ? [] : [`${rank} ${prev}`, rt(lang, 'change')])].map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${m.rows.map(
            (r) => html`<tr class=${r.highlight ? 'highlight' : ''}>
              <td class="num">${r.rank}</td>
              <th scope="row">${r.name}${r.damaged ? html` <small>(${rt(lang, 'damaged')})</small>` : nothing}</th>
              <td class="num">${formatIndex(r.index, lang)}</td>
              <td>${r.predikat}</td>
              ${prev === undefined ? nothing : html`<td class="num">${r.previous ?? '–'}</td><td>${changeText(r, prev, lang)}</td>`}
            </tr>`,
          )}
        </tbody>
      </table>`,
    );
  }

  /** The rows the keys move through: those shown. */
  private shown(): RankRow[] {
    return (this.layout?.lines ?? []).map((l) => l.row).filter((r): r is RankRow => r !== undefined);
  }

  private onFocus() {
    if (this.active === undefined) this.active = (this.model?.highlighted ?? this.shown()[0])?.key;
  }

  private onKey(e: KeyboardEvent) {
    const rows = this.shown();
    const i = Math.max(0, rows.findIndex((r) => r.key === this.active));
    const step = STEPS[e.key];
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1 : step && Math.min(rows.length - 1, Math.max(0, i + step));
    if (to !== undefined && rows[to]) {
      e.preventDefault();
      this.active = rows[to].key;
      this.scrollToRow(to);
    } else if ((e.key === 'Enter' || e.key === ' ') && this.active !== undefined && rows[i]) {
      e.preventDefault();
      this.choose(rows[i]);
    } else if (e.key === 'Escape') this.active = undefined;
  }

  /** Keeps the active row in view inside the scrolling list, with a row's room around it (the axis at the top). */
  private scrollToRow(i: number) {
    const plot = this.renderRoot.querySelector<HTMLElement>('[part~="plot"]');
    const line = this.layout?.lines.filter((l) => l.row)[i];
    if (!plot || !line || plot.scrollHeight <= plot.clientHeight) return;
    const h = this.layout!.rowHeight;
    if (line.y < plot.scrollTop + h) plot.scrollTop = line.y - h;
    else if (line.y + 2 * h > plot.scrollTop + plot.clientHeight) plot.scrollTop = line.y + 2 * h - plot.clientHeight;
    // This key's render draws the rows around the row it moved to (the scroll event comes later).
    this.drawnFor = plot.scrollTop;
  }

  private onScroll(e: Event) {
    const y = (e.currentTarget as HTMLElement).scrollTop;
    if (Math.abs(y - this.drawnFor) > innerHeight / 2) {
      this.drawnFor = y;
      this.requestUpdate();
    }
  }

  /**
   * Draws every row of a long list (`true`), or again only those near the view (`false`); resolves
   * when drawn. The export calls it around making the file, so the file has the whole list.
   * @internal
   */
  drawWhole(on: boolean): Promise<boolean> {
    this.whole = on;
    this.requestUpdate();
    return this.updateComplete;
  }

  private onClick(e: MouseEvent) {
    const box = this.renderRoot.querySelector('svg')?.getBoundingClientRect();
    const l = this.layout;
    if (!box || !l) return;
    const y = e.clientY - box.top;
    const row = l.lines.find((line) => y >= line.y && y < line.y + l.rowHeight)?.row;
    if (row) {
      this.active = row.key;
      this.choose(row);
    }
  }

  /** Tells the page which instansi was chosen (`spbe-select`). */
  private choose(r: RankRow) {
    const m = this.model!;
    const detail: RankingSelectDetail = { key: r.key, name: r.name, code: r.code, year: m.year, rank: r.rank, of: m.rows.length, index: r.index, previous: r.previous };
    this.dispatchEvent(new SpbeSelectEvent(detail));
  }

  private toggleAll() {
    this.showAll = !this.showAll;
  }

  private toggleTable() {
    this.tableOpen = !this.tableOpen;
  }
}

customElements.define('spbe-ranking', SpbeRanking);

declare global {
  interface HTMLElementTagNameMap {
    'spbe-ranking': SpbeRanking;
  }
}
