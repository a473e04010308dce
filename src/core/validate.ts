import { bandFor, completeLevels, PUBLISHED_TOLERANCE } from './calculate.js';
import { MAX_ISSUES, SpbeError, type IssueCode, type SpbeIssue } from './errors.js';
import { frameworkIds, getFramework } from './framework.js';
import type { Comparison, Evaluation, Framework, FrameworkBand, SpbeData, Target, Text } from './types.js';

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
const at = joinPath;

/** How a bad value reads in a message: strings quoted (and cut), containers named. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

// The problems of the parse under way, in document order. Parsing is synchronous and not re-entrant,
// so one module-level list serves it (and keeps every checker's signature short).
let sink: SpbeIssue[] = [];
function add(path: string, code: IssueCode, params: Record<string, string | number> = {}): void {
  if (sink.length < MAX_ISSUES) sink.push({ path, code, params });
}

/** `v` if `ok`, else an issue: `required` when nothing was given, `type` otherwise. */
function typed<T>(v: unknown, path: string, ok: boolean, expected: string): T | undefined {
  if (ok) return v as T;
  add(path, v === undefined ? 'required' : 'type', { expected, got: describeValue(v) });
  return undefined;
}
const obj = (v: unknown, p: string) => typed<Obj>(v, p, isObj(v), 'object');
const str = (v: unknown, p: string, required = false) =>
  v === undefined && !required ? undefined : typed<string>(v, p, typeof v === 'string' && (!required || v.trim() !== ''), 'string');
const year = (v: unknown, p: string) => typed<number>(v, p, Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2100, 'year');
const text = (v: unknown, p: string) =>
  typed<Text>(v, p, typeof v === 'string' || (isObj(v) && Object.values(v).every((x) => typeof x === 'string')), 'text-or-object');

function num(v: unknown, path: string, min: number, max: number): number | undefined {
  if (Number.isFinite(v) && (v as number) >= min && (v as number) <= max) return v as number;
  add(path, 'range', { min, max, got: describeValue(v) });
  return undefined;
}

/** The objects of an array, each checked by `fn` with its path; failed ones are left out. */
function each<T>(v: unknown, path: string, required: boolean, fn: (o: Obj, path: string) => T | undefined): T[] {
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

/** One entry per year: a second entry for a year is an error at its own path. */
function uniqueYear(seen: Set<number>, y: number | undefined, path: string): void {
  if (y === undefined) return;
  if (seen.has(y)) add(at(path, 'year'), 'duplicate', { got: y });
  seen.add(y);
}
const byYear = <T extends { year: number }>(xs: T[]) => xs.sort((a, b) => a.year - b.year);

/** A map from known ids to scale values, e.g. `domains`. Unknown ids are errors. */
function levels(v: unknown, path: string, known: readonly { id: string }[], what: string, scale: Scale, whole = false) {
  const out: Record<string, number> = {};
  const ids = known.map((k) => k.id);
  for (const [key, x] of Object.entries((v === undefined ? undefined : obj(v, path)) ?? {})) {
    const p = at(path, key);
    if (!ids.includes(key)) add(p, 'unknown', { what, got: JSON.stringify(key), known: ids.join(', ') });
    else if (whole && !(Number.isInteger(x) && (x as number) >= scale.min && (x as number) <= scale.max))
      add(p, 'level', { ...scale, got: describeValue(x) });
    else {
      const n = num(x, p, scale.min, scale.max);
      if (n !== undefined) out[key] = n;
    }
  }
  return out;
}

const meta = (o: Obj, p: string) => {
  const source = str(o.source, at(p, 'source'));
  const note = str(o.note, at(p, 'note'));
  return { ...(source !== undefined && { source }), ...(note !== undefined && { note }) };
};

const WEIGHT_TOLERANCE = 0.01;
const round3 = (v: number) => Math.round(v * 1000) / 1000;

interface Node {
  id: string;
  label: Text;
  short?: Text;
  weight: number;
  parent?: string;
  children: string[];
  path: string;
}

/**
 * Checks a framework object: first its shape, then (when the shape is right) a rising band ladder
 * inside the scale, references that resolve, and weights that add up: domains to 100, each domain's
 * aspects to it, each aspect's indicators to it.
 */
function framework(v: unknown, path: string): Framework | undefined {
  const before = sink.length;
  const o = obj(v, path);
  if (!o) return undefined;
  const id = str(o.id, at(path, 'id'), true);
  const label = o.label === undefined ? id : text(o.label, at(path, 'label'));
  const sp = at(path, 'scale');
  const so = obj(o.scale, sp) ?? {};
  const scale = { min: num(so.min, at(sp, 'min'), -Infinity, Infinity)!, max: num(so.max, at(sp, 'max'), -Infinity, Infinity)! };
  const bands = each(o.bands, at(path, 'bands'), true, (b, p) => ({
    id: str(b.id, at(p, 'id'), true)!,
    label: text(b.label ?? b.id, at(p, 'label'))!,
    min: num(b.min, at(p, 'min'), -Infinity, Infinity)!,
  }));
  const nodes = (key: string, parentKey?: string, childKey?: string) =>
    each(o[key], at(path, key), key === 'domains', (x, p): Node => ({
      id: x.id === undefined ? (add(at(p, 'id'), 'required'), '') : String(x.id),
      label: text(x.label ?? x.id, at(p, 'label'))!,
      ...(x.short !== undefined && { short: text(x.short, at(p, 'short')) }),
      weight: num(x.weight, at(p, 'weight'), 0, 100)!,
      parent: parentKey && str(x[parentKey], at(p, parentKey), true),
      children: childKey && x[childKey] !== undefined ? (typed<unknown[]>(x[childKey], at(p, childKey), Array.isArray(x[childKey]), 'array') ?? []).map(String) : [],
      path: p,
    }));
  const domains = nodes('domains', undefined, 'aspects');
  const aspects = nodes('aspects', 'domain', 'indicators');
  const indicators = nodes('indicators', 'aspect');
  if (sink.length > before) return undefined;

  if (scale.max <= scale.min) add(at(sp, 'max'), 'range', { min: `> ${scale.min}`, max: '…', got: scale.max });
  if (!(bands.length && bands[0].min === scale.min && bands.every((b, i) => !i || (b.min > bands[i - 1].min && b.min < scale.max))))
    add(at(path, 'bands'), 'bands', { min: scale.min, got: bands.map((b) => b.min).join(', ') });
  const sums = (p: string, xs: Node[], expected: number) => {
    const got = round3(xs.reduce((s, x) => s + x.weight, 0));
    if (xs.length && Math.abs(got - expected) > WEIGHT_TOLERANCE) add(p, 'weights', { got, expected: round3(expected) });
  };
  const refs = (xs: Node[], parents: Node[], key: string) =>
    xs.forEach((x) => {
      if (!parents.some((p) => p.id === x.parent))
        add(at(x.path, key), 'unknown', { what: key, got: JSON.stringify(x.parent), known: parents.map((p) => p.id).join(', ') });
    });
  sums(at(path, 'domains'), domains, 100);
  refs(aspects, domains, 'domain');
  refs(indicators, aspects, 'aspect');
  const kids = (xs: Node[], p: Node) => xs.filter((x) => x.parent === p.id);
  domains.forEach((d) => sums(at(d.path, 'weight'), kids(aspects, d), d.weight));
  aspects.forEach((a) => sums(at(a.path, 'weight'), kids(indicators, a), a.weight));
  if (sink.length > before) return undefined;

  const childIds = (xs: Node[], p: Node) => (p.children.length ? p.children : kids(xs, p).map((x) => x.id));
  const common = (n: Node) => ({ id: n.id, label: n.label, ...(n.short && { short: n.short }) });
  return {
    id: id!,
    label: label!,
    ...(typeof o.source === 'string' && { source: o.source }),
    scale,
    bands: bands as FrameworkBand[],
    domains: domains.map((d) => ({ ...common(d), weight: d.weight, aspects: childIds(aspects, d) })),
    aspects: aspects.map((a) => ({ ...common(a), domain: a.parent!, weight: a.weight, indicators: childIds(indicators, a) })),
    indicators: indicators.map((x) => ({ id: x.id, ...(x.label !== x.id && { label: x.label }), aspect: x.parent!, weight: x.weight })),
  };
}

function evaluation(o: Obj, p: string, fw: Framework, seen: Set<number>): Evaluation | undefined {
  const before = sink.length;
  const y = year(o.year, at(p, 'year'));
  uniqueYear(seen, y, p);
  const { scale } = fw;
  const index = o.index === undefined ? undefined : num(o.index, at(p, 'index'), scale.min, scale.max);
  const predikat = str(o.predikat, at(p, 'predikat'));
  const lv = completeLevels(fw, {
    domains: levels(o.domains, at(p, 'domains'), fw.domains, 'domain', scale),
    aspects: levels(o.aspects, at(p, 'aspects'), fw.aspects, 'aspect', scale),
    indicators: levels(o.indicators, at(p, 'indicators'), fw.indicators, 'indicator', scale, true),
  });
  const m = meta(o, p);
  if (index === undefined && lv.index === undefined && sink.length === before) add(p, 'no-value');
  if (sink.length > before) return undefined;

  const value = index ?? lv.index!;
  // The predikat follows the unrounded index: the computed one, where it agrees with the published.
  const exact = lv.index !== undefined && (index === undefined || Math.abs(lv.index - index) <= PUBLISHED_TOLERANCE) ? lv.index : value;
  return {
    year: y!,
    index: value,
    indexExact: exact,
    indexOrigin: index !== undefined ? 'given' : lv.origin!,
    band: bandFor(exact, fw),
    ...(predikat !== undefined && { predikat }),
    domains: lv.domains,
    aspects: lv.aspects,
    indicators: lv.indicators,
    ...m,
  };
}

function documentOf(input: unknown): SpbeData | undefined {
  const o = obj(input, '');
  if (!o) return undefined;
  const i = obj(o.instansi, 'instansi');
  const instansi = {
    name: str(i?.name, 'instansi.name', !!i) ?? '',
    ...(i && { code: str(i.code, 'instansi.code'), kind: str(i.kind, 'instansi.kind'), province: str(i.province, 'instansi.province') }),
  };
  let fw: Framework | undefined;
  if (o.framework === undefined || typeof o.framework === 'string') {
    fw = getFramework(o.framework as string | undefined);
    if (!fw) add('framework', 'unknown', { what: 'framework', got: JSON.stringify(o.framework), known: frameworkIds().join(', ') });
  } else fw = framework(o.framework, 'framework');
  if (!fw) return undefined;
  const { scale } = fw;

  const seen = new Set<number>();
  const evaluations = each(o.evaluations, 'evaluations', true, (e, p) => evaluation(e, p, fw, seen));
  if (Array.isArray(o.evaluations) && !o.evaluations.length) add('evaluations', 'empty');

  const targetYears = new Set<number>();
  const targets = each(o.targets, 'targets', false, (t, p): Target | undefined => {
    const y = year(t.year, at(p, 'year'));
    uniqueYear(targetYears, y, p);
    const value = num(t.value, at(p, 'value'), scale.min, scale.max);
    const label = str(t.label, at(p, 'label'));
    const m = meta(t, p);
    return y === undefined || value === undefined ? undefined : { year: y, value, ...(label !== undefined && { label }), ...m };
  });

  const comparisons = each(o.comparisons, 'comparisons', false, (c, p): Comparison | undefined => {
    const id = str(c.id, at(p, 'id'), true);
    const label = str(c.label, at(p, 'label')) ?? id;
    const source = str(c.source, at(p, 'source'));
    const years = new Set<number>();
    const evs = each(c.evaluations, at(p, 'evaluations'), true, (e, ep) => {
      const y = year(e.year, at(ep, 'year'));
      uniqueYear(years, y, ep);
      const index = e.index === undefined ? undefined : num(e.index, at(ep, 'index'), scale.min, scale.max);
      const domains = levels(e.domains, at(ep, 'domains'), fw.domains, 'domain', scale);
      const m = meta(e, ep);
      return y === undefined ? undefined : { year: y, index: index ?? completeLevels(fw, { domains }).index, domains, ...m };
    });
    return id === undefined ? undefined : { id, label: label!, ...(source !== undefined && { source }), evaluations: byYear(evs) };
  });

  return { instansi, framework: fw, evaluations: byYear(evaluations), targets: byYear(targets), comparisons, ...meta(o, '') };
}

/** Runs a check with a fresh issue list; throws one `validation` SpbeError listing them all. */
function checked<T>(run: () => T | undefined, url?: string): T {
  sink = [];
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

/** Validates a framework object on its own (a document's inline `framework` goes through the same check). */
export function parseFramework(input: unknown): Framework {
  return checked(() => framework(input, 'framework'));
}
