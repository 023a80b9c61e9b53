import { describe, expect, it } from 'vitest';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import type { KnowledgeEntry } from '../../src/knowledge/entry.js';

const entry = (over: Partial<KnowledgeEntry>): KnowledgeEntry => ({
  id: 'waiting.reception-centre-2024',
  lang: 'de',
  title: 'Wartezeit in der Erstaufnahme (bis 11.06.2026)',
  summary: 'Sechs Monate Duldung, bevor gearbeitet werden darf.',
  topics: ['Wartezeit'],
  legal_basis: ['§ 61 Abs. 1 S. 2 AsylG'],
  sources: [{ title: '§ 61 AsylG', url: 'https://www.gesetze-im-internet.de/asylvfg_1992/__61.html' }],
  valid_from: '2024-02-27',
  valid_until: '2026-06-11',
  reviewed_at: '2026-11-22',
  related: [],
  status: 'settled',
  keywords: [],
  body: 'Text für Arbeitgeber.',
  ...over,
});

describe('the knowledge adapter for the rules engine', () => {
  const knowledge = createAssessmentKnowledge([
    entry({}),
    entry({ lang: 'en', title: 'Waiting period in reception centres (until 11 June 2026)' }),
    entry({ id: 'waiting.reception-centre-2026', valid_from: '2026-06-12', valid_until: null }),
  ]);

  it('maps an entry in force to a citation in the requested language', () => {
    expect(knowledge.citation('waiting.reception-centre-2024', '2026-06-11', 'en')).toEqual({
      entryId: 'waiting.reception-centre-2024',
      title: 'Waiting period in reception centres (until 11 June 2026)',
      legalBasis: ['§ 61 Abs. 1 S. 2 AsylG'],
      reviewedAt: '2026-11-22',
      sources: [{ title: '§ 61 AsylG', url: 'https://www.gesetze-im-internet.de/asylvfg_1992/__61.html' }],
    });
  });

  it('gives no citation for an entry that has lapsed, is not yet in force or does not exist', () => {
    expect(knowledge.citation('waiting.reception-centre-2024', '2026-06-12', 'de')).toBeUndefined();
    expect(knowledge.citation('waiting.reception-centre-2026', '2026-06-11', 'de')).toBeUndefined();
    expect(knowledge.citation('no.such-entry', '2026-06-11', 'de')).toBeUndefined();
  });

  it('falls back to the other language when one file is missing', () => {
    expect(knowledge.citation('waiting.reception-centre-2026', '2026-06-12', 'en')?.title).toBe(
      'Wartezeit in der Erstaufnahme (bis 11.06.2026)',
    );
  });

  it('renders catalogue messages with parameters in each language and shows an unknown key as is', () => {
    expect(knowledge.message('de', 'step.wait_until', { date: '2027-01-15' })).toContain('15.01.2027');
    expect(knowledge.message('en', 'step.wait_until', { date: '2027-01-15' })).toContain('15 January 2027');
    expect(knowledge.message('en', 'no.such-key')).toBe('no.such-key');
  });
});
