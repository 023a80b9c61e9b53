import { addMonths } from './dates.js';
import type { Translate } from './i18n.js';
import type { Assessment, CaseFacts } from './types.js';

export type CaseDateKind = 'today' | 'start' | 'expiry' | 'route' | 'deadline';
export interface CaseDate {
  kind: CaseDateKind;
  date: string;
  label: string;
  /** What to do on the day (the rules' case dates, issue 20). */
  text?: string;
  /** Stable per subject (`route_opens:25b`): a calendar entry keeps its UID when the date moves. */
  id?: string;
}

type RuleDate = NonNullable<Assessment['caseDates']>[number];
const KIND_OF: Record<RuleDate['kind'], CaseDateKind> = {
  waiting_period_ends: 'start',
  document_expires: 'expiry',
  notice_deadline: 'deadline',
  route_opens: 'route',
};

/**
 * Months of employment after which a route is worth checking (§ 60d: 12 months of work;
 * § 25b Abs. 6: 30 months). A rough clock for HR planning, not a verdict: the rules decide.
 */
const ROUTE_CLOCKS: Partial<Record<Assessment['routes'][number]['id'], number>> = { '60d': 12, '25b': 30 };

/** The day the clocks start: the earliest start if a waiting period runs, else the assessment's date. */
export const clockStart = (a: Assessment) => a.earliestStart ?? a.lawAsOf;

/**
 * Today and the case's dates, in date order. The dates are the rules' own (`caseDates`, issue 20): the end of
 * the waiting period, the document's expiry, a notice deadline, the day a route's time requirements are met.
 * An assessment stored before they existed keeps the widget's rough clocks below.
 */
export function caseTimeline(a: Assessment, facts: CaseFacts, t: Translate): CaseDate[] {
  const dates: CaseDate[] = [{ kind: 'today', date: a.lawAsOf, label: t('today') }];
  if (a.caseDates) {
    for (const d of a.caseDates)
      dates.push({ kind: KIND_OF[d.kind], date: d.date, label: d.label, text: d.text, id: d.id });
    return dates.sort((x, y) => x.date.localeCompare(y.date));
  }
  if (a.earliestStart) dates.push({ kind: 'start', date: a.earliestStart, label: t('earliestStart') });
  if (facts.documentValidUntil)
    dates.push({ kind: 'expiry', date: facts.documentValidUntil, label: t('documentExpiry') });
  for (const route of a.routes) {
    const months = ROUTE_CLOCKS[route.id];
    if (months === undefined || route.status === 'excluded') continue;
    dates.push({
      kind: 'route',
      date: addMonths(clockStart(a), months),
      label: t('routeMilestone', { route: route.id, months }),
    });
  }
  return dates.sort((x, y) => x.date.localeCompare(y.date));
}

export interface DutyReminder {
  id: string;
  date: string;
  text: string;
  days: number;
}

/**
 * Notification duties run from an event (e.g. an early end); HR gets them as a reminder at the start. A duty
 * whose deadline the rules have dated (the event has happened: `notice_deadline:<duty>`) is on the timeline.
 */
export function dutyReminders(a: Assessment): DutyReminder[] {
  const dated = new Set((a.caseDates ?? []).map((d) => d.id));
  return a.employerDuties.flatMap((duty) =>
    duty.deadlineDays === undefined || dated.has(`notice_deadline:${duty.id}`)
      ? []
      : [{ id: duty.id, date: clockStart(a), text: duty.text, days: duty.deadlineDays }],
  );
}
