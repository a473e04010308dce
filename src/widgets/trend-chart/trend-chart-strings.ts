import type { Lang } from '../../core/types.js';

/** The trend chart's own words (the shared ones are in core/i18n). */
const STRINGS = {
  id: {
    rose: 'naik dari',
    fell: 'turun dari',
    stayed: 'tetap dari',
    to: 'ke',
    chart: 'grafik tren',
    keys: 'Panah kiri dan kanan berpindah tahun; Enter memilih tahun.',
    byYearAndSeries: 'per tahun dan seri',
  },
  en: {
    rose: 'rose from',
    fell: 'fell from',
    stayed: 'stayed from',
    to: 'to',
    chart: 'trend chart',
    keys: 'Left and right arrows move between years; Enter chooses a year.',
    byYearAndSeries: 'by year and series',
  },
} as const;

export type TrendKey = keyof (typeof STRINGS)['id'];
export const tt = (lang: Lang, key: TrendKey): string => STRINGS[lang][key];
