import type { SpbeError, SpbeIssue } from './errors.js';
import { formatNumber } from './format.js';
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
 * The widget's language: its own `lang` attribute, else the nearest `lang` up the tree
 * (crossing shadow roots, so a widget inside another component follows the page), else Indonesian.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = normalizeLang(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'id';
}

type Params = Readonly<Record<string, string | number>>;
type Sentence = (p: Params) => string;

const STRINGS = {
  id: {
    loading: 'Memuat data SPBE…',
    empty: 'Belum ada data SPBE.',
    indexTitle: 'Indeks SPBE',
    of: 'dari',
    predikat: 'predikat',
    target: 'Target',
    since: 'dibanding',
    source: 'Sumber',
    year: 'Tahun',
    index: 'Indeks',
    showTable: 'Tabel data',
    hideTable: 'Sembunyikan tabel',
    errorTitle: 'Data tidak dapat ditampilkan',
    tableCaption: 'Indeks SPBE per tahun',
  },
  en: {
    loading: 'Loading SPBE data…',
    empty: 'No SPBE data yet.',
    indexTitle: 'SPBE Index',
    of: 'of',
    predikat: 'rated',
    target: 'Target',
    since: 'since',
    source: 'Source',
    year: 'Year',
    index: 'Index',
    showTable: 'Data table',
    hideTable: 'Hide table',
    errorTitle: 'The data cannot be shown',
    tableCaption: 'SPBE index by year',
  },
} as const;

export type StringKey = keyof (typeof STRINGS)['id'];

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[lang][key];
}

const EXPECTED: Record<Lang, Record<string, string>> = {
  id: {
    object: 'sebuah objek',
    array: 'sebuah larik (array)',
    string: 'sebuah teks',
    number: 'sebuah angka',
    year: 'tahun berupa bilangan bulat 1900–2100',
    'text-or-object': 'teks atau objek',
  },
  en: {
    object: 'an object',
    array: 'an array',
    string: 'a string',
    number: 'a number',
    year: 'a whole year from 1900 to 2100',
    'text-or-object': 'a string or an object',
  },
};

const WHAT: Record<Lang, Record<string, string>> = {
  id: { domain: 'domain', aspect: 'aspek', indicator: 'indikator', framework: 'kerangka', band: 'predikat' },
  en: { domain: 'domain', aspect: 'aspect', indicator: 'indicator', framework: 'framework', band: 'band' },
};

const ISSUES: Record<Lang, Record<SpbeIssue['code'], Sentence>> = {
  id: {
    type: (p) => `seharusnya ${EXPECTED.id[p.expected] ?? p.expected}, tetapi ${p.got}`,
    range: (p) => `seharusnya angka dari ${p.min} sampai ${p.max}, tetapi ${p.got}`,
    level: (p) => `seharusnya tingkat bulat dari ${p.min} sampai ${p.max}, tetapi ${p.got}`,
    required: () => 'wajib diisi',
    unknown: (p) => `${WHAT.id[p.what] ?? p.what} ${p.got} tidak dikenal; yang dikenal: ${p.known}`,
    duplicate: (p) => `tahun ${p.got} muncul lebih dari sekali`,
    empty: () => 'tidak boleh kosong',
    'no-value': () => 'perlu salah satu dari index, domains, aspects, atau indicators',
    weights: (p) => `jumlah bobot ${p.got}, seharusnya ${p.expected}`,
    bands: (p) => `batas predikat harus naik mulai dari ${p.min} dan di dalam skala, tetapi ${p.got}`,
  },
  en: {
    type: (p) => `expected ${EXPECTED.en[p.expected] ?? p.expected}, got ${p.got}`,
    range: (p) => `expected a number from ${p.min} to ${p.max}, got ${p.got}`,
    level: (p) => `expected a whole level from ${p.min} to ${p.max}, got ${p.got}`,
    required: () => 'is required',
    unknown: (p) => `unknown ${WHAT.en[p.what] ?? p.what} ${p.got}; known: ${p.known}`,
    duplicate: (p) => `year ${p.got} appears more than once`,
    empty: () => 'must not be empty',
    'no-value': () => 'needs one of index, domains, aspects or indicators',
    weights: (p) => `weights sum to ${p.got}, expected ${p.expected}`,
    bands: (p) => `band bounds must rise from ${p.min} and stay within the scale, got ${p.got}`,
  },
};

/** `evaluations[1].domains.layanan: expected a number from 1 to 5, got "3,87"` */
export function describeIssue(issue: SpbeIssue, lang: Lang): string {
  const sentence = ISSUES[lang][issue.code](issue.params);
  return issue.path ? `${issue.path}: ${sentence}` : sentence;
}

const KIND: Record<Lang, Record<SpbeError['kind'], Sentence>> = {
  id: {
    network: () => 'Data tidak dapat dimuat: jaringan gagal atau akses ditolak (CORS).',
    http: (p) => `Data tidak dapat dimuat: server menjawab ${p.status}.`,
    timeout: (p) => `Data tidak dapat dimuat: tidak ada jawaban dalam ${p.seconds} detik.`,
    'not-json': () => 'Alamat data mengembalikan halaman HTML, bukan berkas JSON.',
    parse: (p) =>
      p.line ? `Berkas data bukan JSON yang sah (baris ${p.line}, kolom ${p.column}).` : 'Berkas data kosong atau terpotong: bukan JSON yang sah.',
    'too-large': (p) => `Berkas data terlalu besar (batas ${p.limit}).`,
    validation: (p) => `Data SPBE tidak sesuai format (${p.count} masalah).`,
    internal: (p) => `Terjadi kesalahan tak terduga di widget ini: ${p.detail}`,
  },
  en: {
    network: () => 'The data could not be loaded: the network failed or access was refused (CORS).',
    http: (p) => `The data could not be loaded: the server answered ${p.status}.`,
    timeout: (p) => `The data could not be loaded: no answer within ${p.seconds} s.`,
    'not-json': () => 'The data address returned an HTML page, not a JSON file.',
    parse: (p) =>
      p.line ? `The data file is not valid JSON (line ${p.line}, column ${p.column}).` : 'The data file is empty or cut short: not valid JSON.',
    'too-large': (p) => `The data file is too large (limit ${p.limit}).`,
    validation: (p) => `The SPBE data does not match the format (${p.count} problem${p.count === 1 ? '' : 's'}).`,
    internal: (p) => `An unexpected error happened in this widget: ${p.detail}`,
  },
};

/** A widget's error text: one summary sentence and the problems, in the widget's language. */
export function describeError(error: SpbeError, lang: Lang): { summary: string; details: string[] } {
  const params = {
    ...error.params,
    status: error.status ?? '',
    seconds: formatNumber(Number(error.params.timeoutMs ?? 0) / 1000, lang, 1),
    count: error.issues.length,
  };
  return {
    summary: KIND[lang][error.kind](params),
    details: error.issues.map((i) => describeIssue(i, lang)),
  };
}
