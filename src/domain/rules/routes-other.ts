import type { Cites } from '../citations.js';
import { type Ctx, stayStart } from '../context.js';
import { CHANCEN_ENTRY_BY, CHANCEN_LAST_DAY } from '../data/legal-dates.js';
import { type Draft, type RouteItem, text } from '../findings.js';
import { excluded, exclusionsOf, routeItem, sharedExclusions } from './route-helpers.js';

export const chancenExpired = (ctx: Ctx) => ctx.lawAsOf > CHANCEN_LAST_DAY;
export const chancenCite = (ctx: Ctx): Cites =>
  chancenExpired(ctx) ? ['route.104c-transition'] : ['route.104c-chancen'];

/** § 104c: five years of stay on 31.10.2022; no new permits after 31.12.2025. */
export function route104c(ctx: Ctx, draft: Draft): RouteItem {
  const cite = chancenCite(ctx);
  if (chancenExpired(ctx)) return routeItem('104c', cite, excluded(text('excl.104c_expired')));
  const start = stayStart(ctx);
  const exclusion = exclusionsOf(
    ...sharedExclusions(ctx, draft, false),
    start !== undefined && start > CHANCEN_ENTRY_BY ? text('excl.104c_entry') : undefined,
  );
  if (exclusion) return routeItem('104c', cite, exclusion);
  return routeItem('104c', cite, {
    pending: [text(start === undefined ? 'cond.104c_five_years' : 'cond.104c_apply_by')],
  });
}

/** § 23a: the hardship commission acts only on a member's own initiative; serious crimes exclude it. */
export function routeHaertefall(ctx: Ctx, draft: Draft): RouteItem {
  if (draft.notes.track === 'gestattung') {
    return routeItem('haertefall', ['route.haertefall'], excluded(text('excl.only_tolerated')));
  }
  // § 23a Abs. 1 S. 3: "Straftaten von erheblichem Gewicht" exclude a hardship request only as a rule, and
  // the 50/90 daily-rate threshold of §§ 19d, 60c is not that measure: a conviction above it is weighed.
  const crime =
    ctx.facts.criminalConvictions === 'above_threshold' ? [text('cond.haertefall_no_serious_offences')] : [];
  // § 23a Abs. 1 S. 3: a concrete return date excludes a hardship request as a rule – not always, so no exclusion.
  const removal = ctx.facts.removalMeasuresPending === true ? [text('cond.haertefall_no_return_date')] : [];
  const cite: Cites = removal.length > 0 ? ['route.haertefall', 'ban.removal-measures'] : ['route.haertefall'];
  return routeItem('haertefall', cite, { pending: [text('cond.haertefall_last_resort'), ...crime, ...removal] });
}

/** Holders of a § 104c permit: it runs until expiry; extension only as § 25a or § 25b (§ 104c Abs. 2). */
export function routesFor104cHolder(ctx: Ctx): RouteItem[] {
  const cite = chancenCite(ctx);
  const over27 = ctx.facts.age !== undefined && ctx.facts.age >= 27;
  return [
    routeItem(
      '25a',
      ['route.25a', ...cite],
      over27 ? excluded(text('excl.25a_age')) : { pending: [text('cond.104c_extend_25a')] },
    ),
    routeItem('25b', ['route.25b', ...cite], { pending: [text('cond.104c_extend_25b')] }),
    routeItem(
      '104c',
      cite,
      chancenExpired(ctx) ? excluded(text('excl.104c_expired')) : { pending: [text('cond.104c_held')] },
    ),
  ];
}
