/**
 * Downloads of a widget (its `export` attribute shows the buttons; this module loads on the first
 * click): SVG with the styles inlined (it renders alone, in any viewer), PNG at twice the size
 * (drawn from that SVG), and CSV of the widget's data table (UTF-8 with a BOM, so Excel opens
 * Indonesian text right).
 */
import { csvFormatRows } from 'd3-dsv';
import { SpbeError, toSpbeError } from './errors.js';
import { downloadFailed } from './render.js';

export type ExportKind = 'png' | 'svg' | 'csv';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the page's computed style onto the exported elements. */
const PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'paint-order', 'visibility', 'display',
  'color', 'vector-effect',
];

/** A name for the file: `spbe-index-gauge-pemerintah-kota-metro`. */
function fileName(host: HTMLElement): string {
  const title = host.shadowRoot?.querySelector('[part~="title"]')?.textContent ?? '';
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '');
  return [host.localName, slug].filter(Boolean).join('-');
}

/** The widget's drawings, largest first: its SVGs and (for the map) its canvas. */
function drawings(root: ShadowRoot): Element[] {
  const area = (e: Element) => e.getBoundingClientRect().width * e.getBoundingClientRect().height;
  const plot = root.querySelector('[part~="plot"]') ?? root;
  return [...plot.querySelectorAll('svg:not(.swatch), canvas')].filter((e) => area(e) > 0 && !e.closest('[part~="legend"]'));
}

/**
 * Copies the computed presentation of `from` and its descendants onto the clone `to`, as SVG
 * presentation attributes (`fill="…"`): not a `style` attribute, which a page's CSP blocks even in
 * a document made for export.
 */
function inline(from: Element, to: Element): void {
  const cs = getComputedStyle(from);
  for (const p of PROPS) {
    const v = cs.getPropertyValue(p);
    if (v && v !== 'normal' && v !== 'auto') to.setAttribute(p, v);
  }
  const a = from.children;
  const b = to.children;
  for (let i = 0; i < a.length && i < b.length; i++) inline(a[i], b[i]);
}

/**
 * The widget's drawing as a standalone SVG document: every layer at its place (the map's canvas
 * as an image), the title and the source as text, the styles inlined, the background painted.
 */
export function widgetSvg(host: HTMLElement): string {
  const root = host.shadowRoot!;
  const layers = drawings(root);
  if (!layers.length) throw new SpbeError('internal', { params: { detail: 'nothing to export yet' } });
  const box = layers[0].getBoundingClientRect();
  for (const l of layers.slice(1)) {
    const r = l.getBoundingClientRect();
    if (r.width > box.width) Object.assign(box, { width: r.width, height: r.height, left: r.left, top: r.top });
  }
  const title = root.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
  const label = root.querySelector('[part~="label"]')?.textContent?.trim() ?? '';
  const source = root.querySelector('[part~="source"]')?.textContent?.trim() ?? '';
  // The figures beside the drawing: the gauge's change and target, the map's totals.
  const summary = (root.querySelector('[part~="summary"] .figures, p[part~="summary"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const base = getComputedStyle(root.querySelector('[part~="base"]') ?? host);
  const font = base.fontFamily;
  // At least 320 px wide, so the words have room; the drawing centred in it.
  const w = Math.max(320, Math.ceil(box.width));
  const dx = (w - box.width) / 2;
  const summaryLines = wrap(summary, w, 12);
  const sourceLines = wrap(source, w, 10);
  const head = 44;
  const foot = 8 + summaryLines.length * 16 + sourceLines.length * 13;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const svg = doc.documentElement;
  const h = Math.ceil(box.height) + head + foot;
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', String(h));
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('font-family', font);
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const e = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    svg.append(e);
    return e;
  };
  el('title', {}, [label, title].filter(Boolean).join(' · '));
  el('rect', { width: w, height: h, fill: base.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#fff' : base.backgroundColor });
  el('text', { x: 0, y: 14, 'font-size': 11, fill: base.color, opacity: 0.75 }, label);
  el('text', { x: 0, y: 34, 'font-size': 16, 'font-weight': 600, fill: base.color }, title);
  for (const layer of layers) {
    const r = layer.getBoundingClientRect();
    const g = el('g', { transform: `translate(${r.left - box.left + dx} ${r.top - box.top + head})` });
    if (layer instanceof HTMLCanvasElement) {
      const img = doc.createElementNS(SVG_NS, 'image');
      img.setAttribute('width', String(r.width));
      img.setAttribute('height', String(r.height));
      img.setAttribute('href', layer.toDataURL('image/png'));
      g.append(img);
    } else {
      const clone = doc.importNode(layer, true) as Element;
      inline(layer, clone);
      clone.setAttribute('width', String(r.width));
      clone.setAttribute('height', String(r.height));
      clone.removeAttribute('class');
      g.append(clone);
    }
  }
  let y = head + Math.ceil(box.height) + 4;
  for (const line of summaryLines) el('text', { x: 0, y: (y += 16) - 3, 'font-size': 12, fill: base.color }, line);
  for (const line of sourceLines) el('text', { x: 0, y: (y += 13) - 2, 'font-size': 10, fill: base.color, opacity: 0.75 }, line);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** Words in lines that fit `width` at `size` px (an estimate: SVG text does not wrap itself). */
function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(10, Math.floor(width / (size * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The widget's data table as CSV rows (the header row first), as the table shows them. */
export function widgetRows(host: HTMLElement): string[][] {
  const table = host.shadowRoot?.querySelector('[part~="table"] table');
  if (!table) throw new SpbeError('internal', { params: { detail: 'no data table to export' } });
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim().replace(/\s+/g, ' ')));
}

/**
 * The largest canvas every browser draws: Safari's holds 16.7 million pixels, Firefox's 32 767 a side
 * (a bigger one is blank, or fails). A whole 615-row ranking at 360 px is 24 700 px tall.
 */
const CANVAS_AREA = 16_777_216;
const CANVAS_SIDE = 32_767;

/**
 * The SVG drawn at twice its size on a canvas, or as large as a canvas can hold. Needs `img-src
 * blob:` on pages with a CSP.
 */
async function png(svgText: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const [w, h] = [img.naturalWidth, img.naturalHeight];
    const scale = Math.min(2, CANVAS_SIDE / Math.max(w, h), Math.sqrt(CANVAS_AREA / (w * h)));
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(w * scale);
    canvas.height = Math.floor(h * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
  } catch (e) {
    throw new SpbeError('internal', { cause: e, params: { detail: 'PNG: the page does not allow blob: images (CSP img-src); SVG and CSV still work', csp: 1 } });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A widget that draws only the part of a long list near its view (the ranking's "show all"). */
type Windowed = HTMLElement & { drawWhole?(on: boolean): Promise<unknown> };

/** The file for a download, as a Blob: of a long list, the whole list, not only the rows in view. */
export async function exportWidget(host: Windowed, kind: ExportKind): Promise<Blob> {
  if (kind === 'csv') return new Blob(['\uFEFF', csvFormatRows(widgetRows(host)), '\r\n'], { type: 'text/csv;charset=utf-8' });
  let svg: string;
  try {
    await host.drawWhole?.(true);
    svg = widgetSvg(host);
  } finally {
    void host.drawWhole?.(false);
  }
  return kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : png(svg);
}

/** Why a PNG could not be made, after "PNG tidak dapat diunduh.". */
const CSP = {
  id: 'Halaman ini tidak mengizinkan gambar blob: (CSP img-src); SVG dan CSV tetap bisa.',
  en: 'This page does not allow blob: images (CSP img-src); SVG and CSV still work.',
};

/**
 * Downloads the widget as `kind`. A failure is said in `status` (the footer's line, in the widget's
 * language; a success clears it) and told as a partial `spbe-error` (the widget stays).
 */
export async function downloadWidget(host: HTMLElement, kind: ExportKind, status: Element): Promise<void> {
  try {
    const blob = await exportWidget(host, kind);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${fileName(host)}.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    status.textContent = '';
  } catch (e) {
    const error = toSpbeError(e);
    downloadFailed(host, status, kind, error, error.params.csp ? CSP : undefined);
  }
}
