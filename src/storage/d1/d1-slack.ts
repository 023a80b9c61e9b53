import type { D1Database } from '@cloudflare/workers-types/index.js';
import type { SlackStore, SlackThread } from '../ports.js';
import { type ThreadRow, toThread } from '../rows.js';

/** Slack retries within minutes; a day of event ids is ample (same window as the SQLite store). */
const KEEP_EVENTS_MS = 24 * 60 * 60 * 1000;

/**
 * The Slack store over D1 (tables from migrations/0004_slack.sql). `threadOf` is the Workers' extra:
 * a conversation's Durable Object, started afresh, looks up the thread it must post adviser replies to.
 */
export function createD1SlackStore(db: D1Database): SlackStore & {
  threadOf(conversationId: string): Promise<SlackThread | undefined>;
} {
  return {
    async claim(eventId, at) {
      const insert = db
        .prepare('INSERT OR IGNORE INTO slack_events (event_id, received_at) VALUES (?, ?)')
        .bind(eventId, at);
      const cutoff = new Date(Date.parse(at) - KEEP_EVENTS_MS);
      const prune = Number.isNaN(cutoff.getTime())
        ? []
        : [db.prepare('DELETE FROM slack_events WHERE received_at < ?').bind(cutoff.toISOString())];
      const results = await db.batch([...prune, insert]);
      // INSERT OR IGNORE changes one row only for the first delivery: that one is processed.
      return results.at(-1)?.meta.changes === 1;
    },
    async claimRequest(signature, expiresAt, now) {
      const results = await db.batch([
        db.prepare('DELETE FROM slack_requests WHERE expires_at < ?').bind(now),
        db
          .prepare('INSERT OR IGNORE INTO slack_requests (signature, expires_at) VALUES (?, ?)')
          .bind(signature, expiresAt),
      ]);
      return results.at(-1)?.meta.changes === 1;
    },
    async bindThread(thread, at) {
      await db
        .prepare(
          'INSERT OR IGNORE INTO slack_threads (channel, thread_ts, conversation_id, lang, created_at) VALUES (?, ?, ?, ?, ?)',
        )
        .bind(thread.channel, thread.threadTs, thread.conversationId, thread.lang, at)
        .run();
    },
    async findThread(channel, threadTs) {
      const row = await db
        .prepare(
          'SELECT channel, thread_ts, conversation_id, lang FROM slack_threads WHERE channel = ? AND thread_ts = ?',
        )
        .bind(channel, threadTs)
        .first<ThreadRow>();
      return row ? toThread(row) : undefined;
    },
    async threadOf(conversationId) {
      const row = await db
        .prepare(
          'SELECT channel, thread_ts, conversation_id, lang FROM slack_threads WHERE conversation_id = ? LIMIT 1',
        )
        .bind(conversationId)
        .first<ThreadRow>();
      return row ? toThread(row) : undefined;
    },
  };
}
