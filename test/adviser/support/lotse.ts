import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { addAdviser } from '../../../src/adviser/accounts.js';
import { SCRYPT_COSTS } from '../../../src/adviser/password.js';
import { parseConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import { createNodeRuntime } from '../../../src/node-runtime.js';
import { openDatabase } from '../../../src/storage/sqlite/open-database.js';
import { createSqliteAdviserStorage } from '../../../src/storage/sqlite/sqlite-adviser.js';
import { freePort } from '../../support/server-process.js';

export const FIXED_DATE = '2026-11-22';
export const PASSWORD = 'ein-langes-test-passwort';

/**
 * The real Node runtime (same adapters as `src/main.ts`) on a SQLite file in a temp dir. Requests
 * go through `app.request`, or through a real HTTP server with `listen()`.
 */
export async function startLotse(env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-adviser-'));
  const dbPath = join(dir, 'lotse.db');
  const parsed = parseConfig({
    LOTSE_DB_PATH: dbPath,
    LOTSE_FIXED_DATE: FIXED_DATE,
    LOG_LEVEL: 'silent',
    // Requests through app.request() have no client address and share one counter: the login limits
    // are tested on their own (lockout.int.test.ts), not by every file that signs in.
    ADVISER_LOGIN_PER_ADDRESS: '0',
    ADVISER_LOGIN_PER_ACCOUNT: '0',
    // Cheap scrypt (N=2^10, p=1) for the accounts and logins of these tests: OWASP's cost made one
    // lockout test take 20 s under load and a mutation run of the adviser auth about 4 h. Allowed only
    // with NODE_ENV=test (vitest sets it); the OWASP default is asserted in auth-password.test.ts.
    ADVISER_PASSWORD_COST: 'test',
    NODE_ENV: process.env.NODE_ENV,
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const runtime = createNodeRuntime(parsed.config, silentLogger);
  // A second connection for setting up accounts and for looking into the file, as an operator would.
  const admin = openDatabase(dbPath);
  const advisers = createSqliteAdviserStorage(admin).advisers;
  let server: ReturnType<typeof serve> | undefined;
  let url: string | undefined;
  let n = 0;
  return {
    app: runtime.app,
    conversations: runtime.conversations,
    dbPath,
    /** Creates an account the way `npm run adviser -- add` does. */
    addAdviser: (name: string, role: 'adviser' | 'admin' = 'adviser') =>
      addAdviser(
        advisers,
        { email: `${name.toLowerCase().replace(/\W+/g, '.')}-${++n}@beratung.example`, name, role, password: PASSWORD },
        {
          now: () => new Date().toISOString(),
          newId: () => crypto.randomUUID(),
          passwordCost: SCRYPT_COSTS[parsed.config.ADVISER_PASSWORD_COST],
        },
      ),
    /** Rows per table, read from the file. */
    count: (table: string, where = '1 = 1', ...params: unknown[]) =>
      (admin.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n,
    readonly: () => new Database(dbPath, { readonly: true }),
    /** The setup connection, for seeding rows as an operator's import would (tests close nothing on it). */
    writable: () => admin,
    /**
     * The newest case of a conversation, looked up in the file: the adviser API never names the
     * conversation (its id is the employer's credential), so tests find cases the way an operator would.
     */
    caseOf: (conversationId: string) => {
      const row = admin
        .prepare('SELECT id FROM escalations WHERE conversation_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1')
        .get(conversationId) as { id: string } | undefined;
      if (!row) throw new Error(`no case for conversation ${conversationId}`);
      return row.id;
    },
    /** A real HTTP server for the app (started once; later calls give the same address). */
    async listen() {
      if (url) return url;
      const port = await freePort();
      server = serve({ fetch: runtime.app.fetch, port, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) => server?.once('listening', () => resolve()));
      url = `http://127.0.0.1:${port}`;
      return url;
    },
    async stop() {
      if (server) {
        // Open event streams would keep close() waiting; they are cut here.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        await new Promise<void>((resolve) => server?.close(() => resolve()));
      }
      admin.close();
      runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestLotse = Awaited<ReturnType<typeof startLotse>>;
