import { addMonths } from './dates.js';
import type { Translate } from './i18n.js';
import type { Assessment, CaseFacts } from './types.js';

export type CaseDateKind = 'today' | 'start' | 'expiry' | 'route';
export interface CaseDate {
  kind: CaseDateKind;
  date: string;
  label: string;
}

/**
 * Months of employment after which a route is worth checking (§ 60d: 12 months of work;
 * § 25b Abs. 6: 30 months). A rough clock for HR planning, not a verdict: the rules decide.
 */
const ROUTE_CLOCKS: Partial<Record<Assessment['routes'][number]['id'], number>> = { '60d': 12, '25b': 30 };

/** The day the clocks start: the earliest start if a waiting period runs, else the assessment's date. */
export const clockStart = (a: Assessment) => a.earliestStart ?? a.lawAsOf;

/** Today, earliest start, document expiry and route milestones, in date order. */
export function caseTimeline(a: Assessment, facts: CaseFacts, t: Translate): CaseDate[] {
  const dates: CaseDate[] = [{ kind: 'today', date: a.lawAsOf, label: t('today') }];
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

/** Notification duties run from an event (e.g. an early end); HR gets them as a reminder at the start. */
export function dutyReminders(a: Assessment): DutyReminder[] {
  return a.employerDuties.flatMap((duty) =>
    duty.deadlineDays === undefined
      ? []
      : [{ id: duty.id, date: clockStart(a), text: duty.text, days: duty.deadlineDays }],
  );
}
