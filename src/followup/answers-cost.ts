import { contentStems, GENERIC_STEM } from './answers-search.js';
import { fold } from './topic.js';
import { answer, type FollowUpAnswer, type FollowUpDeps, type FollowUpInput, sayFollowUp } from './types.js';

const COST_WORD = /^(?:kost|gebuhr|gratis|umsonst|cost|fee|free|charg)/;
/** The two things Lotse's answers lead to that could cost: the permission, and the counselling it offers. */
const PERMISSION = /\b(?:erlaubnis\w*|genehmigung\w*|antrag\w*|permit\w*|permission\w*|application)\b/;
const ADVISER = /\b(?:berat\w*|uebergab\w*|adviser\w*|advisor\w*|advice|counsel\w*|hand(?:ing)?[- ]?over)\b/;
/** The same subjects as word stems, and the words of a cost question that name nothing else ("kommt drauf an"). */
const SUBJECT_STEM =
  /^(?:erlaubnis|genehmig|antrag|permit|permiss|applic|berat|uebergab|ubergab|advis|advic|counsel|hand)/;
const FILLER = /^(?:kommt|drauf|anyth|someth|etwa|ueberhaupt|uberhaupt|auch|that|this)/;

/**
 * "Kostet das was?" (asked at the adviser offer), "kostet die Erlaubnis was?", "is the adviser free of charge?":
 * what the knowledge base holds – immigration offices state that the permission is free of charge
 * (paperwork.steps) – and, for the counselling, that its price is not in the knowledge base. Nothing when the
 * question names something else that costs ("Was kostet ein Deutschkurs?"): the knowledge search answers that.
 */
export function costAnswer(input: FollowUpInput, deps: FollowUpDeps): FollowUpAnswer | undefined {
  const text = fold(input.question);
  const other = contentStems(input.question, input.lang).filter(
    (s) => !COST_WORD.test(s) && !GENERIC_STEM.test(s) && !FILLER.test(s) && !SUBJECT_STEM.test(s),
  );
  if (other.length > 0) return undefined;
  const say = sayFollowUp(input.lang);
  const entry = deps.citation('paperwork.steps', input.lawAsOf, input.lang);
  const permission = say('cost.permission');
  const parts = PERMISSION.test(text) && !ADVISER.test(text) ? [permission] : [say('cost.adviser'), permission];
  return answer('cost', parts.join(' '), entry ? [entry] : []);
}
