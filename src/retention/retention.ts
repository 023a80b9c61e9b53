import { ApiError } from '../http/errors.js';
import type { Logger } from '../logger.js';

/** The storage side of retention: which conversations are due, and checkpoints left without one. */
export interface RetentionStore {
  /** Ids of conversations closed before `cutoff` or untouched since (ISO timestamps), oldest first. */
  expired(cutoff: string, limit: number): Promise<string[]>;
  /** Checkpoint threads whose conversation row is gone (a crash between the two deletes of an erasure). */
  orphanThreads(limit: number): Promise<string[]>;
}

export interface RetentionDeps {
  store: RetentionStore;
  /** Erases one conversation everywhere (the same path as DELETE: rows, cascades, checkpoints). */
  erase(id: string): Promise<void>;
  deleteCheckpoints(threadId: string): Promise<void>;
  /** Writes erasures through to the storage's files (see ErasureSettler); `erase` already does it per conversation. */
  settleErasure?: () => Promise<boolean>;
  retentionDays: number;
  now: () => Date;
  logger: Logger;
  /** Conversations erased per batch, so one sweep never holds the database for long. */
  batchSize?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes what is older than the retention period. Runtime-neutral: Node runs it on a timer, Workers on a cron. */
export function createRetention(deps: RetentionDeps) {
  const batchSize = deps.batchSize ?? 200;

  async function eraseQuietly(id: string): Promise<boolean> {
    try {
      await deps.erase(id);
      return true;
    } catch (error) {
      // Erased by its owner (DELETE) between listing and erasing: nothing left to do.
      if (error instanceof ApiError && error.code === 'not_found') return false;
      throw error;
    }
  }

  return {
    /** One full pass; returns how many conversations and orphaned checkpoint threads were erased. */
    async sweep(): Promise<{ conversations: number; orphanThreads: number }> {
      const cutoff = new Date(deps.now().getTime() - deps.retentionDays * DAY_MS).toISOString();
      let conversations = 0;
      for (;;) {
        const ids = await deps.store.expired(cutoff, batchSize);
        for (const id of ids) if (await eraseQuietly(id)) conversations++;
        if (ids.length < batchSize) break;
      }
      let orphanThreads = 0;
      for (;;) {
        const threads = await deps.store.orphanThreads(batchSize);
        for (const thread of threads) await deps.deleteCheckpoints(thread);
        orphanThreads += threads.length;
        if (threads.length < batchSize) break;
      }
      if (orphanThreads > 0) await deps.settleErasure?.();
      // Counts only: retention never logs ids or content.
      if (conversations + orphanThreads > 0)
        deps.logger.info('retention sweep', { conversations, orphanThreads, cutoff });
      return { conversations, orphanThreads };
    },
  };
}

export type Retention = ReturnType<typeof createRetention>;
