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

type Lotse = ReturnType<typeof realLotse>;
/** One turn of a conversation, as the API returns it. */
export type Turn = Awaited<ReturnType<Lotse['conversations']['post']>>;

/** The bot's messages of a turn. */
export const botTexts = (turn: Turn) => turn.messages.filter((m) => m.role === 'bot').map((m) => m.text);

/** Holds a whole conversation with `lotse`: a new one in `lang`, each message in turn; returns its id and last turn. */
export function talker(lotse: Lotse) {
  return async (lang: 'de' | 'en', messages: readonly string[]) => {
    const conv = await lotse.conversations.create(lang);
    let turn: Turn | undefined;
    for (const text of messages) turn = await lotse.conversations.post(conv.id, { text });
    return { id: conv.id, turn: turn as Turn };
  };
}
