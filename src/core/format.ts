import type { Lang } from './types.js';

/** The decimal mark, then the thousands separator: Indonesian `4.000,5`, English (en-GB) `4,000.5`. */
const MARKS: Record<Lang, string> = { id: ',.', en: '.,' };

/**
 * `value` as `Intl.NumberFormat` (id-ID, en-GB) writes it, for the three ways the widgets use:
 * `digits` decimals (all of them, or at most that many with `trim`), thousands grouped, the sign
 * of a negative value (`-0,00` too), or with `delta` a `+` or `-` on every value but zero. Rounded
 * half away from zero at the last digit of the shortest decimal that reads back as the float, as
 * Intl does: 3.045 is `3,05`, though the float is 3.04499…. `test/core/format.test.ts` holds it to
 * Intl's output over random values.
 *
 * Written out, not Intl: a page's first Intl formatter costs 9 to 14 ms in Chromium (ICU's start),
 * however small the number. Without it the gauge goes from script to painted chart in 23 ms, not 39
 * (README, "Against Chart.js and ECharts"); a cheap phone pays four times as much.
 */
function write(value: number, lang: Lang, digits: number, trim?: boolean, delta?: boolean): string {
  const abs = Math.abs(value);
  // NaN, infinities and numbers past toFixed's range, as JavaScript writes them (no widget shows one).
  if (!(abs < 1e21)) return String(value);
  // The shortest decimal; under 1e-6 it has an exponent, and toFixed is exact enough.
  const [int, frac = ''] = (abs < 1e-6 ? abs.toFixed(digits) : String(abs)).split('.');
  // The digits kept, plus one when the first digit left out is 5 or more (BigInt: exact at any length).
  const kept = String(BigInt(int + frac.padEnd(digits, '0').slice(0, digits)) + BigInt(frac[digits] >= '5')).padStart(digits + 1, '0');
  const point = kept.length - digits;
  let decimals = kept.slice(point);
  if (trim) decimals = decimals.replace(/0+$/, '');
  // 1 / value is negative for -0 too, which Intl writes as -0; a delta has no sign at zero.
  const sign = delta ? (+kept ? (value < 0 ? '-' : '+') : '') : 1 / value < 0 ? '-' : '';
  return sign + kept.slice(0, point).replace(/\B(?=(\d{3})+$)/g, MARKS[lang][1]) + (decimals && MARKS[lang][0] + decimals);
}

/** `3.3373` -> `3,34` (id) or `3.34` (en): index values always show two decimals. */
export function formatIndex(value: number, lang: Lang, digits = 2): string {
  return write(value, lang, digits);
}

/** A change, signed: `+0,30`, `-0,12`, `0,00` (Intl's signs: a hyphen-minus). */
export function formatDelta(value: number, lang: Lang, digits = 2): string {
  return write(value, lang, digits, false, true);
}

/** A count or a quantity: `4.000` (id), `4,000` (en); at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  return write(value, lang, digits, true);
}
