import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { createLotse } from '../../../src/core.js';
import { silentLogger } from '../../../src/logger.js';
import { openDatabase } from '../../../src/storage/sqlite/open-database.js';
import { createSqliteSlackStore } from '../../../src/storage/sqlite/sqlite-slack.js';
import { createSqliteStorage } from '../../../src/storage/sqlite/sqlite-storage.js';
import { knowledgeOnce } from '../../support/knowledge-base.js';
import { NOW_MS, SECRET } from './signed-requests.js';

/** The day Lotse believes it is in these tests: the date its law is as of. */
export const TODAY = new Date(NOW_MS).toISOString().slice(0, 10);

/**
 * The real Lotse (rules, NLU, graph, SQLite in memory) with Slack enabled. Background work is
 * collected instead of detached, so a test can wait for "after the ack" deterministically.
 */
export function lotseWithSlack(options: { slack?: boolean } = {}) {
  const db = openDatabase(':memory:');
  const saver = new SqliteSaver(db);
  const store = createSqliteSlackStore(db);
  const pending: Promise<unknown>[] = [];
  let handedOver = 0;
  const { entries, knowledge } = knowledgeOnce();
  const lotse = createLotse({
    entries,
    knowledge,
    storage: createSqliteStorage(db),
    checkpointer: saver,
    deleteCheckpoints: (id) => saver.deleteThread(id),
    today: () => TODAY,
    now: () => new Date(NOW_MS).toISOString(),
    logger: silentLogger,
    ...(options.slack === false
      ? {}
      : {
          slack: {
            signingSecret: SECRET,
            botToken: 'xoxb-test-token',
            store,
            nowMs: () => NOW_MS,
            waitUntil: (task: Promise<unknown>) => {
              handedOver++;
              pending.push(task);
            },
          },
        }),
  });
  return {
    ...lotse,
    db,
    store,
    /** Number of background tasks ever handed to waitUntil (settling does not reset it). */
    deferred: () => handedOver,
    /** Waits until all background work, including work it started, has finished. */
    async settle() {
      while (pending.length > 0) await Promise.all(pending.splice(0));
    },
    slackConversations: () =>
      db.prepare("SELECT id, status FROM conversations WHERE channel = 'slack'").all() as Array<{
        id: string;
        status: string;
      }>,
  };
}
