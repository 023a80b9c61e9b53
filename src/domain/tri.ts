import { type Ctx, dateRange, type FlatFacts, isUnknown, read } from './context.js';
import type { DateFactKey, FactKey, IsoDate } from './facts.js';

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

/**
 * A condition on a date fact that may be partial (`2025`, `2025-05`): decided when both ends of the
 * range give the same answer, otherwise open on that fact, as if it were missing — the month or day
 * decides. Conditions must be monotone in the date (a cut-off or a deadline), as all legal ones are.
 */
export function dateTri(ctx: Ctx, key: DateFactKey, test: (date: IsoDate) => boolean): Tri {
  const range = dateRange(ctx, key);
  if (range === undefined) return openOn(ctx, [key]);
  const first = test(range.first);
  return first === test(range.last) ? first : openOn(ctx, [key]);
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
