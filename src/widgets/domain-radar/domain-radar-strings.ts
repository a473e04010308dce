import type { Lang } from '../../core/types.js';

/** The radar's own words (the shared ones are in core/i18n). */
const STRINGS = {
  id: {
    domains: 'Domain SPBE',
    aspects: 'Aspek SPBE',
    strongest: 'terkuat',
    weakest: 'terlemah',
    weight: 'bobot',
    chart: 'grafik radar',
    keys: 'Panah berpindah sumbu; Enter memilih.',
    back: '← Semua domain',
    axis: 'Sumbu',
    noValue: 'tidak ada nilai',
  },
  en: {
    domains: 'SPBE domains',
    aspects: 'SPBE aspects',
    strongest: 'strongest',
    weakest: 'weakest',
    weight: 'weight',
    chart: 'radar chart',
    keys: 'Arrow keys move between axes; Enter chooses.',
    back: '← All domains',
    axis: 'Axis',
    noValue: 'no value',
  },
} as const;

export type RadarKey = keyof (typeof STRINGS)['id'];
export const rt = (lang: Lang, key: RadarKey): string => STRINGS[lang][key];
