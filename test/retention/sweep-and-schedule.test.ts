import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/http/errors.js';
import type { Logger } from '../../src/logger.js';
import { createRetention, type RetentionStore } from '../../src/retention/retention.js';
import { scheduleRetention } from '../../src/retention/schedule.js';

// The sweep's loop and the Node timer, with an in-memory store: the SQLite and D1 queries have their
// own tests (test/hardening/retention.test.ts, the storage conformance suite, the Worker's cron).

const NOW = new Date('2026-11-22T10:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;

function recordingLogger() {
  const lines: Array<{ level: string; msg: string; fields?: Record<string, unknown> }> = [];
  const at =
    (level: string) =>
    (msg: string, fields?: Record<string, unknown>): void => {
      lines.push({ level, msg, ...(fields ? { fields } : {}) });
    };
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines };
}

/** A store that hands out `expired` and `orphans` in pages of at most `limit`, as the SQL does. */
function pagedStore(expired: string[], orphans: string[] = []) {
  const calls = { expired: [] as Array<{ cutoff: string; limit: number }>, orphans: 0 };
  const store: RetentionStore = {
    async expired(cutoff, limit) {
      calls.expired.push({ cutoff, limit });
      return expired.slice(0, limit);
    },
    async orphanThreads(limit) {
      calls.orphans++;
      return orphans.slice(0, limit);
    },
  };
  const erased: string[] = [];
  const erase = async (id: string) => {
    erased.push(id);
    expired.splice(expired.indexOf(id), 1);
  };
  const deleted: string[] = [];
  const deleteCheckpoints = async (thread: string) => {
    deleted.push(thread);
    orphans.splice(orphans.indexOf(thread), 1);
  };
  return { store, calls, erase, erased, deleteCheckpoints, deleted };
}

describe('the retention sweep', () => {
  it('asks for what was last touched or closed before now minus RETENTION_DAYS', async () => {
    const s = pagedStore([]);
    const { logger } = recordingLogger();
    await createRetention({ ...s, retentionDays: 90, now: () => NOW, logger }).sweep();
    expect(s.calls.expired).toEqual([{ cutoff: new Date(NOW.getTime() - 90 * DAY_MS).toISOString(), limit: 200 }]);
  });

  it('erases in batches until a batch comes back short, also when the last batch is exactly full', async () => {
    const s = pagedStore(['a', 'b', 'c', 'd'], ['t1', 't2']);
    const { logger } = recordingLogger();
    const sweep = createRetention({ ...s, retentionDays: 90, now: () => NOW, logger, batchSize: 2 });
    expect(await sweep.sweep()).toEqual({ conversations: 4, orphanThreads: 2 });
    expect(s.erased).toEqual(['a', 'b', 'c', 'd']);
    expect(s.deleted).toEqual(['t1', 't2']);
    expect(s.calls.expired).toHaveLength(3); // 2 + 2 + 0
    expect(s.calls.orphans).toBe(2); // 2 + 0
  });

  it('skips a conversation its owner erased meanwhile, and fails on any other error', async () => {
    const s = pagedStore(['gone', 'kept-going']);
    const { logger } = recordingLogger();
    const erase = async (id: string) => {
      if (id === 'gone') {
        s.store.expired = async () => []; // it is not listed again
        throw new ApiError('not_found', 'no such conversation');
      }
      await s.erase(id);
    };
    const sweep = createRetention({ ...s, erase, retentionDays: 90, now: () => NOW, logger });
    expect(await sweep.sweep()).toEqual({ conversations: 1, orphanThreads: 0 });
    expect(s.erased).toEqual(['kept-going']);

    for (const error of [new ApiError('internal', 'database locked'), new Error('disk full')]) {
      const failing = createRetention({
        ...pagedStore(['x']),
        erase: async () => {
          throw error;
        },
        retentionDays: 90,
        now: () => NOW,
        logger,
      });
      await expect(failing.sweep()).rejects.toBe(error);
    }
  });

  it('logs counts and the cutoff when it erased something, never ids, and nothing when there was nothing', async () => {
    const s = pagedStore(['conversation-id-1'], ['thread-id-1', 'thread-id-2']);
    const { logger, lines } = recordingLogger();
    const sweep = createRetention({ ...s, retentionDays: 30, now: () => NOW, logger });
    await sweep.sweep();
    expect(lines).toEqual([
      {
        level: 'info',
        msg: 'retention sweep',
        fields: { conversations: 1, orphanThreads: 2, cutoff: new Date(NOW.getTime() - 30 * DAY_MS).toISOString() },
      },
    ]);
    await sweep.sweep();
    expect(lines).toHaveLength(1);
  });
});

describe('the retention timer (long-running Node process)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const HOUR_MS = 60 * 60 * 1000;

  it('sweeps at once and then every interval until stopped', async () => {
    vi.useFakeTimers();
    const sweep = vi.fn(async () => ({ conversations: 0, orphanThreads: 0 }));
    const stop = scheduleRetention({ sweep }, HOUR_MS, recordingLogger().logger);
    await vi.advanceTimersByTimeAsync(0);
    expect(sweep).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(HOUR_MS - 1);
    expect(sweep).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sweep).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(HOUR_MS);
    expect(sweep).toHaveBeenCalledTimes(3);
    stop();
    await vi.advanceTimersByTimeAsync(5 * HOUR_MS);
    expect(sweep).toHaveBeenCalledTimes(3);
  });

  it('never starts a sweep while the last one still runs', async () => {
    vi.useFakeTimers();
    let finish = () => {};
    const sweep = vi.fn(
      () =>
        new Promise<{ conversations: number; orphanThreads: number }>((resolve) => {
          finish = () => resolve({ conversations: 0, orphanThreads: 0 });
        }),
    );
    const stop = scheduleRetention({ sweep }, HOUR_MS, recordingLogger().logger);
    await vi.advanceTimersByTimeAsync(3 * HOUR_MS);
    expect(sweep).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(HOUR_MS);
    expect(sweep).toHaveBeenCalledTimes(2);
    stop();
  });

  it('logs a failed sweep and tries again at the next tick', async () => {
    vi.useFakeTimers();
    const sweep = vi
      .fn<() => Promise<{ conversations: number; orphanThreads: number }>>()
      .mockRejectedValueOnce(new Error('database is locked'))
      .mockResolvedValue({ conversations: 0, orphanThreads: 0 });
    const { logger, lines } = recordingLogger();
    const stop = scheduleRetention({ sweep }, HOUR_MS, logger);
    await vi.advanceTimersByTimeAsync(0);
    expect(lines).toEqual([{ level: 'error', msg: 'retention sweep failed', fields: { error: 'database is locked' } }]);
    await vi.advanceTimersByTimeAsync(HOUR_MS);
    expect(sweep).toHaveBeenCalledTimes(2);
    expect(lines).toHaveLength(1);
    stop();
  });

  it('does not keep the process alive', () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const stop = scheduleRetention(
      { sweep: async () => ({ conversations: 0, orphanThreads: 0 }) },
      HOUR_MS,
      recordingLogger().logger,
    );
    expect(timers()).toBe(before);
    stop();
  });
});
