import type { CaseFacts } from './facts.js';

/**
 * Facts that follow from others the employer already gave, so the bot does not ask what it was
 * told: an asylum outcome, an application date or an Aufenthaltsgestattung (which arises with the
 * asylum request, § 55 AsylG) all mean an asylum application was made. An explicit answer wins.
 */
export function withImpliedFacts(facts: CaseFacts): CaseFacts {
  if (facts.asylumApplied !== undefined) return facts;
  const applied =
    facts.asylumOutcome !== undefined ||
    facts.asylumAppliedOn !== undefined ||
    facts.status === 'aufenthaltsgestattung';
  return applied ? { ...facts, asylumApplied: true } : facts;
}

/**
 * The employer reports that the asylum application of a person employed on a Gestattung was rejected. The
 * Gestattung ends only once the rejection is final or the removal threat enforceable, and goes on while an
 * appeal is suspensive (§ 67 Abs. 1 AsylG per KB entry event.asylum-rejected-while-employed; § 67 is not in the
 * statute extracts): the rules say when it ends as an open point and read what follows (a Duldung, from now on)
 * for the permission that will then be needed. Facts the employer gave about a Duldung already issued win.
 * The kind of rejection is never assumed: a missing or stale `pending` outcome stays unknown (review S5-17).
 */
export function withRejectionFacts(facts: CaseFacts, lawAsOf: string): CaseFacts {
  if (facts.event !== 'asylum_rejected_while_employed') return facts;
  const { asylumOutcome: outcome, ...rest } = facts;
  const next: CaseFacts = {
    ...rest,
    asylumApplied: true,
    ...(outcome && outcome !== 'pending' ? { asylumOutcome: outcome } : {}),
  };
  if (!rejectedOnGestattung(facts)) return next;
  return {
    ...next,
    status: 'duldung',
    workClause: 'beschaeftigung_nur_mit_erlaubnis',
    toleratedSince: facts.toleratedSince ?? lawAsOf,
  };
}

/** The rejection was reported while the person still holds the Gestattung (no Duldung issued yet is said). */
export const rejectedOnGestattung = (facts: CaseFacts): boolean =>
  facts.event === 'asylum_rejected_while_employed' &&
  (facts.status === undefined || facts.status === 'aufenthaltsgestattung');
