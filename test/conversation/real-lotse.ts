import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { createLotse } from '../../src/core.js';
import { silentLogger } from '../../src/logger.js';
import { openDatabase } from '../../src/storage/sqlite/open-database.js';
import { createSqliteStorage } from '../../src/storage/sqlite/sqlite-storage.js';
import { knowledgeOnce } from '../support/knowledge-base.js';

/** The real Lotse (rules, NLU, graph, knowledge) on an in-memory database, as the web API runs it. */
export function realLotse(today = '2026-11-22') {
  const { entries, knowledge } = knowledgeOnce();
  const db = openDatabase(':memory:');
  const saver = new SqliteSaver(db);
  return createLotse({
    entries,
    knowledge,
    storage: createSqliteStorage(db),
    checkpointer: saver,
    deleteCheckpoints: (id) => saver.deleteThread(id),
    today: () => today,
    logger: silentLogger,
  });
}
