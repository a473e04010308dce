import { dsvFormat } from 'd3-dsv';
import { delimiterOf } from './delimiter.js';
import { SpbeError, type SpbeIssue } from './errors.js';
import { getFramework } from './framework.js';
import type { Framework, SpbeDocumentInput } from './types.js';

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
  year: ['year', 'tahun'],
  index: ['index', 'indeks', 'indeks-spbe', 'nilai'],
  predikat: ['predikat'],
  source: ['source', 'sumber'],
  note: ['note', 'catatan', 'keterangan'],
  target: ['target'],
  instansi: ['instansi', 'name', 'nama'],
};


/**
 * Reads a year-by-year CSV sheet into a data document: a `year`/`tahun` column, then any of
 * `index`/`indeks`, the framework's domains (by id or short name, `D2_tata_kelola` too), `predikat`,
 * `target`, `source`/`sumber`, `note`; every other numeric column is a comparison series (`nasional`).
 * Comma, semicolon or tab separated (found from the header); decimal comma or point (`decimal`, or
 * found when the file uses one only). Parsed with d3-dsv, so quoted fields may hold delimiters and
 * newlines. Problems are `validation` errors at `line N, column` paths.
 */
export function parseTrendCsv(text: string, options: CsvOptions = {}): SpbeDocumentInput {
  const fw = options.framework ?? getFramework()!;
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(body);
  const rows = dsvFormat(delimiter).parseRows(body);
  const issues: SpbeIssue[] = [];
  const issue = (line: number, column: string | undefined, code: SpbeIssue['code'], params: Record<string, string | number> = {}) =>
    issues.length < 50 && issues.push({ path: column ? `line ${line}, ${column}` : `line ${line}`, code, params: { line, ...params } });

  const header = (rows[0] ?? []).map((h) => h.trim());
  const roles = header.map((h) => {
    const n = norm(h);
    const alias = Object.keys(ALIASES).find((k) => ALIASES[k].includes(n));
    if (alias) return alias;
    const domain = fw.domains.find((d) => {
      const names = [d.id, ...(d.short ? (typeof d.short === 'string' ? [d.short] : Object.values(d.short)) : [])].map(norm);
      return names.includes(n) || names.includes(n.replace(/^d\d+-/, ''));
    });
    return domain ? `domain:${domain.id}` : n ? `series:${h}` : 'skip';
  });
  if (!roles.includes('year')) {
    issue(1, undefined, 'required', { what: 'year' });
    throw new SpbeError('validation', { url: options.url, issues, params: { format: 'csv' } });
  }

  // Line numbers: a quoted field with newlines spans several lines of the file.
  let line = 1 + (header.join('').match(/\n/g)?.length ?? 0);
  const records = rows.slice(1).map((cells) => {
    line += 1;
    const at = line;
    line += cells.join('').match(/\n/g)?.length ?? 0;
    return { at, cells };
  });

  const numeric = (role: string | undefined) => !!role && (role === 'index' || role === 'target' || role.startsWith('domain:') || role.startsWith('series:'));
  let decimal = options.decimal ?? 'auto';
  if (decimal === 'auto') {
    const cells = records.flatMap((r) => r.cells.filter((c, i) => numeric(roles[i]) && c.trim() !== ''));
    const comma = cells.some((c) => /^-?\d+,\d+$/.test(c.trim()));
    const point = cells.some((c) => /^-?\d+\.\d+$/.test(c.trim()));
    if (comma && point) {
      issue(1, undefined, 'decimal');
      throw new SpbeError('validation', { url: options.url, issues, params: { format: 'csv' } });
    }
    decimal = comma ? 'comma' : 'point';
  }
  const number = (raw: string, at: number, column: string): number | undefined => {
    const s = raw.trim();
    if (s === '') return undefined;
    const n = Number(decimal === 'comma' ? s.replace(',', '.') : s);
    if (!Number.isFinite(n) || (decimal === 'comma' && s.includes('.')) || (decimal === 'point' && s.includes(',')))
      issue(at, column, 'type', { expected: 'number', got: JSON.stringify(s) });
    else if (n < fw.scale.min || n > fw.scale.max)
      issue(at, column, 'range', { ...fw.scale, got: s });
    else return n;
    return undefined;
  };

  const doc: SpbeDocumentInput = { instansi: { name: options.name ?? 'CSV' }, framework: fw.id, evaluations: [], targets: [], comparisons: [] };
  const comparisons = new Map<string, NonNullable<SpbeDocumentInput['comparisons']>[number]>();
  for (const { at, cells } of records) {
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.length !== header.length) {
      issue(at, undefined, 'columns', { got: cells.length, expected: header.length });
      continue;
    }
    const yearCell = cells[roles.indexOf('year')].trim();
    const year = Number(yearCell);
    if (!Number.isInteger(year) || year < 1900 || year > 2100) {
      issue(at, header[roles.indexOf('year')], 'type', { expected: 'year', got: JSON.stringify(yearCell) });
      continue;
    }
    const e: SpbeDocumentInput['evaluations'][number] = { year };
    const domains: Record<string, number> = {};
    cells.forEach((cell, i) => {
      const role = roles[i];
      const text = cell.trim();
      if (role === 'instansi' && text) doc.instansi.name = options.name ?? text;
      else if ((role === 'predikat' || role === 'source' || role === 'note') && text) e[role] = text;
      else if (numeric(role)) {
        const v = number(cell, at, header[i]);
        if (v === undefined) return;
        if (role === 'index') e.index = v;
        else if (role === 'target') doc.targets!.push({ year, value: v, label: 'Target' });
        else if (role.startsWith('domain:')) domains[role.slice(7)] = v;
        else {
          const label = role.slice(7);
          if (!comparisons.has(label)) comparisons.set(label, { id: norm(label), label, evaluations: [] });
          comparisons.get(label)!.evaluations.push({ year, index: v });
        }
      }
    });
    if (Object.keys(domains).length) e.domains = domains;
    if (e.index !== undefined || e.domains) doc.evaluations.push(e);
  }
  if (issues.length) throw new SpbeError('validation', { url: options.url, issues, params: { format: 'csv' } });
  doc.comparisons = [...comparisons.values()];
  return doc;
}

/** Whether a response is CSV: its content type says so, or its URL ends in `.csv` and it is not JSON. */
export function isCsv(url: string | undefined, type: string, text: string): boolean {
  if (/csv|tab-separated/i.test(type)) return true;
  return !!url && /\.(csv|tsv)$/i.test(new URL(url, document.baseURI).pathname) && !/^\s*[[{]/.test(text);
}
