import { toleratedSinceConflict, withoutImpossibleDates } from './date-conflicts.js';
import { type CaseFacts, DATE_FACT_KEYS, type DateFactKey, type FactKey, type IsoDate, type Job } from './facts.js';
import type { OpenPoint } from './findings.js';
import { rejectedOnGestattung, withImpliedFacts, withRejectionFacts } from './implied-facts.js';
import { firstDay, isPartial, lastDay } from './partial-date.js';

/** Facts flattened to the keys used by `missingFacts` and `unknown` (`job.kind` etc.). */
type JobFacts = { [K in keyof Job as `job.${K & string}`]: Job[K] };
export type FlatFacts = Omit<CaseFacts, 'job'> & JobFacts;

export interface Ctx {
  /** The facts with every partial date read at its cautious end (see `cautiousEnd`): full dates only. */
  readonly facts: CaseFacts;
  /** The facts as given: date facts may be partial (`2025`, `2025-01`). */
  readonly given: CaseFacts;
  readonly lawAsOf: IsoDate;
  /**
   * The day the employer stated the facts (by default lawAsOf). A case assessed again later (the watch,
   * issue 20) keeps what was said then: a partial past date cannot lie after that day, and a count of
   * months (`stayMonths`) was true on it and has grown since.
   */
  readonly factsAsOf: IsoDate;
  /** Facts the employer was asked but could not answer ("weiß nicht"). */
  readonly unknown: ReadonlySet<FactKey>;
  /** The asylum rejection was reported while the Gestattung still stands (review S5-17): when it ends is open. */
  readonly onGestattungAfterRejection: boolean;
  /** A Duldung start the other facts make impossible (review S5-23): dropped from `facts`/`given`, said here. */
  readonly dateConflict?: OpenPoint;
}

/** The first and the last day a date fact can mean; equal for a full date. */
export interface DateRange {
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/**
 * The days a date fact can mean. Past facts (entry, Duldung, application, identity) cannot lie after
 * lawAsOf, so their range ends there; the expiry of a document can.
 */
export function rangeOf(date: string, key: DateFactKey, lawAsOf: IsoDate): DateRange {
  const first = firstDay(date);
  const last = lastDay(date);
  if (key === 'documentValidUntil' || last <= lawAsOf || first > lawAsOf) return { first, last };
  return { first, last: lawAsOf };
}

/**
 * The reading of a partial date that never assumes the favourable value: every cut-off and period of
 * the rules favours an earlier past date (§ 104 Abs. 18, § 60a Abs. 6 AufenthG, § 61 AsylG, the four
 * years of § 32 BeschV, the waiting periods) and a later expiry, so past facts are read at their last
 * day and the expiry at its first. Rules for which another end is cautious read `given` themselves.
 */
export function cautiousEnd(key: DateFactKey, range: DateRange): IsoDate {
  return key === 'documentValidUntil' ? range.first : range.last;
}

function withCautiousDates(facts: CaseFacts, lawAsOf: IsoDate): CaseFacts {
  const out: CaseFacts = { ...facts };
  for (const key of DATE_FACT_KEYS) {
    const value = facts[key];
    if (value !== undefined && isPartial(value)) out[key] = cautiousEnd(key, rangeOf(value, key, lawAsOf));
  }
  return out;
}

export function createCtx(
  facts: CaseFacts,
  lawAsOf: IsoDate,
  unknown: readonly FactKey[] = [],
  factsAsOf: IsoDate = lawAsOf,
): Ctx {
  const given = withImpliedFacts(withRejectionFacts(withoutImpossibleDates(facts, factsAsOf), factsAsOf));
  const dateConflict = toleratedSinceConflict(facts, factsAsOf);
  return {
    facts: withCautiousDates(given, factsAsOf),
    given,
    lawAsOf,
    factsAsOf,
    unknown: new Set(unknown),
    onGestattungAfterRejection: rejectedOnGestattung(facts),
    ...(dateConflict ? { dateConflict } : {}),
  };
}

export function read<K extends FactKey>(ctx: Ctx, key: K): FlatFacts[K] {
  if (key.startsWith('job.')) return ctx.facts.job?.[key.slice(4) as keyof Job] as FlatFacts[K];
  return ctx.facts[key as keyof CaseFacts] as FlatFacts[K];
}

export const isAbsent = (ctx: Ctx, key: FactKey) => read(ctx, key) === undefined;

const isDateKey = (key: FactKey): key is DateFactKey => (DATE_FACT_KEYS as readonly FactKey[]).includes(key);

/** A date fact given only as a year or a month. */
export function isPartialFact(ctx: Ctx, key: FactKey): boolean {
  if (!isDateKey(key)) return false;
  const value = ctx.given[key];
  return value !== undefined && isPartial(value);
}

/** The days a date fact can mean on lawAsOf, or undefined when it is absent. */
export function dateRange(ctx: Ctx, key: DateFactKey): DateRange | undefined {
  const value = ctx.given[key];
  return value === undefined ? undefined : rangeOf(value, key, ctx.factsAsOf);
}

/**
 * Absent (or, for a date, known only as a year or month) and explicitly "weiß nicht": answered on the
 * cautious reading, never asked again. A partial date stays a value; only its precision is unknown.
 */
export const isUnknown = (ctx: Ctx, key: FactKey) =>
  ctx.unknown.has(key) && (isAbsent(ctx, key) || isPartialFact(ctx, key));
/** Absent and not yet asked: a candidate for `missingFacts`. */
export const isMissing = (ctx: Ctx, key: FactKey) => isAbsent(ctx, key) && !ctx.unknown.has(key);
/** Absent or not precise enough, and not yet answered "weiß nicht": may be named in `missingFacts`. */
export const needsValue = (ctx: Ctx, key: FactKey) =>
  !ctx.unknown.has(key) && (isAbsent(ctx, key) || isPartialFact(ctx, key));

export const TOLERATED_STATUSES = [
  'duldung',
  'duldung_ungeklaerte_identitaet',
  'ausbildungsduldung',
  'beschaeftigungsduldung',
] as const;

export const isDuldungFamily = (ctx: Ctx) => (TOLERATED_STATUSES as readonly string[]).includes(ctx.facts.status ?? '');

/** The employer reports that the job or training ends: the duties at the end are the question, not a hiring. */
export const isEndingEvent = (ctx: Ctx) =>
  ctx.facts.event === 'employment_ends_early' || ctx.facts.event === 'training_ends_early';

export const TRAINING_KINDS = ['vocational_training', 'helper_training'] as const;
export const isTrainingJob = (ctx: Ctx) => (TRAINING_KINDS as readonly string[]).includes(ctx.facts.job?.kind ?? '');

export { stayCompleteOn, stayMonths, stayMonthsAtLeast, stayStart } from './stay.js';
