import { bandFor, bandNamed, completeLevels, PUBLISHED_TOLERANCE } from './calculate.js';
import { MAX_ISSUES, SpbeError, type IssueCode, type SpbeIssue } from './errors.js';
import { frameworkIds, getFramework } from './framework.js';
import type { Comparison, Evaluation, Framework, SpbeData, Target } from './types.js';

type Obj = Record<string, unknown>;
type Scale = Framework['scale'];
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const IDENT = /^[A-Za-z_$][\w$]*$/;

/** `a` + `b` -> `a.b`; `a` + `tata-kelola` -> `a["tata-kelola"]`; `a` + 1 -> `a[1]`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (IDENT.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}
export const at = joinPath;

/**
 * How a bad value reads in a message, the same in every language: strings quoted (and cut at 40
 * characters), an array as `[…]`, an object as `{…}`, anything else as written.
 */
export function describeValue(v: unknown): string {
  if (Array.isArray(v)) return '[…]';
  if (v && typeof v === 'object') return '{…}';
  return typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : String(v);
}

// The problems of the parse under way, in document order. Parsing is synchronous and not re-entrant,
// so one module-level list serves it and keeps every checker's signature short.
let sink: SpbeIssue[] = [];
// Every problem counts, also those past the list's cap: checkers compare counts before and after to
// drop what failed, and the 51st bad entry must be dropped like the first.
let found = 0;
/** How many problems the parse under way has found so far (the list keeps the first 50). */
export const issueCount = () => found;
/**
 * Records a problem at `path`, or at `path` joined with `key`: the checkers pass the two apart, so a
 * path is joined only for a problem (joining it for every field was an eighth of a cold check of
 * the national results).
 */
export function add(path: string, code: IssueCode, params: Record<string, string | number> = {}, key?: string | number): void {
  found++;
  if (sink.length < MAX_ISSUES) sink.push({ path: key === undefined ? path : at(path, key), code, params });
}

/** `v` if `ok`, else an issue: `required` when nothing was given, `type` otherwise. */
function typed<T>(v: unknown, path: string, ok: boolean, expected: string, key?: string): T | undefined {
  if (ok) return v as T;
  add(path, v === undefined ? 'required' : 'type', { expected, got: describeValue(v) }, key);
  return undefined;
}
export const obj = (v: unknown, p: string) => typed<Obj>(v, p, isObj(v), 'object');

function num(v: unknown, path: string, min: number, max: number, key?: string): number | undefined {
  if (Number.isFinite(v) && (v as number) >= min && (v as number) <= max) return v as number;
  add(path, 'range', { min, max, got: describeValue(v) }, key);
  return undefined;
}

/**
 * Field kinds, as the fields of one object are declared: `year` (whole, 1900-2100), `str` (optional),
 * `str!` (required, not blank), `text` (optional string or language map), `num`, `weight` (0-100),
 * `scale` and `scale?` (on the framework's scale), `ids` (optional array of ids).
 */
export type Kind = 'year' | 'str' | 'str!' | 'text' | 'num' | 'weight' | 'scale' | 'scale?' | 'ids';
const OPTIONAL: readonly Kind[] = ['str', 'text', 'scale?', 'ids'];

/** Field `key` of the object at `p`, of kind `kind`: its value, or undefined (absent, or an issue). */
function read(kind: Kind, v: unknown, p: string, key: string, scale?: Scale): unknown {
  if (v === undefined && OPTIONAL.includes(kind)) return undefined;
  switch (kind) {
    case 'year':
      return typed(v, p, Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2100, 'year', key);
    case 'str':
    case 'str!':
      return typed(v, p, typeof v === 'string' && (kind === 'str' || v.trim() !== ''), 'string', key);
    case 'text':
      return typed(v, p, typeof v === 'string' || (isObj(v) && Object.values(v).every((x) => typeof x === 'string')), 'text', key);
    case 'ids':
      return typed<unknown[]>(v, p, Array.isArray(v), 'array', key)?.map(String);
    case 'num':
      return num(v, p, -Infinity, Infinity, key);
    case 'weight':
      return num(v, p, 0, 100, key);
    default:
      return num(v, p, scale!.min, scale!.max, key);
  }
}

/** The declared fields of `o` that are present and valid (absent optional ones are left out). */
export function fields<T>(o: Obj, p: string, spec: Readonly<Record<string, Kind>>, scale?: Scale): T {
  const out: Obj = {};
  // Own keys only: a page may have added enumerable ones to Object.prototype.
  for (const key in spec) {
    if (!Object.hasOwn(spec, key)) continue;
    const v = read(spec[key], o[key], p, key, scale);
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

const META = { source: 'str', note: 'str' } as const;
// The fields of an evaluation and of an instansi, declared once (a collection checks 1 236 of each).
const EVALUATION = { year: 'year', index: 'scale?', predikat: 'str', ...META } as const;
export const INSTANSI = { name: 'str!', code: 'str', kind: 'str', province: 'str' } as const;

/** The objects of an array, each checked by `fn` with its path; failed ones are left out. */
export function each<T>(v: unknown, path: string, required: boolean, fn: (o: Obj, path: string) => T | undefined): T[] {
  if (v === undefined && !required) return [];
  const out: T[] = [];
  typed<unknown[]>(v, path, Array.isArray(v), 'array')?.forEach((x, i) => {
    const p = at(path, i);
    const o = obj(x, p);
    const r = o && fn(o, p);
    if (r !== undefined) out.push(r);
  });
  return out;
}

/** `each` for yearly entries: one per year (a repeat is an error at its own path), sorted by year. */
function yearly<T extends { year: number }>(v: unknown, path: string, required: boolean, fn: (o: Obj, path: string) => T | undefined): T[] {
  const seen = new Set<number>();
  return each(v, path, required, (o, p) => {
    const r = fn(o, p);
    if (r && seen.has(r.year)) add(at(p, 'year'), 'duplicate', { got: r.year });
    if (r) seen.add(r.year);
    return r;
  }).sort((a, b) => a.year - b.year);
}

/** A map from known ids to scale values, e.g. `domains`. Unknown ids are errors. */
export function levels(v: unknown, path: string, known: readonly { id: string }[], what: string, scale: Scale, whole = false) {
  const out: Record<string, number> = {};
  const o = (v === undefined ? undefined : obj(v, path)) ?? {};
  for (const key of Object.keys(o)) {
    const x = o[key];
    if (!known.some((k) => k.id === key)) add(path, 'unknown', { what, got: JSON.stringify(key), known: known.map((k) => k.id).join(', ') }, key);
    else if (whole && !(Number.isInteger(x) && (x as number) >= scale.min && (x as number) <= scale.max))
      add(path, 'level', { ...scale, got: describeValue(x) }, key);
    else {
      const n = num(x, path, scale.min, scale.max, key);
      if (n !== undefined) out[key] = n;
    }
  }
  return out;
}

type FrameworkCheck = (v: unknown, path: string) => Framework | undefined;
let checkFramework: FrameworkCheck | undefined;

/** Called by `framework-check.js` when it loads: documents may then bring their own framework. */
export function registerFrameworkCheck(fn: FrameworkCheck): void {
  checkFramework = fn;
}

/** Whether `input` brings its own framework object, which needs `framework-check.js` loaded first. */
export function needsFrameworkCheck(input: unknown): boolean {
  return isObj(input) && isObj(input.framework) && !checkFramework;
}

/** One year's result of a document (or of a results collection), completed; undefined if it has problems. */
export function evaluation(o: Obj, p: string, fw: Framework): Evaluation | undefined {
  const before = found;
  const { scale } = fw;
  const f = fields<{ year: number; index?: number; predikat?: string; source?: string; note?: string }>(o, p, EVALUATION, scale);
  const lv = completeLevels(fw, {
    domains: levels(o.domains, at(p, 'domains'), fw.domains, 'domain', scale),
    aspects: levels(o.aspects, at(p, 'aspects'), fw.aspects, 'aspect', scale),
    indicators: levels(o.indicators, at(p, 'indicators'), fw.indicators, 'indicator', scale, true),
  });
  if (f.index === undefined && lv.index === undefined && found === before) add(p, 'no-value');
  if (found > before) return undefined;

  const index = f.index ?? lv.index!;
  // The predikat follows the unrounded index: the computed one, where it agrees with the published.
  const exact = lv.index !== undefined && Math.abs(lv.index - index) <= PUBLISHED_TOLERANCE ? lv.index : index;
  // At a band's edge the published tables differ: 2024 names the band of the unrounded index
  // (1,7985, published 1,80: Kurang), 2023 at times that of the rounded one (1,7963 as 1,80:
  // Cukup). Where the official predikat names the rounded index's band, that band: the colour then
  // agrees with the figure and the word the reader sees. A predikat that names neither (a typo) moves nothing.
  const [own, shown] = [bandFor(exact, fw), bandFor(index, fw)];
  const band = own !== shown && bandNamed(f.predikat, fw) === shown ? shown : own;
  return {
    ...f,
    index,
    indexExact: exact,
    indexOrigin: f.index !== undefined ? 'given' : lv.origin!,
    band,
    domains: lv.domains,
    aspects: lv.aspects,
    indicators: lv.indicators,
  };
}

/**
 * The `instansi` object at `p` (an empty name if it is not an object; the problem is recorded), with
 * the fields of {@link INSTANSI} or of a document kind's own `spec` that adds some (a collection's `group`).
 */
export function instansiAt<T extends SpbeData['instansi']>(v: unknown, p: string, spec: Readonly<Record<string, Kind>> = INSTANSI): T {
  const i = obj(v, p);
  return i ? fields<T>(i, p, spec) : ({ name: '' } as T);
}

/** The document's framework: a preset named by id (the default one if none), or its own, checked. */
export function frameworkOf(o: Obj): Framework | undefined {
  let fw: Framework | undefined;
  if (o.framework === undefined || typeof o.framework === 'string') {
    fw = getFramework(o.framework as string | undefined);
    if (!fw) add('framework', 'unknown', { what: 'framework', got: JSON.stringify(o.framework), known: frameworkIds().join(', ') });
  } else if (checkFramework) fw = checkFramework(o.framework, 'framework');
  // Widgets load framework-check.js before they parse such a document; spbe-widgets/core imports it.
  else throw new Error('framework-check.js not loaded');
  return fw;
}

/** `yearly` for evaluations: required, not empty, each completed with the framework. */
export const evaluationsAt = (v: unknown, p: string, fw: Framework): Evaluation[] => {
  const out = yearly(v, p, true, (e, ep) => evaluation(e, ep, fw));
  if (Array.isArray(v) && !v.length) add(p, 'empty');
  return out;
};

function documentOf(input: unknown): SpbeData | undefined {
  const o = obj(input, '');
  if (!o) return undefined;
  const instansi = instansiAt(o.instansi, 'instansi');
  const fw = frameworkOf(o);
  if (!fw) return undefined;
  const { scale } = fw;

  const evaluations = evaluationsAt(o.evaluations, 'evaluations', fw);
  const targets = yearly(o.targets, 'targets', false, (t, p) => {
    const before = found;
    const f = fields<Target>(t, p, { year: 'year', value: 'scale', label: 'str', ...META }, scale);
    return found > before ? undefined : f;
  });
  const comparisons = each(o.comparisons, 'comparisons', false, (c, p): Comparison | undefined => {
    const before = found;
    const f = fields<{ id: string; label?: string; source?: string }>(c, p, { id: 'str!', label: 'str', source: 'str' });
    const evaluations = yearly(c.evaluations, at(p, 'evaluations'), true, (e, ep) => {
      const ef = fields<{ year: number; index?: number }>(e, ep, { year: 'year', index: 'scale?', ...META }, scale);
      const domains = levels(e.domains, at(ep, 'domains'), fw.domains, 'domain', scale);
      return ef.year === undefined ? undefined : { ...ef, index: ef.index ?? completeLevels(fw, { domains }).index, domains };
    });
    return found > before ? undefined : { ...f, label: f.label ?? f.id, evaluations };
  });
  return { instansi, framework: fw, evaluations, targets, comparisons, ...fields<object>(o, '', META) };
}

/** Runs a check with a fresh issue list; throws one `validation` SpbeError listing them all. */
export function checked<T>(run: () => T | undefined, url?: string): T {
  sink = [];
  found = 0;
  const result = run();
  const issues = sink;
  sink = [];
  if (issues.length || result === undefined) throw new SpbeError('validation', { url, issues });
  return result;
}

/**
 * The boundary: unknown JSON in, a completed {@link SpbeData} out, or a `validation` SpbeError
 * listing every problem (up to 50) with its JSON path. Unknown extra fields are allowed and dropped.
 * Never mutates its input.
 */
export function parseSpbeDocument(input: unknown, url?: string): SpbeData {
  return checked(() => documentOf(input), url);
}
