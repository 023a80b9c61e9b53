import { describe, expect, it } from 'vitest';
import { loadConversations } from './conversation-set.js';

/**
 * The third fresh conversation set was held apart until 07.12.2026 21:15 (26/30 then) and is a tuning set now:
 * `npm run bench -- conversation-sets` counts it; a floor comes with the fixes tuned on it. This checks its labels.
 */
describe('conversations-heldout3-retired.yaml (tuning, held apart until session 6)', () => {
  it('has 30 conversations in German and English, each with a verdict of the contract and its basis', () => {
    const set = loadConversations('conversations-heldout3-retired.yaml');
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
