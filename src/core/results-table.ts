import { atLine, parseResultsCsv, type TableEntry } from './csv.js';
import { MAX_ISSUES, SpbeError, type SpbeIssue } from './errors.js';
import { parseSpbeResults, validatedAs, type SpbeResults } from './results.js';
import type { Lang } from './types.js';

/** A row of the table left out, with what it was: a caller shows it where it matters. */
export interface SkippedRow {
  line: number;
  /** The instansi and year, when the row names them. */
  instansi?: TableEntry['instansi'];
  year?: number;
}

/** A table read with some rows left out: the rows, and one `validation` error listing why. */
export interface Skipped {
  rows: SkippedRow[];
  error: SpbeError;
}

/**
 * The official result table as a results collection's JSON, for `<spbe-ranking src="hasil.csv">`:
 * the CSV read by `parseResultsCsv`, then checked by the collection's own validator. A row with a
 * problem (a cell off the scale, a year twice) is left out and said so (`skipped`), every problem
 * named by its line and column (`line 212, D4_layanan`), never by a path the file does not have; the
 * rest is ranked. `input` is the collection's JSON, `results` the same validated (`parseSpbeResults`
 * returns them for `input` without checking it again); `lines[i][k]` is the line of `results[i]`'s
 * evaluation k. Throws when nothing is left, or for a file that is not such a table. Loaded on
 * demand, only for a CSV source (it brings d3-dsv).
 */
export function resultsFromCsv(text: string, url?: string): { input: unknown; results: SpbeResults; skipped?: Skipped; lines: number[][] } {
  const table = parseResultsCsv(text, { url });
  const issues: SpbeIssue[] = [...table.issues];
  const rows: SkippedRow[] = table.issues.map((i) => ({ line: Number(i.params.line) }));
  const leaveOut = (entry: TableEntry, bad: SpbeIssue[]) => {
    const lines = new Set(bad.map((i) => Number(i.params.line)));
    entry.lines.forEach((line, k) => lines.has(line) && rows.push({ line, instansi: entry.instansi, year: entry.evaluations[k].year }));
    entry.evaluations = entry.evaluations.filter((_, k) => !lines.has(entry.lines[k]));
    entry.lines = entry.lines.filter((line) => !lines.has(line));
    issues.push(...bad);
  };
  let entries = table.entries;
  for (const e of entries) leaveOut(e, e.issues);
  // The validator sees what the reader cannot (a year twice): its paths become lines, those rows go.
  for (let pass = 0; ; pass++) {
    entries = entries.filter((e) => e.evaluations.length);
    const input = { results: entries.map(({ instansi, evaluations }) => ({ instansi, evaluations })) };
    let results: SpbeResults;
    try {
      results = parseSpbeResults(input, url);
    } catch (e) {
      if (!(e instanceof SpbeError)) throw e;
      // A problem the file's lines cannot name (`results: empty`, when nothing is left) ends it.
      const byEntry = new Map<TableEntry, SpbeIssue[]>();
      for (const i of e.issues) {
        const [, k, rest = ''] = /^results\[(\d+)\]\.?(.*)$/.exec(i.path) ?? [];
        const entry = k === undefined ? undefined : entries[Number(k)];
        const at = entry && atLine(rest, entry.lines);
        if (!at || pass > 1) throw new SpbeError('validation', { url, issues: [...issues, i].slice(0, MAX_ISSUES), params: { format: 'csv' } });
        byEntry.set(entry!, [...(byEntry.get(entry!) ?? []), { ...i, path: at.path, params: { ...i.params, line: at.line } }]);
      }
      for (const [entry, bad] of byEntry) leaveOut(entry, bad);
      continue;
    }
    rows.sort((a, b) => a.line - b.line);
    issues.sort((a, b) => Number(a.params.line) - Number(b.params.line));
    const total = rows.length + entries.reduce((n, e) => n + e.evaluations.length, 0);
    const error = new SpbeError('validation', { url, issues: issues.slice(0, MAX_ISSUES), params: { format: 'csv', what: 'rows', skipped: rows.length, total } });
    validatedAs(input, results);
    return { input, results, skipped: rows.length ? { rows, error } : undefined, lines: entries.map((e) => e.lines) };
  }
}

const NOTE = {
  id: { rows: 'Baris yang tidak sah dilewati: {rows}. Peringkat ini dihitung tanpanya.', line: 'baris' },
  en: { rows: 'Invalid rows left out: {rows}. This ranking is computed without them.', line: 'line' },
};

/**
 * The rows left out that a ranking of `years` among the instansi `within` its filter would have
 * had, in words (`Pemerintah Kab. Banyuasin 2023 (baris 212)`); '' when none: a row of another
 * province or year is the page's business (the partial `spbe-error`), not the reader's.
 */
export function skippedNote(skipped: Skipped, within: (i: TableEntry['instansi']) => boolean, years: Array<number | undefined>, lang: Lang): string {
  const here = skipped.rows.filter((r) => r.instansi && within(r.instansi) && years.includes(r.year));
  const w = NOTE[lang];
  return here.length ? w.rows.replace('{rows}', here.map((r) => `${r.instansi!.name} ${r.year} (${w.line} ${r.line})`).join(', ')) : '';
}
