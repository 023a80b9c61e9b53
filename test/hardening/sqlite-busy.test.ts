import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../../src/storage/sqlite/sqlite-storage.js';
import { lotseOnFile } from './support/lotse-on-file.js';

let lotse: ReturnType<typeof lotseOnFile> | undefined;
afterEach(() => lotse?.close());

/** Another process takes SQLite's write lock, writes, and keeps the lock for `holdMs`. */
function holdLockInAnotherProcess(dbPath: string, holdMs: number) {
  const script = `
    const db = require('better-sqlite3')(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.exec('CREATE TABLE IF NOT EXISTS lock_probe (x)');
    db.exec('INSERT INTO lock_probe VALUES (1)');
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); process.stdout.write('released\\n'); }, Number(process.argv[2]));
  `;
  const child = spawn(process.execPath, ['-e', script, dbPath, String(holdMs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const output: string[] = [];
  const locked = new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      output.push(...String(chunk).trim().split('\n'));
      if (output.includes('locked')) resolve();
    }),
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { locked, exited, output };
}

describe('SQLite busy or locked', () => {
  it('makes a turn wait for another writer instead of answering the employer with an error', async () => {
    const l = lotseOnFile();
    lotse = l;
    const created = (await (await l.request('/api/v1/conversations', { body: {} })).json()) as { id: string };
    const other = holdLockInAnotherProcess(l.dbPath, 700);
    await other.locked;
    const res = await l.request(`/api/v1/conversations/${created.id}/messages`, {
      body: { text: 'Wir möchten eine Köchin mit Duldung einstellen' },
    });
    await other.exited;
    expect(res.status).toBe(200);
    expect(other.output).toEqual(['locked', 'released']);
    const transcript = (await (await l.request(`/api/v1/conversations/${created.id}`)).json()) as {
      messages: Array<{ role: string }>;
    };
    expect(transcript.messages.filter((m) => m.role === 'employer')).toHaveLength(1);
  });

  it('lets a transcript write that reads first wait for the lock too, instead of failing at once', async () => {
    const l = lotseOnFile();
    lotse = l;
    const created = (await (await l.request('/api/v1/conversations', { body: {} })).json()) as { id: string };
    const storage = createSqliteStorage(l.db);
    const other = holdLockInAnotherProcess(l.dbPath, 500);
    await other.locked;
    // Reads the next sequence number, then inserts: the upgrade from reading to writing is where
    // a deferred transaction gets SQLITE_BUSY without waiting.
    await storage.transcript.append(created.id, [
      { id: 'm-busy', role: 'employer', text: 'Hallo', createdAt: '2026-11-22T10:00:00.000Z' },
    ]);
    await other.exited;
    expect((await storage.transcript.list(created.id)).map((m) => m.id)).toContain('m-busy');
  });
});
