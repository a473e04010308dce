import type { Lang } from '../../core/types.js';

/** The ranking's own words (the shared ones are in core/i18n). */
const STRINGS = {
  id: {
    title: 'Peringkat {index}',
    instansi: 'instansi',
    rank: 'Peringkat',
    rankOf: 'peringkat {r} dari {n}',
    up: 'naik {d} dari peringkat {p} pada {y}',
    down: 'turun {d} dari peringkat {p} pada {y}',
    same: 'tetap di peringkat {p} seperti {y}',
    new: 'belum dinilai pada {y}',
    national: 'Nasional',
    average: 'Rata-rata',
    top: 'Tertinggi',
    chart: 'daftar peringkat',
    keys: 'Panah atas dan bawah berpindah instansi; Enter memilih.',
    more: '{n} instansi lainnya',
    showAll: 'Tampilkan semua ({n})',
    showLess: 'Tampilkan {n} teratas',
    change: 'Perubahan',
    damaged: 'data sebagian rusak di sumber',
    notFound: 'Instansi {h} tidak ada di daftar ini.',
    none: 'Tidak ada instansi dengan pilihan ini.',
  },
  en: {
    title: '{index} ranking',
    instansi: 'instansi',
    rank: 'Rank',
    rankOf: 'ranked {r} of {n}',
    up: 'up {d} from rank {p} in {y}',
    down: 'down {d} from rank {p} in {y}',
    same: 'unchanged at rank {p} as in {y}',
    new: 'not evaluated in {y}',
    national: 'National',
    average: 'Average',
    top: 'Highest',
    chart: 'ranking list',
    keys: 'Up and down arrows move between instansi; Enter chooses one.',
    more: '{n} more instansi',
    showAll: 'Show all ({n})',
    showLess: 'Show the top {n}',
    change: 'Change',
    damaged: 'data partly damaged at the source',
    notFound: 'Instansi {h} is not in this list.',
    none: 'No instansi match this choice.',
  },
} as const;

export type RankingKey = keyof (typeof STRINGS)['id'];

/** A string with its `{name}` slots filled. */
export function rt(lang: Lang, key: RankingKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
