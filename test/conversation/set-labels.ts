import { expect } from 'vitest';
import { loadConversations } from './conversation-set.js';

/**
 * The label check every held-apart (or retired) conversation set gets: 30 uniquely named conversations, 15 of
 * them English, each with a basis, an earliest start after the law date, and BA consent only for
 * `permission_required`. Checks labels only: no conversation is run and nothing is printed.
 */
export function expectWellLabelledSet(file: string): void {
  const set = loadConversations(file);
  expect(set.conversations).toHaveLength(30);
  expect(new Set(set.conversations.map((c) => c.name)).size).toBe(30);
  expect(set.conversations.filter((c) => c.lang === 'en')).toHaveLength(15);
  for (const c of set.conversations) {
    expect(c.basis.length, c.name).toBeGreaterThan(10);
    if (c.expect.earliestStart !== null) expect(c.expect.earliestStart > set.today, c.name).toBe(true);
    if (c.expect.outcome !== 'permission_required') expect(c.expect.baConsent, c.name).toBe('not_applicable');
  }
}
