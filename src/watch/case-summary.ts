import type { CaseFacts } from '../domain/facts.js';
import { describeFact } from '../i18n/fact-labels.js';
import type { Lang } from './store.js';

/**
 * The facts that tell one case from another in a mail's first line: only facts the case holds, never a name
 * (Lotse never asks for one) and never the employer's words.
 */
const KEYS = ['status', 'nationality', 'job.kind', 'job.hoursPerWeek'] as const;

/** "Duldung · Syrien · Arbeitsstelle · 40 Std./Woche": which case a reminder or change is about (review S3-8). */
export function caseSummary(facts: CaseFacts, lang: Lang): string | undefined {
  const parts = KEYS.flatMap((key) => {
    const value =
      key === 'job.kind' ? facts.job?.kind : key === 'job.hoursPerWeek' ? facts.job?.hoursPerWeek : facts[key];
    return value === undefined ? [] : [describeFact(key, value, lang)];
  });
  return parts.length ? parts.join(' · ') : undefined;
}
