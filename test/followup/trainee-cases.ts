import type { CaseFacts } from '../../src/domain/facts.js';
import { askAbout } from './case-follow-up.js';

/**
 * One trainee case in three trainings — nursing under the PflBG (school), a helper training under Land law, a dual
 * training (chamber) — and a follow-up asked about it on the real knowledge base.
 */
export const trainee = (job: CaseFacts['job']): CaseFacts => ({
  status: 'duldung',
  nationality: 'GN',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  entryDate: '2022-03-01',
  toleratedSince: '2023-01-01',
  identityClarifiedOn: '2022-05-01',
  identityByPassport: true,
  removalMeasuresPending: false,
  job,
});
export const nursing = trainee({ kind: 'vocational_training', trainingBody: 'school' });
export const helper = trainee({ kind: 'helper_training' });
export const dual = trainee({ kind: 'vocational_training' });

export function ask(facts: CaseFacts, lang: 'de' | 'en', question: string) {
  return askAbout(facts, lang, question).reply;
}
