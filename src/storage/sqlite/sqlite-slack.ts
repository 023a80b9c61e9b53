import type Database from 'better-sqlite3';
import type { SlackStore } from '../ports.js';
import { type ThreadRow, toThread } from '../rows.js';

/** Slack retries within minutes; a day of event ids is ample and keeps the table small. */
const KEEP_EVENTS_MS = 24 * 60 * 60 * 1000;

/** The Slack store over the same better-sqlite3 connection as the conversations (foreign key). */
export function createSqliteSlackStore(db: Database.Database): SlackStore {
  const insertEvent = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO slack_events (event_id, received_at) VALUES (?, ?)',
  );
  const pruneEvents = db.prepare<[string]>('DELETE FROM slack_events WHERE received_at < ?');
  const insertRequest = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO slack_requests (signature, expires_at) VALUES (?, ?)',
  );
  const pruneRequests = db.prepare<[string]>('DELETE FROM slack_requests WHERE expires_at < ?');
  const insertThread = db.prepare(
    'INSERT OR IGNORE INTO slack_threads (channel, thread_ts, conversation_id, lang, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectThread = db.prepare<[string, string], ThreadRow>(
    'SELECT channel, thread_ts, conversation_id, lang FROM slack_threads WHERE channel = ? AND thread_ts = ?',
  );

  return {
    async claim(eventId, at) {
      const cutoff = new Date(Date.parse(at) - KEEP_EVENTS_MS);
      if (!Number.isNaN(cutoff.getTime())) pruneEvents.run(cutoff.toISOString());
      return insertEvent.run(eventId, at).changes === 1;
    },
    async claimRequest(signature, expiresAt, now) {
      pruneRequests.run(now);
      return insertRequest.run(signature, expiresAt).changes === 1;
    },
    async bindThread(thread, at) {
      insertThread.run(thread.channel, thread.threadTs, thread.conversationId, thread.lang, at);
    },
    async findThread(channel, threadTs) {
      const row = selectThread.get(channel, threadTs);
      return row ? toThread(row) : undefined;
    },
  };
}
