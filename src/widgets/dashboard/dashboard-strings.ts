import type { Lang } from '../../core/types.js';

const STRINGS = {
  id: { year: 'Tahun', choose: 'pilih tahun pada grafik tren' },
  en: { year: 'Year', choose: 'choose a year on the trend chart' },
} as const;

export const dt = (lang: Lang, key: keyof (typeof STRINGS)['id']): string => STRINGS[lang][key];
