import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import type { KnowledgeEntry } from '../../src/knowledge/entry.js';
import { createKnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { silentLogger } from '../../src/logger.js';
import { scriptedAssessCase, setupScriptedConversations } from '../support/scripted-conversations.js';

const entry = (over: Partial<KnowledgeEntry>): KnowledgeEntry => ({
  id: 'ba.agency-work',
  lang: 'de',
  title: 'Zeitarbeit mit Duldung',
  summary: 'Zeitarbeit ist mit Zustimmung der Bundesagentur für Arbeit möglich.',
  topics: ['Zeitarbeit'],
  keywords: ['Leiharbeit'],
  legal_basis: ['§ 32 Abs. 1 S. 2 BeschV'],
  sources: [{ title: '§ 32 BeschV', url: 'https://www.gesetze-im-internet.de/beschv_2013/__32.html' }],
  valid_from: '2024-03-01',
  valid_until: null,
  reviewed_at: '2026-11-20',
  related: [],
  status: 'check',
  body: 'Ein Personaldienstleister darf eine geduldete Person mit Zustimmung der Bundesagentur beschäftigen.',
  ...over,
});

const entries = [
  entry({}),
  entry({
    lang: 'en',
    title: 'Agency work with a toleration',
    summary: 'Agency work is possible with BA consent.',
    body: 'A temporary work agency may employ a tolerated person with BA consent.',
    keywords: ['temp agency'],
  }),
  entry({
    id: 'waiting.reception-centre-2024',
    title: 'Erstaufnahme bis 11.06.2026',
    summary: 'Alte Regel für die Erstaufnahmeeinrichtung.',
    valid_from: '2024-02-27',
    valid_until: '2026-06-11',
    reviewed_at: '2026-11-22',
    keywords: ['Erstaufnahme'],
    body: 'Wer in der Erstaufnahme wohnt, durfte erst nach sechs Monaten Duldung arbeiten.',
  }),
];

const app = (today = '2026-11-22') =>
  createApp({
    knowledge: createKnowledgeBase(entries),
    today: () => today,
    logger: silentLogger,
    conversations: setupScriptedConversations().service,
    assessCase: scriptedAssessCase,
  });

describe('GET /healthz', () => {
  it('reports the number of entries and the latest review date', async () => {
    const res = await app().request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', knowledge: { entries: 2, reviewedAt: '2026-11-22' } });
  });
});

describe('GET /api/v1/knowledge/search', () => {
  it('finds an entry by a colloquial synonym and returns its citation fields', async () => {
    const res = await app().request('/api/v1/knowledge/search?q=Leiharbeit&lang=de');
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: Array<Record<string, unknown>> };
    expect(results[0]).toMatchObject({
      id: 'ba.agency-work',
      legalBasis: ['§ 32 Abs. 1 S. 2 BeschV'],
      reviewedAt: '2026-11-20',
    });
    expect(results[0]?.sources).toEqual([
      { title: '§ 32 BeschV', url: 'https://www.gesetze-im-internet.de/beschv_2013/__32.html' },
    ]);
    // The hit as documented (SearchHit in the OpenAPI schema): the keywords the follow-ups use stay inside.
    expect(Object.keys(results[0] ?? {}).sort()).toEqual(
      ['id', 'legalBasis', 'reviewedAt', 'score', 'snippet', 'sources', 'title'].sort(),
    );
  });

  it('only returns entries in force today', async () => {
    const before = (await (await app('2026-06-01').request('/api/v1/knowledge/search?q=Erstaufnahme')).json()) as {
      results: unknown[];
    };
    const after = (await (await app('2026-11-22').request('/api/v1/knowledge/search?q=Erstaufnahme')).json()) as {
      results: unknown[];
    };
    expect(before.results).toHaveLength(1);
    expect(after.results).toHaveLength(0);
  });

  it('answers an empty or over-long query with a readable 400', async () => {
    for (const q of ['', '   ', 'x'.repeat(501)]) {
      const res = await app().request(`/api/v1/knowledge/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; issues: Array<{ path: string }> } };
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.issues[0]?.path).toBe('q');
    }
  });

  it('rejects an unknown language', async () => {
    const res = await app().request('/api/v1/knowledge/search?q=Zeitarbeit&lang=fr');
    expect(res.status).toBe(400);
  });
});

describe('GET /api/v1/knowledge/{id}', () => {
  it('returns the entry with Markdown and HTML body in the requested language', async () => {
    const res = await app().request('/api/v1/knowledge/ba.agency-work?lang=en');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, string>;
    expect(body.title).toBe('Agency work with a toleration');
    expect(body.bodyHtml).toContain('<p>');
  });

  it('answers an unknown id with 404', async () => {
    const res = await app().request('/api/v1/knowledge/ban.nothing-here');
    expect(res.status).toBe(404);
  });
});
