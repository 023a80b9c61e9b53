import type { Assessment, Citation } from '../domain/assessment.js';
import type { CaseFacts, FactKey } from '../domain/facts.js';
import { formatMessage } from '../domain/messages.js';
import { type FollowUpTextKey, followUpDe } from '../i18n/followup.de.js';
import { followUpEn } from '../i18n/followup.en.js';
import type { KnowledgeSearch } from '../knowledge/search.js';

export type Lang = 'de' | 'en';

/** Where an answer came from: a part of the case's assessment, the knowledge base, or nowhere. */
export type AnswerSource =
  | 'case.start'
  | 'case.documents'
  | 'case.duties'
  | 'case.routes'
  | 'case.trial_work'
  | 'case.job_variant'
  | 'case.wage'
  | 'case.next_year'
  | 'case.processing_time'
  | 'case.ba'
  | 'case.reason'
  | 'case.details'
  | 'case.sources'
  | 'case.item'
  /** "Was muss ich jetzt tun?": the verdict's first steps. */
  | 'case.steps'
  /** After an ending: what becomes of the person's document, and further work with the employer. */
  | 'case.after_end'
  /** "Was können wir gegen die Abschiebung machen?": what the knowledge base holds, and the case's measures (S5-7). */
  | 'case.removal'
  /** Asked before the verdict: what holds for every case, or that it depends on the facts still open. */
  | 'case.pending'
  /** "Kostet das was?": the permission's fee and what the knowledge base holds about the counselling's. */
  | 'cost'
  | 'knowledge'
  | 'glossary'
  | 'unknown';

export interface FollowUpAnswer {
  source: AnswerSource;
  text: string;
  citations: Citation[];
}

/** The question and the case it is asked about (the verdict shown, and the facts as the employer gave them). */
export interface FollowUpInput {
  question: string;
  lang: Lang;
  lawAsOf: string;
  facts: CaseFacts;
  unknown: readonly FactKey[];
  /** The verdict the employer saw; null while facts are still being collected. */
  assessment: Assessment | null;
}

/** The rules (for "what if it were a minijob?"), the knowledge search, and citations of entries by id. */
export interface FollowUpDeps {
  assess(facts: CaseFacts, lawAsOf: string, unknown: FactKey[], lang: Lang): Assessment;
  search: KnowledgeSearch;
  citation(id: string, date: string, lang: Lang): Citation | undefined;
}

/** One case answer's working set. */
export interface CaseContext {
  input: FollowUpInput;
  a: Assessment;
  deps: FollowUpDeps;
  say: (key: FollowUpTextKey, params?: Record<string, string | number>) => string;
}

/** A question before the verdict: the case so far, no assessment yet. */
export interface OpenCaseContext {
  input: FollowUpInput;
  a?: Assessment;
  deps: FollowUpDeps;
  say: (key: FollowUpTextKey, params?: Record<string, string | number>) => string;
}

export const sayFollowUp =
  (lang: Lang): CaseContext['say'] =>
  (key, params) =>
    formatMessage((lang === 'de' ? followUpDe : followUpEn)[key], params, lang);

/** Citations of several findings, each entry once. */
export function citationsOf(...groups: readonly (readonly Citation[] | undefined)[]): Citation[] {
  const byId = new Map<string, Citation>();
  for (const group of groups) for (const c of group ?? []) if (!byId.has(c.entryId)) byId.set(c.entryId, c);
  return [...byId.values()];
}

export const answer = (
  source: AnswerSource,
  text: string,
  ...citations: (readonly Citation[] | undefined)[]
): FollowUpAnswer => ({
  source,
  text,
  citations: citationsOf(...citations),
});
