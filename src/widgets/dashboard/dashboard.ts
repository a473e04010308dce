import { html, nothing, type PropertyValues } from 'lit';
import { ColorSchemeController } from '../../core/color-scheme.js';
import { SpbeElement } from '../../core/element.js';
import { SpbeDataController, type BodyReader } from '../../core/data-controller.js';
import { parseJsonBody } from '../../core/load.js';
import { resolveLang, t } from '../../core/i18n.js';
import { onDemand, type SpbeError } from '../../core/errors.js';
import { SpbeErrorEvent } from '../../core/events.js';
import { loadErrorView, renderError } from '../../core/render.js';
import type { SpbeData } from '../../core/types.js';
import { base, tokens } from '../../themes/tokens.js';
import '../index-gauge/index-gauge.js';
import '../trend-chart/trend-chart.js';
import '../domain-radar/domain-radar.js';
import '../ap-map/ap-map.js';
import { dashboardStyles } from './dashboard.styles.js';
import { dt } from './dashboard-strings.js';

/** The parts a dashboard can show, in its default order. */
export const PARTS = ['gauge', 'trend', 'radar', 'ranking', 'map'] as const;
export type DashboardPart = (typeof PARTS)[number];

/** The ranking's module, loaded once for the page by the first dashboard that ranks. */
let rankingModule: Promise<unknown> | undefined;

/** Reads the document and notes whether it has a `network` block (the validator drops it). */
const readNoting: BodyReader = ({ text, type }, url, host) => {
  const json = parseJsonBody(text, url, type);
  (host as SpbeDashboard).hasNetwork = typeof json === 'object' && json !== null && 'network' in json;
  return json;
};

/** Every source the document names: its own, each year's, each comparison's, in order, once each. */
export function sourcesOf(data: SpbeData): string[] {
  const all = [data.source, ...data.evaluations.map((e) => e.source), ...data.comparisons.flatMap((c) => [c.source, ...c.evaluations.map((e) => e.source)])];
  return [...new Set(all.filter((s): s is string => !!s))];
}

/**
 * The whole story from one data URL: the index gauge, the trend, the domain radar, (with
 * `ranking-src`, a results collection) where the instansi stands in its province, and (when the
 * document has a `network` block) the access-point map, laid out for the width, with the instansi's
 * name and every source. Choosing a year on the trend moves the gauge, the radar and the ranking to
 * it. One request for all of them (the widgets share the loader's cache).
 *
 * @summary SPBE dashboard.
 *
 * @slot title - Replaces the heading (the instansi name).
 * @slot footer - Text after the sources.
 *
 * @fires spbe-load - The document loaded (the dashboard's own; each widget fires its own too).
 * @fires spbe-error - Loading failed; with `detail.partial`, the ranking's module could not load (its cell says so) and the rest is shown.
 * @fires spbe-select - From the widgets inside, as they fire it (a year on the trend also moves the others).
 *
 * @csspart base - The outer box.
 * @csspart header - The heading and the year line.
 * @csspart title - The heading.
 * @csspart grid - The box the widgets are laid out in.
 * @csspart footer - The sources and the footer slot.
 * @csspart sources - The list of sources.
 * @csspart error - The error box.
 *
 * @cssprop --spbe-dashboard-max-width - Largest width (default 72rem).
 */
export class SpbeDashboard extends SpbeElement {
  static override styles = [tokens, base, dashboardStyles];

  static override properties = {
    src: {},
    data: { attribute: false },
    lang: { reflect: true },
    theme: {},
    timeout: { type: Number },
    widgets: {},
    rankingSrc: { attribute: 'ranking-src' },
    year: { type: Number, reflect: true },
    plain: { type: Boolean, reflect: true },
    transparent: { type: Boolean, reflect: true },
    isStatic: { type: Boolean, attribute: 'static', reflect: true },
    downloads: { type: Boolean, attribute: 'export', reflect: true },
    hasNetwork: { state: true },
    rankingError: { state: true },
  };

  /** URL of the data document, relative to the page. */
  src?: string;
  /** The data document as an object (takes precedence over `src`). */
  data?: unknown;
  /** `id` (default) or `en`; without it, the nearest `lang` on the page. */
  override lang = '';
  /** `auto` follows the reader's colour scheme; `light` or `dark` force one (for every widget). */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Milliseconds to wait for `src` (default 15000). */
  timeout?: number;
  /**
   * The parts and their order, comma separated: `gauge,trend,radar,ranking,map` (the radar only
   * when some year has domain values, the ranking only with `ranking-src`, the map only with a
   * network block).
   */
  widgets = PARTS.join(',');
  /**
   * A results collection (or the official result table as CSV), such as the package's
   * `data/nasional/spbe-hasil-2023-2024.json`: the dashboard then ranks its instansi in its province
   * (else among its kind), highlighted.
   */
  rankingSrc?: string;
  /** The year shown by the gauge and the radar; set by choosing a year on the trend. Default the latest. */
  year?: number;
  /** No label, title or footer, on the dashboard and every widget in it. */
  plain = false;
  /** No background. */
  transparent = false;
  /** The `static` attribute: no pointer interaction and no controls (print, screenshots). */
  isStatic = false;
  /** The `export` attribute: the download buttons (PNG, SVG, CSV) on every widget in it. */
  downloads = false;
  /** Whether the document has a `network` block (for the map). */
  hasNetwork = false;

  /** The ranking's module could not load: its cell shows why. */
  private rankingError?: SpbeError;
  private rankingAsked = false;
  private readonly loader = new SpbeDataController(this, readNoting);
  private readonly scheme = new ColorSchemeController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data && typeof this.data === 'object') this.hasNetwork = 'network' in (this.data as object);
  }

  /**
   * The parts to show, in order: known names only, each once; the radar only when some year has
   * domain values (a sheet of yearly indexes has none to draw), the map only when there is a
   * network, the ranking only with its source.
   */
  parts(): DashboardPart[] {
    const asked = this.widgets.split(/[\s,]+/).filter((p): p is DashboardPart => (PARTS as readonly string[]).includes(p));
    const domains = this.loader.value?.evaluations.some((e) => Object.keys(e.domains).length) ?? true;
    return [...new Set(asked)].filter((p) => (p !== 'map' || this.hasNetwork) && (p !== 'ranking' || !!this.rankingSrc) && (p !== 'radar' || domains));
  }

  override render() {
    const lang = resolveLang(this);
    const cls = this.scheme.className;
    if (this.loader.error) return renderError(this, this.loader.error, lang, cls);
    const data = this.loader.value;
    const years = data?.evaluations.map((e) => e.year) ?? [];
    const year = this.year && years.includes(this.year) ? this.year : years[years.length - 1];
    const common = { src: this.data === undefined ? this.src : undefined, data: this.data, lang: this.lang || lang, theme: this.theme };
    const { plain, transparent, isStatic, downloads } = this;
    const widget = (part: DashboardPart) => {
      switch (part) {
        case 'gauge':
          return html`<spbe-index-gauge class="gauge" .src=${common.src} .data=${common.data} lang=${common.lang} theme=${common.theme} .timeout=${this.timeout} .year=${year}
            ?plain=${plain} ?transparent=${transparent} ?static=${isStatic} ?export=${downloads}></spbe-index-gauge>`;
        case 'trend':
          return html`<spbe-trend-chart class="trend" .src=${common.src} .data=${common.data} lang=${common.lang} theme=${common.theme} .timeout=${this.timeout} .year=${year}
            ?plain=${plain} ?transparent=${transparent} ?static=${isStatic} ?export=${downloads} @spbe-select=${this.onYear}></spbe-trend-chart>`;
        case 'radar': {
          // A domain opens its aspects where a year shown has aspect values (the national tables publish none).
          const shown = year ? [year, year - 1].filter((y) => years.includes(y)) : [];
          const aspects = data!.evaluations.some((e) => shown.includes(e.year) && Object.keys(e.aspects).length);
          return html`<spbe-domain-radar class="radar" .src=${common.src} .data=${common.data} lang=${common.lang} theme=${common.theme} .timeout=${this.timeout}
            .years=${shown.length ? shown.join(',') : undefined} ?drilldown=${aspects}
            ?plain=${plain} ?transparent=${transparent} ?static=${isStatic} ?export=${downloads}></spbe-domain-radar>`;
        }
        case 'ranking': {
          if (this.rankingError) return html`<div class="ranking">${renderError(this, this.rankingError, lang, cls)}</div>`;
          this.loadRanking();
          const { province, kind, code, name } = data!.instansi;
          return html`<spbe-ranking class="ranking" src=${this.rankingSrc!} province=${province ?? nothing} kind=${province ? nothing : (kind ?? nothing)}
            highlight=${code ?? name} .year=${year} lang=${common.lang} theme=${common.theme} .timeout=${this.timeout}
            ?plain=${plain} ?transparent=${transparent} ?static=${isStatic} ?export=${downloads}></spbe-ranking>`;
        }
        case 'map':
          return html`<spbe-ap-map class="map" .src=${common.src} .data=${common.data} lang=${common.lang} theme=${common.theme} .timeout=${this.timeout}
            ?plain=${plain} ?transparent=${transparent} ?static=${isStatic} ?export=${downloads}></spbe-ap-map>`;
      }
    };
    const sources = data ? sourcesOf(data) : [];
    return html`<section part="base" class=${cls} aria-labelledby="title" aria-busy=${!data}>
      <header part="header">
        <slot name="title"><h2 id="title" part="title">${data?.instansi.name ?? '\u00a0'}</h2></slot>
        <p class="year">${data && year ? `${dt(lang, 'year')} ${year} · ${dt(lang, 'choose')}` : t(lang, 'loading')}</p>
      </header>
      <div part="grid">${data ? this.parts().map(widget) : nothing}</div>
      <footer part="footer">
        ${sources.length
          ? html`<p>${t(lang, 'source')}:</p>
              <ul part="sources">
                ${sources.map((s) => html`<li>${s}</li>`)}
              </ul>`
          : nothing}
        <slot name="footer"></slot>
      </footer>
    </section>`;
  }

  /**
   * The ranking loads only for a dashboard that ranks (6 KB): its element upgrades when it
   * arrives. If it cannot load, its cell says so and the page gets a partial `spbe-error`.
   */
  private loadRanking() {
    if (this.rankingAsked) return;
    this.rankingAsked = true;
    (rankingModule ??= onDemand(import('../ranking/ranking.js'), 'ranking.js')).catch(async (e: SpbeError) => {
      await loadErrorView();
      this.rankingError = e;
      this.dispatchEvent(new SpbeErrorEvent(e, true));
    });
  }

  /** A year chosen on the trend: the gauge, the radar and the ranking follow. */
  private onYear(e: CustomEvent<{ year?: number }>) {
    if (typeof e.detail?.year === 'number') this.year = e.detail.year;
  }
}

customElements.define('spbe-dashboard', SpbeDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'spbe-dashboard': SpbeDashboard;
  }
}
