import MiniSearch from 'minisearch';
import { compoundParts, isStopWord, type Lang, stemToken, tokenize } from './analyse-text.js';
import type { KnowledgeEntry } from './entry.js';

export interface SearchHit {
  id: string;
  title: string;
  snippet: string;
  legalBasis: string[];
  reviewedAt: string;
  sources: { title: string; url: string }[];
  score: number;
}

export interface SearchOptions {
  lang: Lang;
  limit?: number;
  /** Only entries in force on this date are returned. */
  lawAsOf?: string;
}

export interface KnowledgeSearch {
  search(query: string, options: SearchOptions): SearchHit[];
}

interface IndexedDoc {
  id: string;
  entryId: string;
  title: string;
  summary: string;
  keywords: string;
  body: string;
}

const FIELDS = ['title', 'keywords', 'summary', 'body'] as const;
const BOOST = { title: 3, keywords: 2.5, summary: 1.5, body: 1 };

const inForce = (entry: KnowledgeEntry, date: string) =>
  entry.valid_from <= date && (entry.valid_until === null || date <= entry.valid_until);

function buildIndex(entries: KnowledgeEntry[], lang: Lang) {
  const docs: IndexedDoc[] = entries.map((e) => ({
    id: e.id,
    entryId: e.id,
    title: e.title,
    summary: e.summary,
    keywords: [...e.keywords, ...e.topics, ...e.legal_basis].join(' '),
    body: e.body,
  }));
  // The compound vocabulary is every stem the corpus of this language contains.
  const vocabulary = new Set<string>();
  for (const doc of docs)
    for (const field of FIELDS) for (const t of tokenize(doc[field])) vocabulary.add(stemToken(t, lang));

  const analyse = (text: string): string[] => {
    const out: string[] = [];
    for (const token of tokenize(text)) {
      if (isStopWord(token, lang)) continue;
      out.push(stemToken(token, lang));
      if (lang === 'de') out.push(...compoundParts(token, vocabulary));
    }
    return out;
  };
  const index = new MiniSearch<IndexedDoc>({
    fields: [...FIELDS],
    storeFields: ['entryId'],
    tokenize: analyse,
    processTerm: (term) => term,
    searchOptions: {
      boost: BOOST,
      // Typos: allow one or two edits on longer stems only, so short legal terms stay exact.
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      prefix: (term) => term.length >= 5,
      combineWith: 'OR',
    },
  });
  index.addAll(docs);
  return index;
}

/** In-memory BM25 search over the knowledge base, one index per language. Same code on Node and Workers. */
export function createKnowledgeSearch(entries: KnowledgeEntry[]): KnowledgeSearch {
  const byId = new Map<string, KnowledgeEntry>();
  const indexes = new Map<Lang, MiniSearch<IndexedDoc>>();
  for (const lang of ['de', 'en'] as const) {
    const ofLang = entries.filter((e) => e.lang === lang);
    for (const e of ofLang) byId.set(`${lang}:${e.id}`, e);
    indexes.set(lang, buildIndex(ofLang, lang));
  }
  return {
    search(query, { lang, limit = 5, lawAsOf }) {
      const index = indexes.get(lang);
      if (!index) return [];
      const hits: SearchHit[] = [];
      for (const result of index.search(query)) {
        const entry = byId.get(`${lang}:${result.id}`);
        if (!entry || (lawAsOf && !inForce(entry, lawAsOf))) continue;
        hits.push({
          id: entry.id,
          title: entry.title,
          snippet: entry.summary,
          legalBasis: entry.legal_basis,
          reviewedAt: entry.reviewed_at,
          sources: entry.sources,
          score: Math.round(result.score * 1000) / 1000,
        });
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}
