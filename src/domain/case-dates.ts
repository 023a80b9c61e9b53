import type { CaseDateKind, RouteId } from './assessment.js';
import { waitingPeriod } from './case-date-waiting.js';
import type { Cites } from './citations.js';
import { type Ctx, isEndingEvent } from './context.js';
import type { IsoDate } from './facts.js';
import type { Draft, ParamValue, Text } from './findings.js';
import { addDays, addMonths, latest } from './law-date.js';

/**
 * The dates of a case (issue 20): the day the waiting period ends ("apply now"), the day the document
 * expires (check the renewed one), the last day of a notice to the Ausländerbehörde after an early end,
 * and the day a route's time requirements are met. Read from the findings the rules already made, so a
 * date is the rules' own number, never a second calculation that could drift from them.
 */
export interface CaseDateItem extends Text {
  /** Stable per subject (`route_opens:25b`), not per date: the same subject on another day is a moved date. */
  readonly id: string;
  readonly kind: CaseDateKind;
  readonly date: IsoDate;
  readonly cite: Cites;
}

/** The routes whose opening is worth a date (issue 20): their time requirements are what employers wait for. */
const DATED_ROUTES: readonly RouteId[] = ['25b', '19d', '60d'];

/** Time requirements of those routes that name the day they are met, or the months still missing (from factsAsOf). */
const DATED_CONDITIONS: Readonly<Record<string, (params: Readonly<Record<string, ParamValue>>) => unknown>> = {
  'cond.25b_stay_from': (p) => p.date,
  // Children at home unknown: four years may already do; the text says the time requirements are met then.
  'cond.25b_stay_children_from': (p) => p.date4,
  'cond.duldung_12_months_from': (p) => p.date,
  'cond.employment_more_months': (p) => p.months,
  'cond.19d_more_months': (p) => p.months,
};
/** Time requirements whose day is unknown (the facts are missing): then no day can be named for the route. */
const UNDATED_CONDITIONS = new Set([
  'cond.stay_6_years',
  'cond.duldung_12_months',
  'cond.employment_12_months',
  'cond.19d_two_years',
]);

const conditionsOf = (route: Draft['routes'][number]): readonly Text[] => {
  const conditions = route.params?.conditions;
  return conditions && typeof conditions === 'object' && 'list' in conditions ? conditions.list : [];
};

/** The day all of a route's time requirements are met, if each of them names one. */
function routeOpens(ctx: Ctx, route: Draft['routes'][number]): IsoDate | undefined {
  const conditions = conditionsOf(route);
  if (conditions.some((c) => UNDATED_CONDITIONS.has(c.msg))) return undefined;
  const dates = conditions.flatMap((condition) => {
    const value = DATED_CONDITIONS[condition.msg]?.(condition.params ?? {});
    if (typeof value === 'number') return [addMonths(ctx.factsAsOf, value)];
    return typeof value === 'string' ? [value] : [];
  });
  return latest(...dates);
}

const routeName = (id: RouteId): Text => ({ msg: `route_name.${id}` });

/** Only while the person may work or be permitted to: after a ban or at the end of the job the expiry decides nothing. */
function documentExpiry(ctx: Ctx, draft: Draft): CaseDateItem[] {
  const date = ctx.facts.documentValidUntil;
  const working = draft.outcome === 'allowed' || draft.outcome === 'permission_required';
  if (date === undefined || !working || isEndingEvent(ctx)) return [];
  const kind = 'document_expires';
  return [
    { id: kind, kind, date, msg: 'case_date.document_expires', params: { date }, cite: ['duty.check-and-keep-copy'] },
  ];
}

/**
 * The notice runs "ab Kenntnis" (§ 60c Abs. 5, § 60d Abs. 3, § 16g Abs. 4, § 4a Abs. 5 S. 3 Nr. 3 AufenthG):
 * from the day the employer says they learned of the end (`eventKnownOn`, never after the day they said it),
 * else from the day they told Lotse, the only day Lotse knows they knew. When the deadline had already passed
 * on the day they told Lotse, the date is that day, "overdue: report now" — a late notice is still owed, and a
 * deadline counted from today instead would tell them they have time they do not have.
 */
function noticeDeadlines(ctx: Ctx, draft: Draft): CaseDateItem[] {
  if (!isEndingEvent(ctx)) return [];
  const known = ctx.facts.eventKnownOn;
  const from = known !== undefined && known <= ctx.factsAsOf ? known : undefined;
  return draft.duties.flatMap((duty): CaseDateItem[] => {
    const days = duty.deadlineDays;
    if (days === undefined) return [];
    const deadline = addDays(from ?? ctx.factsAsOf, days);
    const about = { id: `notice_deadline:${duty.id}`, cite: duty.cite };
    if (from === undefined)
      return [
        {
          ...about,
          kind: 'notice_deadline',
          date: deadline,
          msg: 'case_date.notice_deadline',
          params: { date: deadline, days },
        },
      ];
    if (deadline >= ctx.factsAsOf) {
      const params = { date: deadline, days, from };
      return [{ ...about, kind: 'notice_deadline', date: deadline, msg: 'case_date.notice_deadline_known', params }];
    }
    const params = { date: ctx.factsAsOf, deadline, days, from };
    return [{ ...about, kind: 'notice_overdue', date: ctx.factsAsOf, msg: 'case_date.notice_overdue', params }];
  });
}

function routes(ctx: Ctx, draft: Draft): CaseDateItem[] {
  return draft.routes.flatMap((route): CaseDateItem[] => {
    const date = route.status === 'possible' && DATED_ROUTES.includes(route.id) ? routeOpens(ctx, route) : undefined;
    if (date === undefined) return [];
    // § 25b Abs. 1 S. 2 Nr. 1: four years only with a minor child at home, else six; children not asked: both.
    const date6 = conditionsOf(route).find((c) => c.msg === 'cond.25b_stay_children_from')?.params?.date6;
    const about = { id: `route_opens:${route.id}`, kind: 'route_opens' as const, date, cite: route.cite };
    const params = { date, route: routeName(route.id) };
    if (typeof date6 === 'string' && date6 > date)
      return [{ ...about, msg: 'case_date.route_opens_children', params: { ...params, date6 } }];
    return [{ ...about, msg: 'case_date.route_opens', params }];
  });
}

/** The case's dates from lawAsOf on, in date order (then by id, so the order is stable). */
export function caseDates(ctx: Ctx, draft: Draft): CaseDateItem[] {
  return [...waitingPeriod(draft), ...documentExpiry(ctx, draft), ...noticeDeadlines(ctx, draft), ...routes(ctx, draft)]
    .filter((d) => d.date >= ctx.lawAsOf)
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
}
