import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { createLotse } from '../../../src/core.js';
import type { HardeningOptions } from '../../../src/http/hardening.js';
import type { LlmPort } from '../../../src/llm/port.js';
import { type Logger, silentLogger } from '../../../src/logger.js';
import { createRetention } from '../../../src/retention/retention.js';
import { openDatabase } from '../../../src/storage/sqlite/open-database.js';
import { createSqliteFeedback } from '../../../src/storage/sqlite/sqlite-feedback.js';
import { createSqliteRetentionStore } from '../../../src/storage/sqlite/sqlite-retention.js';
import { createSqliteSlackStore } from '../../../src/storage/sqlite/sqlite-slack.js';
import { createSqliteStorage } from '../../../src/storage/sqlite/sqlite-storage.js';
import { knowledgeOnce } from '../../support/knowledge-base.js';

/** A clock a test moves by hand. */
export function manualClock(startIso: string) {
  let ms = Date.parse(startIso);
  return {
    now: () => new Date(ms),
    iso: () => new Date(ms).toISOString(),
    ms: () => ms,
    advanceDays(days: number) {
      ms += days * 24 * 60 * 60 * 1000;
    },
    advanceMs(delta: number) {
      ms += delta;
    },
  };
}

/** The real Lotse (rules, NLU, graph, repositories) over a SQLite file in a temp folder. */
export function lotseOnFile(
  options: { now?: () => string; hardening?: HardeningOptions; logger?: Logger; widget?: boolean; llm?: LlmPort } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-hardening-'));
  const dbPath = join(dir, 'lotse.db');
  const db = openDatabase(dbPath);
  const saver = new SqliteSaver(db);
  const storage = createSqliteStorage(db);
  const { entries, knowledge } = knowledgeOnce();
  const lotse = createLotse({
    entries,
    knowledge,
    storage,
    checkpointer: saver,
    deleteCheckpoints: (id) => saver.deleteThread(id),
    today: () => '2026-11-22',
    logger: options.logger ?? silentLogger,
    ...(options.now ? { now: options.now } : {}),
    web: {
      feedback: createSqliteFeedback(db),
      ...(options.widget ? { widgetScript: async () => 'console.log("widget")' } : {}),
    },
    ...(options.hardening ? { hardening: options.hardening } : {}),
    ...(options.llm ? { llm: options.llm } : {}),
  });
  const request = (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    lotse.app.request(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { 'content-type': 'application/json', ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  return {
    ...lotse,
    db,
    dbPath,
    saver,
    storage,
    slackStore: createSqliteSlackStore(db),
    request,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The sweep as the runtimes build it, over a test's SQLite file and hand-moved clock. */
export const retentionFor = (
  l: ReturnType<typeof lotseOnFile>,
  clock: ReturnType<typeof manualClock>,
  retentionDays = 90,
) =>
  createRetention({
    store: createSqliteRetentionStore(l.db),
    erase: (id) => l.conversations.remove(id),
    deleteCheckpoints: (id) => l.saver.deleteThread(id),
    retentionDays,
    now: clock.now,
    logger: silentLogger,
  });
