import type { KnowledgeEntry } from './entry.js';
import { createKnowledgeSearch, type KnowledgeSearch, type SerialisedSearch } from './search.js';

/** The loaded knowledge base: entries by id and language, plus search. Built once at start-up. */
export interface KnowledgeBase extends KnowledgeSearch {
  entries: readonly KnowledgeEntry[];
  get(id: string, lang: 'de' | 'en'): KnowledgeEntry | undefined;
  /** Number of distinct entry ids and the latest review date, for /healthz. */
  stats(): { entries: number; reviewedAt: string | null };
}

/** `prebuilt`: the search index serialised at build time (the Worker), instead of building it now. */
export function createKnowledgeBase(entries: KnowledgeEntry[], prebuilt?: SerialisedSearch): KnowledgeBase {
  const byKey = new Map(entries.map((e) => [`${e.lang}:${e.id}`, e]));
  const search = createKnowledgeSearch(entries, prebuilt);
  const ids = new Set(entries.map((e) => e.id));
  const reviewedAt = entries.reduce<string | null>(
    (max, e) => (max === null || e.reviewed_at > max ? e.reviewed_at : max),
    null,
  );
  return {
    entries,
    get: (id, lang) => byKey.get(`${lang}:${id}`),
    search: (query, options) => search.search(query, options),
    stats: () => ({ entries: ids.size, reviewedAt }),
  };
}
