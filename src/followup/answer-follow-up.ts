import { buildAnswerCard } from '../answer/build-card.js';
import { renderDetailsText } from '../answer/render-text.js';
import { sayIn } from '../answer/texts.js';
import { conversationDe } from '../i18n/conversation.de.js';
import { conversationEn } from '../i18n/conversation.en.js';
import { appealAnswer } from './answers-appeal.js';
import { costAnswer } from './answers-cost.js';
import { afterEndAnswer } from './answers-ending.js';
import { glossaryAnswer } from './answers-glossary.js';
import { abhAnswer, documentsAnswer, dutiesAnswer, oldPermitAnswer, registrationAnswer } from './answers-paper.js';
import { removalAnswer } from './answers-removal.js';
import { namedRouteAnswer } from './answers-route.js';
import { itemAnswer, knowledgeAnswer, otherDocumentsEntry, specificKnowledge } from './answers-search.js';
import { baAnswer, processingAnswer, startAnswer } from './answers-time.js';
import { trainingTimingAnswer } from './answers-training-timing.js';
import { nextYearAnswer, traineePayRules, wageAnswer } from './answers-wage.js';
import { reasonAnswer, routesAnswer, stepsAnswer, trialAnswer, variantAnswer } from './answers-work.js';
import { type Topic, topicWithCue, verdictQuestion } from './topic.js';
import {
  answer,
  type CaseContext,
  type FollowUpAnswer,
  type FollowUpDeps,
  type FollowUpInput,
  type OpenCaseContext,
  sayFollowUp,
} from './types.js';

type CaseAnswer = (c: CaseContext) => FollowUpAnswer | undefined;

function detailsAnswer(c: CaseContext): FollowUpAnswer {
  const card = buildAnswerCard(c.a, c.input.facts, c.input.lang);
  return answer('case.details', renderDetailsText(card), c.a.citations);
}

function sourcesAnswer(c: CaseContext): FollowUpAnswer {
  const card = buildAnswerCard(c.a, c.input.facts, c.input.lang);
  const say = sayIn(c.input.lang);
  const lines = card.sources.map(
    (s) => `[${s.n}] ${say('source.line', { title: s.title, basis: s.legalBasis.join('; '), date: s.reviewedAt })}`,
  );
  return answer('case.sources', [c.say('sources.intro'), ...lines].join('\n'), c.a.citations);
}

/** The knowledge entries a topic's answer is about (id prefixes): a hit among them is the case's answer. */
const FAMILIES: Record<Topic, readonly string[]> = {
  details: [],
  sources: [],
  reason: [],
  definition: [],
  start: ['waiting.', 'permission.soll-rule', 'permission.job-specific', 'paperwork.processing-time'],
  processing_time: ['paperwork.processing-time', 'paperwork.steps', 'ba.consent'],
  ba: ['ba.consent', 'ba.exceptions', 'permission.after-four-years', 'waiting.'],
  documents: ['paperwork.documents', 'paperwork.ba-form', 'paperwork.steps', 'duty.check-and-keep-copy'],
  duties: [
    'duty.check-and-keep-copy',
    'duty.notify-',
    'duty.plain-duldung-no-notice',
    'sanction.',
    'event.employment-ends',
  ],
  wage: ['wage.minimum-wage-', 'wage.usual-pay-and-insurance', 'activity.internship', 'activity.minijob'],
  next_year: ['wage.minimum-wage-'],
  trial_work: ['activity.trial-work', 'activity.internship'],
  routes: [],
  old_permit: ['permission.job-specific'],
  cost: ['paperwork.steps', 'contact.'],
  // A route question names the route's own entries; another entry answers only a further subject ("his wife").
  named_route: ['employment-toleration.60d', 'employment-toleration.identity', 'training.', 'route.'],
  job_variant: ['activity.', 'ba.agency-work'],
  registration: ['paperwork.documents', 'training.'],
  after_end: ['event.employment-ends', 'training.', 'employment-toleration.', 'route.19d-1a', 'duty.'],
  abh: ['contact.', 'paperwork.', 'permission.', 'ban.'],
};

const BY_TOPIC: Record<Exclude<Topic, 'definition'>, CaseAnswer> = {
  details: detailsAnswer,
  sources: sourcesAnswer,
  next_year: nextYearAnswer,
  trial_work: trialAnswer,
  duties: dutiesAnswer,
  wage: wageAnswer,
  documents: documentsAnswer,
  start: startAnswer,
  processing_time: processingAnswer,
  ba: baAnswer,
  reason: reasonAnswer,
  routes: routesAnswer,
  named_route: namedRouteAnswer,
  job_variant: variantAnswer,
  after_end: afterEndAnswer,
  old_permit: oldPermitAnswer,
  registration: registrationAnswer,
  abh: abhAnswer,
  // Answered before the case (costAnswer); here only when it named something else, for the knowledge search.
  cost: () => undefined,
};

/**
 * A case question asked before the verdict: what holds for every case (the minimum wage, that a trial is
 * employment), else that it depends on the facts still open. Never "I don't know" with an adviser offer
 * for a question the verdict will answer; the graph asks the pending question again after it.
 */
function beforeVerdict(
  c: OpenCaseContext,
  topic: Exclude<Topic, 'definition' | 'reason' | 'after_end' | 'cost'>,
): FollowUpAnswer {
  if (topic === 'wage') return wageAnswer(c);
  if (topic === 'next_year') {
    const known = knowledgeAnswer(c.input, c.deps, c.say('knowledge.intro'));
    if (known) return known;
  }
  if (topic === 'trial_work') {
    const entry = c.deps.citation('activity.trial-work', c.input.lawAsOf, c.input.lang);
    return answer('case.pending', c.say('pending.trial_work'), entry ? [entry] : []);
  }
  return answer('case.pending', c.say('pending.depends'));
}

/**
 * Answers a question asked after a verdict: from the case's assessment first (the start date it
 * computed, its documents, duties, routes; the same case with another kind of job), then from one
 * of its findings that matches, then from the knowledge base; otherwise an honest "I don't know"
 * with the adviser offer. Never the whole verdict again unasked: "Details" brings the sections.
 * A "what is …?" question goes to the knowledge base directly: it asks for an explanation.
 */
export function answerFollowUp(input: FollowUpInput, deps: FollowUpDeps): FollowUpAnswer {
  const say = sayFollowUp(input.lang);
  const matched = topicWithCue(input.question, { ending: Boolean(input.assessment?.event) });
  const topic = matched?.topic;
  // "Geht das?", "what must I do now?": the verdict answers it (review S4-14) – never a knowledge search.
  const asksVerdict = topic ? undefined : verdictQuestion(input.question);
  // "Kostet das was?" does not depend on the case (asked at the adviser offer, before or after the verdict).
  const cost = topic === 'cost' ? costAnswer(input, deps) : undefined;
  if (cost) return cost;
  // "Was können wir gegen die Abschiebung machen?" (review S5-7): before and after the verdict.
  const removal = removalAnswer(input, deps);
  if (removal) return removal;
  if (input.assessment) {
    const c: CaseContext = { input, a: input.assessment, deps, say };
    // After an asylum rejection, "darf er bis zum Urteil weiterarbeiten?" is the case's own open point (S5-17).
    const appeal = appealAnswer(c);
    if (appeal) return appeal;
    // "Wann sollen wir das beantragen?" in a training case: the § 60c Abs. 3 timing, not the generic steps (S6-11).
    const timing = trainingTimingAnswer(c);
    if (timing) return timing;
    if (asksVerdict) return asksVerdict === 'steps' ? stepsAnswer(c) : reasonAnswer(c);
    // A question may use a topic's word for something else ("Eingliederungszuschuss von der
    // Arbeitsagentur" is no question about BA consent): an entry naming what else it asks goes first.
    const cited = new Set(input.assessment.citations.map((x) => x.entryId));
    const family = topic ? FAMILIES[topic] : [];
    const isCaseEntry = (id: string) => cited.has(id) || family.some((prefix) => id.startsWith(prefix));
    // The knowledge base would answer for another document than the case's: the case's own answer instead.
    const own = topic ? undefined : otherDocumentsEntry(input, deps);
    const ownAnswer = own ? BY_TOPIC[own](c) : undefined;
    if (ownAnswer) return ownAnswer;
    const specific =
      topic === 'details' ||
      topic === 'sources' ||
      topic === 'reason' ||
      topic === 'definition' ||
      topic === 'after_end' ||
      topic === 'old_permit' ||
      topic === 'registration' ||
      // A nursing or Land-law trainee's pay: the entries on the BBiG's allowance or school training are not its rule.
      (topic === 'wage' && traineePayRules(c) !== undefined)
        ? undefined
        : specificKnowledge(input, deps, say('knowledge.intro'), matched?.words ?? [], isCaseEntry);
    if (specific) return specific;
    const fromTopic = topic && topic !== 'definition' ? BY_TOPIC[topic](c) : undefined;
    if (fromTopic) return fromTopic;
    const fromItem = topic === 'definition' ? undefined : itemAnswer(c);
    if (fromItem) return fromItem;
  } else if (asksVerdict) {
    return answer('case.pending', say('pending.depends'));
  } else if (topic === 'details' || topic === 'sources') {
    return answer('unknown', say('details.none'));
  } else if (topic && topic !== 'definition' && topic !== 'reason' && topic !== 'after_end' && topic !== 'cost') {
    return beforeVerdict({ input, deps, say }, topic);
  }
  const known = knowledgeAnswer(input, deps, say('knowledge.intro'));
  if (known) return known;
  // "Was heißt denn Nebenbestimmung?": a word of the bot's own questions, explained as the widget explains it.
  const explained = glossaryAnswer(input);
  if (explained) return explained;
  return answer('unknown', (input.lang === 'de' ? conversationDe : conversationEn).followUpUnknown);
}
