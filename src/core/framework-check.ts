/**
 * The check of a framework object that a document brings inline. Most documents name a built-in
 * preset, so widgets load this module only when a document has its own framework (0.9 KB gzip of a
 * widget's budget); `spbe-widgets/core` imports it, so `parseSpbeDocument` there reads any document.
 */
import { add, at, checked, each, fields, issueCount, obj, registerFrameworkCheck, type Kind } from './validate.js';
import type { Framework, FrameworkBand, Text } from './types.js';

type Obj = Record<string, unknown>;
type Scale = Framework['scale'];

const WEIGHT_TOLERANCE = 0.01;
const round3 = (v: number) => Math.round(v * 1000) / 1000;

interface Node {
  id: string;
  label?: Text;
  short?: Text;
  weight: number;
  parent?: string;
  children?: string[];
  path: string;
}

/**
 * Checks a framework object: first its shape, then (when the shape is right) a rising band ladder
 * inside the scale, references that resolve, and weights that add up: domains to 100, each domain's
 * aspects to it, each aspect's indicators to it.
 */
function framework(v: unknown, path: string): Framework | undefined {
  const before = issueCount();
  const o = obj(v, path);
  if (!o) return undefined;
  const head = fields<{ id: string; label?: Text; index?: Text; source?: string }>(o, path, { id: 'str!', label: 'text', index: 'text', source: 'str' });
  const sp = at(path, 'scale');
  const scale = fields<Scale>(obj(o.scale, sp) ?? {}, sp, { min: 'num', max: 'num' });
  const bands = each(o.bands, at(path, 'bands'), true, (b, p) => {
    const f = fields<FrameworkBand>(b, p, { id: 'str!', label: 'text', min: 'num' });
    return { id: f.id, label: f.label ?? f.id, min: f.min };
  });
  const nodes = (key: string, parentKey?: string, childKey?: string, seen = new Set<string>()) =>
    each(o[key], at(path, key), key === 'domains', (x, p): Node => {
      const spec: Record<string, Kind> = { label: 'text', short: 'text', weight: 'weight' };
      if (parentKey) spec[parentKey] = 'str!';
      if (childKey) spec[childKey] = 'ids';
      const f = fields<Obj>(x, p, spec);
      if (x.id === undefined) add(at(p, 'id'), 'required');
      const id = String(x.id);
      // An id twice would leave the calculator to pick one of the two weights.
      if (seen.has(id)) add(at(p, 'id'), 'duplicate', { what: key.slice(0, -1), got: JSON.stringify(id) });
      seen.add(id);
      // Domains always have a label (their id at least); aspects and indicators may leave it to labelOf().
      const label = (f.label as Text | undefined) ?? (key === 'domains' ? id : undefined);
      const node: Node = { id, ...(label !== undefined && { label }), weight: f.weight as number, path: p };
      if (f.short) node.short = f.short as Text;
      if (parentKey) node.parent = f[parentKey] as string;
      if (childKey) node.children = f[childKey] as string[];
      return node;
    });
  const domains = nodes('domains', undefined, 'aspects');
  const aspects = nodes('aspects', 'domain', 'indicators');
  const indicators = nodes('indicators', 'aspect');
  if (issueCount() > before) return undefined;

  if (scale.max <= scale.min) add(at(sp, 'max'), 'range', { min: `> ${scale.min}`, max: '…', got: scale.max });
  if (!(bands.length && bands[0].min === scale.min && bands.every((b, i) => !i || (b.min > bands[i - 1].min && b.min < scale.max))))
    add(at(path, 'bands'), 'bands', { min: scale.min, got: bands.map((b) => b.min).join(', ') });
  const kids = (xs: Node[], p: Node) => xs.filter((x) => x.parent === p.id);
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
  domains.forEach((d) => sums(at(d.path, 'weight'), kids(aspects, d), d.weight));
  aspects.forEach((a) => sums(at(a.path, 'weight'), kids(indicators, a), a.weight));
  if (issueCount() > before) return undefined;

  // Children may be listed on the parent, or found through each child's parent reference.
  const childIds = (xs: Node[], p: Node) => (p.children?.length ? p.children : kids(xs, p).map((x) => x.id));
  const plain = ({ path: _p, children: _c, parent: _r, ...n }: Node) => n;
  return {
    ...head,
    label: head.label ?? head.id,
    scale,
    bands,
    domains: domains.map((d) => ({ ...plain(d), aspects: childIds(aspects, d) })),
    aspects: aspects.map((a) => ({ ...plain(a), domain: a.parent, indicators: childIds(indicators, a) })),
    indicators: indicators.map((x) => ({ ...plain(x), aspect: x.parent })),
  } as Framework;
}


registerFrameworkCheck(framework);

/** Validates a framework object on its own (a document's inline `framework` goes through the same check). */
export function parseFramework(input: unknown): Framework {
  return checked(() => framework(input, 'framework'));
}
