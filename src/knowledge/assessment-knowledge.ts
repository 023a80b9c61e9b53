import type { Citation } from '../domain/assessment.js';
import { inForce } from '../domain/law-date.js';
import { type Catalogue, formatMessage } from '../domain/messages.js';
import type { AssessmentKnowledge, Lang } from '../domain/ports.js';
import { assessmentDe } from '../i18n/assessment.de.js';
import { assessmentEn } from '../i18n/assessment.en.js';
import type { KnowledgeEntry } from './entry.js';

const CATALOGUES: Record<Lang, Catalogue> = { de: assessmentDe, en: assessmentEn };

function toCitation(entry: KnowledgeEntry): Citation {
  return {
    entryId: entry.id,
    title: entry.title,
    legalBasis: [...entry.legal_basis],
    reviewedAt: entry.reviewed_at,
    sources: entry.sources.map((s) => ({ title: s.title, url: s.url })),
  };
}

/**
 * The rules engine's view of the knowledge base: citations of entries in force on a date, and the
 * assessment texts. An entry missing in the requested language falls back to the other one, so a
 * half-translated entry still yields a source rather than none.
 */
export function createAssessmentKnowledge(entries: readonly KnowledgeEntry[]): AssessmentKnowledge {
  const byKey = new Map(entries.map((e) => [`${e.lang}:${e.id}`, e]));
  return {
    citation(id, date, lang) {
      const other: Lang = lang === 'de' ? 'en' : 'de';
      const entry = byKey.get(`${lang}:${id}`) ?? byKey.get(`${other}:${id}`);
      return entry && inForce(date, entry.valid_from, entry.valid_until) ? toCitation(entry) : undefined;
    },
    message(lang, key, params) {
      const template = (CATALOGUES[lang] as Readonly<Record<string, string>>)[key];
      return template === undefined ? key : formatMessage(template, params, lang);
    },
  };
}
