import type { Ctx } from '../context.js';
import { add, type Draft } from '../findings.js';

/**
 * Review S5-23: a Duldung start the other facts make impossible was dropped when the context was built; here the
 * conflict is said as an open point and the start asked (once: after "weiß nicht" the cautious reading stands).
 */
export function dateConflict(ctx: Ctx, draft: Draft): Draft {
  if (!ctx.dateConflict) return draft;
  return add(draft, {
    openPoints: [ctx.dateConflict],
    ask: ctx.unknown.has('toleratedSince') ? [] : ['toleratedSince'],
  });
}
