import { resolve } from 'node:path';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { createLotse } from '../../src/core.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { silentLogger } from '../../src/logger.js';
import { openDatabase } from '../../src/storage/sqlite/open-database.js';
import { createSqliteStorage } from '../../src/storage/sqlite/sqlite-storage.js';

let entries: ReturnType<typeof loadKnowledgeFromDir> | undefined;

/** The real Lotse (rules, NLU, graph, knowledge) on an in-memory database, as the web API runs it. */
export function realLotse(today = '2026-11-22') {
  entries ??= loadKnowledgeFromDir(resolve('knowledge'));
  const db = openDatabase(':memory:');
  const saver = new SqliteSaver(db);
  return createLotse({
    entries,
    storage: createSqliteStorage(db),
    checkpointer: saver,
    deleteCheckpoints: (id) => saver.deleteThread(id),
    today: () => today,
    logger: silentLogger,
  });
}
