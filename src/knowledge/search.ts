import MiniSearch from 'minisearch';
import { MAX_MESSAGE_LENGTH } from '../http/input-limits.js';
import { compoundParts, isStopWord, type Lang, stemToken, tokenize } from './analyse-text.js';
import type { KnowledgeEntry } from './entry.js';
import { synonymStems } from './synonyms.js';

export interface SearchHit {
  id: string;
  title: string;
  snippet: string;
  legalBasis: string[];
  reviewedAt: string;
  sources: { title: string; url: string }[];
  score: number;
  /** The entry's keywords: the words it is about, as users type them (for callers that weigh a hit; not in the API). */
  keywords?: readonly string[];
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
/**
 * Plain BM25 (MiniSearch defaults to BM25+, d = 0.5): BM25+ gives every matching field a floor, so a
 * long entry that mentions many of a sentence's words in passing outranked the entry about the
 * question. Measured on the tuning set (notes/retrieval.md), better on both of its halves.
 */
const BM25 = { k: 1.2, b: 0.7, d: 0 };
/**
 * Weight of a compound's parts when the whole word is itself a word of the entries: then the parts
 * only add what the whole already matched ("Ausländerbehörde" counted three times). When the whole
 * word is unknown ("Schwesterfirma"), the parts carry its meaning and weigh fully.
 */
const KNOWN_COMPOUND_PART_WEIGHT = 0.5;
/** Weight of the entries' word an employer's word stands for (synonyms.ts): evidence, not proof. */
const SYNONYM_WEIGHT = 0.5;

const inForce = (entry: KnowledgeEntry, date: string) =>
  entry.valid_from <= date && (entry.valid_until === null || date <= entry.valid_until);

/** The compound vocabulary is every stem the corpus of this language contains. */
function vocabularyOf(docs: readonly IndexedDoc[], lang: Lang): Set<string> {
  const vocabulary = new Set<string>();
  for (const doc of docs)
    for (const field of FIELDS) for (const t of tokenize(doc[field])) vocabulary.add(stemToken(t, lang));
  return vocabulary;
}

/** One word of a text: its stem, and for a German compound the stems of its parts. */
interface AnalysedWord {
  stem: string;
  /** Whether the stem itself is a word of the entries (then its compound parts matter less). */
  known: boolean;
  parts: readonly string[];
  /** Stems of the entries' words this word stands for (used on the query side only; synonyms.ts). */
  synonyms: readonly string[];
}

/**
 * Text → index terms: the one analyser for documents and queries, on every runtime. `words` keeps
 * each word's stem apart from its compound parts and synonyms, which the query side weighs less.
 */
function analyserFor(lang: Lang, vocabulary: ReadonlySet<string>) {
  const synonyms = synonymStems(lang, vocabulary, (word) => stemToken(word, lang));
  const analyseToken = (token: string): AnalysedWord => {
    const stem = stemToken(token, lang);
    return {
      stem,
      known: vocabulary.has(stem),
      parts: lang === 'de' ? compoundParts(token, vocabulary) : [],
      synonyms: synonyms.get(stem) ?? [],
    };
  };
  const words = (text: string): AnalysedWord[] => {
    // A repeated word is analysed once per text: repetition must not multiply the stemming work.
    const analysed = new Map<string, AnalysedWord>();
    const out: AnalysedWord[] = [];
    for (const token of tokenize(text)) {
      if (isStopWord(token, lang)) continue;
      let word = analysed.get(token);
      if (!word) {
        word = analyseToken(token);
        analysed.set(token, word);
      }
      out.push(word);
    }
    return out;
  };
  const analyse = (text: string): string[] => words(text).flatMap((w) => [w.stem, ...w.parts]);
  return { analyse, words };
}

function indexOptions(analyse: (text: string) => string[]) {
  return {
    fields: [...FIELDS],
    storeFields: ['entryId'],
    tokenize: analyse,
    processTerm: (term: string) => term,
    searchOptions: {
      boost: BOOST,
      bm25: BM25,
      // At most four edits even for the longest words (MiniSearch's default is six): the fuzzy walk
      // over the index grows steeply with the distance. Four leaves the top ten of every retrieval
      // question and NLU utterance unchanged (compared list by list).
      maxFuzzy: 4,
      combineWith: 'OR' as const,
    },
  };
}

const toDocs = (entries: readonly KnowledgeEntry[]): IndexedDoc[] =>
  entries.map((e) => ({
    id: e.id,
    entryId: e.id,
    title: e.title,
    summary: e.summary,
    keywords: [...e.keywords, ...e.topics, ...e.legal_basis].join(' '),
    body: e.body,
  }));

function buildIndex(entries: KnowledgeEntry[], lang: Lang) {
  const docs = toDocs(entries);
  const vocabulary = vocabularyOf(docs, lang);
  const analyser = analyserFor(lang, vocabulary);
  const index = new MiniSearch<IndexedDoc>(indexOptions(analyser.analyse));
  index.addAll(docs);
  return { index, analyser, vocabulary };
}

/**
 * The search index in serialised form, built ahead of time (the Worker's build) so that a runtime
 * loads it instead of analysing the whole knowledge base on its first request. Per language: the
 * MiniSearch index (its `toJSON`), the compound vocabulary the query analyser needs, and a probe:
 * what the analyser made of a fixed text when the index was built.
 */
export type SerialisedSearch = Record<Lang, { index: string; vocabulary: string[]; probe: string[] }>;

/**
 * Words that exercise the analyser: stemming, folding, spelling variants, decompounding, numbers, and
 * words that only the current stop lists leave out.
 */
const PROBE = {
  de: 'Beschäftigungserlaubnis Ausländerbehörde Duldungen Fluechtlinge Zeitarbeitsfirma Straße § 60d nen kriegt braucht',
  en: 'employment permissions tolerated persons immigration offices agency work § 60d someone needs',
};

export function serialiseKnowledgeSearch(entries: KnowledgeEntry[]): SerialisedSearch {
  const serialise = (lang: Lang) => {
    const { index, analyser, vocabulary } = buildIndex(
      entries.filter((e) => e.lang === lang),
      lang,
    );
    return { index: JSON.stringify(index), vocabulary: [...vocabulary], probe: analyser.analyse(PROBE[lang]) };
  };
  return { de: serialise('de'), en: serialise('en') };
}

/**
 * Loads a serialised index. Query and index must be analysed alike: when the analyser of this
 * build tokenises the probe differently from the one that built the index (the index is stale),
 * the index is built afresh here instead: slower, never wrong.
 */
function loadIndex(entries: KnowledgeEntry[], lang: Lang, prebuilt: SerialisedSearch[Lang]) {
  const analyser = analyserFor(lang, new Set(prebuilt.vocabulary));
  if (JSON.stringify(analyser.analyse(PROBE[lang])) !== JSON.stringify(prebuilt.probe))
    return buildIndex(entries, lang);
  return { index: MiniSearch.loadJSON<IndexedDoc>(prebuilt.index, indexOptions(analyser.analyse)), analyser };
}

/** What a query asks for: each distinct index term once, with its weight. */
interface QueryTerm {
  /** Summed over the words it comes from: a repeated word counts as often as it occurs. */
  weight: number;
  /** Also matched by prefix and with typos (a word's own stem and compound parts), or only exactly (a synonym). */
  expand: boolean;
}

/**
 * A query's terms, each once. MiniSearch adds up the scores of repeated terms, so weighting each
 * distinct term by its count ranks exactly as repeating it, while a query that repeats a costly word
 * a hundred times costs what it costs once.
 */
function queryTermsOf(words: readonly AnalysedWord[]): Map<string, QueryTerm> {
  const terms = new Map<string, QueryTerm>();
  const add = (term: string, weight: number, expand: boolean) => {
    const known = terms.get(term);
    if (known) {
      known.weight += weight;
      known.expand ||= expand;
    } else terms.set(term, { weight, expand });
  };
  for (const word of words) {
    add(word.stem, 1, true);
    for (const part of word.parts) add(part, word.known ? KNOWN_COMPOUND_PART_WEIGHT : 1, true);
    for (const synonym of word.synonyms) add(synonym, SYNONYM_WEIGHT, false);
  }
  return terms;
}

/** Entries of one language ranked for a query, best first (MiniSearch results: id and score). */
function rank(built: { index: MiniSearch<IndexedDoc>; analyser: ReturnType<typeof analyserFor> }, query: string) {
  // Longer input is cut, whoever calls; the channels already refuse it with a readable 4xx.
  const terms = queryTermsOf(built.analyser.words(query.slice(0, MAX_MESSAGE_LENGTH)));
  const expand = (term: string) => terms.get(term)?.expand === true;
  return built.index.search([...terms.keys()].join(' '), {
    tokenize: (text) => text.split(' '),
    boostTerm: (term) => terms.get(term)?.weight ?? 1,
    // Typos: allow one or two edits on longer stems only, so short legal terms stay exact.
    fuzzy: (term) => (expand(term) && term.length >= 6 ? 0.2 : false),
    prefix: (term) => expand(term) && term.length >= 5,
  });
}

/**
 * In-memory BM25 search over the knowledge base, one index per language. Same code on Node and
 * Workers: Node builds the index at start; the Worker loads the one serialised at build time.
 */
export function createKnowledgeSearch(entries: KnowledgeEntry[], prebuilt?: SerialisedSearch): KnowledgeSearch {
  const byId = new Map<string, KnowledgeEntry>();
  const indexes = new Map<Lang, { index: MiniSearch<IndexedDoc>; analyser: ReturnType<typeof analyserFor> }>();
  const ofLang = (lang: Lang) => entries.filter((e) => e.lang === lang);
  for (const e of entries) byId.set(`${e.lang}:${e.id}`, e);
  // Built or loaded now, when the runtime starts, not in a user's first request (the Worker creates
  // its knowledge base in the isolate's global scope: see worker-runtime.ts).
  for (const lang of ['de', 'en'] as const)
    indexes.set(lang, prebuilt ? loadIndex(ofLang(lang), lang, prebuilt[lang]) : buildIndex(ofLang(lang), lang));
  const indexOf = (lang: Lang) => indexes.get(lang);
  return {
    search(query, { lang, limit = 5, lawAsOf }) {
      const built = indexOf(lang);
      if (!built) return [];
      const hits: SearchHit[] = [];
      for (const result of rank(built, query)) {
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
          keywords: entry.keywords,
        });
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}
