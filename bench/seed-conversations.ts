/**
 * Fills a SQLite file with `count` stored conversations, fast: one real conversation is driven
 * through the service (so rows, transcript and checkpoints are exactly what Lotse writes), then
 * copied with new ids in SQL. The copies are as large as real ones; only their content repeats.
 */
import { resolve } from 'node:path';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import type Database from 'better-sqlite3';
import { createLotse } from '../src/core.js';
import { loadKnowledgeFromDir } from '../src/knowledge/load-node.js';
import { silentLogger } from '../src/logger.js';
import { openDatabase } from '../src/storage/sqlite/open-database.js';
import { createSqliteStorage } from '../src/storage/sqlite/sqlite-storage.js';

/** Table → the column that names the conversation; every other column is copied as it is. */
const OWNED: Array<[table: string, key: string]> = [
  ['conversations', 'id'],
  ['messages', 'conversation_id'],
  ['turns', 'conversation_id'],
  ['checkpoints', 'thread_id'],
  ['writes', 'thread_id'],
];
/** Columns that must be unique on their own get fresh random values. */
const FRESH: Record<string, string> = { 'messages.id': 'lower(hex(randomblob(16)))' };

async function driveTemplate(db: Database.Database): Promise<string> {
  const saver = new SqliteSaver(db);
  const { conversations } = createLotse({
    entries: loadKnowledgeFromDir(resolve('knowledge')),
    storage: createSqliteStorage(db),
    checkpointer: saver,
    deleteCheckpoints: (id) => saver.deleteThread(id),
    today: () => '2026-11-22',
    logger: silentLogger,
  });
  const { id } = await conversations.create('de');
  let turn = await conversations.post(id, {
    text: 'Bäckerei in Dresden, wir wollen einen Tunesier mit Duldung als Helfer einstellen, 30 Stunden',
    clientMessageId: 'seed-0',
  });
  for (let i = 1; i < 8 && turn.state.status === 'collecting' && turn.state.pendingQuestion; i++) {
    const q = turn.state.pendingQuestion;
    const value = q.options.find((o) => o.value !== 'unknown')?.value ?? 'unknown';
    turn = await conversations.post(id, { choice: { factKey: q.factKey, value }, clientMessageId: `seed-${i}` });
  }
  await conversations.post(id, { text: 'Was muss ich aufbewahren?', clientMessageId: 'seed-f' });
  return id;
}

export async function seedConversations(path: string, count: number): Promise<{ bytesPerConversation: number }> {
  const db = openDatabase(path);
  try {
    const template = await driveTemplate(db);
    const copies = OWNED.map(([table, key]) => {
      const columns = (db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name);
      const values = columns.map((c) => (c === key ? '@id' : (FRESH[`${table}.${c}`] ?? c)));
      return db.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${table} WHERE ${key} = @template`,
      );
    });
    db.transaction(() => {
      for (let i = 1; i < count; i++) {
        const id = crypto.randomUUID();
        for (const copy of copies) copy.run({ id, template });
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const { page_count, page_size } = {
      page_count: db.pragma('page_count', { simple: true }) as number,
      page_size: db.pragma('page_size', { simple: true }) as number,
    };
    return { bytesPerConversation: (page_count * page_size) / count };
  } finally {
    db.close();
  }
}
