import type { CaseDateItem } from './case-dates.js';
import type { Draft } from './findings.js';

/**
 * What the office may do when the wait ends, as the law that set the wait says it (review S3-8): an asylum
 * seeker since 12.06.2026 is entitled ("ist … zu erlauben", § 61 Abs. 1 S. 2 / Abs. 2 S. 1 AsylG), once the BA has
 * consented or none is needed; a Duldung in a reception centre "soll" be permitted (§ 61 Abs. 1 S. 6); otherwise
 * (a Duldung: § 4a Abs. 4 AufenthG with § 32 Abs. 1 BeschV "kann"; a Gestattung before 12.06.2026 after three
 * months) it is the office's discretion.
 */
function waitingPeriodText(draft: Draft, cite: readonly string[]) {
  if (cite.includes('gestattung.after-geas')) {
    return draft.baConsent === 'not_required'
      ? 'case_date.waiting_period_ends_entitled_no_ba'
      : 'case_date.waiting_period_ends_entitled';
  }
  if (cite.some((c) => c.startsWith('waiting.reception-centre-'))) return 'case_date.waiting_period_ends_should';
  return 'case_date.waiting_period_ends';
}

export function waitingPeriod(draft: Draft): CaseDateItem[] {
  const wait = draft.steps.find((s) => s.id === 'wait_until');
  const date = draft.earliestStart;
  if (!wait || date === undefined) return [];
  return [
    {
      id: 'waiting_period_ends',
      kind: 'waiting_period_ends',
      date,
      msg: waitingPeriodText(draft, wait.cite ?? []),
      params: { date },
      cite: wait.cite,
    },
  ];
}
