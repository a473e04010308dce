import { dsvFormat } from 'd3-dsv';
import { delimiterOf } from './delimiter.js';
import { MAX_ISSUES, SpbeError, type SpbeIssue } from './errors.js';
import { getFramework } from './framework.js';
import type { Framework, SpbeDocumentInput } from './types.js';

export { isCsv } from './delimiter.js';

/** How numbers are written in the file: `3,34` (comma), `3.34` (point), or found out (auto). */
export type DecimalMark = 'comma' | 'point' | 'auto';

export interface CsvOptions {
  decimal?: DecimalMark;
  /** The instansi name for the document (a CSV has none of its own, unless an `instansi` column). */
  name?: string;
  framework?: Framework;
  url?: string;
}

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s_]+/g, '-');
const ALIASES: Record<string, string[]> = {
  year: ['year', 'tahun', 'tahun-evaluasi'],
  index: ['index', 'indeks', 'indeks-spbe', 'nilai'],
  predikat: ['predikat'],
  source: ['source', 'sumber'],
  note: ['note', 'catatan', 'keterangan'],
  target: ['target'],
  instansi: ['instansi', 'name', 'nama', 'nama-instansi'],
};
/** The official result table's own columns. */
const TABLE_ALIASES: Record<string, string[]> = {
  ...ALIASES,
  code: ['kode', 'code', 'kode-wilayah', 'kode-kemendagri'],
  kind: ['jenis', 'kind', 'type'],
  province: ['provinsi', 'province'],
  group: ['kelompok', 'group'],
};

type Issue = (line: number, column: string | undefined, code: SpbeIssue['code'], params?: Record<string, string | number>) => void;

/** A CSV sheet read up to its cells: each column's role, each record's file line, and numbers read alike. */
interface Sheet {
  header: string[];
  roles: string[];
  records: Array<{ at: number; cells: string[] }>;
  /** A numeric cell on the framework's scale; a problem goes to `into` (the sheet's list by default). */
  number(raw: string, at: number, column: string, into?: SpbeIssue[]): number | undefined;
  issues: SpbeIssue[];
  issue: Issue;
  fail(): never;
}

/** Columns that hold numbers on the scale. */
const numeric = (role: string | undefined) => !!role && (role === 'index' || role === 'target' || role.startsWith('domain:') || role.startsWith('series:'));

/**
 * The shared part of the CSV readers: the delimiter (from the header), d3-dsv's rows, each column's
 * role (an alias, a domain by id, short name, `D2_tata_kelola` or `D2`; else a comparison series, or
 * for a results table nothing), line numbers that count quoted newlines, and the decimal mark.
 */
function readSheet(text: string, options: CsvOptions, fw: Framework, table: boolean): Sheet {
  const body = text.replace(/^\uFEFF/, '');
  const rows = dsvFormat(delimiterOf(body)).parseRows(body);
  const issues: SpbeIssue[] = [];
  const push = (into: SpbeIssue[], line: number, column: string | undefined, code: SpbeIssue['code'], params: Record<string, string | number> = {}) =>
    into.length < MAX_ISSUES && into.push({ path: column ? `line ${line}, ${column}` : `line ${line}`, code, params: { line, ...params } });
  const issue: Issue = (...a) => push(issues, ...a);
  const fail = (): never => {
    throw new SpbeError('validation', { url: options.url, issues, params: { format: 'csv' } });
  };

  const header = (rows[0] ?? []).map((h) => h.trim());
  const roles = header.map((h) => {
    const n = norm(h);
    const aliases = table ? TABLE_ALIASES : ALIASES;
    const alias = Object.keys(aliases).find((k) => aliases[k].includes(n));
    if (alias) return alias;
    const domain = fw.domains.find((d, i) => {
      const names = [d.id, ...(d.short ? (typeof d.short === 'string' ? [d.short] : Object.values(d.short)) : [])].map(norm);
      return names.includes(n) || names.includes(n.replace(/^d\d+-/, '')) || n === `d${i + 1}`;
    });
    return domain ? `domain:${domain.id}` : n && !table ? `series:${h}` : 'skip';
  });
  for (const need of table ? ['instansi', 'year'] : ['year']) if (!roles.includes(need)) issue(1, undefined, 'required', { what: need });
  if (issues.length) fail();

  // Line numbers: a quoted field with newlines spans several lines of the file.
  let line = 1 + (header.join('').match(/\n/g)?.length ?? 0);
  const records = rows.slice(1).map((cells) => {
    line += 1;
    const at = line;
    line += cells.join('').match(/\n/g)?.length ?? 0;
    return { at, cells };
  });

  let decimal = options.decimal ?? 'auto';
  if (decimal === 'auto') {
    const cells = records.flatMap((r) => r.cells.filter((c, i) => numeric(roles[i]) && c.trim() !== ''));
    const comma = cells.some((c) => /^-?\d+,\d+$/.test(c.trim()));
    const point = cells.some((c) => /^-?\d+\.\d+$/.test(c.trim()));
    if (comma && point) {
      issue(1, undefined, 'decimal');
      fail();
    }
    decimal = comma ? 'comma' : 'point';
  }
  const number = (raw: string, at: number, column: string, into = issues): number | undefined => {
    const s = raw.trim();
    if (s === '') return undefined;
    const n = Number(decimal === 'comma' ? s.replace(',', '.') : s);
    if (!Number.isFinite(n) || (decimal === 'comma' && s.includes('.')) || (decimal === 'point' && s.includes(',')))
      push(into, at, column, 'type', { expected: 'number', got: JSON.stringify(s) });
    else if (n < fw.scale.min || n > fw.scale.max) push(into, at, column, 'range', { ...fw.scale, got: s });
    else return n;
    return undefined;
  };
  return { header, roles, records, number, issues, issue, fail };
}

/** A record's year, or a problem at its line. */
function yearOf(sheet: Sheet, { at, cells }: Sheet['records'][number]): number | undefined {
  const column = sheet.roles.indexOf('year');
  const raw = cells[column].trim();
  const year = Number(raw);
  if (Number.isInteger(year) && year >= 1900 && year <= 2100) return year;
  sheet.issue(at, sheet.header[column], 'type', { expected: 'year', got: JSON.stringify(raw) });
  return undefined;
}

type EvaluationInput = SpbeDocumentInput['evaluations'][number];

/** The cells of one record that make an evaluation: index, domains, predikat, source, note. */
function evaluationOf(sheet: Sheet, { at, cells }: Sheet['records'][number], year: number, into?: SpbeIssue[]): EvaluationInput {
  const e: EvaluationInput = { year };
  const domains: Record<string, number> = {};
  cells.forEach((cell, i) => {
    const role = sheet.roles[i];
    const text = cell.trim();
    if ((role === 'predikat' || role === 'source' || role === 'note') && text) e[role] = text;
    else if (role === 'index' || role.startsWith('domain:')) {
      const v = sheet.number(cell, at, sheet.header[i], into);
      if (v === undefined) return;
      if (role === 'index') e.index = v;
      else domains[role.slice(7)] = v;
    }
  });
  if (Object.keys(domains).length) e.domains = domains;
  return e;
}

/** A record with the header's number of cells (else a problem), and not blank. */
function usable(sheet: Sheet, { at, cells }: Sheet['records'][number]): boolean {
  if (cells.every((c) => c.trim() === '')) return false;
  if (cells.length === sheet.header.length) return true;
  sheet.issue(at, undefined, 'columns', { got: cells.length, expected: sheet.header.length });
  return false;
}

/**
 * Reads a year-by-year CSV sheet into a data document: a `year`/`tahun` column, then any of
 * `index`/`indeks`, the framework's domains (by id or short name, `D2_tata_kelola` or `D2` too), `predikat`,
 * `target`, `source`/`sumber`, `note`; every other numeric column is a comparison series (`nasional`).
 * Comma, semicolon or tab separated (found from the header); decimal comma or point (`decimal`, or
 * found when the file uses one only). Parsed with d3-dsv, so quoted fields may hold delimiters and
 * newlines. Problems are `validation` errors at `line N, column` paths.
 */
export function parseTrendCsv(text: string, options: CsvOptions = {}): SpbeDocumentInput {
  const fw = options.framework ?? getFramework()!;
  const sheet = readSheet(text, options, fw, false);
  const { header, roles } = sheet;
  const doc: SpbeDocumentInput = { instansi: { name: options.name ?? 'CSV' }, framework: fw.id, evaluations: [], targets: [], comparisons: [] };
  const comparisons = new Map<string, NonNullable<SpbeDocumentInput['comparisons']>[number]>();
  for (const record of sheet.records) {
    if (!usable(sheet, record)) continue;
    const year = yearOf(sheet, record);
    if (year === undefined) continue;
    const e = evaluationOf(sheet, record, year);
    record.cells.forEach((cell, i) => {
      const role = roles[i];
      if (role === 'instansi' && cell.trim()) doc.instansi.name = options.name ?? cell.trim();
      if (role !== 'target' && !role.startsWith('series:')) return;
      const v = sheet.number(cell, record.at, header[i]);
      if (v === undefined) return;
      if (role === 'target') doc.targets!.push({ year, value: v, label: 'Target' });
      else {
        const label = role.slice(7);
        if (!comparisons.has(label)) comparisons.set(label, { id: norm(label), label, evaluations: [] });
        comparisons.get(label)!.evaluations.push({ year, index: v });
      }
    });
    if (e.index !== undefined || e.domains) doc.evaluations.push(e);
  }
  if (sheet.issues.length) sheet.fail();
  doc.comparisons = [...comparisons.values()];
  return doc;
}

/** One instansi of a results table: its rows as evaluations, the file line of each, its problems. */
export interface TableEntry {
  instansi: { name: string; code?: string; kind?: string; province?: string; group?: string };
  evaluations: EvaluationInput[];
  /** The file line of each evaluation (the same order). */
  lines: number[];
  /** Problems in its rows (`line 212, D4_layanan`): a caller leaves those rows (or the entry) out and says why. */
  issues: SpbeIssue[];
}

/**
 * A validator's path inside one entry of a table (`evaluations[1].domains.D2`, `instansi.name`) as
 * the file's line (`line 14, domains.D2`): an evaluation's own row, else the entry's first row;
 * `undefined` when the file has no such line. The CLI and the ranking's reader both name problems
 * so, never by a path the file does not have.
 */
export function atLine(path: string, lines: readonly number[]): { path: string; line: number } | undefined {
  const [, k = '0', rest = path] = /^evaluations\[(\d+)\]\.?(.*)$/.exec(path) ?? [];
  const line = lines[Number(k)];
  return line ? { path: `line ${line}${rest ? `, ${rest}` : ''}`, line } : undefined;
}

/**
 * Reads a results table, many instansi a file, one row per instansi and year, like the national
 * table (`tahun_evaluasi, kelompok, instansi, D1_kebijakan … D4_layanan, indeks, predikat, provinsi,
 * jenis`; `kode` too). Rows group by code and name, in file order; evaluations sort by year. Columns
 * it does not know are left alone. A problem in a row stays with its instansi, so one bad row does
 * not stop the others; a row with no name or year is the file's problem (`issues`). Throws only
 * for a file it cannot read as such a table (no `instansi` or year column, mixed decimal marks).
 */
export function parseResultsCsv(text: string, options: CsvOptions = {}): { entries: TableEntry[]; issues: SpbeIssue[] } {
  const fw = options.framework ?? getFramework()!;
  const sheet = readSheet(text, options, fw, true);
  const entries = new Map<string, TableEntry>();
  for (const record of sheet.records) {
    if (!usable(sheet, record)) continue;
    const cell = (role: string) => record.cells[sheet.roles.indexOf(role)]?.trim() || undefined;
    const name = cell('instansi');
    const year = yearOf(sheet, record);
    if (!name) sheet.issue(record.at, sheet.header[sheet.roles.indexOf('instansi')], 'required');
    if (!name || year === undefined) continue;
    const key = `${cell('code') ?? ''}|${name.toLowerCase()}`;
    let entry = entries.get(key);
    if (!entry) {
      const instansi: TableEntry['instansi'] = { name };
      for (const role of ['code', 'kind', 'province', 'group'] as const) if (cell(role)) instansi[role] = cell(role);
      entries.set(key, (entry = { instansi, evaluations: [], lines: [], issues: [] }));
    }
    entry.evaluations.push(evaluationOf(sheet, record, year, entry.issues));
    entry.lines.push(record.at);
  }
  for (const entry of entries.values()) {
    const order = entry.evaluations.map((e, i) => [e, entry.lines[i]] as const).sort((a, b) => a[0].year - b[0].year);
    entry.evaluations = order.map(([e]) => e);
    entry.lines = order.map(([, l]) => l);
  }
  return { entries: [...entries.values()], issues: sheet.issues };
}
