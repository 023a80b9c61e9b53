import type { Ctx } from './context.js';
import type { IsoDate } from './facts.js';
import { addMonths, dayAfterPeriod, monthsBetween, monthsElapsed } from './law-date.js';
import { firstDay } from './partial-date.js';

/*
 * Periods of stay. The stay starts with an event during a day (entry, asylum request, the Duldung granted),
 * so it is counted by §§ 187 Abs. 1, 188 Abs. 2 BGB: see `dayAfterPeriod` / `monthsElapsed` in law-date.ts.
 *
 * What counts is permitted, tolerated or gestattet stay (§ 32 Abs. 1, Abs. 2 Nr. 5 BeschV, § 25a Abs. 1 S. 1 Nr. 1,
 * § 25b Abs. 1 S. 2 Nr. 1 AufenthG), not mere presence (review S4-8). The facts name two status starts: the asylum
 * request (the Gestattung arises with it; `asylumAppliedOn` is "the date of the asylum request") and, when no
 * asylum application was made, the Duldung. When the earlier of them lies more than `GAP_TOLERANCE_MONTHS` after the entry, nothing known covers the time
 * between, so the stay counts from that status and an open point asks what the person held before. Within that
 * tolerance the count runs from the entry: the request that starts the Gestattung is often made at or right after
 * entry and precedes the date on the papers (the formal application or registration), and for the 2015 cut-off
 * courts count that request too (legal-facts §2.1); a few weeks apart is no gap worth a point. Partial dates are
 * read at their last day (ctx.facts), the cautious end for a period that must have run.
 */
export const GAP_TOLERANCE_MONTHS = 3;

export interface CountedStart {
  /** The first day of the stay that counts (the event day; the period runs from the next day). */
  readonly date: IsoDate;
  /** Set when the count starts later than the entry: the entry and the status start, as given (maybe partial). */
  readonly gap?: { readonly entry: string; readonly start: string };
}

/**
 * The status start the facts give: the asylum request, else the Duldung — unless an asylum application is known
 * without its date: whoever applied may have been gestattet from soon after the entry, so the count runs from the
 * entry. Nothing said about asylum (or "weiß nicht") is read at the cautious end, the Duldung (review S5-2: the
 * favourable reading is never assumed silently); `asylumQuestion` in stay-question.ts asks it when it decides.
 */
function statusStart(ctx: Ctx): { date: IsoDate; given: string } | undefined {
  const { asylumAppliedOn, toleratedSince, asylumApplied } = ctx.facts;
  const starts = [
    ...(asylumAppliedOn === undefined
      ? []
      : [{ date: asylumAppliedOn, given: ctx.given.asylumAppliedOn ?? asylumAppliedOn }]),
    ...(toleratedSince === undefined || (asylumAppliedOn === undefined && asylumApplied === true)
      ? []
      : [{ date: toleratedSince, given: ctx.given.toleratedSince ?? toleratedSince }]),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  return starts[0];
}

/** Where the counted stay starts, given the entry date; undefined without it (see `stayMonthsAtLeast`). */
export function countedStayStart(ctx: Ctx): CountedStart | undefined {
  const entry = ctx.facts.entryDate;
  if (entry === undefined) return undefined;
  const status = statusStart(ctx);
  if (status === undefined) return { date: entry };
  if (status.date <= entry) return { date: status.date };
  const covered = dayAfterPeriod(entry, GAP_TOLERANCE_MONTHS);
  if (status.date < covered) return { date: entry };
  // Said only when the gap is certain: with a year or a month the two may lie close together, and then the
  // month decides (named by date-precision), not a gap.
  const certain = firstDay(status.given) >= covered;
  return certain
    ? { date: status.date, gap: { entry: ctx.given.entryDate ?? entry, start: status.given } }
    : { date: status.date };
}

/** Months of uninterrupted stay that counts: `stayMonths` if given, else whole months since the counted start. */
export function stayMonths(ctx: Ctx): number | undefined {
  const { stayMonths: months } = ctx.facts;
  if (months !== undefined) return months + Math.max(0, monthsBetween(ctx.factsAsOf, ctx.lawAsOf));
  const start = countedStayStart(ctx);
  return start === undefined ? undefined : Math.max(0, monthsElapsed(start.date, ctx.lawAsOf));
}

/** Months since the entry itself, ignoring a gap: what the stay would be if the time before the status counted. */
export function monthsSinceEntry(ctx: Ctx): number | undefined {
  const entry = ctx.facts.entryDate;
  return entry === undefined ? undefined : Math.max(0, monthsElapsed(entry, ctx.lawAsOf));
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
 * factsAsOf) moves on with the calendar; a counted start is an event during a day, so the months run from the
 * next day and are complete only after the day with the same number (§§ 187 Abs. 1, 188 Abs. 2 BGB).
 */
export function stayCompleteOn(ctx: Ctx, months: number): IsoDate | undefined {
  const given = ctx.facts.stayMonths;
  if (given !== undefined) return addMonths(ctx.factsAsOf, months - given);
  const start = countedStayStart(ctx);
  return start === undefined ? undefined : dayAfterPeriod(start.date, months);
}

/** First day of the stay that counts, for "from <date>" statements. */
export function stayStart(ctx: Ctx): IsoDate | undefined {
  const { stayMonths: months } = ctx.facts;
  if (months !== undefined) return addMonths(ctx.factsAsOf, -months);
  return countedStayStart(ctx)?.date;
}
