import type { EntryId } from '../citations.js';
import type { Ctx } from '../context.js';
import {
  ASYLUM_CUTOFF,
  EU_LIST_TEXT_OPEN_UNTIL,
  EU7_TOLERATED_ON,
  GEAS_FROM,
  GEAS_VOTED_ON,
} from '../data/legal-dates.js';
import { CARVE_OUT_EU7, CARVE_OUT_GE_MD, EU_LIST, isOpenEuCandidate, safeListsOn } from '../data/safe-countries.js';
import type { FactKey } from '../facts.js';
import type { OpenPoint, Reason } from '../findings.js';
import { and, dateTri, not, openOn, type Tri, triOf } from '../tri.js';
import { appliedAfter } from './asylum-dates.js';
import { carveOut, carveOutCondition } from './carve-out.js';

/** Result of § 60a Abs. 6 S. 1 Nr. 3 AufenthG with the § 104 Abs. 18 carve-outs, as of lawAsOf. */
export interface BanAnalysis {
  readonly tri: Tri;
  readonly cites: readonly EntryId[];
  readonly openPoints: readonly OpenPoint[];
  readonly reasons: readonly Reason[];
  /** "If …, then …" when only the § 104 Abs. 18 carve-out is open (replaces the general condition). */
  readonly condition?: OpenPoint;
  /**
   * Set when only the carve-out is open and only on facts the employer cannot give ("weiß nicht"): a partial date
   * read at its cautious end (contract v1.1 §5: the last day for "bis zum" / "zum … geduldet"), a date or the
   * 11.06.2026 permission not known at all. The carve-out is not assumed and the ban applies, said with the
   * condition under which it does not (review S4-5; wholly unknown facts since session 5).
   */
  readonly cautiousBan?: OpenPoint;
  /** The facts the cautious ban rests on, for the escalation's "unknown fact" reason. */
  readonly cautiousUnknown?: readonly FactKey[];
}

const NONE: BanAnalysis = { tri: false, cites: [], openPoints: [], reasons: [] };

/**
 * Ban-relevant asylum history: an application after 31.08.2015 that was rejected or withdrawn, or
 * no application at all. An unaccompanied minor's withdrawal or non-application is excepted
 * (§ 60a Abs. 6 S. 3) — only if it served the child's best interest, which stays an open point.
 */
function asylumHistory(ctx: Ctx): { tri: Tri; minorException: boolean } {
  const { asylumApplied, asylumOutcome, unaccompaniedMinor } = ctx.facts;
  const minor = unaccompaniedMinor === true;
  if (asylumApplied === undefined) return { tri: openOn(ctx, ['asylumApplied']), minorException: false };
  if (!asylumApplied) return { tri: !minor, minorException: minor };
  const after = appliedAfter(ctx, ASYLUM_CUTOFF);
  const minorWithdrawal = minor && asylumOutcome === 'withdrawn';
  // A reported rejection is one of either kind, both ban-relevant; the kind itself stays unknown (S5-17).
  const reported = ctx.facts.event === 'asylum_rejected_while_employed' && asylumOutcome === undefined;
  const rejected = reported || triOf(ctx, 'asylumOutcome', (o) => o !== 'pending' && !minorWithdrawal);
  return { tri: and(after, rejected), minorException: minorWithdrawal && after !== false };
}

/**
 * Before 12.06.2026 the EU list does not apply yet, but once the change was voted it is announced: for
 * the nationalities it adds, the ban starts on 12.06.2026 unless § 104 Abs. 18 Nr. 2 carves the person
 * out (geduldet on 06.05.2025 or a work permission held on 11.06.2026). Said, not applied.
 */
function euListAhead(ctx: Ctx, code: string): BanAnalysis {
  const added = EU_LIST.codes.includes(code) || (CARVE_OUT_EU7.codes as readonly string[]).includes(code);
  if (ctx.lawAsOf >= GEAS_FROM || ctx.lawAsOf < GEAS_VOTED_ON || !added) return NONE;
  if (asylumHistory(ctx).tri === false) return NONE;
  if (dateTri(ctx, 'toleratedSince', (d) => d <= EU7_TOLERATED_ON) === true) return NONE;
  // Türkei is named in § 104 Abs. 18 Nr. 2, but whether the EU list covers a candidate stays open once it applies.
  const msg = isOpenEuCandidate(code, EU_LIST.from) ? 'open.eu_list_ahead_candidate' : 'open.eu_list_ahead';
  return { ...NONE, openPoints: [{ msg, cite: ['ban.overview', 'ban.safe-country-national'] }] };
}

/**
 * An EU candidate country (coverage by the EU list open). Whoever the ban could not reach anyway (no ban-relevant
 * history, or carved out) has no open question. Türkei is also named in § 104 Abs. 18 Nr. 2, which only makes sense
 * if its nationals can be banned: its carve-out facts are asked like those of the other six states, and outside the
 * carve-out the ban is said as possible — "Möglicherweise verboten", the cautious pattern of review S4-5 — never a
 * plain "Erlaubnis nötig" over a probable ban, nor a certain ban on an open point (fact sheet §9 item 3, review S5-29).
 */
function euCandidate(ctx: Ctx, code: string): BanAnalysis {
  const history = asylumHistory(ctx).tri;
  const carve = carveOut(ctx, code);
  if (history === false || carve === true) return NONE;
  const open = {
    openPoints: [{ msg: 'open.eu_candidate', cite: ['ban.safe-country-eu'] }] as OpenPoint[],
    reasons: [{ code: 'open_legal_point', msg: 'reason.eu_candidate' }] as Reason[],
  };
  if (!(CARVE_OUT_EU7.codes as readonly string[]).includes(code)) return { ...NONE, ...open };
  const cites: EntryId[] = ['ban.safe-country-eu', 'ban.transition-104-18'];
  if (history === true && carve === false) {
    const cite: OpenPoint['cite'] = ['ban.safe-country-eu', 'ban.transition-104-18'];
    return { ...NONE, ...open, cites, cautiousBan: { msg: 'open.eu_candidate_possible_ban', cite } };
  }
  const tri = and(history, not(carve));
  return { tri, cites, ...open, ...carveOutCondition(ctx, code, history, tri, carve) };
}

export function analyseSafeCountry(ctx: Ctx): BanAnalysis {
  const code = ctx.facts.nationality;
  if (code === undefined) return { ...NONE, tri: openOn(ctx, ['nationality']) };
  if (isOpenEuCandidate(code, ctx.lawAsOf)) return euCandidate(ctx, code);
  const lists = safeListsOn(code, ctx.lawAsOf);
  if (lists.length === 0) return euListAhead(ctx, code);
  const cites: EntryId[] = lists.map((l) => (l === 'national' ? 'ban.safe-country-national' : 'ban.safe-country-eu'));
  // § 104 Abs. 18 shapes every case of a nationality it names, also when its carve-out does not apply.
  const named = [...CARVE_OUT_GE_MD.codes, ...CARVE_OUT_EU7.codes] as readonly string[];
  if (named.includes(code) && ctx.lawAsOf >= GEAS_FROM) cites.push('ban.transition-104-18');
  const carve = carveOut(ctx, code);
  const history = asylumHistory(ctx);
  const tri = and(history.tri, not(carve));
  const openPoints: OpenPoint[] = [];
  const reasons: Reason[] = [];
  if (tri !== false && ctx.facts.asylumOutcome === 'withdrawn') {
    openPoints.push({ msg: 'open.withdrawal_12b', cite: ['ban.overview'] });
  }
  if (history.minorException && not(carve) !== false) {
    openPoints.push({ msg: 'open.minor_exception', cite: ['ban.overview'] });
    reasons.push({ code: 'open_legal_point', msg: 'reason.minor_exception' });
  }
  if (tri === true && lists.includes('eu')) openPoints.push({ msg: 'open.eu_list_new', cite: ['ban.safe-country-eu'] });
  if (tri !== false && inEuListWindow(ctx, lists)) {
    openPoints.push({ msg: 'open.eu_list_window', cite: ['ban.safe-country-eu', 'ban.transition-104-18'] });
    reasons.push({ code: 'open_legal_point', msg: 'reason.eu_list_window' });
  }
  // The carve-out alone keeps the person out of the ban: the employer should have its date documented.
  if (carve === true && history.tri !== false) {
    const cite: EntryId = ctx.lawAsOf >= GEAS_FROM ? 'ban.transition-104-18' : 'ban.safe-country-national';
    openPoints.push({ msg: 'open.carve_out_applies', cite: [cite] });
  }
  return { tri, cites, openPoints, reasons, ...carveOutCondition(ctx, code, history.tri, tri, carve) };
}

/** A national of the EU list only (not Anlage II), assessed while the text of the ban was not yet consolidated. */
const inEuListWindow = (ctx: Ctx, lists: readonly string[]) =>
  lists.includes('eu') && !lists.includes('national') && ctx.lawAsOf <= EU_LIST_TEXT_OPEN_UNTIL;
