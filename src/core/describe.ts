/**
 * The sentences for errors, in Indonesian and English, and the error box. Loaded on demand by the
 * widgets (errors are rare, and these tables and the error view are 0.9 KB gzip of a widget's budget);
 * importing this module also gives every SpbeError its full English `message`.
 */
import { adoptStyles, css, html, nothing, supportsAdoptingStyleSheets, type ReactiveElement } from 'lit';
import { registerDescriber, type SpbeError, type SpbeIssue } from './errors.js';
import { formatNumber } from './format.js';
import { t } from './i18n.js';
import type { Lang } from './types.js';

type Params = Readonly<Record<string, string | number>>;
type Sentence = (p: Params) => string;

const EXPECTED: Record<Lang, Record<string, string>> = {
  id: {
    object: 'sebuah objek',
    array: 'sebuah larik (array)',
    string: 'sebuah teks',
    number: 'sebuah angka',
    year: 'tahun berupa bilangan bulat 1900–2100',
    'text': 'teks atau objek',
  },
  en: {
    object: 'an object',
    array: 'an array',
    string: 'a string',
    number: 'a number',
    year: 'a whole year from 1900 to 2100',
    'text': 'a string or an object',
  },
};

const WHAT: Record<Lang, Record<string, string>> = {
  id: { domain: 'domain', aspect: 'aspek', indicator: 'indikator', framework: 'kerangka', band: 'predikat', year: 'tahun' },
  en: { domain: 'domain', aspect: 'aspect', indicator: 'indicator', framework: 'framework', band: 'band', year: 'year' },
};

const ISSUES: Record<Lang, Record<SpbeIssue['code'], Sentence>> = {
  id: {
    type: (p) => `seharusnya ${EXPECTED.id[p.expected] ?? p.expected}, tetapi ${p.got}`,
    range: (p) => `seharusnya angka dari ${p.min} sampai ${p.max}, tetapi ${p.got}`,
    level: (p) => `seharusnya tingkat bulat dari ${p.min} sampai ${p.max}, tetapi ${p.got}`,
    required: (p) =>
      p.what === 'year' ? 'kolom tahun (year) wajib ada' : p.what === 'instansi' ? 'kolom instansi (nama) wajib ada' : p.what === 'coordinates' ? 'kolom lat dan lon (atau latitude dan longitude) wajib ada' : 'wajib diisi',
    unknown: (p) => `${WHAT.id[p.what] ?? p.what} ${p.got} tidak dikenal; yang dikenal: ${p.known}`,
    duplicate: (p) => `${WHAT.id[p.what ?? 'year'] ?? p.what} ${p.got} muncul lebih dari sekali`,
    empty: () => 'tidak boleh kosong',
    'no-value': () => 'perlu index, atau semua domains (atau aspects atau indicators di bawahnya) untuk menghitungnya',
    weights: (p) => `jumlah bobot ${p.got}, seharusnya ${p.expected}`,
    bands: (p) => `batas predikat harus naik mulai dari ${p.min} dan di dalam skala, tetapi ${p.got}`,
    columns: (p) => `baris ini punya ${p.got} kolom, seharusnya ${p.expected}`,
    decimal: () => 'angka ditulis dengan koma dan titik desimal sekaligus; tetapkan atribut decimal="comma" atau "point"',
    geometry: (p) => `seharusnya ${p.expected === 'Polygon' ? 'Polygon atau MultiPolygon' : 'Point atau MultiPoint'}, tetapi ${p.got}`,
    swapped: (p) => `lat ${p.lat} dan lon ${p.lon} tampak tertukar (lintang hanya dari -90 sampai 90)${p.geojson ? '; GeoJSON menulis [bujur, lintang], yaitu [lon, lat]' : ''}`,
  },
  en: {
    type: (p) => `expected ${EXPECTED.en[p.expected] ?? p.expected}, got ${p.got}`,
    range: (p) => `expected a number from ${p.min} to ${p.max}, got ${p.got}`,
    level: (p) => `expected a whole level from ${p.min} to ${p.max}, got ${p.got}`,
    required: (p) =>
      p.what === 'year' ? 'a year (tahun) column is required' : p.what === 'instansi' ? 'an instansi (name) column is required' : p.what === 'coordinates' ? 'lat and lon (or latitude and longitude) columns are required' : 'is required',
    unknown: (p) => `unknown ${WHAT.en[p.what] ?? p.what} ${p.got}; known: ${p.known}`,
    duplicate: (p) => `${WHAT.en[p.what ?? 'year'] ?? p.what} ${p.got} appears more than once`,
    empty: () => 'must not be empty',
    'no-value': () => 'needs an index, or every domain (or the aspects or indicators under them) to compute it from',
    weights: (p) => `weights sum to ${p.got}, expected ${p.expected}`,
    bands: (p) => `band bounds must rise from ${p.min} and stay within the scale, got ${p.got}`,
    columns: (p) => `this row has ${p.got} columns, expected ${p.expected}`,
    decimal: () => 'numbers use both decimal commas and points; set decimal="comma" or "point"',
    geometry: (p) => `expected ${p.expected === 'Polygon' ? 'a Polygon or MultiPolygon' : 'a Point or MultiPoint'}, got ${p.got}`,
    swapped: (p) => `lat ${p.lat} and lon ${p.lon} look swapped (latitude runs from -90 to 90 only)${p.geojson ? '; GeoJSON writes [longitude, latitude], that is [lon, lat]' : ''}`,
  },
};

/**
 * `evaluations[1].domains.layanan: expected a number from 1 to 5, got "3,87"`; for a CSV file,
 * `baris 4, indeks: …` / `line 4, indeks: …`.
 */
export function describeIssue(issue: SpbeIssue, lang: Lang): string {
  const sentence = ISSUES[lang][issue.code](issue.params);
  const path = issue.params.line !== undefined && lang === 'id' ? issue.path.replace(/^line /, 'baris ') : issue.path;
  return path ? `${path}: ${sentence}` : sentence;
}

const KIND: Record<Lang, Record<SpbeError['kind'], Sentence>> = {
  id: {
    network: () => 'Data tidak dapat dimuat: jaringan gagal atau akses ditolak (CORS).',
    http: (p) => `Data tidak dapat dimuat: server menjawab ${p.status}.`,
    timeout: (p) => `Data tidak dapat dimuat: tidak ada jawaban dalam ${p.seconds} detik.`,
    'not-json': (p) =>
      p.workbook
        ? 'Alamat data menunjuk ke buku kerja spreadsheet (xlsx), bukan berkas JSON: simpan sebagai CSV, atau ubah dengan npx spbe-widgets convert.'
        : 'Alamat data mengembalikan halaman HTML, bukan berkas JSON.',
    parse: (p) =>
      p.line ? `Berkas data bukan JSON yang sah (baris ${p.line}, kolom ${p.column}).` : 'Berkas data kosong atau terpotong: bukan JSON yang sah.',
    'too-large': (p) => `Berkas data terlalu besar (batas ${p.limit}).`,
    validation: (p) =>
      p.skipped
        ? `${p.skipped} dari ${p.total} ${p.what === 'rows' ? 'baris' : 'titik'} dilewati karena tidak sah; sisanya ditampilkan.`
        : `${p.format === 'csv' ? 'Tabel CSV' : p.format === 'geojson' ? 'Data GeoJSON' : p.format === 'json' ? 'Data titik akses' : 'Data SPBE'} tidak sesuai format (${p.count} masalah).`,
    module: (p) => `Bagian widget ini tidak dapat dimuat (${p.part}): jaringan terputus atau berkas tidak ada di server. Muat ulang halaman.`,
    internal: (p) => `Terjadi kesalahan tak terduga di widget ini: ${p.detail}`,
  },
  en: {
    network: () => 'The data could not be loaded: the network failed or access was refused (CORS).',
    http: (p) => `The data could not be loaded: the server answered ${p.status}.`,
    timeout: (p) => `The data could not be loaded: no answer within ${p.seconds} s.`,
    'not-json': (p) =>
      p.workbook
        ? 'The data address points to a spreadsheet workbook (xlsx), not a JSON file: save it as CSV, or convert it with npx spbe-widgets convert.'
        : 'The data address returned an HTML page, not a JSON file.',
    parse: (p) =>
      p.line ? `The data file is not valid JSON (line ${p.line}, column ${p.column}).` : 'The data file is empty or cut short: not valid JSON.',
    'too-large': (p) => `The data file is too large (limit ${p.limit}).`,
    validation: (p) =>
      p.skipped
        ? `${p.skipped} of ${p.total} ${p.what === 'rows' ? 'rows' : 'points'} were skipped as invalid; the rest are shown.`
        : `The ${p.format === 'csv' ? 'CSV table' : p.format === 'geojson' ? 'GeoJSON data' : p.format === 'json' ? 'access-point data' : 'SPBE data'} does not match the format (${p.count} problem${p.count === 1 ? '' : 's'}).`,
    module: (p) => `A part of this widget could not be loaded (${p.part}): the connection failed or the file is not on the server. Reload the page.`,
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

/** How many problems an error box lists before it says "+N". */
const SHOWN = 8;

/**
 * The error box's look, which only a widget with an error needs: added to its shadow root the first
 * time it shows one (a constructed style sheet, as Lit's own, so a strict CSP allows it).
 */
const errorStyles = css`
  .theme {
    --_error-bg: var(--spbe-color-error-background, #fef3f2);
  }
  .theme.dark {
    --_error-bg: var(--spbe-color-error-background, #3b1714);
  }
  [part~='error'] {
    overflow-wrap: anywhere;
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--_error);
    background: var(--_error-bg);
    border-radius: 4px;
  }
  [part~='error'] strong {
    color: var(--_error);
  }
  [part~='error'] ul {
    margin: 0.5rem 0 0;
    padding-left: 1.25rem;
  }
  [part~='error'] code {
    font-size: 0.8125em;
  }
`;
const styled = new WeakSet<ShadowRoot>();

/**
 * A path or an address with a break opportunity (`<wbr>`) after each of its steps, so a narrow box
 * wraps `evaluations[3].domains.` `layanan` or `…/test/` `fixtures/…`, not inside a name.
 */
const steps = (s: string) => s.split(/(?<=[./])(?=[A-Za-z_])|(?=\[)/).map((p, i) => (i ? html`<wbr />${p}` : p));

/** The error state every widget shows: `role="alert"`, the summary and the problems, as text. */
export function renderError(host: ReactiveElement, error: SpbeError, lang: Lang, baseClass: string) {
  const root = host.renderRoot as ShadowRoot;
  if (!styled.has(root)) {
    styled.add(root);
    // Where a browser cannot adopt sheets, Lit's own way: a <style> (with the page's litNonce).
    if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, errorStyles.styleSheet!];
    else adoptStyles(root, [errorStyles]);
  }
  const { summary, details } = describeError(error, lang);
  return html`<figure part="base" class=${baseClass}>
    <div part="error" role="alert">
      <strong>${t(lang, 'errorTitle')}</strong>
      <div>${summary}</div>
      ${details.length
        ? html`<ul>
            ${details.slice(0, SHOWN).map((d) => html`<li><code>${steps(d)}</code></li>`)}
            ${details.length > SHOWN ? html`<li>… +${details.length - SHOWN}</li>` : nothing}
          </ul>`
        : nothing}
      ${error.url ? html`<div><code>${steps(error.url)}</code></div>` : nothing}
    </div>
  </figure>`;
}

registerDescriber(describeError);
