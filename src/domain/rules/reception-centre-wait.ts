import type { EntryId } from '../citations.js';
import { type Ctx, isMissing, isUnknown } from '../context.js';
import { GEAS_FROM } from '../data/legal-dates.js';
import type { FactKey, IsoDate } from '../facts.js';
import type { OpenPoint } from '../findings.js';
import { dayAfterPeriod, latest } from '../law-date.js';
import { isOpen, or, triOf } from '../tri.js';
import { gestattungEntry } from './gestattung-ban.js';

export interface Wait {
  readonly date: IsoDate;
  readonly cite: EntryId;
}
export interface Found {
  waits: Wait[];
  ask: FactKey[];
  openPoints: OpenPoint[];
}

/**
 * A wait of `short` or `long` months from `start`, where `long` applies unless a fact shows otherwise.
 * While that fact is open the long wait is the cautious reading; it is asked (or, after "weiß nicht",
 * stated as an open point) only when the two readings give a different earliest start.
 */
function shortOrLong(
  ctx: Ctx,
  found: Found,
  start: IsoDate,
  short: boolean | readonly FactKey[],
  cite: EntryId,
  point: OpenPoint,
) {
  const months = short === true ? 3 : 6;
  found.waits.push({ date: dayAfterPeriod(start, months), cite });
  if (typeof short === 'boolean' || dayAfterPeriod(start, 6) <= ctx.lawAsOf) return;
  const asked = short.filter((k) => isMissing(ctx, k));
  found.ask.push(...asked);
  if (asked.length > 0 || short.some((k) => isUnknown(ctx, k))) found.openPoints.push(point);
}

/**
 * § 61 Abs. 1 AsylG for Geduldete still obliged to live in a reception centre: six months of Duldung; since
 * GEAS three with identity proven by a recognised valid passport (S. 7) or the § 60c Abs. 1 S. 1 Nr. 2
 * conditions (a qualified training, or a helper training with a promised follow-on place).
 */
export function receptionCentreDuldung(ctx: Ctx, found: Found): void {
  const geas = ctx.lawAsOf >= GEAS_FROM;
  const cite: EntryId = geas ? 'waiting.reception-centre-2026' : 'waiting.reception-centre-2024';
  const { toleratedSince, job, identityByPassport } = ctx.facts;
  const training60c =
    job?.kind === 'vocational_training' || (job?.kind === 'helper_training' && job.followOnTrainingPromised === true);
  if (geas) found.openPoints.push({ msg: 'open.reception_prior_permission', cite: [cite] });
  if (toleratedSince === undefined) {
    if (isMissing(ctx, 'toleratedSince')) found.ask.push('toleratedSince');
    return;
  }
  const short: boolean | readonly FactKey[] = !geas
    ? false
    : training60c || identityByPassport !== undefined
      ? training60c || identityByPassport === true
      : ['identityByPassport'];
  shortOrLong(ctx, found, toleratedSince, short, cite, { msg: 'open.reception_passport', cite: [cite] });
}

/**
 * § 61 Abs. 1 AsylG for asylum seekers in a reception centre: six months from the application before GEAS;
 * since 12.06.2026 three after registration (S. 2), six after a Dublin take-charge or take-back request or
 * protection granted in another EU state (S. 3).
 */
export function receptionCentreGestattung(ctx: Ctx, found: Found): void {
  const geas = ctx.lawAsOf >= GEAS_FROM;
  const cite = gestattungEntry(ctx);
  const applied = ctx.facts.asylumAppliedOn;
  if (applied === undefined) {
    if (isMissing(ctx, 'asylumAppliedOn')) found.ask.push('asylumAppliedOn');
    return;
  }
  if (!geas) {
    found.waits.push({ date: dayAfterPeriod(applied, 6), cite });
    // The six months are counted as the law stands on lawAsOf. If they run past 11.06.2026, the new § 61
    // Abs. 1 S. 2 (three months after registration) applies from 12.06.2026: said, not applied.
    if (dayAfterPeriod(applied, 6) > GEAS_FROM) {
      const date = latest(GEAS_FROM, dayAfterPeriod(applied, 3)) ?? GEAS_FROM;
      found.openPoints.push({ msg: 'open.gestattung_geas_shortens', params: { date }, cite: [cite] });
    }
    return;
  }
  const longer = or(
    triOf(ctx, 'dublinProcedure', (v) => v),
    triOf(ctx, 'protectionInOtherEuState', (v) => v),
  );
  const short = isOpen(longer) ? [...longer.missing, ...longer.unknown] : !longer;
  shortOrLong(ctx, found, applied, short, cite, { msg: 'open.gestattung_dublin_6_months', cite: [cite] });
}
