import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createD1Storage } from '../../src/storage/d1/d1-storage.js';
import type { ConversationRecord } from '../../src/storage/ports.js';
import worker from '../../src/worker.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
// The deployed period (wrangler.toml's RETENTION_DAYS, the documented default); pinned, not read back.
const RETENTION_DAYS = 90;

describe('the Worker’s scheduled retention (cron, D1)', () => {
  it('erases what was closed or untouched more than 90 days ago, with its transcript, and keeps the rest', async () => {
    const storage = createD1Storage(env.DB);
    // The Worker reads the wall clock; an hour either side of the cutoff is far from any clock skew.
    const now = Date.now();
    const cutoff = now - RETENTION_DAYS * DAY_MS;
    const at = (ms: number) => new Date(ms).toISOString();
    const record = (updatedAt: number, closedAt: number | null): ConversationRecord => ({
      id: crypto.randomUUID(),
      channel: 'web',
      lang: 'de',
      status: closedAt === null ? 'collecting' : 'closed',
      createdAt: at(Math.min(updatedAt, closedAt ?? updatedAt) - DAY_MS),
      updatedAt: at(updatedAt),
      closedAt: closedAt === null ? null : at(closedAt),
    });
    const cases = {
      untouchedTooLong: record(cutoff - HOUR_MS, null),
      untouchedNotYet: record(cutoff + HOUR_MS, null),
      closedTooLongAgo: record(now - DAY_MS, cutoff - HOUR_MS),
      closedNotYet: record(now - DAY_MS, cutoff + HOUR_MS),
    };
    for (const r of Object.values(cases)) {
      await storage.conversations.create(r);
      await storage.transcript.append(r.id, [{ id: `${r.id}-m`, role: 'employer', text: 'x', createdAt: r.updatedAt }]);
    }

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '17 * * * *', scheduledTime: now }), env, ctx);
    await waitOnExecutionContext(ctx);

    const left = async (r: ConversationRecord) => ({
      conversation: (await storage.conversations.get(r.id)) !== undefined,
      transcript: (await storage.transcript.list(r.id)).length,
    });
    expect(await left(cases.untouchedTooLong)).toEqual({ conversation: false, transcript: 0 });
    expect(await left(cases.closedTooLongAgo)).toEqual({ conversation: false, transcript: 0 });
    expect(await left(cases.untouchedNotYet)).toEqual({ conversation: true, transcript: 1 });
    expect(await left(cases.closedNotYet)).toEqual({ conversation: true, transcript: 1 });
  });
});
