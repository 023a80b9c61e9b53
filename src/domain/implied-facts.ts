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
