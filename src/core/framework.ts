import { permenpanrb592020 } from './frameworks/permenpanrb-59-2020.js';
import type { Framework } from './types.js';

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

export { permenpanrb592020 };
