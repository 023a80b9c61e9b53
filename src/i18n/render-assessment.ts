import { buildAnswerCard } from '../answer/build-card.js';
import { renderVerdictText } from '../answer/render-text.js';
import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts } from '../domain/facts.js';
import type { Lang } from '../domain/ports.js';

/**
 * The assessment as plain text for chat channels: the verdict with its reason, at most three steps
 * with their dates, the facts it rests on and where the details are (see src/answer/). `facts` are
 * the employer's own; without them the facts line says that none were given.
 */
export function renderAssessmentText(assessment: Assessment, lang: Lang, facts: CaseFacts = {}): string {
  return renderVerdictText(buildAnswerCard(assessment, facts, lang), lang);
}
