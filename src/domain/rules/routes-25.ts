import type { Cites } from '../citations.js';
import { type Ctx, stayMonths, stayStart } from '../context.js';
import { type Draft, type RouteItem, text } from '../findings.js';
import { addMonths } from '../law-date.js';
import { excluded, routeItem, sharedExclusion, unchecked } from './route-helpers.js';
import { atLeast } from './routes-60d.js';

/** Jugendliche in the sense of § 25a Abs. 1 are 14 or older; a child can only grow into the route. */
const YOUTH_FROM = 14;

/** § 25a: young people (from 14) who apply before their 27th birthday (Abs. 1 Nr. 3). */
export function route25a(ctx: Ctx, draft: Draft): RouteItem {
  const cite: Cites = ['route.25a'];
  const f = ctx.facts;
  const exclusion =
    sharedExclusion(ctx, draft, false) ?? (f.age !== undefined && f.age >= 27 ? text('excl.25a_age') : undefined);
  if (exclusion) return routeItem('25a', cite, excluded(exclusion));
  const stay = stayMonths(ctx);
  const start = stayStart(ctx);
  const twelve = f.toleratedSince === undefined ? undefined : addMonths(f.toleratedSince, 12);
  const schooling =
    (f.schoolYearsInGermany ?? 0) >= 3 ||
    f.qualification === 'german_vocational' ||
    f.qualification === 'german_degree';
  return routeItem('25a', cite, {
    pending: unchecked([
      [f.age === undefined, text('cond.age_under_27')],
      [f.age !== undefined && f.age < YOUTH_FROM, text('cond.age_from_14')],
      [twelve === undefined, text('cond.duldung_12_months')],
      [twelve !== undefined && twelve > ctx.lawAsOf, text('cond.duldung_12_months_from', { date: twelve ?? '' })],
      [stay === undefined, text('cond.stay_3_years')],
      [stay !== undefined && stay < 36, text('cond.stay_3_years_from', { date: start ? addMonths(start, 36) : '' })],
      [!schooling, text('cond.school_3_years')],
    ]),
    perspective:
      f.age !== undefined &&
      f.age >= YOUTH_FROM &&
      twelve !== undefined &&
      twelve <= ctx.lawAsOf &&
      stay !== undefined &&
      stay >= 36,
  });
}

/** § 25b: six years of stay (four with a minor child at home), A2, livelihood mostly from work. */
export function route25b(ctx: Ctx, draft: Draft): RouteItem {
  const cite: Cites = ['route.25b'];
  const f = ctx.facts;
  const shared = sharedExclusion(ctx, draft, false);
  if (shared) return routeItem('25b', cite, excluded(shared));
  const stay = stayMonths(ctx);
  const start = stayStart(ctx);
  const withChildren = f.minorChildren === true;
  const required = withChildren ? 48 : 72;
  const tooShort = stay !== undefined && start !== undefined && (stay < 48 || (stay < 72 && f.minorChildren === false));
  const conditions = unchecked([
    [stay === undefined, text('cond.stay_6_years')],
    [stay !== undefined && stay >= 48 && stay < 72 && f.minorChildren === undefined, text('cond.minor_children')],
    [!atLeast(f.germanLevel, 'A2'), text('cond.german_a2')],
    [f.livelihoodSecured !== true, text('cond.livelihood_mostly')],
    [f.criminalConvictions === undefined, text('cond.no_convictions')],
  ]);
  if (tooShort) {
    // § 25b Abs. 6: after 30 months of Beschäftigungsduldung the stay requirement does not apply.
    if (f.status === 'beschaeftigungsduldung') return routeItem('25b', cite, { pending: [text('cond.25b_via_60d')] });
    const reason =
      f.minorChildren === undefined
        ? text('excl.25b_stay_children', { date4: addMonths(start, 48), date6: addMonths(start, 72) })
        : text('excl.25b_stay', { date: addMonths(start, required) });
    return routeItem('25b', cite, excluded(reason));
  }
  const met = stay !== undefined && (stay >= 72 || (stay >= 48 && withChildren));
  return routeItem('25b', cite, { pending: conditions, perspective: met && atLeast(f.germanLevel, 'A2') });
}
