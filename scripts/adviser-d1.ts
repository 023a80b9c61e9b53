import { spawnSync } from 'node:child_process';
import { addAdviser, type NewAdviserInput } from '../src/adviser/accounts.js';
import { openDatabase } from '../src/storage/sqlite/open-database.js';
import { createSqliteAdviserStorage } from '../src/storage/sqlite/sqlite-adviser.js';
import { OFFLINE_ENV, WRANGLER_BIN } from './wrangler.js';

export type D1Target = 'local' | 'remote';
export const isD1Target = (value: string): value is D1Target => value === 'local' || value === 'remote';

const sqlValue = (value: unknown): string =>
  value === null || value === undefined
    ? 'NULL'
    : typeof value === 'number' || typeof value === 'bigint'
      ? String(value)
      : `'${String(value).replaceAll("'", "''")}'`;

/**
 * The account as one INSERT for D1. It is made exactly as on Node (same validation, same hash) in a
 * throw-away in-memory SQLite with the shared migrations, and copied column by column, so the
 * statement follows the advisers table whatever columns later migrations add.
 */
export async function adviserInsertSql(input: NewAdviserInput): Promise<{ sql: string; summary: string }> {
  const db = openDatabase(':memory:');
  try {
    const adviser = await addAdviser(createSqliteAdviserStorage(db).advisers, input, {
      now: () => new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    });
    const row = db.prepare('SELECT * FROM advisers WHERE id = ?').get(adviser.id) as Record<string, unknown>;
    const columns = Object.keys(row);
    const sql = `INSERT INTO advisers (${columns.join(', ')}) VALUES (${columns.map((c) => sqlValue(row[c])).join(', ')});`;
    return { sql, summary: `${adviser.role} ${adviser.email} (${adviser.name})` };
  } finally {
    db.close();
  }
}

/**
 * `npm run adviser -- add … --d1 local`: inserts into the local D1 of `npm run dev:worker` through
 * wrangler (offline). `--d1 remote` only prints the statement and the command to run it: writing to
 * the production database stays a deliberate step of the operator.
 */
export async function addAdviserToD1(target: D1Target, input: NewAdviserInput): Promise<number> {
  const { sql, summary } = await adviserInsertSql(input);
  if (target === 'remote') {
    console.log(`-- ${summary}. Save this output (npm run --silent adviser -- add … --d1 remote > adviser.sql)`);
    console.log(
      '-- and run it against the deployed database: npx wrangler d1 execute lotse --remote --file adviser.sql',
    );
    console.log(sql);
    return 0;
  }
  const run = spawnSync(WRANGLER_BIN, ['d1', 'execute', 'DB', '--local', '--command', sql], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...OFFLINE_ENV },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    const duplicate = /UNIQUE constraint failed: advisers\.email/.test(run.stderr);
    console.error(
      duplicate ? `adviser: an adviser with the e-mail ${input.email} exists in the local D1` : run.stderr.trim(),
    );
    return 1;
  }
  console.log(`created ${summary} in the local D1; sign in at /inbox of \`npm run dev:worker\``);
  return 0;
}
