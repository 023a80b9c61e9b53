import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { addAdviser } from '../../src/adviser/accounts.js';
import { openDatabase } from '../../src/storage/sqlite/open-database.js';
import { createSqliteAdviserStorage } from '../../src/storage/sqlite/sqlite-adviser.js';
import { type ServerProcess, startServer } from '../support/server-process.js';
import { TUNISIAN, TUNISIAN_DETAILS } from './support/cases.js';
import { startSmtpServer } from './support/smtp.js';

const dir = mkdtempSync(join(tmpdir(), 'lotse-watch-restart-'));
const dbPath = join(dir, 'lotse.db');
const smtp = await startSmtpServer();
const PASSWORD = 'ein-langes-test-passwort';
const env = (day: string) => ({
  LOTSE_DB_PATH: dbPath,
  LOTSE_FIXED_DATE: day,
  SMTP_URL: smtp.url,
  SMTP_FROM: 'Lotse <lotse@lotse.example.org>',
  LOTSE_PUBLIC_URL: 'https://lotse.example.org',
  // A retry waits a second instead of a minute, so the test need not wait for the production back-off.
  WATCH_RETRY_SECONDS: '1',
});
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.stop();
  await smtp.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  id: string;
  state: {
    pendingQuestion?: { factKey: string; options: Array<{ value: string }> };
    assessment: { outcome: string };
    notices: Array<{ kind: string; date: string }>;
  };
  lastPass?: { day: string; changes: number; reminders: number } | null;
  outbox: Array<{ channel: string; status: string; n: number }>;
}

async function call(path: string, body?: unknown, method?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server?.url}${path}`, {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status, path).toBeLessThan(300);
  return response.json() as Promise<Reply>;
}

/** What the file says, read the way an operator would (read-only, beside the running server). */
function inFile<T>(sql: string): T {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T;
  } finally {
    db.close();
  }
}

/** Waits until the server's pass over the cases for `day` has finished (the admins' status says so). */
async function passOf(day: string, cookie: string) {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const status = await call('/api/v1/watch/status', undefined, 'GET', { cookie });
    if (status.lastPass?.day === day) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no pass for ${day}`);
}

describe('the watch survives kill -9 (issue 20): nothing lost, nothing twice', () => {
  it('a server killed while sending the change sends it once after the restart, and records it once', async () => {
    // May 2026: the employer asks in the widget and leaves an address.
    server = await startServer(env('2026-05-03'));
    const { id } = await call('/api/v1/conversations', { lang: 'de' });
    let turn = await call(`/api/v1/conversations/${id}/messages`, { text: TUNISIAN });
    for (let i = 0; i < 12 && turn.state.pendingQuestion; i++) {
      const q = turn.state.pendingQuestion;
      const value = q.options.find((o) => o.value === 'false')?.value ?? 'unknown';
      turn = await call(`/api/v1/conversations/${id}/messages`, { choice: { factKey: q.factKey, value } });
    }
    for (const choice of TUNISIAN_DETAILS) turn = await call(`/api/v1/conversations/${id}/messages`, { choice });
    expect(turn.state.assessment.outcome).toBe('permission_required');
    await call(`/api/v1/conversations/${id}/reminders/email`, { address: 'hr@baeckerei.example' }, 'PUT');
    await server.stop();

    // An admin, added to the file as `npm run adviser -- add` does.
    const admin = openDatabase(dbPath);
    const account = await addAdviser(
      createSqliteAdviserStorage(admin).advisers,
      { email: 'admin@beratung.example', name: 'Admin', role: 'admin', password: PASSWORD },
      { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() },
    );
    admin.close();

    // 20.06.2026: the pass at start records the change and starts sending; the mail server holds the mail and
    // the process is killed in the middle of sending it.
    const held = smtp.holdNext();
    server = await startServer(env('2026-06-20'));
    await held.arrived;
    await server.stop('SIGKILL');
    expect(smtp.received).toHaveLength(0);
    const recorded = inFile<Array<{ kind: string; date: string }>>('SELECT kind, date FROM watch_notices');
    expect(recorded).toEqual([{ kind: 'law_change', date: '2026-06-12' }]);
    expect(inFile("SELECT status, attempts FROM watch_outbox WHERE channel = 'email'")).toEqual([
      { status: 'pending', attempts: 1 },
    ]);

    // The restart: the pass finds nothing new to record; the outbox sends the mail, once.
    server = await startServer(env('2026-06-20'));
    await smtp.until(1);
    const login = await fetch(`${server.url}/api/v1/adviser/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: PASSWORD }),
    });
    const cookie = /lotse_adviser=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
    expect((await passOf('2026-06-20', cookie)).lastPass).toMatchObject({ changes: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.subject).toBe('Lotse: Ihre Einschätzung vom 03.05.2026 ändert sich');
    expect(inFile('SELECT kind FROM watch_notices')).toHaveLength(1);
    expect(inFile("SELECT status, attempts FROM watch_outbox WHERE channel = 'email'")).toEqual([
      { status: 'sent', attempts: 2 },
    ]);
    const back = await call(`/api/v1/conversations/${id}`);
    expect(back.state.notices.map((n) => [n.kind, n.date])).toEqual([['law_change', '2026-06-12']]);
    await server.stop();

    // The date moves on again: a new pass, nothing new to record or send.
    server = await startServer(env('2026-08-03'));
    const status = await passOf('2026-08-03', cookie);
    expect(status.lastPass).toMatchObject({ changes: 0, reminders: 0 });
    expect(status.outbox).toEqual([
      { channel: 'email', status: 'sent', n: 1 },
      { channel: 'web', status: 'sent', n: 1 },
    ]);
    expect(smtp.received).toHaveLength(1);
    expect(inFile('SELECT kind FROM watch_notices')).toHaveLength(1);
  }, 120_000);
});
