import type { EntryId } from '../citations.js';
import type { Ctx } from '../context.js';
import { GEAS_FROM } from '../data/legal-dates.js';
import { CARVE_OUT_EU7, CARVE_OUT_GE_MD } from '../data/safe-countries.js';
import type { FactKey } from '../facts.js';
import type { OpenPoint } from '../findings.js';
import { dateTri, isOpen, not, openOn, or, type Tri, triOf } from '../tri.js';
import { appliedAfter, enteredAfter } from './asylum-dates.js';

/**
 * § 104 Abs. 18 Nr. 1: Georgians and Moldovans who applied by 30.08.2023, or who were geduldet in Germany
 * on 30.08.2023 without applying. Whoever entered after that day cannot have been geduldet here on it,
 * so the Duldung date is not needed to rule the carve-out out.
 */
function carveOutGeMd(ctx: Ctx): Tri {
  const { asylumApplied } = ctx.facts;
  if (asylumApplied === undefined) return openOn(ctx, ['asylumApplied']);
  if (asylumApplied) return not(appliedAfter(ctx, CARVE_OUT_GE_MD.cutoff));
  if (enteredAfter(ctx, CARVE_OUT_GE_MD.cutoff)) return false;
  return dateTri(ctx, 'toleratedSince', (d) => d <= CARVE_OUT_GE_MD.cutoff);
}

/** § 104 Abs. 18: the ban does not apply to these earlier arrivals. */
export function carveOut(ctx: Ctx, code: string): Tri {
  if ((CARVE_OUT_GE_MD.codes as readonly string[]).includes(code)) return carveOutGeMd(ctx);
  if ((CARVE_OUT_EU7.codes as readonly string[]).includes(code)) {
    return or(
      dateTri(ctx, 'toleratedSince', (d) => d <= CARVE_OUT_EU7.toleratedOn),
      triOf(ctx, 'hadWorkPermitOn11June2026', (v) => v),
    );
  }
  return false;
}

/**
 * When the history meets the ban and only the carve-out is open, the if-then names its facts. When every fact it is
 * open on is one the employer cannot give ("weiß nicht": a date known only to the year or month, a date not known at
 * all, the permission on 11.06.2026), the carve-out — an exception that holds only when its facts are there — is not
 * assumed: contract v1.1 §5 reads such a date at its cautious end, and a wholly unknown date or permission has no
 * end that could carry it either. Then the ban applies, said as possible with the condition that lifts it (review
 * S4-5, one reading for all of them since session 5).
 */
export function carveOutCondition(
  ctx: Ctx,
  code: string,
  history: Tri,
  tri: Tri,
  carve: Tri,
): { condition?: OpenPoint; cautiousBan?: OpenPoint; cautiousUnknown?: readonly FactKey[] } {
  if (history !== true || !isOpen(tri)) return {};
  const cite: EntryId = ctx.lawAsOf >= GEAS_FROM ? 'ban.transition-104-18' : 'ban.safe-country-national';
  const nr = (CARVE_OUT_EU7.codes as readonly string[]).includes(code)
    ? 'eu7'
    : (CARVE_OUT_GE_MD.codes as readonly string[]).includes(code)
      ? 'ge_md'
      : undefined;
  if (nr === undefined) return {};
  const condition: OpenPoint = { msg: `open.unknown_carve_out_${nr}`, cite: [cite] };
  const onlyUnknown = isOpen(carve) && carve.missing.length === 0 && carve.unknown.length > 0;
  return onlyUnknown
    ? {
        condition,
        cautiousBan: { msg: `open.partial_carve_out_${nr}`, cite: [cite] },
        cautiousUnknown: carve.unknown,
      }
    : { condition };
}

/** A possible ban (carve-out facts unknown, S4-5; Türkei's open EU-list coverage, S5-29) is said as possible. */
export const doNotEmployStep = (openPoints: readonly { msg: string }[]) =>
  openPoints.some((p) => p.msg === 'open.eu_candidate_possible_ban')
    ? 'step.do_not_employ_until_checked'
    : openPoints.some((p) => p.msg.startsWith('open.partial_carve_out_'))
      ? 'step.do_not_employ_unless'
      : 'step.do_not_employ';
