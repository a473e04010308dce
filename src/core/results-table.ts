import { parseResultsCsv } from './csv.js';
import { SpbeError, type SpbeIssue } from './errors.js';
import { parseSpbeResults } from './results.js';

/**
 * The official result table as a results collection's JSON, for `<spbe-ranking src="hasil.csv">`:
 * the CSV read by `parseResultsCsv`, then checked by the collection's own validator, with every
 * problem named by its line and column (`line 212, D4_layanan`), never by a path the file does not
 * have. Any problem is an error: a ranking with a row left out would rank the others wrong.
 * Loaded on demand, only for a CSV source (it brings d3-dsv).
 */
export function resultsFromCsv(text: string, url?: string): unknown {
  const { entries, issues } = parseResultsCsv(text, { url });
  const fail = (list: SpbeIssue[]) => {
    const sorted = [...list].sort((a, b) => Number(a.params.line ?? 0) - Number(b.params.line ?? 0));
    throw new SpbeError('validation', { url, issues: sorted.slice(0, 50), params: { format: 'csv' } });
  };
  const found = [...issues, ...entries.flatMap((e) => e.issues)];
  if (found.length) fail(found);
  const input = { results: entries.map(({ instansi, evaluations }) => ({ instansi, evaluations })) };
  try {
    parseSpbeResults(input, url);
  } catch (e) {
    if (!(e instanceof SpbeError)) throw e;
    // `results[3].evaluations[1].year` -> the line of that row.
    fail(
      e.issues.map((i) => {
        const m = /^results\[(\d+)\](?:\.evaluations\[(\d+)\])?\.?(.*)$/.exec(i.path);
        const line = m && entries[Number(m[1])]?.lines[Number(m[2] ?? 0)];
        return line ? { ...i, path: `line ${line}${m[3] ? `, ${m[3]}` : ''}`, params: { ...i.params, line } } : i;
      }),
    );
  }
  return input;
}
