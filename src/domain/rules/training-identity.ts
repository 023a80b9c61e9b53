import { type Ctx, dateRange } from '../context.js';
import { IDENTITY_ENTRY_EARLY_END, IDENTITY_ENTRY_MIDDLE_END, IDENTITY_MIDDLE_DEADLINE } from '../data/legal-dates.js';
import { type Text, text } from '../findings.js';
import { addMonths } from '../law-date.js';

/** § 60c Abs. 2 Nr. 3 / § 16g Abs. 2 Nr. 3 deadlines; missing them leaves only discretion (§ 60c Abs. 7). */
export function identityForTraining(ctx: Ctx): Text | undefined {
  const { entryDate, identityClarifiedOn: clarified, identityStepsInTime: steps } = ctx.facts;
  if (steps === true) return undefined;
  const entry = dateRange(ctx, 'entryDate');
  if (entryDate === undefined || entry === undefined) return text('cond.identity_entry_date');
  // The groups end with a year, so a partial entry date never straddles them; within the last group the
  // six months run from the earliest day the entry can mean (the cautious deadline).
  if (entryDate <= IDENTITY_ENTRY_EARLY_END) return clarified ? undefined : text('cond.identity_by_application');
  const deadline = entryDate <= IDENTITY_ENTRY_MIDDLE_END ? IDENTITY_MIDDLE_DEADLINE : addMonths(entry.first, 6);
  if (clarified !== undefined && clarified <= deadline) return undefined;
  if (clarified !== undefined || steps === false) return text('cond.identity_discretion_60c');
  return text('cond.identity_by_date', { date: deadline });
}
