import type { Assessment, BaConsent, CaseDateKind, Outcome } from '../domain/assessment.js';
import type { IsoDate } from '../domain/facts.js';

/** One of the case's dates, without its text (which is in the case's language and rendered when needed). */
export interface DateRef {
  id: string;
  kind: CaseDateKind;
  date: IsoDate;
}

/** What the watch compares (issue 20): outcome, BA consent, earliest start and the case's dates. */
export interface Verdict {
  outcome: Outcome;
  baConsent: BaConsent;
  earliestStart?: IsoDate;
  dates: DateRef[];
}

/** The part of a verdict the contract's notices show (`before` / `after`). */
export type VerdictHead = Pick<Verdict, 'outcome' | 'baConsent' | 'earliestStart'>;

export const headOf = (v: Verdict): VerdictHead => ({
  outcome: v.outcome,
  baConsent: v.baConsent,
  ...(v.earliestStart ? { earliestStart: v.earliestStart } : {}),
});

export function verdictOf(a: Assessment): Verdict {
  return {
    ...headOf({ ...a, dates: [] }),
    dates: (a.caseDates ?? []).map((d) => ({ id: d.id, kind: d.kind, date: d.date })),
  };
}

/**
 * What of a verdict still lies ahead on `day`. An earliest start or a date on or before `day` has simply
 * arrived (that is a reminder, not a change), so it is left out on both sides of a comparison.
 */
export function ahead(v: Verdict, day: IsoDate): Verdict {
  return {
    outcome: v.outcome,
    baConsent: v.baConsent,
    ...(v.earliestStart && v.earliestStart > day ? { earliestStart: v.earliestStart } : {}),
    dates: v.dates.filter((d) => d.date > day),
  };
}

const key = (v: Verdict) =>
  JSON.stringify([v.outcome, v.baConsent, v.earliestStart ?? null, v.dates.map((d) => `${d.id}@${d.date}`).sort()]);

/** Whether two verdicts say something different about what lies ahead on `day`. */
export const differsOn = (a: Verdict, b: Verdict, day: IsoDate) => key(ahead(a, day)) !== key(ahead(b, day));
