import { describe, expect, it } from 'vitest';
import { holdConversation, loadConversations } from './conversation-set.js';
import { realLotse } from './real-lotse.js';

/**
 * Whole employer conversations through the HTTP API, each with the verdict the statute gives
 * (conversations.yaml, written before they were run). Issue 13: at least 29 of 30 right.
 */
describe('whole employer conversations through the HTTP API', () => {
  const { app } = realLotse('2026-11-22');
  const post = async (path: string, body?: unknown) => {
    const res = await app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
    expect(res.status, path).toBeLessThan(300);
    return (await res.json()) as Record<string, unknown>;
  };

  async function misses(file: string): Promise<string[]> {
    const set = loadConversations(file);
    expect(set.conversations).toHaveLength(30);
    expect(set.today).toBe('2026-11-22');
    const wrong: string[] = [];
    for (const c of set.conversations) {
      const r = await holdConversation(post, c);
      const right = JSON.stringify(r.verdict) === JSON.stringify(c.expect);
      const kept = JSON.stringify(r.before) === JSON.stringify(r.verdict);
      if (!right || !kept)
        wrong.push(`${c.name}: want ${JSON.stringify(c.expect)}, got ${JSON.stringify(r.verdict)}; asked ${r.asked}`);
    }
    return wrong;
  }

  it('reaches the right verdict, BA consent and earliest start in at least 29 of 30, and follow-up questions change none', async () => {
    const wrong = await misses('conversations.yaml');
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(1);
  }, 60_000);

  it('does so in at least 28 of the 30 fresh conversations, never tuned on', async () => {
    const wrong = await misses('conversations-fresh.yaml');
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(2);
  }, 60_000);
});
