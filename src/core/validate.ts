import { bandFor, completeLevels, PUBLISHED_TOLERANCE } from './calculate.js';
import { MAX_ISSUES, SpbeError, type IssueCode, type SpbeIssue } from './errors.js';
import { frameworkIds, getFramework } from './framework.js';
import type {
  Comparison,
  ComparisonEvaluation,
  Evaluation,
  Framework,
  FrameworkBand,
  Instansi,
  SpbeData,
  Target,
  Text,
} from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const IDENT = /^[A-Za-z_$][\w$]*$/;

/** `a` + `b` -> `a.b`; `a` + `tata-kelola` -> `a["tata-kelola"]`; `a` + 1 -> `a[1]`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (IDENT.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}

/** How a bad value reads in a message: strings quoted (and cut), containers named. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

/** Collects issues in document order; stops collecting past MAX_ISSUES. */
class Issues {
  readonly list: SpbeIssue[] = [];
  add(path: string, code: IssueCode, params: Record<string, string | number> = {}): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, code, params });
  }
  get count() {
    return this.list.length;
  }
}

function str(v: unknown, path: string, issues: Issues, required = false): string | undefined {
  if (v === undefined) {
    if (required) issues.add(path, 'required');
    return undefined;
  }
  if (typeof v !== 'string') {
    issues.add(path, 'type', { expected: 'string', got: describeValue(v) });
    return undefined;
  }
  if (required && v.trim() === '') issues.add(path, 'empty');
  return v;
}

function num(v: unknown, path: string, issues: Issues, min: number, max: number): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    issues.add(path, 'range', { min, max, got: describeValue(v) });
    return undefined;
  }
  return v;
}

function year(v: unknown, path: string, issues: Issues): number | undefined {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1900 || v > 2100) {
    issues.add(path, v === undefined ? 'required' : 'type', { expected: 'year', got: describeValue(v) });
    return undefined;
  }
  return v;
}

function text(v: unknown, path: string, issues: Issues): Text | undefined {
  if (typeof v === 'string') return v;
  if (isObj(v) && Object.values(v).every((x) => typeof x === 'string')) return v as Record<string, string>;
  issues.add(path, v === undefined ? 'required' : 'type', { expected: 'text-or-object', got: describeValue(v) });
  return undefined;
}

function list(v: unknown, path: string, issues: Issues, required: boolean): unknown[] {
  if (v === undefined && !required) return [];
  if (!Array.isArray(v)) {
    issues.add(path, v === undefined ? 'required' : 'type', { expected: 'array', got: describeValue(v) });
    return [];
  }
  return v;
}

/** A map from known ids to scale values, e.g. `domains`. Unknown ids are errors. */
function levelMap(
  v: unknown,
  path: string,
  issues: Issues,
  known: readonly string[],
  what: string,
  range: { min: number; max: number },
  integer = false,
): Record<string, number> {
  const out: Record<string, number> = {};
  if (v === undefined) return out;
  if (!isObj(v)) {
    issues.add(path, 'type', { expected: 'object', got: describeValue(v) });
    return out;
  }
  for (const [key, value] of Object.entries(v)) {
    const p = joinPath(path, key);
    if (!known.includes(key)) {
      issues.add(p, 'unknown', { what, got: JSON.stringify(key), known: known.join(', ') });
      continue;
    }
    if (integer && !(typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max)) {
      issues.add(p, 'level', { ...range, got: describeValue(value) });
      continue;
    }
    const n = num(value, p, issues, range.min, range.max);
    if (n !== undefined) out[key] = n;
  }
  return out;
}

const WEIGHT_TOLERANCE = 0.01;
const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * Validates a framework object (built-in presets pass it too): ids, references, a rising band
 * ladder inside the scale, and weights that add up (domains to 100, each domain's aspects to it,
 * each aspect's indicators to it).
 */
export function parseFramework(input: unknown, path = 'framework', issues = new Issues()): Framework | undefined {
  const before = issues.count;
  if (!isObj(input)) {
    issues.add(path, 'type', { expected: 'object', got: describeValue(input) });
    return undefined;
  }
  const id = str(input.id, joinPath(path, 'id'), issues, true);
  const label = input.label === undefined ? id : text(input.label, joinPath(path, 'label'), issues);
  const scalePath = joinPath(path, 'scale');
  const scaleIn = isObj(input.scale) ? input.scale : (issues.add(scalePath, 'type', { expected: 'object', got: describeValue(input.scale) }), {});
  const min = num(scaleIn.min, joinPath(scalePath, 'min'), issues, -1e6, 1e6);
  const max = num(scaleIn.max, joinPath(scalePath, 'max'), issues, -1e6, 1e6);
  const scale = { min: min ?? 0, max: max ?? 1 };
  if (min !== undefined && max !== undefined && max <= min)
    issues.add(joinPath(scalePath, 'max'), 'range', { min: `> ${min}`, max: '…', got: max });

  type Node = { id: string; label: Text; short?: Text; weight: number; parent?: string; children: string[] };
  const nodes = (key: string, parentKey: string | undefined, childKey: string | undefined): Node[] => {
    const p = joinPath(path, key);
    const items = list(input[key], p, issues, key === 'domains' || key === 'bands');
    return items.flatMap((raw, i): Node[] => {
      const ip = joinPath(p, i);
      if (!isObj(raw)) {
        issues.add(ip, 'type', { expected: 'object', got: describeValue(raw) });
        return [];
      }
      const nodeId = raw.id === undefined ? undefined : String(raw.id);
      if (nodeId === undefined) issues.add(joinPath(ip, 'id'), 'required');
      const weight = key === 'bands' ? 0 : num(raw.weight, joinPath(ip, 'weight'), issues, 0, 100);
      const children = childKey ? list(raw[childKey], joinPath(ip, childKey), issues, false).map(String) : [];
      const nodeLabel = text(raw.label ?? nodeId, joinPath(ip, 'label'), issues);
      const short = raw.short === undefined ? undefined : text(raw.short, joinPath(ip, 'short'), issues);
      const parent = parentKey ? str(raw[parentKey], joinPath(ip, parentKey), issues, true) : undefined;
      if (key === 'bands') {
        const bmin = num(raw.min, joinPath(ip, 'min'), issues, -1e6, 1e6);
        return nodeId && nodeLabel !== undefined && bmin !== undefined
          ? [{ id: nodeId, label: nodeLabel, weight: bmin, children: [] }]
          : [];
      }
      return nodeId && nodeLabel !== undefined && weight !== undefined
        ? [{ id: nodeId, label: nodeLabel, short, weight, parent, children }]
        : [];
    });
  };

  const bandNodes = nodes('bands', undefined, undefined);
  const bands: FrameworkBand[] = bandNodes.map((b) => ({ id: b.id, label: b.label, min: b.weight }));
  const domains = nodes('domains', undefined, 'aspects');
  const aspects = nodes('aspects', 'domain', 'indicators');
  const indicators = nodes('indicators', 'aspect', undefined);

  if (bands.length > 0) {
    const ok = bands[0].min === scale.min && bands.every((b, i) => i === 0 || (b.min > bands[i - 1].min && b.min < scale.max));
    if (!ok) issues.add(joinPath(path, 'bands'), 'bands', { min: scale.min, got: bands.map((b) => b.min).join(', ') });
  } else if (issues.count === before) issues.add(joinPath(path, 'bands'), 'empty');

  const sum = (xs: Node[]) => round(xs.reduce((s, x) => s + x.weight, 0));
  const checkSum = (p: string, xs: Node[], expected: number) => {
    if (xs.length > 0 && Math.abs(sum(xs) - expected) > WEIGHT_TOLERANCE)
      issues.add(p, 'weights', { got: sum(xs), expected: round(expected) });
  };
  checkSum(joinPath(path, 'domains'), domains, 100);
  const refs = (children: Node[], parents: Node[], childPath: string, parentKey: string, what: string) =>
    children.forEach((c, i) => {
      if (c.parent !== undefined && !parents.some((p) => p.id === c.parent))
        issues.add(joinPath(joinPath(joinPath(path, childPath), i), parentKey), 'unknown', {
          what,
          got: JSON.stringify(c.parent),
          known: parents.map((p) => p.id).join(', '),
        });
    });
  refs(aspects, domains, 'aspects', 'domain', 'domain');
  refs(indicators, aspects, 'indicators', 'aspect', 'aspect');
  domains.forEach((d, i) =>
    checkSum(joinPath(joinPath(joinPath(path, 'domains'), i), 'weight'), aspects.filter((a) => a.parent === d.id), d.weight),
  );
  aspects.forEach((a, i) =>
    checkSum(joinPath(joinPath(joinPath(path, 'aspects'), i), 'weight'), indicators.filter((x) => x.parent === a.id), a.weight),
  );

  if (issues.count > before || id === undefined) return undefined;
  const childrenOf = (xs: Node[], p: Node) =>
    p.children.length ? p.children : xs.filter((x) => x.parent === p.id).map((x) => x.id);
  return {
    id,
    label: label ?? id,
    ...(typeof input.source === 'string' && { source: input.source }),
    scale,
    bands,
    domains: domains.map((d) => ({ id: d.id, label: d.label, ...(d.short && { short: d.short }), weight: d.weight, aspects: childrenOf(aspects, d) })),
    aspects: aspects.map((a) => ({ id: a.id, label: a.label, ...(a.short && { short: a.short }), domain: a.parent!, weight: a.weight, indicators: childrenOf(indicators, a) })),
    indicators: indicators.map((x) => ({ id: x.id, ...(x.label !== x.id && { label: x.label }), aspect: x.parent!, weight: x.weight })),
  };
}

function resolveFramework(v: unknown, issues: Issues): Framework | undefined {
  if (v === undefined) return getFramework();
  if (typeof v === 'string') {
    const fw = getFramework(v);
    if (!fw) issues.add('framework', 'unknown', { what: 'framework', got: JSON.stringify(v), known: frameworkIds().join(', ') });
    return fw;
  }
  return parseFramework(v, 'framework', issues);
}

function sourceNote(raw: Obj, path: string, issues: Issues): { source?: string; note?: string } {
  return { source: str(raw.source, joinPath(path, 'source'), issues), note: str(raw.note, joinPath(path, 'note'), issues) };
}

function yearsUnique<T extends { year: number }>(items: T[], paths: string[], issues: Issues): T[] {
  const seen = new Set<number>();
  items.forEach((item, i) => {
    if (seen.has(item.year)) issues.add(joinPath(paths[i], 'year'), 'duplicate', { got: item.year });
    seen.add(item.year);
  });
  return [...items].sort((a, b) => a.year - b.year);
}

function parseEvaluation(raw: unknown, path: string, fw: Framework, issues: Issues): Evaluation | undefined {
  if (!isObj(raw)) {
    issues.add(path, 'type', { expected: 'object', got: describeValue(raw) });
    return undefined;
  }
  const before = issues.count;
  const y = year(raw.year, joinPath(path, 'year'), issues);
  const range = fw.scale;
  const index = raw.index === undefined ? undefined : num(raw.index, joinPath(path, 'index'), issues, range.min, range.max);
  const predikat = str(raw.predikat, joinPath(path, 'predikat'), issues);
  const given = {
    domains: levelMap(raw.domains, joinPath(path, 'domains'), issues, fw.domains.map((d) => d.id), 'domain', range),
    aspects: levelMap(raw.aspects, joinPath(path, 'aspects'), issues, fw.aspects.map((a) => a.id), 'aspect', range),
    indicators: levelMap(raw.indicators, joinPath(path, 'indicators'), issues, fw.indicators.map((i) => i.id), 'indicator', range, true),
  };
  const meta = sourceNote(raw, path, issues);
  const levels = completeLevels(fw, given);
  if (index === undefined && levels.index === undefined && issues.count === before) issues.add(path, 'no-value');
  if (issues.count > before || y === undefined) return undefined;

  const value = index ?? levels.index!;
  // The predikat follows the unrounded index: use the computed one where it agrees with the published.
  const exact =
    levels.index !== undefined && (index === undefined || Math.abs(levels.index - index) <= PUBLISHED_TOLERANCE)
      ? levels.index
      : value;
  return {
    year: y,
    index: value,
    indexExact: exact,
    indexOrigin: index !== undefined ? 'given' : levels.origin!,
    band: bandFor(exact, fw),
    predikat,
    domains: levels.domains,
    aspects: levels.aspects,
    indicators: levels.indicators,
    ...meta,
  };
}

function parseInstansi(v: unknown, issues: Issues): Instansi {
  if (!isObj(v)) {
    issues.add('instansi', v === undefined ? 'required' : 'type', { expected: 'object', got: describeValue(v) });
    return { name: '' };
  }
  return {
    name: str(v.name, 'instansi.name', issues, true) ?? '',
    code: str(v.code, 'instansi.code', issues),
    kind: str(v.kind, 'instansi.kind', issues),
    province: str(v.province, 'instansi.province', issues),
  };
}

function parseTargets(v: unknown, fw: Framework, issues: Issues): Target[] {
  const paths: string[] = [];
  const out = list(v, 'targets', issues, false).flatMap((raw, i): Target[] => {
    const p = joinPath('targets', i);
    if (!isObj(raw)) {
      issues.add(p, 'type', { expected: 'object', got: describeValue(raw) });
      return [];
    }
    const y = year(raw.year, joinPath(p, 'year'), issues);
    const value = num(raw.value, joinPath(p, 'value'), issues, fw.scale.min, fw.scale.max);
    const label = str(raw.label, joinPath(p, 'label'), issues);
    const meta = sourceNote(raw, p, issues);
    if (y === undefined || value === undefined) return [];
    paths.push(p);
    return [{ year: y, value, label, ...meta }];
  });
  return yearsUnique(out, paths, issues);
}

function parseComparisons(v: unknown, fw: Framework, issues: Issues): Comparison[] {
  return list(v, 'comparisons', issues, false).flatMap((raw, i): Comparison[] => {
    const p = joinPath('comparisons', i);
    if (!isObj(raw)) {
      issues.add(p, 'type', { expected: 'object', got: describeValue(raw) });
      return [];
    }
    const id = str(raw.id, joinPath(p, 'id'), issues, true);
    const label = str(raw.label, joinPath(p, 'label'), issues) ?? id;
    const paths: string[] = [];
    const evaluations = list(raw.evaluations, joinPath(p, 'evaluations'), issues, true).flatMap(
      (e, j): ComparisonEvaluation[] => {
        const ep = joinPath(joinPath(p, 'evaluations'), j);
        if (!isObj(e)) {
          issues.add(ep, 'type', { expected: 'object', got: describeValue(e) });
          return [];
        }
        const y = year(e.year, joinPath(ep, 'year'), issues);
        const index = e.index === undefined ? undefined : num(e.index, joinPath(ep, 'index'), issues, fw.scale.min, fw.scale.max);
        const domains = levelMap(e.domains, joinPath(ep, 'domains'), issues, fw.domains.map((d) => d.id), 'domain', fw.scale);
        const meta = sourceNote(e, ep, issues);
        if (y === undefined) return [];
        paths.push(ep);
        return [{ year: y, index: index ?? completeLevels(fw, { domains }).index, domains, ...meta }];
      },
    );
    const source = str(raw.source, joinPath(p, 'source'), issues);
    return id ? [{ id, label: label ?? id, source, evaluations: yearsUnique(evaluations, paths, issues) }] : [];
  });
}

/**
 * The boundary: unknown JSON in, a completed {@link SpbeData} out, or a `validation` SpbeError
 * listing every problem with its JSON path. Unknown extra fields are allowed and dropped.
 * Never mutates its input.
 */
export function parseSpbeDocument(input: unknown, url?: string): SpbeData {
  const issues = new Issues();
  if (!isObj(input)) {
    issues.add('', 'type', { expected: 'object', got: describeValue(input) });
    throw validationError(issues, url);
  }
  const instansi = parseInstansi(input.instansi, issues);
  const fw = resolveFramework(input.framework, issues);
  if (!fw) throw validationError(issues, url);

  const paths: string[] = [];
  const rawEvaluations = list(input.evaluations, 'evaluations', issues, true);
  if (Array.isArray(input.evaluations) && rawEvaluations.length === 0) issues.add('evaluations', 'empty');
  const evaluations = rawEvaluations.flatMap((raw, i) => {
    const p = joinPath('evaluations', i);
    const e = parseEvaluation(raw, p, fw, issues);
    if (!e) return [];
    paths.push(p);
    return [e];
  });
  const data: SpbeData = {
    instansi,
    framework: fw,
    evaluations: yearsUnique(evaluations, paths, issues),
    targets: parseTargets(input.targets, fw, issues),
    comparisons: parseComparisons(input.comparisons, fw, issues),
    ...sourceNote(input, '', issues),
  };
  if (issues.count > 0) throw validationError(issues, url);
  return data;
}

function validationError(issues: Issues, url?: string): SpbeError {
  return new SpbeError('validation', { url, issues: issues.list });
}
