import { text } from './i18n.js';
import type { Framework, FrameworkAspect, FrameworkBand, FrameworkIndicator, Origin } from './types.js';

/**
 * Floating sums of weights x levels land a hair off exact bounds (3.4999999999999996 for 3.5);
 * bands compare after rounding to 9 decimals, far below any published precision.
 */
const EPS_DIGITS = 1e9;
const tidy = (v: number) => Math.round(v * EPS_DIGITS) / EPS_DIGITS;

/** The band holding `value`: lower bound inclusive, upper exclusive, the top band up to the scale's max. */
export function bandFor(value: number, framework: Pick<Framework, 'bands'>): FrameworkBand {
  const v = tidy(value);
  let band = framework.bands[0];
  for (const b of framework.bands) if (v >= b.min) band = b;
  return band;
}

/** The band an official predikat names (its Indonesian name, any case), if any: `Baik`, ` baik `. */
export function bandNamed(predikat: string | undefined, framework: Pick<Framework, 'bands'>): FrameworkBand | undefined {
  const p = predikat?.trim().toLowerCase();
  return p === undefined ? undefined : framework.bands.find((b) => text(b.label, 'id').toLowerCase() === p);
}

/** The upper bound of band `i`: the next band's min, or the scale's max for the last. */
export function bandMax(framework: Pick<Framework, 'bands' | 'scale'>, i: number): number {
  return framework.bands[i + 1]?.min ?? framework.scale.max;
}

interface Weighted {
  id: string;
  weight: number;
}

/** sum(value x weight) / sum(weight) over `items`, or undefined unless every item has a value. */
export function weightedMean(values: Readonly<Record<string, number>>, items: readonly Weighted[]): number | undefined {
  if (items.length === 0) return undefined;
  let sum = 0;
  let weights = 0;
  for (const item of items) {
    const v = values[item.id];
    if (v === undefined) return undefined;
    sum += v * item.weight;
    weights += item.weight;
  }
  return weights > 0 ? sum / weights : undefined;
}

export interface Levels {
  domains: Record<string, number>;
  aspects: Record<string, number>;
  indicators: Record<string, number>;
}

export interface CompletedLevels extends Levels {
  /** The index computed from the parts (unrounded), where every domain is known. */
  index?: number;
  /** The deepest level the index was computed from. */
  origin?: Exclude<Origin, 'given'>;
}

const DEPTH: Record<Exclude<Origin, 'given'>, number> = { domains: 0, aspects: 1, indicators: 2 };

/** Each aspect's indicators and each domain's aspects, in the framework's order. */
export type Parts = [aspects: FrameworkIndicator[][], domains: FrameworkAspect[][]];

/** The items of `ids`, in that order; ids the framework does not have are left out. */
const pick = <T extends { id: string }>(items: T[], ids: string[]) => ids.map((id) => items.find((i) => i.id === id)).filter((i): i is T => i !== undefined);
const partsByFramework = new WeakMap<Framework, Parts>();

/**
 * Each aspect's indicators and each domain's aspects, in the framework's order, found once per
 * framework (a framework is data: it is not changed once used). Found again for every evaluation,
 * they were a sixth of the validation of the national results, cold.
 */
export function partsOf(framework: Framework): Parts {
  let p = partsByFramework.get(framework);
  if (!p) partsByFramework.set(framework, (p = [framework.aspects.map((a) => pick(framework.indicators, a.indicators)), framework.domains.map((d) => pick(framework.aspects, d.aspects))]));
  return p;
}

/**
 * Fills in what the weights allow: aspects from their indicators, domains from their aspects,
 * the index from the domains (PermenPANRB 59/2020, Lampiran I: plain weighted means).
 * Given values are kept as given; a level is computed only where all its parts are known.
 * Never mutates its input.
 */
export function completeLevels(framework: Framework, given: Partial<Levels>): CompletedLevels {
  const indicators = { ...given.indicators };
  const aspects = { ...given.aspects };
  const domains = { ...given.domains };
  const aspectOrigin = new Map<string, Exclude<Origin, 'given'>>();
  const domainOrigin = new Map<string, Exclude<Origin, 'given'>>();
  const [aspectParts, domainParts] = partsOf(framework);

  framework.aspects.forEach((aspect, k) => {
    const v = aspects[aspect.id] === undefined ? weightedMean(indicators, aspectParts[k]) : undefined;
    if (v !== undefined) {
      aspects[aspect.id] = v;
      aspectOrigin.set(aspect.id, 'indicators');
    }
  });
  framework.domains.forEach((domain, k) => {
    const parts = domainParts[k];
    const v = domains[domain.id] === undefined ? weightedMean(aspects, parts) : undefined;
    if (v !== undefined) {
      domains[domain.id] = v;
      const deepest = parts.some((a) => aspectOrigin.get(a.id) === 'indicators') ? 'indicators' : 'aspects';
      domainOrigin.set(domain.id, deepest);
    }
  });
  const index = weightedMean(domains, framework.domains);
  let origin: CompletedLevels['origin'];
  if (index !== undefined) {
    origin = 'domains';
    for (const o of domainOrigin.values()) if (DEPTH[o] > DEPTH[origin]) origin = o;
  }
  return { indicators, aspects, domains, index, origin };
}

/**
 * Published indices are rounded to 2 decimals from domain values that are themselves rounded;
 * all 1 233 complete national rows of 2023-2024 recompute within 0.011 (SPBE.md). Within that,
 * the computed value is the unrounded index the predikat follows.
 */
export const PUBLISHED_TOLERANCE = 0.011;
