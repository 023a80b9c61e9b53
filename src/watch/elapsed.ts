import type { Assessment } from '../domain/assessment.js';
import type { IsoDate } from '../domain/facts.js';

/**
 * What was reached when a verdict changed only because time passed (review S3-8), for the reminder's first
 * sentence: four years of stay (§ 32 Abs. 2 Nr. 5 BeschV: no BA consent any more), one of the case's own dates,
 * or a span of time the rules count without a date of their own.
 */
export type Milestone = { key: 'four_years' } | { key: 'date'; label: string } | { key: 'time' };

export function milestoneOf(before: Assessment, after: Assessment, day: IsoDate): Milestone {
  const fourYears =
    before.baConsent !== 'not_required' &&
    after.baConsent === 'not_required' &&
    after.citations.some((c) => c.entryId === 'permission.after-four-years');
  if (fourYears) return { key: 'four_years' };
  const date = (before.caseDates ?? []).find((d) => d.date === day && d.kind !== 'notice_overdue');
  return date ? { key: 'date', label: date.label } : { key: 'time' };
}
