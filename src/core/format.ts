import type { Lang } from './types.js';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** `3.3373` -> `3,34` (id) or `3.34` (en): index values always show two decimals. */
export function formatIndex(value: number, lang: Lang, digits = 2): string {
  return formatter(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A change, signed: `+0,30`, `-0,12`, `0,00` (Intl's signs: a hyphen-minus). */
export function formatDelta(value: number, lang: Lang, digits = 2): string {
  // Round first so that -0.001 shows as 0,00 and not as -0,00.
  const r = Math.round(value * 10 ** digits) / 10 ** digits;
  return formatter(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(r === 0 ? 0 : r);
}

/** A count or a quantity: `4.000` (id), `4,000` (en); at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  return formatter(lang, { maximumFractionDigits: digits }).format(value);
}

