import * as legalDates from '../domain/data/legal-dates.js';
import type { IsoDate } from '../domain/facts.js';
import { addDays } from '../domain/law-date.js';

/** An entry's validity as its frontmatter gives it (valid_until is the last day it is the law). */
export interface Validity {
  validFrom: IsoDate;
  validUntil: IsoDate | null;
}

/**
 * The days on which the law itself changed (review S3-8): the rules' fixed dates (src/domain/data/legal-dates.ts;
 * a rule compares with `>=` or `>`, so the day itself and the day after both count) and, for the entries a
 * verdict cites, the first day each is the law and the first day after it ended. A verdict that changes between
 * two assessments without any of these days in between changed because time passed, not because the law did.
 */
export const RULE_LAW_DAYS: readonly IsoDate[] = Object.values(legalDates).flatMap((day) => [day, addDays(day, 1)]);

export function lawDays(
  cited: Iterable<string>,
  validity: (id: string) => Validity | undefined,
  ruleDays: readonly IsoDate[] = RULE_LAW_DAYS,
): IsoDate[] {
  const days = new Set<IsoDate>(ruleDays);
  for (const id of cited) {
    const v = validity(id);
    if (!v) continue;
    days.add(v.validFrom);
    if (v.validUntil) days.add(addDays(v.validUntil, 1));
  }
  return [...days].sort();
}
