import { type Ctx, dateRange } from '../context.js';
import type { IsoDate } from '../facts.js';
import { dateTri, type Tri } from '../tri.js';

/**
 * Was the asylum application made after `cutoff`? The application date decides; without it, an
 * entry into Germany after the cut-off settles it, since no application here can precede the entry.
 * A partial date decides only when its whole range lies on one side of the cut-off.
 */
export function appliedAfter(ctx: Ctx, cutoff: IsoDate): Tri {
  const entry = dateRange(ctx, 'entryDate');
  if (ctx.given.asylumAppliedOn === undefined && entry !== undefined && entry.first > cutoff) return true;
  return dateTri(ctx, 'asylumAppliedOn', (d) => d > cutoff);
}

/** Entered Germany after `cutoff` on every reading of the entry date (so not present on that day). */
export function enteredAfter(ctx: Ctx, cutoff: IsoDate): boolean {
  const entry = dateRange(ctx, 'entryDate');
  return entry !== undefined && entry.first > cutoff;
}
