import type { Evaluation, Framework, Instansi, Text } from './types.js';
import { add, at, each, evaluationsAt, fields, frameworkOf, INSTANSI, instansiAt, levels, obj, checked } from './validate.js';

/** An instansi of a results collection: its `group` is the report's table (Kementerian, Pemerintah Daerah, …). */
export interface ResultInstansi extends Instansi {
  group?: string;
}

/** One year's result in a collection; `damaged` marks a row the source lost part of (the note says what). */
export interface ResultEvaluation extends Evaluation {
  damaged?: boolean;
  /** The name as that year's table spells it, where it differs from the instansi's name. */
  publishedName?: string;
}

export interface ResultEntry {
  instansi: ResultInstansi;
  evaluations: ResultEvaluation[];
}

/** The national figures of a year: the national index (the report's Tabel 4) and the averages. */
export interface NationalYear {
  year: number;
  index: number;
  domains: Record<string, number>;
  pemdaAverage?: number;
  pusatAverage?: number;
  source?: string;
}

/**
 * A validated results collection (`schema/spbe-results.v1.schema.json`): many instansi, each in the
 * data document's shape, under one framework, with the national figures by year.
 */
export interface SpbeResults {
  title?: Text;
  framework: Framework;
  results: ResultEntry[];
  national: NationalYear[];
  source?: string;
  note?: string;
}

const RESULT_INSTANSI = { ...INSTANSI, group: 'str' } as const;
const PUBLISHED_NAME = { publishedName: 'str' } as const;

function collectionOf(input: unknown): SpbeResults | undefined {
  // A single data document is a collection of one.
  const one = obj(input, '');
  if (!one) return undefined;
  const o = one.results === undefined ? { framework: one.framework, source: one.source, results: [one] } : one;
  const fw = frameworkOf(o);
  if (!fw) return undefined;
  const { scale } = fw;
  const results = each(o.results, 'results', true, (r, p): ResultEntry | undefined => {
    const instansi = instansiAt<ResultInstansi>(r.instansi, at(p, 'instansi'), RESULT_INSTANSI);
    const raws = r.evaluations as Record<string, unknown>[];
    const evaluations = evaluationsAt(raws, at(p, 'evaluations'), fw).map((e): ResultEvaluation => {
      // The raw entry of this evaluation, for the two fields a collection adds: evaluations come
      // back sorted by year, so its place in the file (for the message's path) is looked up.
      const k = raws.findIndex((x) => x.year === e.year);
      const raw = raws[k];
      const extra = fields<{ publishedName?: string }>(raw, at(at(p, 'evaluations'), k), PUBLISHED_NAME);
      return raw.damaged === true ? { ...e, ...extra, damaged: true } : { ...e, ...extra };
    });
    return { instansi, evaluations };
  });
  if (Array.isArray(o.results) && !o.results.length) add('results', 'empty');
  const national = each(o.national, 'national', false, (n, p): NationalYear | undefined => {
    const f = fields<NationalYear>(n, p, { year: 'year', index: 'scale', pemdaAverage: 'scale?', pusatAverage: 'scale?', source: 'str' }, scale);
    return f.year === undefined || f.index === undefined ? undefined : { ...f, domains: levels(n.domains, at(p, 'domains'), fw.domains, 'domain', scale) };
  });
  const meta = fields<{ source?: string; note?: string; title?: Text }>(o, '', { source: 'str', note: 'str', title: 'text' });
  return { ...meta, framework: fw, results, national };
}

/**
 * JSON this module's callers have validated already, with its collection: the CSV reader checks the
 * table it builds and hands the widget that same JSON, which is not checked a second time (1 236
 * rows: 20 to 40 ms on a desktop). Only the reader puts entries here, never a page's own object,
 * which the page could change between two uses.
 */
const checkedBefore = new WeakMap<object, SpbeResults>();

/** Records that `input` validated as `results` (for {@link parseSpbeResults} to return them). */
export function validatedAs(input: object, results: SpbeResults): void {
  checkedBefore.set(input, results);
}

/**
 * The boundary for results collections: unknown JSON in, a completed {@link SpbeResults} out, or one
 * `validation` SpbeError listing every problem with its path (`results[3].evaluations[0].index`).
 * A single data document is read as a collection of one.
 */
export function parseSpbeResults(input: unknown, url?: string): SpbeResults {
  return checkedBefore.get(input as object) ?? checked(() => collectionOf(input), url);
}
