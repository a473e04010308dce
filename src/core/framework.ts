import { permenpanrb592020 } from './frameworks/permenpanrb-59-2020.js';
import { text } from './i18n.js';
import type { Framework, Lang, Text } from './types.js';

export const DEFAULT_FRAMEWORK_ID = 'permenpanrb-59-2020';

const registry = new Map<string, Framework>([[permenpanrb592020.id, permenpanrb592020]]);

/** The built-in (or registered) framework with this id. */
export function getFramework(id: string = DEFAULT_FRAMEWORK_ID): Framework | undefined {
  return registry.get(id);
}

/** Ids a document's `framework` may name. */
export function frameworkIds(): string[] {
  return [...registry.keys()];
}

/**
 * Adds a preset a document can name by id, for a page that uses one framework on many widgets.
 * The framework is trusted: validate it first with `parseFramework` if it comes from outside.
 */
export function registerFramework(framework: Framework): void {
  registry.set(framework.id, framework);
}

type Labels = { aspects?: Record<string, Text>; indicators?: Record<string, Text> };
const labels = new Map<string, Labels>();

/** Whether names for a framework's aspects or indicators are registered. */
export const hasLabels = (frameworkId: string) => labels.has(frameworkId);

/** Names for a framework's aspects and indicators kept apart from it (the preset's long names). */
export function registerLabels(frameworkId: string, l: Labels): void {
  labels.set(frameworkId, { ...labels.get(frameworkId), ...l });
}

/**
 * The name of a domain, aspect or indicator in `lang`: its own label, else one registered for its
 * framework (import `spbe-widgets/frameworks/permenpanrb-59-2020-labels` for the preset's aspects,
 * `…-indicator-labels` for its indicators), else its id.
 */
export function labelOf(framework: Framework, kind: 'domain' | 'aspect' | 'indicator', id: string, lang: Lang): string {
  const node = (framework[`${kind}s`] as Array<{ id: string; label?: Text }>).find((n) => n.id === id);
  const registered = kind === 'domain' ? undefined : labels.get(framework.id)?.[`${kind}s`]?.[id];
  return text(node?.label ?? registered, lang) || id;
}

export { permenpanrb592020 };

/** The index's name in `lang`, as its framework gives it ("Indeks SPBE"), else the framework's label. */
export const indexName = (framework: Framework, lang: Lang) => text(framework.index ?? framework.label, lang);
