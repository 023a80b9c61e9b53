import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { lotseOnFile } from './support/lotse-on-file.js';

let lotse: ReturnType<typeof lotseOnFile> | undefined;
afterEach(() => lotse?.close());

/** Every table of the file, every column, as text or bytes: where does `needle` still occur? */
function tablesContaining(l: NonNullable<typeof lotse>, needle: string): string[] {
  const tables = l.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
  const bytes = Buffer.from(needle, 'utf8');
  const found: string[] = [];
  for (const { name } of tables) {
    const rows = l.db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>;
    const hit = rows.some((row) =>
      Object.values(row).some((v) =>
        typeof v === 'string' ? v.includes(needle) : Buffer.isBuffer(v) ? v.includes(bytes) : false,
      ),
    );
    if (hit) found.push(name);
  }
  return found;
}

describe('DELETE /api/v1/conversations/{id}', () => {
  it('leaves no trace of the conversation in any table, nor in the database file', async () => {
    const l = lotseOnFile();
    lotse = l;
    const start = async () =>
      ((await (await l.request('/api/v1/conversations', { body: { lang: 'de' } })).json()) as { id: string }).id;
    const id = await start();
    const other = await start();
    const say = async (conversation: string, body: unknown) =>
      (await l.request(`/api/v1/conversations/${conversation}/messages`, { body })).json() as Promise<{
        messages: Array<{ id: string; role: string }>;
        state: { pendingQuestion?: { factKey: string; options: Array<{ value: string }> } };
      }>;
    const first = await say(id, { text: 'Wir möchten eine Köchin mit Duldung einstellen', clientMessageId: 'm1' });
    const pending = first.state.pendingQuestion;
    if (pending)
      await say(id, {
        choice: { factKey: pending.factKey, value: pending.options[0]?.value ?? 'unknown' },
        clientMessageId: 'm2',
      });
    await say(other, { text: 'Helfer aus Tunesien mit Duldung' });
    const answer = first.messages.find((m) => m.role === 'bot');
    await l.request(`/api/v1/conversations/${id}/feedback`, {
      body: { messageId: answer?.id, rating: 'not_helpful', comment: 'zu lang' },
    });
    await l.slackStore.bindThread(
      { channel: 'C1', threadTs: '1700000000.000200', conversationId: id, lang: 'de' },
      '2026-11-22T10:00:00.000Z',
    );
    expect(tablesContaining(l, id)).toEqual(
      expect.arrayContaining(['conversations', 'messages', 'turn_refs', 'feedback', 'slack_threads', 'checkpoints']),
    );

    const deleted = await l.request(`/api/v1/conversations/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);

    expect(tablesContaining(l, id)).toEqual([]);
    // The scan does find a conversation that still exists, so an empty result means something.
    expect(tablesContaining(l, other)).toContain('checkpoints');
    // secure_delete zeroes freed content; after a checkpoint the bytes are gone from the file too.
    l.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = readFileSync(l.dbPath);
    expect(file.includes(Buffer.from(id))).toBe(false);
    expect(file.includes(Buffer.from(other))).toBe(true);
    expect((await l.request(`/api/v1/conversations/${id}`)).status).toBe(404);
  });
});
