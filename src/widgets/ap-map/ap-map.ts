import { html, nothing, svg, type PropertyValues } from 'lit';
import type KDBush from 'kdbush';
import { ColorSchemeController } from '../../core/color-scheme.js';
import { SpbeElement } from '../../core/element.js';
import { describeIssueLater } from './ap-notice.js';
import { SpbeSelectEvent } from '../../core/events.js';
import { textMeasure } from '../../core/measure.js';
import { formatNumber } from '../../core/format.js';
import { resolveLang, t } from '../../core/i18n.js';
import { PrintController } from '../../core/print-controller.js';
import { renderError, renderFooter, renderSkeleton, renderTableBox } from '../../core/render.js';
import type { Lang } from '../../core/types.js';
import { WidthController } from '../../core/width-controller.js';
import { base, tokens } from '../../themes/tokens.js';
import { areaAt, stringAt, STATUSES, type Area } from './ap-areas.js';
import { drawItems, itemRadius } from './ap-draw.js';
import {
  areaLabels,
  areaShapes,
  centreOn,
  classEdges,
  classOf,
  compactCount,
  fitView,
  frameOf,
  frameTransform,
  hitTest,
  I,
  ITEM,
  itemIndex,
  scaleBar,
  scaleOf,
  tilesFor,
  toScreen,
  toUnit,
  viewBBox,
  xLng,
  yLat,
  zoomAt,
  zoomOf,
  type AreaShape,
  type Frame,
  type View,
} from './ap-layout.js';
import { MapDataController, type MapData } from './ap-load.js';
import { mapStyles } from './ap-map.styles.js';
import { mt, type MapKey } from './ap-map-strings.js';

/** What `spbe-select` carries for a point (`kind: 'point'`) or an area (`kind: 'area'`). */
export type MapSelectDetail =
  | {
      kind: 'point';
      /** The CSV line or GeoJSON feature number it came from. */
      row: number;
      name: string;
      status: (typeof STATUSES)[number];
      bandwidthMbps?: number;
      kelurahan?: string;
      kecamatan?: string;
      lon: number;
      lat: number;
    }
  | { kind: 'area'; id: string; name: string; count: number; online: number; offline: number; maintenance: number; bandwidthMbps: number };

const STATUS_KEYS: MapKey[] = ['online', 'offline', 'maintenance', 'unknown'];
const ALL = 0b1111;
/** The zoom buttons' box at the top right, in CSS px (width, height): names keep off it, the fit beside it. */
const CONTROLS: [number, number] = [52, 130];
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

interface Summary {
  counts: number[];
  mbps: number;
  maxMbps: number;
}

/** Per area and for the points outside every area: counts per status and Mbps (shown statuses). */
interface AreaRow {
  i: number;
  name: string;
  counts: number[];
  mbps: number;
}

/**
 * The city's public internet access points on a map: areas (kecamatan, kelurahan) as SVG, points on
 * a canvas coloured and shaped by status and sized by bandwidth, clustered with supercluster when
 * zoomed out, with a summary, a status filter, a list of what is in view and a table per area.
 * From 314 points to a million (parsed and indexed in a worker when large). No tile server needed;
 * `tiles` adds a basemap.
 *
 * @summary SPBE access-point map.
 *
 * @fires spbe-load - The points loaded (`event.data`: the map's data).
 * @fires spbe-error - Loading failed (`event.error`); with `detail.partial`, some rows or the areas failed and the rest is shown.
 * @fires spbe-render - New clusters were drawn (after a load, a zoom to another level, a filter): for screenshots and benchmarks.
 * @fires spbe-select - A point or area was chosen. `detail`: `{ kind: 'point', name, status, bandwidthMbps, kelurahan, kecamatan, lon, lat, row }` or `{ kind: 'area', id, name, count, online, offline, maintenance, bandwidthMbps }`.
 *
 * @csspart base - The outer box.
 * @csspart label - The small "Titik akses internet publik" line.
 * @csspart title - The instansi or data set name.
 * @csspart summary - The figures and the status filter.
 * @csspart filter - A status toggle.
 * @csspart notice - Rows skipped or areas not loaded.
 * @csspart plot - The focusable map.
 * @csspart area - An area's shape.
 * @csspart controls - The zoom buttons.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The choropleth legend (`mode="areas"`).
 * @csspart list - The list of what is in view.
 * @csspart source - The source line.
 * @csspart export - The download buttons (PNG, SVG, CSV), shown with the `export` attribute.
 * @csspart export-status - The footer line that says a download failed, and why.
 * @csspart table-toggle - The button that shows the table.
 * @csspart table - The box around the table.
 * @csspart error - The error box.
 *
 * @cssprop --spbe-color-online - Online points.
 * @cssprop --spbe-color-offline - Offline points.
 * @cssprop --spbe-color-maintenance - Points under maintenance.
 * @cssprop --spbe-color-unknown - Points with no status.
 * @cssprop --spbe-color-area - Area fill.
 * @cssprop --spbe-color-area-line - Area outlines.
 * @cssprop --spbe-ap-map-max-width - Largest width (default 56rem).
 */
export class SpbeApMap extends SpbeElement {
  static override styles = [tokens, base, mapStyles];

  static override properties = {
    src: {},
    data: { attribute: false },
    areas: {},
    lang: { reflect: true },
    theme: {},
    timeout: { type: Number },
    mode: {},
    metric: {},
    label: {},
    tiles: {},
    attribution: {},
    worker: {},
    gestures: {},
    height: { type: Number },
    view: { state: true },
    mask: { state: true },
    activeId: { state: true },
    tableOpen: { state: true },
    hint: { state: true },
  };

  /** URL of the access points: GeoJSON (Points), CSV (`lat,lon,…`) or a data document with `network`. */
  src?: string;
  /** The same as an object (takes precedence over `src`). */
  data?: unknown;
  /** URL of the areas (kelurahan or kecamatan): GeoJSON or TopoJSON. */
  areas?: string;
  /** `id` (default) or `en`; without it, the nearest `lang` on the page. */
  override lang = '';
  /** `auto` follows the reader's colour scheme; `light` or `dark` force one. */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Milliseconds to wait for each file (default 15000). */
  timeout?: number;
  /** `points` (default) or `areas`: areas coloured by their points (a choropleth). */
  mode: 'points' | 'areas' = 'points';
  /** For `mode="areas"`: `count` (default) or `bandwidth`. */
  metric: 'count' | 'bandwidth' = 'count';
  /** A title; overrides the data's name. */
  label?: string;
  /** A basemap, `https://…/{z}/{x}/{y}.png` (off by default: no third-party request unless asked). */
  tiles?: string;
  /** The basemap's attribution text (required by most tile providers). */
  attribution?: string;
  /** `auto` (default: a worker for large files), `on` or `off`. */
  worker = 'auto';
  /** `cooperative` (default): the wheel zooms with Ctrl or once the map has focus; `greedy`: always. */
  gestures: 'cooperative' | 'greedy' = 'cooperative';
  /** The map's height in CSS px, 120 to 4000 (default: from the width, 260 to 560). */
  height?: number;

  /** Statuses shown, as bits (online 1, offline 2, maintenance 4, unknown 8). */
  mask = ALL;
  private view?: View;
  private activeId?: number;
  private tableOpen = false;
  private hint = false;
  private readonly loader = new MapDataController(this);
  private readonly scheme = new ColorSchemeController(this);
  private readonly size = new WidthController(this);

  private items: Float64Array = new Float64Array(0);
  private tree?: KDBush;
  private queried?: { zoom: number; box: [number, number, number, number]; data: MapData; mask: number };
  private querying = false;
  private again = false;
  private shapes?: { data: MapData; frame: Frame; shapes: AreaShape[] };
  private summary?: { data: MapData; mask: number; value: Summary; rows: AreaRow[] };
  private pointers = new Map<number, [number, number]>();
  private dragged = 0;
  private animation = 0;
  private hintTimer = 0;
  private dims: [number, number] = [0, 0];
  private fitted?: MapData;

  /** The map's drawing size in CSS px. */
  viewport(): [number, number] {
    const w = Math.max(240, (this.size.width || this.clientWidth || 640) - 32);
    // A height that is not a positive number (height="-1", "abc") is the default; a huge one is capped.
    const h = this.height;
    return [w, h !== undefined && h > 0 ? Math.round(Math.min(4000, Math.max(120, h))) : Math.round(Math.min(560, Math.max(260, w * 0.72)))];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const d = this.loader.value;
    this.dims = this.viewport();
    if (d && this.fitted !== d) {
      this.fitted = d;
      this.view = this.home(d);
      this.activeId = undefined;
      this.items = new Float64Array(0);
      this.queried = undefined;
    }
    if (changed.has('mode') || changed.has('metric')) this.activeId = undefined;
  }

  private home(d: MapData): View {
    const [w, h] = this.dims;
    return fitView(d.bounds, w, h, 12, d.maxZoom + 2, CONTROLS);
  }

  private get limits(): [number, number] {
    const d = this.loader.value!;
    const [w, h] = this.dims;
    const k = this.home(d).k;
    return [Math.min(k, Math.max(w, h) * 0.5) / 2, Math.max(scaleOf(19), k * 2)];
  }

  override render() {
    const lang = resolveLang(this);
    const cls = this.scheme.className;
    if (this.loader.error) return renderError(this, this.loader.error, lang, cls);
    const d = this.loader.value;
    const [w, h] = this.dims;
    if (!d || !this.view) {
      const drawing = html`<svg viewBox="0 0 ${w} ${h}" aria-hidden="true"></svg>`;
      const pending = this.loader.state === 'pending';
      return renderSkeleton(cls, lang, mt(lang, 'label'), pending, drawing);
    }
    const v = this.view;
    const sum = this.summarise(d);
    const total = sum.counts.reduce((a, b) => a + b, 0);
    const title = this.label ?? d.title;
    const figures = `${formatNumber(total, lang, 0)} ${mt(lang, 'points')} · ${formatNumber(total ? (100 * sum.counts[0]) / total : 0, lang, 0)} % ${mt(
      lang,
      'onlineShare',
    )} · ${formatNumber(sum.mbps, lang, 0)} Mbps`;
    const declared =
      d.declaredMbps !== undefined && Math.round(d.declaredMbps) !== Math.round(sum.mbps) && this.mask === ALL
        ? ` (${mt(lang, 'reported')} ${formatNumber(d.declaredMbps, lang, 0)} Mbps)`
        : '';
    const areasMode = this.mode === 'areas' && d.areas.length > 0;
    const name = `${mt(lang, 'label')}${title ? ` ${title}` : ''}: ${figures}${declared}. ${mt(lang, 'keys')}`;
    const active = this.activeIndex();
    return html`
      <figure part="base" class=${cls}>
        <span part="label">${mt(lang, 'label')}${areasMode ? ` ${mt(lang, 'areasTitle')}` : ''}</span>
        <span part="title">${title}</span>
        <div part="summary">
          <p class="figures">${figures}${declared}</p>
          <div class="filters" role="group" aria-label=${mt(lang, 'filter')}>
            ${this.statusCounts(d).map((n, s) =>
              n
                ? html`<button part="filter" type="button" aria-pressed=${!!(this.mask & (1 << s))} @click=${() => this.toggle(s)}>
                    <svg class="swatch st-${s}" viewBox="-6 -6 12 12" aria-hidden="true"><path d=${SHAPES[s]}></path></svg>
                    ${mt(lang, STATUS_KEYS[s])} <span class="num">${formatNumber(n, lang, 0)}</span>
                  </button>`
                : nothing,
            )}
          </div>
        </div>
        ${this.renderNotice(d, lang)}
        <div class="stage">
          <!-- The zoom buttons come before the map, so Tab goes from the map into the list of what is in view. -->
          <div part="controls">
            <button type="button" aria-label=${mt(lang, 'zoomIn')} title=${mt(lang, 'zoomIn')} @click=${() => this.zoomBy(2)}>+</button>
            <button type="button" aria-label=${mt(lang, 'zoomOut')} title=${mt(lang, 'zoomOut')} @click=${() => this.zoomBy(0.5)}>−</button>
            <button type="button" aria-label=${mt(lang, 'reset')} title=${mt(lang, 'reset')} @click=${this.reset}>⟲</button>
          </div>
          <div
            part="plot"
            class=${this.gestures === 'greedy' ? 'greedy' : ''}
            tabindex="0"
            role="group"
            aria-roledescription=${mt(lang, 'map')}
            aria-label=${name}
            @keydown=${this.onKey}
            @pointerdown=${this.onDown}
            @pointermove=${this.onMove}
            @pointerup=${this.onUp}
            @pointercancel=${this.onUp}
            @pointerleave=${this.onLeave}
            @wheel=${this.onWheel}
            @dblclick=${this.onDblClick}
          >
            <svg class="layer" viewBox="0 0 ${w} ${h}" aria-hidden="true">
              ${this.tiles ? this.renderTiles(v, w, h) : nothing} ${this.renderAreas(d, v, areasMode)}
            </svg>
            <canvas width=${Math.round(w * devicePixelRatio)} height=${Math.round(h * devicePixelRatio)} aria-hidden="true"></canvas>
            <svg class="layer overlay" viewBox="0 0 ${w} ${h}" aria-hidden="true">
              ${active !== undefined ? this.renderTooltip(d, active, v, w, h, lang) : nothing}
              ${areasMode && this.activeId !== undefined ? this.renderAreaTooltip(d, this.activeId, v, w, h, lang) : nothing}
              ${this.renderScale(v, w, h, lang)}
            </svg>
            <p class="hint ${this.hint ? 'shown' : ''}" aria-hidden="true">${mt(lang, 'wheel')}</p>
            ${this.tiles && this.attribution ? html`<p class="attribution">${mt(lang, 'basemap')}: ${this.attribution}</p>` : nothing}
            <div class="sr-only" aria-live="polite">${active !== undefined ? this.describeItem(d, active, lang) : ''}</div>
          </div>
        </div>
        ${areasMode ? this.renderLegend(d, lang) : nothing}
        ${this.renderList(d, v, w, h, areasMode, lang)}
        ${renderFooter(
          [d.source ? `${t(lang, 'source')}: ${d.source}` : '', d.synthetic ? mt(lang, 'synthetic') : ''].filter(Boolean).join(' · '),
          lang,
          this.tableOpen,
          this.toggleTable,
        )}
        ${this.renderTable(d, lang)}
      </figure>
    `;
  }

  protected override updated(): void {
    this.draw();
    this.refresh();
  }

  /**
   * Paper is white: before printing the canvas is drawn again with black and white for its text and
   * discs (a dark reader's canvas would print dark discs), and after printing as before.
   */
  private readonly print = new PrintController(this, () => this.draw());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.animation);
    clearTimeout(this.hintTimer);
    this.pointers.clear();
    this.fitted = undefined;
    this.queried = undefined;
  }

  // ---- data summaries -------------------------------------------------------------------------

  /** Points per status, whatever the filter (cached per data: a million points are not counted each frame). */
  private counted?: { data: MapData; counts: number[] };
  private statusCounts(d: MapData): number[] {
    if (this.counted?.data !== d) {
      const counts = [0, 0, 0, 0];
      for (let i = 0; i < d.points.n; i++) counts[d.points.status[i]]++;
      this.counted = { data: d, counts };
    }
    return this.counted.counts;
  }

  /** Counts and bandwidth of the shown statuses, overall and per area (cached per data and filter). */
  private summarise(d: MapData): Summary {
    if (this.summary?.data === d && this.summary.mask === this.mask) return this.summary.value;
    const p = d.points;
    const counts = [0, 0, 0, 0];
    let mbps = 0;
    let maxMbps = 0;
    for (let i = 0; i < p.n; i++) {
      const s = p.status[i];
      const bw = p.bw[i];
      if (bw > maxMbps) maxMbps = bw;
      if (!(this.mask & (1 << s))) continue;
      counts[s]++;
      if (bw === bw) mbps += bw;
    }
    const rows: AreaRow[] = [];
    const a = d.aggregate;
    if (a) {
      const outside: AreaRow = { i: -1, name: '', counts: [0, 0, 0, 0], mbps: 0 };
      d.areas.forEach((area, i) => rows.push({ i, name: area.name, counts: [0, 0, 0, 0], mbps: 0 }));
      for (let i = 0; i < p.n; i++) {
        const s = p.status[i];
        if (!(this.mask & (1 << s))) continue;
        const row = a.pointArea[i] >= 0 ? rows[a.pointArea[i]] : outside;
        row.counts[s]++;
        if (p.bw[i] === p.bw[i]) row.mbps += p.bw[i];
      }
      if (outside.counts.some(Boolean)) rows.push(outside);
    } else {
      // No areas: the table groups by the kelurahan the points name.
      const byPlace = new Map<number, AreaRow>();
      for (let i = 0; i < p.n; i++) {
        const s = p.status[i];
        if (!(this.mask & (1 << s))) continue;
        const k = p.kelurahan[i];
        let row = byPlace.get(k);
        if (!row) byPlace.set(k, (row = { i: -1, name: k >= 0 ? p.places[k] : '', counts: [0, 0, 0, 0], mbps: 0 }));
        row.counts[s]++;
        if (p.bw[i] === p.bw[i]) row.mbps += p.bw[i];
      }
      rows.push(...[...byPlace.values()].sort((x, y) => x.name.localeCompare(y.name)));
    }
    const value = { counts, mbps, maxMbps };
    this.summary = { data: d, mask: this.mask, value, rows };
    return value;
  }

  private get rows(): AreaRow[] {
    return this.summary?.rows ?? [];
  }

  // ---- layers -------------------------------------------------------------------------------------

  private shapesOf(d: MapData) {
    if (this.shapes?.data !== d) {
      const frame = frameOf(d.bounds);
      this.shapes = { data: d, frame, shapes: areaShapes(d.areas, frame) };
    }
    return this.shapes;
  }

  private metricOf(row: AreaRow): number {
    return this.metric === 'bandwidth' ? row.mbps : row.counts.reduce((a, b) => a + b, 0);
  }

  private renderAreas(d: MapData, v: View, areasMode: boolean) {
    if (!d.areas.length) return nothing;
    const { frame, shapes } = this.shapesOf(d);
    const rows = this.rows;
    const edges = areasMode ? classEdges(Math.max(0, ...rows.filter((r) => r.i >= 0).map((r) => this.metricOf(r)))) : [];
    const [w, h] = this.dims;
    // Names where they fit, off the markers and each other.
    const { maxMbps } = this.summarise(d);
    const names = d.areas.map((a) => a.name);
    const inside = (i: number, u: number, y: number) => areaAt(d.areas, xLng(u), yLat(y)) === i;
    // In the areas mode no marker is drawn, so none keeps a name away.
    const [items, tree] = areasMode ? [new Float64Array(0), undefined] : [this.items, this.tree];
    // Nor under the scale bar (bottom left) or the zoom buttons (top right).
    const controls: Array<[number, number, number, number]> = [
      [0, h - 20, this.scaleOf(v, w, h).px + 45, h],
      [w - CONTROLS[0], 0, w, CONTROLS[1]],
    ];
    // Each name as wide as it is drawn: in the page's font, with the reader's text spacing.
    const measure = textMeasure(this, 11);
    const labels = areaLabels(shapes, names, frame, v, w, h, items, tree, (i) => itemRadius(items, i, maxMbps), inside, controls, 11, 60, measure).map(
      (l) => svg`<text class="area-label" x=${l.x} y=${l.y}>${names[l.i]}</text>`,
    );
    return svg`<g transform=${frameTransform(frame, v)}>
        ${shapes.map((s, i) => {
          const q = areasMode ? classOf(this.metricOf(rows[i]), edges) : 0;
          return svg`<path part="area" class="q-${q}${this.mode === 'areas' && this.activeId === i ? ' active' : ''}" d=${s.d}></path>`;
        })}
      </g>
      ${labels}`;
  }

  /** The scale bar's distance and length, measured at the view's middle. */
  private scaleOf(v: View, w: number, h: number) {
    return scaleBar(v, toUnit(v, w / 2, h / 2)[1]);
  }

  /** The scale bar, bottom left: `500 m`, `2 km`. */
  private renderScale(v: View, w: number, h: number, lang: Lang) {
    const { metres, px } = this.scaleOf(v, w, h);
    const label = metres >= 1000 ? `${formatNumber(metres / 1000, lang, 0)} km` : `${formatNumber(metres, lang, 0)} m`;
    return svg`<g class="scale" transform="translate(8 ${h - 10})">
      <path d="M0 -5V0H${px}V-5"></path><text x=${px + 5} y="0">${label}</text>
    </g>`;
  }

  private renderTiles(v: View, w: number, h: number) {
    return tilesFor(v, w, h).map(
      (tile) => svg`<image href=${this.tiles!.replace('{z}', String(tile.z)).replace('{x}', String(tile.x)).replace('{y}', String(tile.y)).replace('{s}', 'a')}
        x=${tile.left} y=${tile.top} width=${tile.size} height=${tile.size} preserveAspectRatio="none"></image>`,
    );
  }

  private palette() {
    const cs = getComputedStyle(this.renderRoot.querySelector('[part~="plot"]')!);
    const get = (p: string) => cs.getPropertyValue(p).trim();
    const paper = this.print.printing;
    return {
      status: ['--_st-0', '--_st-1', '--_st-2', '--_st-3'].map(get),
      fg: paper ? '#000' : get('--_fg') || '#000',
      bg: paper ? '#fff' : get('--_bg') || '#fff',
      font: `600 12px ${cs.fontFamily}`,
    };
  }

  /** Draws the points (not in area mode) on the canvas, for the current view and items. */
  private draw(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const d = this.loader.value;
    const ctx = canvas?.getContext('2d');
    if (!ctx || !d || !this.view) return;
    const [w, h] = this.dims;
    if (this.mode === 'areas' && d.areas.length) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas!.width, canvas!.height);
      return;
    }
    const lang = resolveLang(this);
    drawItems(ctx, this.items, this.view, w, h, canvas!.width / w, this.palette(), this.summarise(d).maxMbps, (n) => compactCount(n, lang), this.activeIndex());
  }

  /** Asks the engine for the clusters of the view when the zoom level changed or the view left the last answer. */
  private refresh(): void {
    const d = this.loader.value;
    const v = this.view;
    if (!d || !v) return;
    if (this.querying) {
      this.again = true;
      return;
    }
    const [w, h] = this.dims;
    const zoom = Math.min(d.maxZoom + 1, Math.max(0, Math.floor(zoomOf(v.k))));
    const [u0, v0] = toUnit(v, 0, 0);
    const [u1, v1] = toUnit(v, w, h);
    const q = this.queried;
    if (q && q.data === d && q.mask === this.mask && q.zoom === zoom && u0 >= q.box[0] && v0 >= q.box[1] && u1 <= q.box[2] && v1 <= q.box[3]) return;
    // Ask for half a view more on each side, so panning rarely waits.
    const bbox = viewBBox(v, w, h, 0.5);
    const [b0, b1] = toUnit(v, -w / 2, -h / 2);
    const [b2, b3] = toUnit(v, w * 1.5, h * 1.5);
    const mask = this.mask;
    this.querying = true;
    d.engine.query(bbox, zoom).then(
      (items) => {
        this.querying = false;
        if (this.loader.value !== d || this.mask !== mask) return this.refreshAgain();
        const id = this.activeId;
        this.items = items;
        this.tree = itemIndex(items);
        this.queried = { zoom, box: [b0, b1, b2, b3], data: d, mask };
        // The active item keeps its identity (a point keeps its id; a cluster is gone).
        if (id !== undefined && this.findItem(id) === undefined && this.mode !== 'areas') this.activeId = undefined;
        this.requestUpdate();
        this.dispatchEvent(new Event('spbe-render'));
        this.refreshAgain();
      },
      () => {
        this.querying = false;
      },
    );
  }

  private refreshAgain() {
    if (!this.again) return;
    this.again = false;
    this.refresh();
  }

  private findItem(id: number): number | undefined {
    const n = this.items.length / ITEM;
    for (let i = 0; i < n; i++) if (this.items[i * ITEM + I.id] === id) return i;
    return undefined;
  }

  private activeIndex(): number | undefined {
    return this.activeId === undefined || this.mode === 'areas' ? undefined : this.findItem(this.activeId);
  }

  // ---- words ------------------------------------------------------------------------------------

  private placeOf(d: MapData, u: number, w: number): string {
    const a = areaAt(d.areas, xLng(u), yLat(w));
    return a >= 0 ? d.areas[a].name : '';
  }

  /** The lines that describe an item: its name, status, bandwidth and place; or a cluster's figures. */
  private lines(d: MapData, i: number, lang: Lang): string[] {
    const o = i * ITEM;
    const it = this.items;
    const id = it[o + I.id];
    const mbps = it[o + I.mbps];
    if (id >= 0) {
      const place = this.placeOf(d, it[o], it[o + 1]);
      const parts = STATUS_KEYS.map((k, s) => (it[o + I.c0 + s] ? `${formatNumber(it[o + I.c0 + s], lang, 0)} ${mt(lang, k).toLowerCase()}` : '')).filter(Boolean);
      return [
        `${mt(lang, 'cluster')}: ${formatNumber(it[o + I.count], lang, 0)} ${mt(lang, 'points')}${place ? ` ${mt(lang, 'near')} ${place}` : ''}`,
        parts.join(', '),
        `${formatNumber(mbps, lang, 0)} Mbps`,
        mt(lang, 'expand'),
      ];
    }
    const p = d.points;
    const k = -id - 1;
    const place = [p.kelurahan[k] >= 0 ? p.places[p.kelurahan[k]] : '', p.kecamatan[k] >= 0 ? p.places[p.kecamatan[k]] : ''].filter(Boolean).join(', ');
    return [
      stringAt(p.names, k) || `#${p.source[k]}`,
      `${mt(lang, STATUS_KEYS[p.status[k]])}${mbps === mbps ? ` · ${formatNumber(mbps, lang, 0)} Mbps` : ''}`,
      place || this.placeOf(d, p.x[k], p.y[k]),
    ].filter(Boolean);
  }

  private describeItem(d: MapData, i: number, lang: Lang): string {
    return this.lines(d, i, lang).join('; ');
  }

  private renderTooltip(d: MapData, i: number, v: View, w: number, h: number, lang: Lang) {
    const [x, y] = toScreen(v, this.items[i * ITEM], this.items[i * ITEM + 1]);
    return tooltip(this.lines(d, i, lang), x, y, itemRadius(this.items, i, this.summarise(d).maxMbps), w, h);
  }

  private renderAreaTooltip(d: MapData, a: number, v: View, w: number, h: number, lang: Lang) {
    const row = this.rows.find((r) => r.i === a);
    const shape = this.shapesOf(d).shapes[a];
    if (!row || !shape) return nothing;
    const f = this.shapesOf(d).frame;
    const k = v.k / f.s;
    const x = (shape.label[0] + f.ox) * k + v.x;
    const y = (shape.label[1] + f.oy) * k + v.y;
    return tooltip(this.areaLines(row, lang), x, y, 4, w, h);
  }

  private areaLines(row: AreaRow, lang: Lang): string[] {
    const n = row.counts.reduce((a, b) => a + b, 0);
    return [
      row.name || mt(lang, 'outside'),
      `${formatNumber(n, lang, 0)} ${mt(lang, 'points')} · ${formatNumber(row.mbps, lang, 0)} Mbps`,
      STATUS_KEYS.map((k, s) => (row.counts[s] ? `${formatNumber(row.counts[s], lang, 0)} ${mt(lang, k).toLowerCase()}` : '')).filter(Boolean).join(', '),
    ];
  }

  private renderNotice(d: MapData, lang: Lang) {
    if (!d.warnings.length) return nothing;
    return html`<div part="notice" role="status">
      ${d.warnings.map((e) => {
        const { summary, details } = describeIssueLater(e, lang);
        return html`<details>
          <summary>${summary}</summary>
          <ul>
            ${details.slice(0, 8).map((s) => html`<li><code>${s}</code></li>`)}
            ${details.length > 8 ? html`<li>… +${details.length - 8}</li>` : nothing}
          </ul>
        </details>`;
      })}
    </div>`;
  }

  private renderLegend(d: MapData, lang: Lang) {
    const rows = this.rows.filter((r) => r.i >= 0);
    const edges = classEdges(Math.max(0, ...rows.map((r) => this.metricOf(r))));
    const unit = this.metric === 'bandwidth' ? 'Mbps' : mt(lang, 'points');
    void d;
    return html`<ul part="legend">
      ${edges.slice(1).map(
        (e, i) => html`<li><span class="swatch q-${i + 1}"></span>${formatNumber(edges[i], lang, 0)}–${formatNumber(e, lang, 0)} ${unit}</li>`,
      )}
    </ul>`;
  }

  /** What is in view, as buttons: Tab goes from the map into them (not 100 000 focusable markers). */
  private renderList(d: MapData, v: View, w: number, h: number, areasMode: boolean, lang: Lang) {
    const SHOWN = 30;
    let entries: { key: number; text: string; pick: () => void; focus: () => void }[] = [];
    let more = 0;
    if (areasMode) {
      entries = this.rows
        .filter((r) => r.i >= 0)
        .map((r) => ({
          key: r.i,
          text: this.areaLines(r, lang).join(' · '),
          pick: () => this.chooseArea(r.i),
          focus: () => (this.activeId = r.i),
        }));
    } else {
      const n = this.items.length / ITEM;
      const inView: number[] = [];
      for (let i = 0; i < n; i++) {
        const [x, y] = toScreen(v, this.items[i * ITEM], this.items[i * ITEM + 1]);
        if (x >= 0 && y >= 0 && x <= w && y <= h) inView.push(i);
      }
      // Clusters first, largest first; then single points by name.
      inView.sort((a, b) => this.items[b * ITEM + I.count] - this.items[a * ITEM + I.count]);
      more = Math.max(0, inView.length - SHOWN);
      entries = inView.slice(0, SHOWN).map((i) => {
        const id = this.items[i * ITEM + I.id];
        return { key: id, text: this.describeItem(d, i, lang), pick: () => this.chooseItem(id), focus: () => (this.activeId = id) };
      });
    }
    return html`<div part="list">
      <p class="list-title">${mt(lang, 'visible')}</p>
      ${entries.length
        ? html`<ol>
            ${entries.map((e) => html`<li><button type="button" @click=${e.pick} @focus=${e.focus}>${e.text}</button></li>`)}
          </ol>`
        : html`<p>${mt(lang, 'none')}</p>`}
      ${more ? html`<p>… +${formatNumber(more, lang, 0)} ${mt(lang, 'more')}</p>` : nothing}
    </div>`;
  }

  private renderTable(d: MapData, lang: Lang) {
    const rows = this.rows;
    const shown = STATUSES.map((_, s) => s).filter((s) => this.statusCounts(d)[s]);
    const sum = this.summarise(d);
    return renderTableBox(
      this.tableOpen,
      mt(lang, 'tableCaption'),
      html`<table>
        <caption>${mt(lang, 'tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${mt(lang, 'area')}</th>
            <th scope="col" class="num">${mt(lang, 'points')}</th>
            ${shown.map((s) => html`<th scope="col" class="num">${mt(lang, STATUS_KEYS[s])}</th>`)}
            <th scope="col" class="num">Mbps</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <th scope="row">${r.name || mt(lang, 'outside')}</th>
              <td class="num">${formatNumber(r.counts.reduce((a, b) => a + b, 0), lang, 0)}</td>
              ${shown.map((s) => html`<td class="num">${formatNumber(r.counts[s], lang, 0)}</td>`)}
              <td class="num">${formatNumber(r.mbps, lang, 0)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${mt(lang, 'total')}</th>
            <td class="num">${formatNumber(sum.counts.reduce((a, b) => a + b, 0), lang, 0)}</td>
            ${shown.map((s) => html`<td class="num">${formatNumber(sum.counts[s], lang, 0)}</td>`)}
            <td class="num">${formatNumber(sum.mbps, lang, 0)}</td>
          </tr>
        </tfoot>
      </table>`,
    );
  }

  // ---- interaction ------------------------------------------------------------------------------

  private local(e: MouseEvent): [number, number] {
    const box = this.renderRoot.querySelector('canvas')!.getBoundingClientRect();
    const [w] = this.dims;
    const s = w / (box.width || w);
    return [(e.clientX - box.left) * s, (e.clientY - box.top) * s];
  }

  private setView(v: View) {
    cancelAnimationFrame(this.animation);
    this.view = v;
  }

  /** Moves to `to`, in 250 ms unless the reader asks for reduced motion. */
  private animateTo(to: View) {
    const from = this.view!;
    cancelAnimationFrame(this.animation);
    if (reducedMotion.matches || !this.isConnected) return this.setView(to);
    const [w, h] = this.dims;
    const [cu0, cv0] = toUnit(from, w / 2, h / 2);
    const [cu1, cv1] = toUnit(to, w / 2, h / 2);
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / 250);
      const e = t * (2 - t);
      const k = from.k * (to.k / from.k) ** e;
      this.view = centreOn(cu0 + (cu1 - cu0) * e, cv0 + (cv1 - cv0) * e, k, w / 2, h / 2);
      if (t < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  /** Zooms by `factor` about a screen point (default the centre). */
  zoomBy(factor: number, px?: number, py?: number, animate = true) {
    if (!this.view) return;
    const [w, h] = this.dims;
    const [min, max] = this.limits;
    const to = zoomAt(this.view, factor, px ?? w / 2, py ?? h / 2, min, max);
    if (animate) this.animateTo(to);
    else this.setView(to);
  }

  /** Back to the first view, which shows all the areas and points. */
  reset = () => {
    const d = this.loader.value;
    if (d) this.animateTo(this.home(d));
  };

  private pan(dx: number, dy: number) {
    const v = this.view!;
    this.setView({ k: v.k, x: v.x + dx, y: v.y + dy });
  }

  private onKey = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget || !this.view) return;
    const step = 80;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => this.pan(step, 0),
      ArrowRight: () => this.pan(-step, 0),
      ArrowUp: () => this.pan(0, step),
      ArrowDown: () => this.pan(0, -step),
      '+': () => this.zoomBy(2),
      '=': () => this.zoomBy(2),
      '-': () => this.zoomBy(0.5),
      '_': () => this.zoomBy(0.5),
      '0': this.reset,
      Home: this.reset,
      Escape: () => (this.activeId = undefined),
    };
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  };

  private onDown = (e: PointerEvent) => {
    if ((e.target as Element).closest?.('button')) return;
    this.pointers.set(e.pointerId, this.local(e));
    this.dragged = 0;
    try {
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    } catch {
      // A pointer already gone (lifted before this ran) cannot be captured; the gesture goes on without.
    }
  };

  private onMove = (e: PointerEvent) => {
    const p = this.local(e);
    const last = this.pointers.get(e.pointerId);
    if (!last) return this.hover(p);
    if (this.pointers.size === 1) {
      this.dragged += Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]);
      this.pointers.set(e.pointerId, p);
      if (this.dragged > 3) this.pan(p[0] - last[0], p[1] - last[1]);
      return;
    }
    // Two fingers: zoom by the change of their distance, about their midpoint, and pan with it.
    const [other] = [...this.pointers].filter(([id]) => id !== e.pointerId).map(([, q]) => q);
    const before = Math.hypot(last[0] - other[0], last[1] - other[1]);
    const after = Math.hypot(p[0] - other[0], p[1] - other[1]);
    this.pointers.set(e.pointerId, p);
    this.dragged += 10;
    if (before > 0) {
      const [min, max] = this.limits;
      const mid: [number, number] = [(p[0] + other[0]) / 2, (p[1] + other[1]) / 2];
      const v = zoomAt(this.view!, after / before, mid[0], mid[1], min, max);
      this.setView({ k: v.k, x: v.x + (p[0] - last[0]) / 2, y: v.y + (p[1] - last[1]) / 2 });
    }
  };

  private onUp = (e: PointerEvent) => {
    const had = this.pointers.delete(e.pointerId);
    if (had && e.type === 'pointerup' && this.dragged <= 3 && !this.pointers.size) this.tap(this.local(e));
  };

  private onLeave = () => {
    if (!this.pointers.size && !this.renderRoot.querySelector('[part~="plot"]')?.matches(':focus-within')) this.activeId = undefined;
  };

  private onWheel = (e: WheelEvent) => {
    const focused = this.renderRoot.querySelector('[part~="plot"]')?.matches(':focus');
    if (this.gestures !== 'greedy' && !e.ctrlKey && !e.metaKey && !focused) {
      // Scrolling the page over the map scrolls the page; say how to zoom instead.
      this.hint = true;
      clearTimeout(this.hintTimer);
      this.hintTimer = window.setTimeout(() => (this.hint = false), 1500);
      return;
    }
    e.preventDefault();
    const [x, y] = this.local(e);
    const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    this.zoomBy(2 ** (-delta / (e.ctrlKey ? 100 : 300)), x, y, false);
  };

  private onDblClick = (e: MouseEvent) => {
    const [x, y] = this.local(e);
    this.zoomBy(e.shiftKey ? 0.5 : 2, x, y);
  };

  private itemAt([x, y]: [number, number]): number | undefined {
    const d = this.loader.value;
    if (!d || !this.tree || !this.view) return undefined;
    const maxMbps = this.summarise(d).maxMbps;
    return hitTest(this.tree, this.items, this.view, x, y, (i) => itemRadius(this.items, i, maxMbps), 4);
  }

  private areaIndexAt([x, y]: [number, number]): number | undefined {
    const d = this.loader.value!;
    const [u, w] = toUnit(this.view!, x, y);
    const a = areaAt(d.areas, xLng(u), yLat(w));
    return a >= 0 ? a : undefined;
  }

  private hover(p: [number, number]) {
    if (this.mode === 'areas' && this.loader.value?.areas.length) {
      this.activeId = this.areaIndexAt(p);
      return;
    }
    const i = this.itemAt(p);
    const id = i === undefined ? undefined : this.items[i * ITEM + I.id];
    if (id !== this.activeId) this.activeId = id;
  }

  private tap(p: [number, number]) {
    if (this.mode === 'areas' && this.loader.value?.areas.length) {
      const a = this.areaIndexAt(p);
      if (a !== undefined) this.chooseArea(a);
      return;
    }
    const i = this.itemAt(p);
    if (i === undefined) return void (this.activeId = undefined);
    this.chooseItem(this.items[i * ITEM + I.id]);
  }

  /** A cluster zooms in to where it splits; a point is chosen (`spbe-select`) and keeps its tooltip. */
  private async chooseItem(id: number) {
    const d = this.loader.value;
    if (!d || !this.view) return;
    const i = this.findItem(id);
    if (i === undefined) return;
    const [u, w] = [this.items[i * ITEM], this.items[i * ITEM + 1]];
    if (id >= 0) {
      const zoom = await d.engine.expand(id).catch(() => Math.floor(zoomOf(this.view!.k)) + 1);
      if (this.loader.value !== d) return;
      const [vw, vh] = this.dims;
      const [min, max] = this.limits;
      const k = Math.min(max, Math.max(min, scaleOf(Math.max(zoom, zoomOf(this.view.k) + 1))));
      this.activeId = undefined;
      this.animateTo(centreOn(u, w, k, vw / 2, vh / 2));
      return;
    }
    this.activeId = id;
    const k = -id - 1;
    const p = d.points;
    const bw = p.bw[k];
    const detail: MapSelectDetail = {
      kind: 'point',
      row: p.source[k],
      name: stringAt(p.names, k),
      status: STATUSES[p.status[k]],
      bandwidthMbps: bw === bw ? bw : undefined,
      kelurahan: p.kelurahan[k] >= 0 ? p.places[p.kelurahan[k]] : undefined,
      kecamatan: p.kecamatan[k] >= 0 ? p.places[p.kecamatan[k]] : undefined,
      lon: p.lon[k],
      lat: p.lat[k],
    };
    this.dispatchEvent(new SpbeSelectEvent(detail));
  }

  private chooseArea(a: number) {
    const d = this.loader.value;
    const row = this.rows.find((r) => r.i === a);
    if (!d || !row) return;
    this.activeId = a;
    const area: Area = d.areas[a];
    const detail: MapSelectDetail = {
      kind: 'area',
      id: area.id,
      name: area.name,
      count: row.counts.reduce((x, y) => x + y, 0),
      online: row.counts[0],
      offline: row.counts[1],
      maintenance: row.counts[2],
      bandwidthMbps: row.mbps,
    };
    this.dispatchEvent(new SpbeSelectEvent(detail));
  }

  private toggle(s: number) {
    const d = this.loader.value;
    if (!d) return;
    this.mask ^= 1 << s;
    const mask = this.mask;
    d.engine.filter(mask).then(() => {
      if (this.loader.value === d && this.mask === mask) {
        this.queried = undefined;
        this.refresh();
      }
    });
  }

  private toggleTable() {
    this.tableOpen = !this.tableOpen;
  }
}

/** The status shapes for the filter buttons, as the canvas draws them (ap-draw's `shape`, radius 4.5). */
const SHAPES = ['M-4.5 0a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0', 'M-3.8-3.8h7.6v7.6h-7.6Z', 'M0-5L4.5 3.4H-4.5Z', 'M0-4.5L4.5 0L0 4.5L-4.5 0Z'];

/** A tooltip box beside (x, y), kept inside the map. */
function tooltip(lines: string[], x: number, y: number, r: number, w: number, h: number) {
  const fs = 12;
  // An estimate of the text's width: the bold first line is wider per character.
  const bw = Math.min(w - 8, Math.max(...lines.map((s, k) => s.length * fs * (k ? 0.56 : 0.62))) + fs);
  const bh = lines.length * fs * 1.35 + fs * 0.6;
  const left = x + r + 8 + bw <= w ? x + r + 8 : Math.max(4, x - r - 8 - bw);
  const top = Math.min(Math.max(4, y - bh / 2), h - bh - 4);
  return svg`<g part="tooltip" transform="translate(${left} ${top})">
    <rect width=${bw} height=${bh} rx="4"></rect>
    ${lines.map((s, k) => svg`<text class=${k ? '' : 'head'} x=${fs / 2} y=${fs * 1.25 + k * fs * 1.35}>${s}</text>`)}
  </g>`;
}

customElements.define('spbe-ap-map', SpbeApMap);

declare global {
  interface HTMLElementTagNameMap {
    'spbe-ap-map': SpbeApMap;
  }
}
