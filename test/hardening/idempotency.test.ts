import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/sqlite/open-database.js';
import { createSqliteStorage } from '../../src/storage/sqlite/sqlite-storage.js';
import { lotseOnFile } from './support/lotse-on-file.js';

const MIGRATIONS = 'src/storage/migrations';

let lotse: ReturnType<typeof lotseOnFile>;
beforeAll(() => {
  lotse = lotseOnFile();
});
afterAll(() => lotse.close());

interface Turn {
  messages: Array<{ id: string; role: string; text: string }>;
  state: { status: string; facts: Record<string, unknown>; assessment?: unknown };
}

const start = async () =>
  ((await (await lotse.request('/api/v1/conversations', { body: { lang: 'de' } })).json()) as { id: string }).id;
const say = async (id: string, body: Record<string, unknown>) => {
  const res = await lotse.request(`/api/v1/conversations/${id}/messages`, { body });
  expect(res.status).toBe(200);
  return (await res.json()) as Turn;
};
const storedTurns = (id: string) =>
  lotse.db.prepare('SELECT * FROM turn_refs WHERE conversation_id = ?').all(id) as Array<Record<string, unknown>>;

describe('idempotency log: a reference to the turn, not a copy of its answer', () => {
  it('stores a few hundred bytes per client message id, none of the answer text', async () => {
    const id = await start();
    let turn = await say(id, {
      text: 'Bäckerei in Dresden, Mann aus Tunesien, seit 14 Monaten geduldet, Beschäftigung nur mit Erlaubnis der ABH, Helfer 30 Stunden',
      clientMessageId: 'turn-0',
    });
    for (let n = 1; turn.state.status === 'collecting' && n < 12; n++) {
      const pending = (turn.state as { pendingQuestion?: { factKey: string; options: Array<{ value: string }> } })
        .pendingQuestion;
      if (!pending) break;
      const value = pending.options.find((o) => o.value !== 'unknown')?.value ?? 'unknown';
      turn = await say(id, { choice: { factKey: pending.factKey, value }, clientMessageId: `turn-${n}` });
    }
    expect(turn.state.status).toBe('answered');
    const answer = turn.messages.find((m) => m.role === 'bot' && m.text.length > 500);
    expect(answer).toBeDefined();
    const rows = storedTurns(id);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(JSON.stringify(row).length).toBeLessThan(1000);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(answer?.text.slice(0, 80));
    for (const message of turn.messages) expect(stored).toContain(message.id);
  });

  it('a repeated client message id returns the first answer, also after later turns changed the state', async () => {
    const id = await start();
    const first = await say(id, { text: 'Wir möchten eine Köchin mit Duldung einstellen', clientMessageId: 'k-1' });
    const second = await say(id, { text: 'Sie kommt aus Syrien', clientMessageId: 'k-2' });
    expect(second.state.facts).not.toEqual(first.state.facts);

    expect(await say(id, { text: 'Wir möchten eine Köchin mit Duldung einstellen', clientMessageId: 'k-1' })).toEqual(
      first,
    );
    expect(await say(id, { text: 'Sie kommt aus Syrien', clientMessageId: 'k-2' })).toEqual(second);
    // The replays ran no turn: one employer message per client message id in the transcript.
    const view = (await (await lotse.request(`/api/v1/conversations/${id}`)).json()) as Turn;
    expect(view.messages.filter((m) => m.role === 'employer')).toHaveLength(2);
  });

  it('replays an answer with its assessment exactly, and a turn while an adviser has the case', async () => {
    const id = await start();
    let turn = await say(id, {
      text: 'Bäckerei in Dresden, Mann aus Tunesien, seit 14 Monaten geduldet, Beschäftigung nur mit Erlaubnis der ABH, Helfer 30 Stunden',
      clientMessageId: 'a-1',
    });
    const answered = turn;
    turn = await say(id, { choice: { factKey: 'action', value: 'handoff' }, clientMessageId: 'a-2' });
    if ((turn.state as { pendingQuestion?: { factKey: string } }).pendingQuestion?.factKey === 'handoffConsent')
      turn = await say(id, { choice: { factKey: 'handoffConsent', value: 'yes' }, clientMessageId: 'a-3' });
    expect(turn.state.status).toBe('with_adviser');
    const silent = await say(id, { text: 'Hallo, ist jemand da?', clientMessageId: 'a-4' });
    expect(silent.messages).toEqual([]);

    expect(await say(id, { text: 'egal', clientMessageId: 'a-1' })).toEqual(answered);
    expect(await say(id, { text: 'egal', clientMessageId: 'a-4' })).toEqual(silent);
  });
});

describe('migration 0006: idempotency rows logged before it', () => {
  it('become references to the same messages, and their replay still answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotse-0006-'));
    const path = join(dir, 'lotse.db');
    try {
      // A database as the previous release left it: migrations up to 0005 and one logged turn.
      const old = new Database(path);
      old.exec('CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
      for (const name of readdirSync(MIGRATIONS).filter((n) => n < '0006')) {
        old.exec(readFileSync(join(MIGRATIONS, name), 'utf8'));
        old.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(name, 'then');
      }
      old.prepare("INSERT INTO conversations VALUES ('c1', 'web', 'de', 'collecting', 'then', 'then', NULL)").run();
      const response = {
        messages: [{ id: 'm-1', role: 'bot', text: 'Welche Staatsangehörigkeit?', createdAt: 'then' }],
        understood: [{ factKey: 'status', value: 'duldung', text: 'Duldung' }],
        state: { status: 'collecting', facts: { status: 'duldung' } },
      };
      old.prepare("INSERT INTO turns VALUES ('c1', 'cm-1', ?, 'then')").run(JSON.stringify(response));
      old.close();

      const db = openDatabase(path);
      const storage = createSqliteStorage(db);
      expect(await storage.turns.find('c1', 'cm-1')).toEqual({
        messageIds: ['m-1'],
        checkpointId: null,
        understood: response.understood,
      });
      expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'turns'").get()).toEqual({ n: 0 });
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
