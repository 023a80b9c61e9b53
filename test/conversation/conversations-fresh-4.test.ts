import { describe, expect, it } from 'vitest';
import { loadConversations } from './conversation-set.js';

/**
 * The fourth fresh conversation set is held apart (written in session 6 without reading the code that answers
 * it): `npm run bench -- conversation-sets` counts it, figures only. No floor and nothing printed here, so that
 * nobody tunes on it; this checks its labels.
 */
describe('conversations-fresh-4.yaml (held apart, never tuned on)', () => {
  it('has 30 conversations in German and English, each with a verdict of the contract and its basis', () => {
    const set = loadConversations('conversations-fresh-4.yaml');
    expect(set.conversations).toHaveLength(30);
    expect(new Set(set.conversations.map((c) => c.name)).size).toBe(30);
    expect(set.conversations.filter((c) => c.lang === 'en')).toHaveLength(15);
    for (const c of set.conversations) {
      expect(c.basis.length, c.name).toBeGreaterThan(10);
      if (c.expect.earliestStart !== null) expect(c.expect.earliestStart > set.today, c.name).toBe(true);
      if (c.expect.outcome !== 'permission_required') expect(c.expect.baConsent, c.name).toBe('not_applicable');
    }
  });
});
