import type { Logger } from '../logger.js';
import type { Notice, NoticeChannel, OutboxRow, WatchStore } from './store.js';

/** Sends one notice in one channel; throws when it could not (the error's `code` is kept, never its text). */
export interface NoticeSender {
  send(notice: Notice, row: OutboxRow): Promise<void>;
}

export interface OutboxDeps {
  store: WatchStore;
  senders: Partial<Record<Exclude<NoticeChannel, 'web'>, NoticeSender>>;
  now: () => string;
  logger: Logger;
  /** The first retry waits this long; each further one twice as long, up to MAX_WAIT_MS. */
  retryBaseMs?: number;
  maxAttempts?: number;
  batchSize?: number;
}

const MAX_WAIT_MS = 6 * 60 * 60 * 1000;

export const errorCode = (error: unknown) => {
  const code = (error as { code?: unknown; error?: unknown } | null)?.code ?? (error as { error?: unknown })?.error;
  return typeof code === 'string' && /^[\w.-]{1,60}$/.test(code)
    ? code
    : error instanceof Error
      ? error.name
      : 'unknown';
};

/**
 * The outbox (issue 20, item 4): every row is claimed before it is sent (one sender per attempt, however many
 * run), marked sent after, and retried with exponential back-off when sending fails, until MAX attempts. A
 * crash between sending and marking leaves the row to be retried after its back-off: at least once, never lost.
 */
export function createOutbox(deps: OutboxDeps) {
  const { store } = deps;
  const base = deps.retryBaseMs ?? 60_000;
  const maxAttempts = deps.maxAttempts ?? 10;
  const wait = (attempt: number) => Math.min(base * 2 ** (attempt - 1), MAX_WAIT_MS);

  /** The employer's choice for the channel: go on, drop the row, or wait until a pause ends. */
  async function gate(row: OutboxRow, now: string): Promise<'go' | 'drop' | { until: string }> {
    if (row.channel === 'email') return (await store.channels.email(row.conversationId)) ? 'go' : 'drop';
    const choice = await store.channels.choice(row.conversationId, row.channel);
    if (choice?.state === 'stopped') return 'drop';
    if (choice?.snoozedUntil && choice.snoozedUntil > now) return { until: choice.snoozedUntil };
    return 'go';
  }

  return {
    async deliver(): Promise<{ sent: number; failed: number; dropped: number }> {
      const counts = { sent: 0, failed: 0, dropped: 0 };
      const now = deps.now();
      for (const row of await store.outbox.due(now, deps.batchSize ?? 100)) {
        if (row.channel === 'web') continue;
        const sender = deps.senders[row.channel];
        const verdict = sender ? await gate(row, now) : 'drop';
        if (verdict === 'drop') {
          await store.outbox.dropped(row.id);
          counts.dropped++;
          continue;
        }
        if (verdict !== 'go') {
          await store.outbox.defer(row.id, verdict.until);
          continue;
        }
        const retryAt = new Date(Date.parse(now) + wait(row.attempts + 1)).toISOString();
        if (!sender || !(await store.outbox.claim(row, now, retryAt))) continue;
        const notice = await store.notices.get(row.noticeId);
        if (!notice) continue;
        try {
          await sender.send(notice, row);
          await store.outbox.sent(row.id, deps.now());
          counts.sent++;
        } catch (error) {
          const code = errorCode(error);
          const giveUp = row.attempts + 1 >= maxAttempts;
          await store.outbox.failed(row.id, code, giveUp);
          counts.failed++;
          deps.logger.warn('watch notice not sent', { channel: row.channel, code, attempt: row.attempts + 1, giveUp });
        }
      }
      return counts;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
