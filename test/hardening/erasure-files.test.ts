import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { createRetention } from '../../src/retention/retention.js';
import { createSqliteRetentionStore } from '../../src/storage/sqlite/sqlite-retention.js';
import { lotseOnFile, manualClock, retentionFor } from './support/lotse-on-file.js';

let lotse: ReturnType<typeof lotseOnFile> | undefined;
afterEach(() => lotse?.close());

/**
 * The raw files a backup would copy: the database and its write-ahead log. No checkpoint is forced
 * here; whatever the erasure leaves in either file is what a backup taken right after it keeps.
 */
function filesContaining(dbPath: string, marker: string): string[] {
  return [dbPath, `${dbPath}-wal`].filter(
    (path) => existsSync(path) && readFileSync(path).includes(Buffer.from(marker, 'utf8')),
  );
}

/** An employer message with a marker found nowhere else, and a turn, so the text is in messages and turns. */
async function conversationWith(l: NonNullable<typeof lotse>, marker: string) {
  const { id } = await l.conversations.create('de');
  await l.conversations.post(id, {
    text: `Wir möchten eine Köchin mit Duldung einstellen, Telefon ${marker}`,
    clientMessageId: `c-${marker}`,
  });
  return id;
}

describe('erased text leaves the database files at once', () => {
  it('after DELETE /api/v1/conversations/{id}: neither lotse.db nor lotse.db-wal holds it', async () => {
    const l = lotseOnFile();
    lotse = l;
    const erased = `ERASE-ME-${crypto.randomUUID()}`;
    const kept = `KEEP-ME-${crypto.randomUUID()}`;
    const id = await conversationWith(l, erased);
    await conversationWith(l, kept);
    // Both markers are on disk before the erasure, so an empty scan afterwards means something.
    expect(filesContaining(l.dbPath, erased)).not.toEqual([]);

    expect((await l.request(`/api/v1/conversations/${id}`, { method: 'DELETE' })).status).toBe(204);

    expect(filesContaining(l.dbPath, erased)).toEqual([]);
    expect(filesContaining(l.dbPath, kept)).not.toEqual([]);
  });

  it('after a retention sweep: neither file holds what it erased', async () => {
    const clock = manualClock('2026-01-01T09:00:00.000Z');
    const l = lotseOnFile({ now: clock.iso });
    lotse = l;
    const erased = `EXPIRED-${crypto.randomUUID()}`;
    await conversationWith(l, erased);
    clock.advanceDays(91);
    const kept = `RECENT-${crypto.randomUUID()}`;
    await conversationWith(l, kept);
    expect(filesContaining(l.dbPath, erased)).not.toEqual([]);

    const retention = retentionFor(l, clock);
    expect(await retention.sweep()).toEqual({ conversations: 1, orphanThreads: 0 });

    expect(filesContaining(l.dbPath, erased)).toEqual([]);
    expect(filesContaining(l.dbPath, kept)).not.toEqual([]);
  });

  it('after the sweep of checkpoints a crash left without their conversation: neither file holds them', async () => {
    const l = lotseOnFile();
    lotse = l;
    const orphaned = `ORPHAN-${crypto.randomUUID()}`;
    const id = await conversationWith(l, orphaned);
    // A crash between the two deletes of an erasure: the rows are gone, the checkpoints (which hold
    // the turn's input) are not.
    l.db.prepare('DELETE FROM conversations WHERE id = ?').run(id);
    l.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(filesContaining(l.dbPath, orphaned)).not.toEqual([]);

    const retention = createRetention({
      store: createSqliteRetentionStore(l.db),
      erase: (conversation) => l.conversations.remove(conversation),
      deleteCheckpoints: (thread) => l.saver.deleteThread(thread),
      settleErasure: () => l.storage.erasure.settle(),
      retentionDays: 90,
      now: () => new Date('2026-01-01T09:00:00.000Z'),
      logger: silentLogger,
    });
    expect(await retention.sweep()).toEqual({ conversations: 0, orphanThreads: 1 });
    expect(filesContaining(l.dbPath, orphaned)).toEqual([]);
  });
});
