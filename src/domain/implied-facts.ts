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
 * The employer reports that the asylum application of a person already employed was rejected: the
 * Aufenthaltsgestattung ends (§ 67 AsylG) and a Duldung follows, from now on. The permission tied to the
 * Gestattung does not carry over, so on the Duldung the job needs a permission again. Facts the employer
 * gave about a Duldung already issued win.
 */
export function withRejectionFacts(facts: CaseFacts, lawAsOf: string): CaseFacts {
  if (facts.event !== 'asylum_rejected_while_employed') return facts;
  const outcome =
    facts.asylumOutcome === undefined || facts.asylumOutcome === 'pending' ? 'rejected' : facts.asylumOutcome;
  const next: CaseFacts = { ...facts, asylumApplied: true, asylumOutcome: outcome };
  if (facts.status !== undefined && facts.status !== 'aufenthaltsgestattung') return next;
  return {
    ...next,
    status: 'duldung',
    workClause: 'beschaeftigung_nur_mit_erlaubnis',
    toleratedSince: facts.toleratedSince ?? lawAsOf,
  };
}
