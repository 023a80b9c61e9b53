import type { Cites } from '../citations.js';
import type { Ctx } from '../context.js';
import { IDENTITY_ENTRY_EARLY_END, SECTION_60D_ENTRY_BY, SECTION_60D_IDENTITY_DEADLINE } from '../data/legal-dates.js';
import type { GermanLevel } from '../facts.js';
import { type Draft, type RouteItem, type Text, text } from '../findings.js';
import { dayAfterPeriod } from '../law-date.js';
import { exclusionsOf, metOf, type RouteEval, routeItem, sharedExclusions, unchecked } from './route-helpers.js';

const LEVELS: readonly GermanLevel[] = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const atLeast = (level: GermanLevel | undefined, min: GermanLevel) =>
  level !== undefined && LEVELS.indexOf(level) >= LEVELS.indexOf(min);

/** § 60d Abs. 1 Nr. 1: identity by application (entry ≤ 2016) or by 31.12.2024 (entry 2017–2022). */
function identityFor60d(ctx: Ctx): { pending?: Text; discretion?: boolean } {
  const { entryDate, identityClarifiedOn: clarified, identityStepsInTime: steps } = ctx.facts;
  if (steps === true) return {};
  // Clarified by 31.12.2024 meets both deadlines; otherwise the entry date decides which one applies.
  if (entryDate === undefined) {
    return clarified !== undefined && clarified <= SECTION_60D_IDENTITY_DEADLINE
      ? {}
      : { pending: text('cond.identity_entry_date') };
  }
  if (entryDate <= IDENTITY_ENTRY_EARLY_END) return clarified ? {} : { pending: text('cond.identity_by_application') };
  if (clarified !== undefined && clarified <= SECTION_60D_IDENTITY_DEADLINE) return {};
  // Deadline missed: only the discretion of § 60d Abs. 4 remains.
  if (clarified !== undefined || steps === false)
    return { pending: text('cond.identity_discretion_60d'), discretion: true };
  return { pending: text('cond.identity_by_date', { date: SECTION_60D_IDENTITY_DEADLINE }) };
}

/**
 * § 60d Beschäftigungsduldung. Entry after 2022, a ban or convictions exclude it for good; missing
 * months of Duldung or employment only mean "not yet", so the route stays possible from a date.
 */
export function route60d(ctx: Ctx, draft: Draft): RouteItem {
  const cite: Cites = ['employment-toleration.60d'];
  const f = ctx.facts;
  if (f.status === 'beschaeftigungsduldung') {
    return routeItem('60d', cite, { pending: [], note: text('route_note.60d_held') });
  }
  const exclusion = exclusionsOf(
    ...sharedExclusions(ctx, draft, true),
    f.entryDate !== undefined && f.entryDate > SECTION_60D_ENTRY_BY ? text('excl.60d_entry') : undefined,
  );
  if (exclusion) return routeItem('60d', cite, exclusion);
  const twelve = f.toleratedSince === undefined ? undefined : dayAfterPeriod(f.toleratedSince, 12);
  const employment = f.priorEmploymentMonths;
  const identity = identityFor60d(ctx);
  const hard = [
    f.entryDate !== undefined,
    twelve !== undefined && twelve <= ctx.lawAsOf,
    employment !== undefined && employment >= 12,
    f.priorHoursPerWeek !== undefined && f.priorHoursPerWeek >= 20,
  ];
  const evaluation: RouteEval = {
    pending: unchecked([
      [f.entryDate === undefined, text('cond.entry_by_2022')],
      [twelve === undefined, text('cond.duldung_12_months')],
      [twelve !== undefined && twelve > ctx.lawAsOf, text('cond.duldung_12_months_from', { date: twelve ?? '' })],
      [employment === undefined, text('cond.employment_12_months')],
      [
        employment !== undefined && employment < 12,
        text('cond.employment_more_months', { months: 12 - (employment ?? 0) }),
      ],
      [f.priorHoursPerWeek === undefined || f.priorHoursPerWeek < 20, text('cond.hours_20')],
      [f.livelihoodSecured !== true, text('cond.livelihood')],
      [!atLeast(f.germanLevel, 'A2'), text('cond.german_a2')],
      // § 60d Abs. 1 Nr. 7 disregards only fines up to 90 daily rates for offences only foreigners can commit
      // (§ 32 Abs. 2 Nr. 5 a BZRG), not the 50 daily rates of § 19d: "below the threshold" is no all-clear here.
      [f.criminalConvictions !== 'none', text('cond.no_convictions_60d')],
      [identity.pending !== undefined, identity.pending ?? text('cond.identity_by_application')],
    ]),
    met: metOf([
      [f.entryDate !== undefined, text('cond.entry_by_2022')],
      [twelve !== undefined && twelve <= ctx.lawAsOf, text('cond.duldung_12_months')],
      [employment !== undefined && employment >= 12, text('cond.employment_12_months')],
      [f.priorHoursPerWeek !== undefined && f.priorHoursPerWeek >= 20, text('cond.hours_20')],
      [f.livelihoodSecured === true, text('cond.livelihood')],
      [atLeast(f.germanLevel, 'A2'), text('cond.german_a2')],
      [f.criminalConvictions === 'none', text('cond.no_convictions_60d')],
    ]),
    perspective: hard.every(Boolean),
  };
  const identityCite: Cites = ['employment-toleration.60d', 'employment-toleration.identity-deadline'];
  return routeItem('60d', identity.pending ? identityCite : cite, evaluation);
}
