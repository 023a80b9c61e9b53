import type { Assessment } from '../domain/assessment.js';
import type { Lang } from './texts.js';
import { sayIn } from './texts.js';

/**
 * Which escalation reason the offer names when there are several: the one that asks most of the employer now.
 * A route worth checking comes last: it is a chance, not a problem with the case.
 */
const PRESSING = [
  'removal_pending',
  'ban',
  'unclear_identity',
  'open_legal_point',
  'unknown_fact',
  'outside_scope',
  'route_check',
];

/** Routes an adviser prepares an application for (src/domain/escalation.ts `PERSPECTIVE_ROUTES`). */
const PERSPECTIVE = ['60d', '19d', '25a', '25b'];

/**
 * The sentence before the consent question (review S5-20): why this case goes to a counselling service, in one
 * clause of the rules' own reason, not the same "Dieser Fall sollte … geprüft werden" for a ban, a booked
 * deportation and a route worth checking. A route is offered ("Möchten Sie …?"), everything else asked for.
 */
export function handoffOffer(a: Assessment, lang: Lang): string {
  const say = sayIn(lang);
  const rank = (code: string) => {
    const i = PRESSING.indexOf(code);
    return i < 0 ? PRESSING.length : i;
  };
  const reason = [...a.escalation.reasons].sort((x, y) => rank(x.code) - rank(y.code))[0];
  if (!reason) return `${say('offer.generic')} ${say('offer.ask')}`;
  if (reason.code === 'removal_pending') return `${say('offer.removal_pending')} ${say('offer.ask_now')}`;
  if (reason.code === 'route_check') {
    const likely = a.routes.filter((r) => PERSPECTIVE.includes(r.id) && r.status === 'likely');
    const ids = likely.map((r) => r.id).join(', ');
    const named = likely.length === 0 ? '' : say(likely.length > 1 ? 'offer.route_names' : 'offer.route_name', { ids });
    const lead = named ? `${say('offer.route_check_lead')} (${named})` : say('offer.route_check_lead');
    return `${lead} ${say('offer.route_check_named')} ${say('offer.ask_optional')}`;
  }
  // The headline already says the ban or § 60b; the offer says what the counselling does about it.
  if (reason.code === 'ban' || reason.code === 'unclear_identity')
    return `${say(`offer.${reason.code}`)} ${say('offer.ask_short')}`;
  return `${reason.text} ${say('offer.ask')}`;
}
