import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../src/knowledge/entry.js';
import { createKnowledgeSearch, serialiseKnowledgeSearch } from '../../src/knowledge/search.js';

// Ranking rules on a small knowledge base of their own, so that each rule shows without the real
// entries' wording deciding the outcome (the real base is measured in retrieval.test.ts and the bench).
const entry = (lang: 'de' | 'en', id: string, title: string, body: string): KnowledgeEntry => ({
  id,
  lang,
  title,
  summary: body,
  topics: [title],
  legal_basis: ['§ 1 Test'],
  sources: [{ title: 'Test', url: 'https://www.gesetze-im-internet.de/' }],
  valid_from: '2024-01-01',
  valid_until: null,
  reviewed_at: '2026-12-07',
  related: [],
  status: 'settled',
  keywords: [],
  body,
});

const entries = [
  entry('de', 'test.training', 'Ausbildung mit Duldung', 'Eine betriebliche Ausbildung braucht die Erlaubnis.'),
  entry('de', 'test.pay', 'Lohn und Mindestlohn', 'Der Lohn muss mindestens dem Mindestlohn entsprechen.'),
  entry('de', 'test.craft', 'Lehre im Handwerk', 'Die Lehre im Handwerk hat eine lange Geschichte.'),
  entry('de', 'test.office', 'Ausländerbehörde', 'Die Ausländerbehörde erteilt die Erlaubnis.'),
  entry('en', 'test.spouse', 'Spouse of the employee', 'The spouse needs a permission of their own.'),
  entry('en', 'test.travel', 'Travel abroad', 'Travel abroad ends the toleration.'),
];
const search = createKnowledgeSearch(entries);
const ids = (query: string, lang: 'de' | 'en' = 'de') => search.search(query, { lang, limit: 5 }).map((hit) => hit.id);

describe('knowledge search: what employers say and what the entries say', () => {
  it('finds an entry in the entries’ words when the employer uses a colloquial one', () => {
    expect(ids('Lehrling')[0]).toBe('test.training');
    expect(ids('wieviel gehalt')[0]).toBe('test.pay');
    expect(ids('can my wife work', 'en')[0]).toBe('test.spouse');
    expect(ids('holiday', 'en')[0]).toBe('test.travel');
  });

  it('asks for the entries’ word one way only: their own word is not widened to the colloquial one', () => {
    // "Lehre" asks for "Ausbildung" too; "Ausbildung" stands for itself and does not ask for "Lehre".
    expect(ids('Lehre')).toEqual(['test.craft', 'test.training']);
    expect(ids('Ausbildung')).toEqual(['test.training']);
  });

  it('weighs an entries’ word asked for by a synonym less than the word itself', () => {
    const [byWord] = search.search('Ausbildung', { lang: 'de' });
    const [bySynonym] = search.search('Lehrling', { lang: 'de' });
    expect(bySynonym?.id).toBe(byWord?.id);
    expect(bySynonym?.score).toBeLessThan(byWord?.score ?? 0);
  });

  it('finds nothing for a question made only of function words and spoken fillers', () => {
    expect(ids('kriegt der ne nen mal überhaupt irgendwas, warum braucht man das')).toEqual([]);
    expect(ids('why does someone need this, please', 'en')).toEqual([]);
  });

  it('ranks alike from the serialised index (synonyms are looked up in its vocabulary)', () => {
    const loaded = createKnowledgeSearch(entries, serialiseKnowledgeSearch(entries));
    for (const [query, lang] of [
      ['Lehrling', 'de'],
      ['Gehalt', 'de'],
      ['wife', 'en'],
    ] as const)
      expect(loaded.search(query, { lang })).toEqual(search.search(query, { lang }));
  });
});
