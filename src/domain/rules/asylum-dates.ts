import type { Ctx } from '../context.js';
import type { IsoDate } from '../facts.js';
import { type Tri, triOf } from '../tri.js';

/**
 * Was the asylum application made after `cutoff`? The application date decides; without it, an
 * entry into Germany after the cut-off settles it, since no application here can precede the entry.
 */
export function appliedAfter(ctx: Ctx, cutoff: IsoDate): Tri {
  const { asylumAppliedOn, entryDate } = ctx.facts;
  if (asylumAppliedOn === undefined && entryDate !== undefined && entryDate > cutoff) return true;
  return triOf(ctx, 'asylumAppliedOn', (d) => d > cutoff);
}
