import type { Citation } from './assessment.js';
import type { IsoDate } from './facts.js';

export type Lang = 'de' | 'en';

/**
 * What the pure core needs from the knowledge base. The adapter (src/knowledge/assessment-knowledge.ts)
 * builds it from the Markdown entries and the i18n catalogues; tests pass a small fake.
 */
export interface AssessmentKnowledge {
  /** Citation of entry `id` in `lang` if it exists and is in force on `date` (valid_from <= date <= valid_until|null), else undefined. */
  citation(id: string, date: IsoDate, lang: Lang): Citation | undefined;
  /** User-facing text for a message key (catalogues live in src/i18n/, pure data). */
  message(lang: Lang, key: string, params?: Record<string, string | number>): string;
}
