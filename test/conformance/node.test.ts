import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { addAdviser } from '../../src/adviser/accounts.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createNodeRuntime } from '../../src/node-runtime.js';
import { openDatabase } from '../../src/storage/sqlite/open-database.js';
import { createSqliteAdviserStorage } from '../../src/storage/sqlite/sqlite-adviser.js';
import { describeLotseConformance } from '../workers/conformance/lotse-suite.js';

// The runtime conformance suite against the Node entry's adapters (better-sqlite3 file, SqliteSaver,
// knowledge from disk); test/workers/conformance.test.ts runs the same suite against the Worker on D1.
const dir = mkdtempSync(join(tmpdir(), 'lotse-conformance-'));
const SLACK_SECRET = 'test-signing-secret';
const parsed = parseConfig({
  LOTSE_DB_PATH: join(dir, 'lotse.db'),
  LOTSE_FIXED_DATE: '2026-11-22',
  SLACK_SIGNING_SECRET: SLACK_SECRET,
  SLACK_BOT_TOKEN: 'xoxb-test',
});
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const config = parsed.config;
const runtimes: Array<{ close(): void }> = [];
const seed = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };

afterAll(() => {
  for (const runtime of runtimes) runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

describeLotseConformance('Node (SQLite)', {
  slackSecret: SLACK_SECRET,
  async seedAdviser(account) {
    // What `npm run adviser -- add` does, on the runtime's database file.
    const db = openDatabase(config.LOTSE_DB_PATH);
    try {
      await addAdviser(createSqliteAdviserStorage(db).advisers, account, seed);
    } finally {
      db.close();
    }
  },
  start() {
    const runtime = createNodeRuntime(config, silentLogger);
    runtimes.push(runtime);
    return (request) => Promise.resolve(runtime.app.fetch(request));
  },
});
