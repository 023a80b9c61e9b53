import type { Cites } from '../citations.js';
import { type Ctx, dateRange, stayStart } from '../context.js';
import { CHANCEN_ENTRY_BY, CHANCEN_LAST_DAY } from '../data/legal-dates.js';
import { DATE_FACT_KEYS, type IsoDate } from '../facts.js';
import { type Draft, type RouteItem, text } from '../findings.js';
import { excluded, exclusionsOf, routeItem, sharedExclusions } from './route-helpers.js';

export const chancenExpired = (ctx: Ctx) => ctx.lawAsOf > CHANCEN_LAST_DAY;
export const chancenCite = (ctx: Ctx): Cites =>
  chancenExpired(ctx) ? ['route.104c-transition'] : ['route.104c-chancen'];

/**
 * The earliest day the counted stay can have begun: every partial past date at its first day. An exclusion of
 * § 104c and the warning about a pending application must hold on every reading (audit of partial dates, session 7):
 * read at the last day, a stay begun in "2017" hid both though a January start meets the five years.
 */
export function earliestStayStart(ctx: Ctx): IsoDate | undefined {
  const facts = { ...ctx.facts };
  for (const key of DATE_FACT_KEYS) {
    const range = dateRange(ctx, key);
    if (range !== undefined && key !== 'documentValidUntil') facts[key] = range.first;
  }
  return stayStart({ ...ctx, facts });
}

/** § 104c: five years of stay on 31.10.2022; no new permits after 31.12.2025. */
export function route104c(ctx: Ctx, draft: Draft): RouteItem {
  const cite = chancenCite(ctx);
  if (chancenExpired(ctx)) return routeItem('104c', cite, excluded(text('excl.104c_expired')));
  const start = stayStart(ctx);
  const earliest = earliestStayStart(ctx);
  const exclusion = exclusionsOf(
    ...sharedExclusions(ctx, draft, false),
    earliest !== undefined && earliest > CHANCEN_ENTRY_BY ? text('excl.104c_entry') : undefined,
  );
  if (exclusion) return routeItem('104c', cite, exclusion);
  // Met on the cautious (last-day) reading: only the application is left; otherwise the five years are to be shown.
  const met = start !== undefined && start <= CHANCEN_ENTRY_BY;
  return routeItem('104c', cite, { pending: [text(met ? 'cond.104c_apply_by' : 'cond.104c_five_years')] });
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
