import { addMonths, parseIso, toIso, type Ymd, ymd } from '../nlu/date-math.js';
import { MONTH_ALT, MONTHS } from '../nlu/time-words.js';
import { routesNamed } from './route-names.js';
import { fold } from './topic.js';
import { answer, type CaseContext, type FollowUpAnswer } from './types.js';

/** "Wann sollen wir das beantragen?", "ab wann kann er den Antrag stellen?", "when do we have to apply?". */
const WHEN_APPLY =
  /\b(?:wann|zeitpunkt|wie frueh\w*|fristen?|when|how early|how soon|deadline)\b.{0,60}\b(?:beantrag\w*|antrag\w*|apply\w*|application|file|submit\w*)\b|\b(?:beantrag\w*|antrag\w*|apply\w*|application)\b.{0,40}\b(?:wann|zeitpunkt|wie frueh\w*|when|how early|how soon|by when)\b/;

const TRAINING_JOBS = new Set(['vocational_training', 'helper_training']);

/** The training's start when the question gives it: "1.8.2027", "1. August 2027", "im August", "August 2027". */
function startIn(text: string, today: Ymd): Ymd | undefined {
  const numeric = /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b/.exec(text);
  if (numeric) {
    const y = Number(numeric[3]);
    return ymd(y < 100 ? 2000 + y : y, Number(numeric[2]), Number(numeric[1]));
  }
  const named = new RegExp(`\\b(?:(\\d{1,2})\\.? )?(${MONTH_ALT})\\b(?: (\\d{4}))?`).exec(text);
  const month = named?.[2] ? MONTHS[named[2]] : undefined;
  if (!named || month === undefined) return undefined;
  // A month without a year is the next one to come ("ab August" said in December is next August).
  const year = named[3] ? Number(named[3]) : month > today.m ? today.y : today.y + 1;
  return ymd(year, month, named[1] ? Number(named[1]) : 1);
}

/**
 * "Wann sollen wir das beantragen?" about the training toleration (review S6-11): its timing under § 60c Abs. 3
 * AufenthG – applied for at the earliest seven months before the training starts, granted at the earliest six
 * months before, once the contract's entry in the chamber's register has been applied for (or, where there is no
 * register, the contract is with or approved by the school) – and that the conditions count on the day of the
 * application (§ 60c Abs. 2 Nr. 2, 5). With the start in the question, its dates. Only where the case is a training
 * with § 60c not ruled out, or the question names the Ausbildungsduldung; undefined otherwise.
 */
export function trainingTimingAnswer(c: CaseContext): FollowUpAnswer | undefined {
  const { a, input, say, deps } = c;
  const text = fold(input.question);
  if (!WHEN_APPLY.test(text)) return undefined;
  const named = routesNamed(text);
  if (named.length > 0 && !named.includes('60c')) return undefined;
  const route = a.routes.find((r) => r.id === '60c');
  const training = TRAINING_JOBS.has(input.facts.job?.kind ?? '');
  if (!named.includes('60c') && (!training || !route || route.status === 'excluded')) return undefined;
  const today = parseIso(input.lawAsOf);
  if (!today) return undefined;
  const parts = [say('training_when.rule')];
  const start = startIn(text, today);
  if (start) {
    const from = toIso(addMonths(start, -7));
    const granted = toIso(addMonths(start, -6));
    if (from > input.lawAsOf) parts.push(say('training_when.dates', { start: toIso(start), from, granted }));
    else {
      // Within seven months of the start: no past "ab" date, only what is still ahead.
      parts.push(say('training_when.dates_now', { start: toIso(start) }));
      if (granted > input.lawAsOf) parts.push(say('training_when.granted_from', { granted }));
    }
  } else parts.push(say('training_when.no_start'));
  parts.push(
    say(input.facts.job?.trainingBody === 'school' ? 'training_when.contract_school' : 'training_when.contract'),
  );
  parts.push(say('training_when.on_application'));
  if (route?.status === 'excluded') parts.push(say('training_when.excluded'));
  const entry = deps.citation('training.ausbildungsduldung-60c', input.lawAsOf, input.lang);
  return answer('case.routes', parts.join(' '), entry ? [entry] : [], route?.citations);
}
