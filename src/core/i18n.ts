import type { Lang, Text } from './types.js';

/** Picks a text in `lang`, falling back to Indonesian, then to any language given. */
export function text(t: Text | undefined, lang: Lang): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  return t[lang] ?? t.id ?? Object.values(t)[0] ?? '';
}

/** `en`, `en-GB` -> `en`; `id`, `id-ID`, `in` -> `id`; anything else -> `id`, the default. */
export function normalizeLang(value: string | null | undefined): Lang | undefined {
  const base = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'en') return 'en';
  if (base === 'id' || base === 'in') return 'id';
  return undefined;
}

/**
 * The widget's language: its own `lang` (property or attribute), else the nearest `lang` up the tree
 * (crossing shadow roots, so a widget inside another component follows the page), else Indonesian.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    // An HTML element's `lang` property: a widget's own is set before Lit reflects it to the
    // attribute (render comes first), so reading the attribute would draw the old language once.
    const lang = normalizeLang(node instanceof HTMLElement ? node.lang : node instanceof Element ? node.getAttribute('lang') : null);
    if (lang) return lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'id';
}

const STRINGS = {
  id: {
    loading: 'Memuat data SPBE…',
    empty: 'Belum ada data SPBE.',
    target: 'Target',
    source: 'Sumber',
    year: 'Tahun',
    index: 'Indeks',
    showTable: 'Tabel data',
    hideTable: 'Sembunyikan tabel',
    errorTitle: 'Data tidak dapat ditampilkan',
    download: 'Unduh',
    notDownloaded: 'tidak dapat diunduh.',
  },
  en: {
    loading: 'Loading SPBE data…',
    empty: 'No SPBE data yet.',
    target: 'Target',
    source: 'Source',
    year: 'Year',
    index: 'Index',
    showTable: 'Data table',
    hideTable: 'Hide table',
    errorTitle: 'The data cannot be shown',
    download: 'Download',
    notDownloaded: 'could not be downloaded.',
  },
} as const;

export type StringKey = keyof (typeof STRINGS)['id'];

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[lang][key];
}
