import type { Ctx } from './context.js';
import type { IsoDate } from './facts.js';
import { addMonths, dayAfterPeriod, monthsBetween, monthsElapsed } from './law-date.js';

/*
 * Periods of stay. The stay starts with an event during a day (entry, asylum request, the Duldung granted),
 * so it is counted by §§ 187 Abs. 1, 188 Abs. 2 BGB: see `dayAfterPeriod` / `monthsElapsed` in law-date.ts.
 */

/** Months of uninterrupted stay: `stayMonths` if given, else whole months since entry. */
export function stayMonths(ctx: Ctx): number | undefined {
  const { stayMonths: months, entryDate } = ctx.facts;
  if (months !== undefined) return months + Math.max(0, monthsBetween(ctx.factsAsOf, ctx.lawAsOf));
  return entryDate === undefined ? undefined : Math.max(0, monthsElapsed(entryDate, ctx.lawAsOf));
}

/**
 * Months of stay that are certain although the entry date is not known: the Duldung (`toleratedSince`)
 * or the asylum request (`asylumAppliedOn`, the Gestattung arises with it) already count as tolerated
 * or gestattet stay. Only a lower bound: the stay may have begun earlier, so it can show a requirement
 * as met, never as failed.
 */
export function stayMonthsAtLeast(ctx: Ctx): number | undefined {
  const known = stayMonths(ctx);
  if (known !== undefined) return known;
  const { toleratedSince, asylumAppliedOn } = ctx.facts;
  const starts = [toleratedSince, asylumAppliedOn].filter((d): d is IsoDate => d !== undefined).sort();
  return starts[0] === undefined ? undefined : Math.max(0, monthsElapsed(starts[0], ctx.lawAsOf));
}

/**
 * The first day on which `months` of stay are complete: a count the employer gave (completed months on
 * factsAsOf) moves on with the calendar; an entry is an event during a day, so the months run from the next
 * day and are complete only after the day with the same number (§§ 187 Abs. 1, 188 Abs. 2 BGB).
 */
export function stayCompleteOn(ctx: Ctx, months: number): IsoDate | undefined {
  const { stayMonths: given, entryDate } = ctx.facts;
  if (given !== undefined) return addMonths(ctx.factsAsOf, months - given);
  return entryDate === undefined ? undefined : dayAfterPeriod(entryDate, months);
}

/** First day of the stay that counts, for "from <date>" statements. */
export function stayStart(ctx: Ctx): IsoDate | undefined {
  const { stayMonths: months, entryDate } = ctx.facts;
  if (months !== undefined) return addMonths(ctx.factsAsOf, -months);
  return entryDate;
}
