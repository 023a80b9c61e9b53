import { resolve } from 'node:path';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { readWidgetBundle } from './channels/web/widget/read-bundle.js';
import { createToday } from './clock.js';
import type { Config } from './config.js';
import { createLotse } from './core.js';
import { loadKnowledgeFromDir } from './knowledge/load-node.js';
import { createLlmFromConfig } from './llm/create-llm.js';
import type { Logger } from './logger.js';
import { openDatabase } from './storage/sqlite/open-database.js';
import { createSqliteFeedback } from './storage/sqlite/sqlite-feedback.js';
import { createSqliteSlackStore } from './storage/sqlite/sqlite-slack.js';
import { createSqliteStorage } from './storage/sqlite/sqlite-storage.js';

/** Node adapters: one better-sqlite3 file (WAL) shared by the repositories and the checkpointer. */
export function createNodeRuntime(config: Config, logger: Logger) {
  const db = openDatabase(resolve(config.LOTSE_DB_PATH));
  const checkpointer = new SqliteSaver(db);
  const lotse = createLotse({
    entries: loadKnowledgeFromDir(resolve(config.LOTSE_KNOWLEDGE_DIR)),
    storage: createSqliteStorage(db),
    checkpointer,
    deleteCheckpoints: (threadId) => checkpointer.deleteThread(threadId),
    today: createToday(config.LOTSE_FIXED_DATE),
    logger,
    llm: createLlmFromConfig(config),
    web: { feedback: createSqliteFeedback(db), widgetScript: () => readWidgetBundle() },
    ...(config.SLACK_SIGNING_SECRET && config.SLACK_BOT_TOKEN
      ? {
          slack: {
            signingSecret: config.SLACK_SIGNING_SECRET,
            botToken: config.SLACK_BOT_TOKEN,
            command: config.SLACK_COMMAND,
            store: createSqliteSlackStore(db),
          },
        }
      : {}),
  });
  return { ...lotse, close: () => db.close() };
}
