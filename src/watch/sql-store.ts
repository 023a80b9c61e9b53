import type { SqlRunner, SqlStatement } from '../storage/sql-runner.js';
import type {
  CaseStore,
  ChannelStore,
  KnowledgeSeenStore,
  Notice,
  NoticeChannel,
  NoticeStore,
  OutboxRow,
  OutboxStore,
  ScheduledDate,
  WatchedCase,
  WatchedConversation,
  WatchStore,
} from './store.js';

/** The watch's tables (migrations/0020_watch.sql) over one SQL set, for better-sqlite3 and D1 alike. */

interface CaseRow {
  conversation_id: string;
  verdict_key: string;
  facts_on: string;
  baseline: string;
  baseline_on: string;
  revision: number;
}
interface NoticeRow {
  id: string;
  conversation_id: string;
  kind: Notice['kind'];
  date: string;
  detected_on: string;
  payload: string;
}
interface OutboxDbRow {
  id: string;
  notice_id: string;
  conversation_id: string;
  channel: NoticeChannel;
  status: OutboxRow['status'];
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

const toCase = (r: CaseRow): WatchedCase => ({
  conversationId: r.conversation_id,
  verdictKey: r.verdict_key,
  factsOn: r.facts_on,
  baseline: JSON.parse(r.baseline) as WatchedCase['baseline'],
  baselineOn: r.baseline_on,
  revision: r.revision,
});
const toNotice = (r: NoticeRow): Notice =>
  ({
    id: r.id,
    conversationId: r.conversation_id,
    kind: r.kind,
    date: r.date,
    detectedOn: r.detected_on,
    payload: JSON.parse(r.payload),
  }) as Notice;
const toOutbox = (r: OutboxDbRow): OutboxRow => ({
  id: r.id,
  noticeId: r.notice_id,
  conversationId: r.conversation_id,
  channel: r.channel,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  sentAt: r.sent_at,
  createdAt: r.created_at,
});

/** The outbox row id of a notice in one channel: recording the same notice again adds nothing. */
export const outboxId = (noticeId: string, channel: NoticeChannel) => `${noticeId}:${channel}`;

const replaceSchedule = (conversationId: string, dates: readonly ScheduledDate[]): SqlStatement[] => [
  { sql: 'DELETE FROM watch_dates WHERE conversation_id = ?', args: [conversationId] },
  ...dates.map((d) => ({
    sql: 'INSERT OR IGNORE INTO watch_dates (conversation_id, date_id, date, kind) VALUES (?, ?, ?, ?)',
    args: [conversationId, d.dateId, d.date, d.kind],
  })),
];

/**
 * The notice and its outbox rows. `guard` (SQL and args) makes every insert conditional, so that a change
 * computed from a revision another run has already moved on from inserts nothing.
 */
function noticeStatements(
  notice: Notice,
  channels: readonly NoticeChannel[],
  at: string,
  guard: SqlStatement = { sql: '1', args: [] },
): SqlStatement[] {
  return [
    {
      sql: `INSERT OR IGNORE INTO watch_notices (id, conversation_id, kind, date, detected_on, payload, created_at)
            SELECT ?, ?, ?, ?, ?, ?, ? WHERE ${guard.sql}`,
      args: [
        notice.id,
        notice.conversationId,
        notice.kind,
        notice.date,
        notice.detectedOn,
        JSON.stringify(notice.payload),
        at,
        ...guard.args,
      ],
    },
    ...channels.map((channel) => ({
      sql: `INSERT OR IGNORE INTO watch_outbox
              (id, notice_id, conversation_id, channel, status, attempts, next_attempt_at, created_at)
            SELECT ?, ?, ?, ?, 'pending', 0, ?, ? WHERE ${guard.sql}`,
      args: [outboxId(notice.id, channel), notice.id, notice.conversationId, channel, at, at, ...guard.args],
    })),
  ];
}

function caseStore(db: SqlRunner): CaseStore {
  return {
    async conversations(since, afterId, limit) {
      return db.all<WatchedConversation>(
        `SELECT id, channel, lang FROM conversations
         WHERE id > ? AND updated_at >= ? AND (closed_at IS NULL OR closed_at >= ?)
         ORDER BY id LIMIT ?`,
        [afterId, since, since, limit],
      );
    },
    async get(conversationId) {
      const row = await db.first<CaseRow>('SELECT * FROM watch_cases WHERE conversation_id = ?', [conversationId]);
      return row ? toCase(row) : undefined;
    },
    async start(watched, dates, at) {
      await db.batch([
        {
          sql: `INSERT INTO watch_cases (conversation_id, verdict_key, facts_on, baseline, baseline_on, revision, created_at)
                VALUES (?, ?, ?, ?, ?, 1, ?)
                ON CONFLICT (conversation_id) DO UPDATE SET verdict_key = excluded.verdict_key,
                  facts_on = excluded.facts_on, baseline = excluded.baseline, baseline_on = excluded.baseline_on,
                  revision = watch_cases.revision + 1`,
          args: [
            watched.conversationId,
            watched.verdictKey,
            watched.factsOn,
            JSON.stringify(watched.baseline),
            watched.baselineOn,
            at,
          ],
        },
        ...replaceSchedule(watched.conversationId, dates),
      ]);
    },
    async recordChange(watched, next, notice, channels, dates, at) {
      const guard = {
        sql: 'EXISTS (SELECT 1 FROM watch_cases WHERE conversation_id = ? AND revision = ?)',
        args: [watched.conversationId, watched.revision],
      };
      const results = await db.batch([
        ...noticeStatements(notice, channels, at, guard),
        // The schedule follows the new verdict (only while the guard holds: the delete is guarded too).
        {
          sql: `DELETE FROM watch_dates WHERE conversation_id = ? AND ${guard.sql}`,
          args: [watched.conversationId, ...guard.args],
        },
        ...dates.map((d) => ({
          sql: `INSERT OR IGNORE INTO watch_dates (conversation_id, date_id, date, kind) SELECT ?, ?, ?, ? WHERE ${guard.sql}`,
          args: [watched.conversationId, d.dateId, d.date, d.kind, ...guard.args],
        })),
        {
          sql: `UPDATE watch_cases SET baseline = ?, baseline_on = ?, revision = revision + 1
                WHERE conversation_id = ? AND revision = ?`,
          args: [JSON.stringify(next.baseline), next.baselineOn, watched.conversationId, watched.revision],
        },
      ]);
      return results.at(-1)?.changes === 1;
    },
    async refreshEntries(watched, entries) {
      const baseline = { ...watched.baseline, entries };
      await db.run('UPDATE watch_cases SET baseline = ? WHERE conversation_id = ? AND revision = ?', [
        JSON.stringify(baseline),
        watched.conversationId,
        watched.revision,
      ]);
    },
    async due(conversationId, day) {
      return db.all<ScheduledDate>(
        'SELECT date_id AS dateId, date, kind FROM watch_dates WHERE conversation_id = ? AND date <= ? ORDER BY date, date_id',
        [conversationId, day],
      );
    },
    async recordReminder(notice, channels, date, at) {
      await db.batch([
        ...noticeStatements(notice, channels, at),
        {
          sql: 'DELETE FROM watch_dates WHERE conversation_id = ? AND date_id = ? AND date = ?',
          args: [notice.conversationId, date.dateId, date.date],
        },
      ]);
    },
  };
}

function knowledgeStore(db: SqlRunner): KnowledgeSeenStore {
  return {
    async list() {
      const rows = await db.all<{ entry_key: string; hash: string; seen_on: string }>(
        'SELECT entry_key, hash, seen_on FROM watch_knowledge',
      );
      return new Map(rows.map((r) => [r.entry_key, { hash: r.hash, seenOn: r.seen_on }]));
    },
    async record(changed, day) {
      await db.batch(
        changed.map(([id, hash]) => ({
          sql: `INSERT INTO watch_knowledge (entry_key, hash, seen_on) VALUES (?, ?, ?)
                ON CONFLICT (entry_key) DO UPDATE SET hash = excluded.hash, seen_on = excluded.seen_on
                WHERE watch_knowledge.hash <> excluded.hash`,
          args: [id, hash, day],
        })),
      );
    },
  };
}

function noticeStore(db: SqlRunner): NoticeStore {
  return {
    async list(conversationId) {
      const rows = await db.all<NoticeRow>(
        'SELECT * FROM watch_notices WHERE conversation_id = ? ORDER BY created_at, date, id',
        [conversationId],
      );
      return rows.map(toNotice);
    },
    async get(id) {
      const row = await db.first<NoticeRow>('SELECT * FROM watch_notices WHERE id = ?', [id]);
      return row ? toNotice(row) : undefined;
    },
    async changesOf(conversationIds) {
      const out: Notice[] = [];
      // D1 binds at most 100 parameters per statement.
      for (let i = 0; i < conversationIds.length; i += 90) {
        const ids = conversationIds.slice(i, i + 90);
        const rows = await db.all<NoticeRow>(
          `SELECT * FROM watch_notices WHERE kind = 'law_change' AND conversation_id IN (${ids.map(() => '?').join(', ')})
           ORDER BY created_at, date, id`,
          ids,
        );
        out.push(...rows.map(toNotice));
      }
      return out;
    },
    async markSeen(conversationId, at) {
      await db.run(
        `UPDATE watch_outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1
         WHERE conversation_id = ? AND channel = 'web' AND status = 'pending'`,
        [at, conversationId],
      );
    },
  };
}

function outboxStore(db: SqlRunner): OutboxStore {
  return {
    async due(now, limit) {
      const rows = await db.all<OutboxDbRow>(
        `SELECT * FROM watch_outbox WHERE status = 'pending' AND channel <> 'web' AND next_attempt_at <= ?
         ORDER BY next_attempt_at, id LIMIT ?`,
        [now, limit],
      );
      return rows.map(toOutbox);
    },
    async claim(row, now, retryAt) {
      // The attempt count is the claim's version: of two senders that read the same row, one moves it on.
      const { changes } = await db.run(
        `UPDATE watch_outbox SET attempts = attempts + 1, next_attempt_at = ?
         WHERE id = ? AND status = 'pending' AND attempts = ? AND next_attempt_at <= ?`,
        [retryAt, row.id, row.attempts, now],
      );
      return changes === 1;
    },
    async sent(id, at) {
      await db.run("UPDATE watch_outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?", [at, id]);
    },
    async failed(id, code, giveUp) {
      await db.run(`UPDATE watch_outbox SET last_error = ?, status = ? WHERE id = ? AND status = 'pending'`, [
        code,
        giveUp ? 'failed' : 'pending',
        id,
      ]);
    },
    async dropped(id) {
      await db.run("UPDATE watch_outbox SET status = 'dropped' WHERE id = ? AND status = 'pending'", [id]);
    },
    async defer(id, until) {
      await db.run("UPDATE watch_outbox SET next_attempt_at = ? WHERE id = ? AND status = 'pending'", [until, id]);
    },
    async counts() {
      return db.all<{ channel: NoticeChannel; status: OutboxRow['status']; n: number }>(
        'SELECT channel, status, COUNT(*) AS n FROM watch_outbox GROUP BY channel, status ORDER BY channel, status',
      );
    },
    async list({ status, limit }) {
      const rows = status
        ? await db.all<OutboxDbRow>(
            'SELECT * FROM watch_outbox WHERE status = ? ORDER BY created_at DESC, id LIMIT ?',
            [status, limit],
          )
        : await db.all<OutboxDbRow>('SELECT * FROM watch_outbox ORDER BY created_at DESC, id LIMIT ?', [limit]);
      return rows.map(toOutbox);
    },
  };
}

function channelStore(db: SqlRunner): ChannelStore {
  return {
    async conversationLang(conversationId) {
      const row = await db.first<{ lang: 'de' | 'en' }>('SELECT lang FROM conversations WHERE id = ?', [
        conversationId,
      ]);
      return row?.lang;
    },
    async slackThread(conversationId) {
      const row = await db.first<{ channel: string; thread_ts: string }>(
        'SELECT channel, thread_ts FROM slack_threads WHERE conversation_id = ? ORDER BY created_at LIMIT 1',
        [conversationId],
      );
      return row ? { channel: row.channel, threadTs: row.thread_ts } : undefined;
    },
    async choice(conversationId, channel) {
      const row = await db.first<{ state: 'on' | 'stopped'; snoozed_until: string | null }>(
        'SELECT state, snoozed_until FROM watch_channels WHERE conversation_id = ? AND channel = ?',
        [conversationId, channel],
      );
      return row ? { state: row.state, snoozedUntil: row.snoozed_until } : undefined;
    },
    async choose(conversationId, channel, choice, at) {
      await db.run(
        `INSERT INTO watch_channels (conversation_id, channel, state, snoozed_until, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id, channel) DO UPDATE SET state = excluded.state,
           snoozed_until = excluded.snoozed_until, updated_at = excluded.updated_at`,
        [conversationId, channel, choice.state, choice.snoozedUntil, at],
      );
    },
    async email(conversationId) {
      return db.first<{ address: string; token: string; page: string | null }>(
        'SELECT address, token, page FROM watch_email WHERE conversation_id = ?',
        [conversationId],
      );
    },
    async setEmail(conversationId, address, token, at, page) {
      await db.run(
        `INSERT INTO watch_email (conversation_id, address, token, created_at, page) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id) DO UPDATE SET address = excluded.address, token = excluded.token,
           created_at = excluded.created_at, page = excluded.page`,
        [conversationId, address, token, at, page ?? null],
      );
    },
    async deleteEmail(conversationId) {
      return (await db.run('DELETE FROM watch_email WHERE conversation_id = ?', [conversationId])).changes > 0;
    },
    async deleteEmailByToken(token) {
      return (await db.run('DELETE FROM watch_email WHERE token = ?', [token])).changes > 0;
    },
  };
}

export function createSqlWatchStore(db: SqlRunner): WatchStore {
  return {
    cases: caseStore(db),
    knowledge: knowledgeStore(db),
    notices: noticeStore(db),
    outbox: outboxStore(db),
    channels: channelStore(db),
  };
}
