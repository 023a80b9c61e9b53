import { routeStanding } from '../answer/route-standing.js';
import type { Citation } from '../domain/assessment.js';
import { fold } from './topic.js';
import { answer, type FollowUpAnswer, type FollowUpDeps, type FollowUpInput, sayFollowUp } from './types.js';

/** "Was können wir gegen die Abschiebung machen?", "would a job stop the deportation?" (review S5-7). */
const REMOVAL = /\b(?:abschieb\w*|abgeschoben\w*|rueckfuehrung\w*|deport\w*)\b/;
/** Whether the question asks if a job, a contract or the employment stops or protects against it. */
const JOB_STOPS =
  /\b(?:stelle|job|arbeit\w*|arbeitsvertrag\w*|vertrag|beschaeftigung|festanstellung|contract|employment|work)\b.{0,40}\b(?:hilft|helfen|schuetzt|schuetzen|verhinder\w*|stopp\w*|aufhalt\w*|stop\w*|prevent\w*|protect\w*|help\w*)\b|\b(?:hilft|schuetzt|verhindert|stoppt|would|does|can|will)\b.{0,20}\b(?:stelle|job|arbeitsvertrag|vertrag|festanstellung|contract|employment)\b.{0,40}\b(?:gegen|vor|stop\w*|prevent\w*|protect\w*|against)\b/;

/**
 * A question about the deportation itself, answered from what the knowledge base holds (event.deportation-or-detention,
 * ban.removal-measures): the employer cannot stop it; the person needs counselling or a lawyer today, who checks the
 * ways; the employer helps with a written confirmation. With measures pending in the case: a new permission is
 * discretion, the routes still open are named. Whether it succeeds is individual legal advice – said so. After an
 * ending ("wird er jetzt abgeschoben?") the ending's own answer stands.
 */
export function removalAnswer(input: FollowUpInput, deps: FollowUpDeps): FollowUpAnswer | undefined {
  const text = fold(input.question);
  if (input.assessment?.event || !REMOVAL.test(text)) return undefined;
  const say = sayFollowUp(input.lang);
  const cite = (id: string): Citation[] => {
    const c = deps.citation(id, input.lawAsOf, input.lang);
    return c ? [c] : [];
  };
  const parts = [say('removal.what')];
  if (JOB_STOPS.test(text)) parts.unshift(say('removal.job_no'));
  const a = input.assessment;
  const pending = a?.escalation.reasons.some((r) => r.code === 'removal_pending') === true;
  const routeCites: Citation[] = [];
  if (a && pending) {
    parts.push(say('removal.pending'));
    const open = a.routes.filter((r) => {
      const standing = routeStanding(a, r);
      return standing === 'possible' || standing === 'likely';
    });
    if (open.length > 0) {
      const names = open.map((r) => (r.id === 'haertefall' ? say('removal.hardship') : `§ ${r.id}`)).join(', ');
      parts.push(say('removal.routes', { routes: names }));
      for (const r of open) routeCites.push(...r.citations);
    }
  }
  parts.push(say('removal.individual'));
  return answer(
    'case.removal',
    parts.join(' '),
    cite('event.deportation-or-detention'),
    pending || !a ? cite('ban.removal-measures') : [],
    routeCites,
  );
}
