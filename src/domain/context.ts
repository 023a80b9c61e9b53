import type { CaseFacts, FactKey, IsoDate, Job } from './facts.js';
import { withImpliedFacts } from './implied-facts.js';
import { addMonths, monthsBetween } from './law-date.js';

/** Facts flattened to the keys used by `missingFacts` and `unknown` (`job.kind` etc.). */
type JobFacts = { [K in keyof Job as `job.${K & string}`]: Job[K] };
export type FlatFacts = Omit<CaseFacts, 'job'> & JobFacts;

export interface Ctx {
  readonly facts: CaseFacts;
  readonly lawAsOf: IsoDate;
  /** Facts the employer was asked but could not answer ("weiß nicht"). */
  readonly unknown: ReadonlySet<FactKey>;
}

export function createCtx(facts: CaseFacts, lawAsOf: IsoDate, unknown: readonly FactKey[] = []): Ctx {
  return { facts: withImpliedFacts(facts), lawAsOf, unknown: new Set(unknown) };
}

export function read<K extends FactKey>(ctx: Ctx, key: K): FlatFacts[K] {
  if (key.startsWith('job.')) return ctx.facts.job?.[key.slice(4) as keyof Job] as FlatFacts[K];
  return ctx.facts[key as keyof CaseFacts] as FlatFacts[K];
}

export const isAbsent = (ctx: Ctx, key: FactKey) => read(ctx, key) === undefined;
/** Absent and explicitly "weiß nicht": answered on the cautious reading, never asked again. */
export const isUnknown = (ctx: Ctx, key: FactKey) => isAbsent(ctx, key) && ctx.unknown.has(key);
/** Absent and not yet asked: a candidate for `missingFacts`. */
export const isMissing = (ctx: Ctx, key: FactKey) => isAbsent(ctx, key) && !ctx.unknown.has(key);

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

/** Months of uninterrupted stay: `stayMonths` if given, else whole months since entry. */
export function stayMonths(ctx: Ctx): number | undefined {
  const { stayMonths: months, entryDate } = ctx.facts;
  if (months !== undefined) return months;
  return entryDate === undefined ? undefined : Math.max(0, monthsBetween(entryDate, ctx.lawAsOf));
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
  return starts[0] === undefined ? undefined : Math.max(0, monthsBetween(starts[0], ctx.lawAsOf));
}

/** First day of the stay that counts, for "from <date>" statements. */
export function stayStart(ctx: Ctx): IsoDate | undefined {
  const { stayMonths: months, entryDate } = ctx.facts;
  if (months !== undefined) return addMonths(ctx.lawAsOf, -months);
  return entryDate;
}
