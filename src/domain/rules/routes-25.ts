import type { Cites } from '../citations.js';
import { type Ctx, stayCompleteOn, stayMonths, stayMonthsAtLeast } from '../context.js';
import { type Draft, type RouteItem, type Text, text } from '../findings.js';
import { dayAfterPeriod } from '../law-date.js';
import { banApplies, exclusionsOf, metOf, routeItem, sharedExclusions, unchecked } from './route-helpers.js';
import { atLeast } from './routes-60d.js';

/** Jugendliche in the sense of § 25a Abs. 1 are 14 or older; a child can only grow into the route. */
const YOUTH_FROM = 14;

/** § 25a: young people (from 14) who apply before their 27th birthday (Abs. 1 Nr. 3). */
export function route25a(ctx: Ctx, draft: Draft): RouteItem {
  const cite: Cites = ['route.25a'];
  const f = ctx.facts;
  const exclusion = exclusionsOf(
    ...sharedExclusions(ctx, draft, false),
    f.age !== undefined && f.age >= 27 ? text('excl.25a_age') : undefined,
  );
  if (exclusion) return routeItem('25a', cite, exclusion);
  const stay = stayMonths(ctx);
  // A Duldung or asylum request three years back proves the stay even without the entry date.
  const stayMet = (stayMonthsAtLeast(ctx) ?? 0) >= 36;
  const twelve = f.toleratedSince === undefined ? undefined : dayAfterPeriod(f.toleratedSince, 12);
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
      [!stayMet && stay === undefined, text('cond.stay_3_years')],
      [
        !stayMet && stay !== undefined && stay < 36,
        text('cond.stay_3_years_from', { date: stayCompleteOn(ctx, 36) ?? '' }),
      ],
      [!schooling, text('cond.school_3_years')],
    ]),
    met: metOf([
      [f.age !== undefined && f.age >= YOUTH_FROM && f.age < 27, text('cond.age_under_27')],
      [twelve !== undefined && twelve <= ctx.lawAsOf, text('cond.duldung_12_months')],
      [stayMet, text('cond.stay_3_years')],
      [schooling, text('cond.school_3_years')],
    ]),
    perspective: f.age !== undefined && f.age >= YOUTH_FROM && twelve !== undefined && twelve <= ctx.lawAsOf && stayMet,
  });
}

/**
 * § 25b: six years of stay (four with a minor child at home), A2, livelihood mostly from work. A stay
 * still too short means "not yet", not excluded: the route stays possible and names the date it is reached.
 */
export function route25b(ctx: Ctx, draft: Draft): RouteItem {
  const cite: Cites = ['route.25b'];
  const f = ctx.facts;
  const shared = exclusionsOf(...sharedExclusions(ctx, draft, false));
  if (shared) return routeItem('25b', cite, shared);
  const stay = stayMonths(ctx);
  const on = (months: number) => stayCompleteOn(ctx, months) ?? '';
  // A Duldung or asylum request far enough back proves the stay even without the entry date.
  const proven = stayMonthsAtLeast(ctx);
  const withChildren = f.minorChildren === true;
  const met = proven !== undefined && (proven >= 72 || (proven >= 48 && withChildren));
  const notYet = (): Text | undefined => {
    if (met || stay === undefined) return undefined;
    if (stay < 48 && f.minorChildren === undefined) {
      return text('cond.25b_stay_children_from', { date4: on(48), date6: on(72) });
    }
    if (stay < 48 || (stay < 72 && f.minorChildren === false)) {
      return text('cond.25b_stay_from', { date: on(withChildren ? 48 : 72) });
    }
    return undefined;
  };
  const later = notYet();
  const banned = banApplies(draft);
  // § 25b Abs. 6: after 30 months of Beschäftigungsduldung the stay requirement does not apply.
  if (later && f.status === 'beschaeftigungsduldung') {
    return routeItem('25b', cite, { pending: [text('cond.25b_via_60d')] });
  }
  const conditions = unchecked([
    [!met && stay === undefined, text('cond.stay_6_years')],
    [later !== undefined, later ?? text('cond.stay_6_years')],
    [!met && later === undefined && stay !== undefined && f.minorChildren === undefined, text('cond.minor_children')],
    [!atLeast(f.germanLevel, 'A2'), text('cond.german_a2')],
    // Abs. 1 S. 2 Nr. 3: "sichert" or "zu erwarten ist, dass er … sichern wird". Under a ban only the prognosis is left.
    [f.livelihoodSecured !== true, text(banned ? 'cond.25b_livelihood_under_ban' : 'cond.livelihood_mostly')],
    // Abs. 2 Nr. 1: refused while the person prevents removal by deception or lack of cooperation – a common
    // ground of a ban written on the document (§ 60a Abs. 6 S. 1 Nr. 2).
    [draft.notes.banKind === 'clause', text('cond.25b_no_obstruction')],
    [f.criminalConvictions === undefined, text('cond.no_convictions_25b')],
  ]);
  const fulfilled = metOf([
    [met, text('cond.stay_6_years')],
    [atLeast(f.germanLevel, 'A2'), text('cond.german_a2')],
    [f.livelihoodSecured === true, text('cond.livelihood_mostly')],
    [f.criminalConvictions === 'none', text('cond.no_convictions_25b')],
  ]);
  return routeItem('25b', cite, {
    pending: conditions,
    met: fulfilled,
    perspective: met && !banned && atLeast(f.germanLevel, 'A2'),
  });
}
