import { type Ctx, type FlatFacts, isUnknown, read } from './context.js';
import type { FactKey } from './facts.js';

/**
 * Three-valued logic for legal conditions: true, false, or open because facts are missing
 * (not asked yet) or unknown (the employer does not know). Open results say which facts could
 * still flip them, so only those are asked.
 */
export interface Open {
  readonly missing: readonly FactKey[];
  readonly unknown: readonly FactKey[];
}
export type Tri = boolean | Open;

export const isOpen = (t: Tri): t is Open => typeof t === 'object';

export function openOn(ctx: Ctx, keys: readonly FactKey[]): Open {
  return { missing: keys.filter((k) => !isUnknown(ctx, k)), unknown: keys.filter((k) => isUnknown(ctx, k)) };
}

/** A condition on one fact; open while the fact is absent. */
export function triOf<K extends FactKey>(ctx: Ctx, key: K, test: (value: NonNullable<FlatFacts[K]>) => boolean): Tri {
  const value = read(ctx, key);
  return value === undefined || value === null ? openOn(ctx, [key]) : test(value as NonNullable<FlatFacts[K]>);
}

function merge(a: Open, b: Open): Open {
  const union = (x: readonly FactKey[], y: readonly FactKey[]) => [...new Set([...x, ...y])];
  return { missing: union(a.missing, b.missing), unknown: union(a.unknown, b.unknown) };
}

export function and(...terms: Tri[]): Tri {
  if (terms.includes(false)) return false;
  const open = terms.filter(isOpen);
  return open.length === 0 ? true : open.reduce(merge);
}

export function or(...terms: Tri[]): Tri {
  if (terms.includes(true)) return true;
  const open = terms.filter(isOpen);
  return open.length === 0 ? false : open.reduce(merge);
}

export const not = (t: Tri): Tri => (isOpen(t) ? t : !t);
