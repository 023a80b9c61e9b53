import type { Ctx } from '../context.js';
import { CHANCEN_ENTRY_BY } from '../data/legal-dates.js';
import { add, type Draft, type OpenPoint } from '../findings.js';
import { countedStayStart } from '../stay.js';
import { route19d } from './routes-19d.js';
import { route25a, route25b } from './routes-25.js';
import { route60d } from './routes-60d.js';
import { chancenExpired, earliestStayStart, route104c, routeHaertefall, routesFor104cHolder } from './routes-other.js';
import { route16g, route60c } from './routes-training.js';

/**
 * Routes to a secure stay. Geduldete and asylum seekers always see all eight, each with its status
 * and the conditions still open; § 104c holders see their extension routes; other permits none.
 */
export function routes(ctx: Ctx, draft: Draft): Draft {
  const { track } = draft.notes;
  if (track === 'permit') {
    if (ctx.facts.permitBasis !== '104c') return draft;
    const holder = add(draft, { routes: routesFor104cHolder(ctx) });
    if (!chancenExpired(ctx)) return holder;
    return add(holder, {
      openPoints: [{ msg: 'open.104c_transition', cite: ['route.104c-transition'] }],
      reasons: [{ code: 'route_check', msg: 'reason.route_check_104c' }],
    });
  }
  if (track !== 'tolerated' && track !== 'gestattung') return draft;
  const items = [route60c, route16g, route60d, route19d, route25a, route25b, route104c, routeHaertefall].map((r) =>
    r(ctx, draft),
  );
  // Applications filed by 31.12.2025 and still undecided have no transitional rule: say so to those who could have
  // applied, on any reading of a partial date (a warning is not hidden by the favourable reading).
  const start = earliestStayStart(ctx);
  const couldHaveApplied =
    track === 'tolerated' && chancenExpired(ctx) && (start === undefined || start <= CHANCEN_ENTRY_BY);
  return add(draft, {
    routes: items,
    openPoints: [
      ...(couldHaveApplied ? [{ msg: 'open.104c_pending_application', cite: ['route.104c-transition'] } as const] : []),
      ...stayGap(ctx, draft),
    ],
  });
}

/**
 * The stay counted from a status that came long after the entry (review S4-8) moves the dates of §§ 25a, 25b (and
 * the BA's four years): said once, unless the consent point already says it.
 */
function stayGap(ctx: Ctx, draft: Draft): OpenPoint[] {
  const gap = ctx.facts.stayMonths === undefined ? countedStayStart(ctx)?.gap : undefined;
  if (gap === undefined || draft.openPoints.some((p) => p.msg === 'open.stay_gap_consent')) return [];
  return [{ msg: 'open.stay_gap', params: { entry: gap.entry, start: gap.start }, cite: ['route.25a', 'route.25b'] }];
}
