import { fold } from './topic.js';
import { answer, type CaseContext, type FollowUpAnswer } from './types.js';

/** "Er hat Klage eingereicht – darf er bis zum Urteil weiterarbeiten?", "can he work while the appeal runs?". */
const APPEAL =
  /\b(?:klage\w*|klag(?:e|en|t)|geklagt|urteil\w*|\w*gericht\w*|rechtsmittel|aufschiebend\w*|appeal\w*|court|lawsuit|sue[sd]?|suing|judg(?:e)?ment|suspensive)\b/;

/** The rules' open points on when the Gestattung ends after the rejection (review S5-17 / S6-3). */
const REJECTION_POINTS = ['rejection_appeal', 'rejection_manifestly_unfounded', 'rejection_kind_unknown'];

/**
 * After an asylum rejection of a person employed on a Gestattung, a question about the appeal gets the case's own
 * answer: the rules' open point on when the Gestattung (and the permission on it) ends, for the kind of rejection
 * the employer gave — never a search that finds another document's expiry. Undefined when the case has no such
 * point (a Duldung already issued, a ban: the verdict's own answer stands).
 */
export function appealAnswer(c: CaseContext): FollowUpAnswer | undefined {
  const { a, input, deps } = c;
  if (input.facts.event !== 'asylum_rejected_while_employed' || !APPEAL.test(fold(input.question))) return undefined;
  const point = a.openPoints.find((p) => p.id !== undefined && REJECTION_POINTS.includes(p.id));
  if (!point) return undefined;
  const entry = deps.citation('event.asylum-rejected-while-employed', input.lawAsOf, input.lang);
  return answer('case.item', point.text, entry ? [entry] : []);
}
