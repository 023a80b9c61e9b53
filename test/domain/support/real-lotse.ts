import { resolve } from 'node:path';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { createLotse } from '../../../src/core.js';
import { loadKnowledgeFromDir } from '../../../src/knowledge/load-node.js';
import { silentLogger } from '../../../src/logger.js';
import { openDatabase } from '../../../src/storage/sqlite/open-database.js';
import { createSqliteStorage } from '../../../src/storage/sqlite/sqlite-storage.js';

/** The real rules, knowledge and HTTP routes on an in-memory database, as the web API runs them. */
export function createRealApp(today = '2026-11-22') {
  const db = openDatabase(':memory:');
  const saver = new SqliteSaver(db);
  return createLotse({
    entries: loadKnowledgeFromDir(resolve('knowledge')),
    storage: createSqliteStorage(db),
    checkpointer: saver,
    deleteCheckpoints: (id) => saver.deleteThread(id),
    today: () => today,
    logger: silentLogger,
  }).app;
}
