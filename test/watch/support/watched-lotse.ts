import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import Database from 'better-sqlite3';
import { addAdviser } from '../../../src/adviser/accounts.js';
import { createLotse } from '../../../src/core.js';
import { silentLogger } from '../../../src/logger.js';
import { sqliteRunner } from '../../../src/storage/sql-runner.js';
import { openDatabase } from '../../../src/storage/sqlite/open-database.js';
import { createSqliteAdviserStorage } from '../../../src/storage/sqlite/sqlite-adviser.js';
import { createSqliteSlackStore } from '../../../src/storage/sqlite/sqlite-slack.js';
import { createSqliteStorage } from '../../../src/storage/sqlite/sqlite-storage.js';
import { createSmtpMailer } from '../../../src/watch/smtp-mailer.js';
import { createSqlWatchStore } from '../../../src/watch/sql-store.js';
import { NOW_MS, SECRET } from '../../slack/support/signed-requests.js';
import { knowledgeOnce } from '../../support/knowledge-base.js';

export const PUBLIC_URL = 'https://lotse.example.org';
export const PASSWORD = 'ein-langes-test-passwort';

/** The law-as-of day and the wall clock, moved by the test (the only clock Lotse reads here). */
export function testClock(day: string) {
  const state = { day, time: '09:00:00.000' };
  return {
    today: () => state.day,
    now: () => `${state.day}T${state.time}Z`,
    set(next: string, time = '09:00:00.000') {
      state.day = next;
      state.time = time;
    },
    /** The same day, later: for retries whose back-off is counted in minutes. */
    later(minutes: number) {
      const at = new Date(Date.parse(`${state.day}T${state.time}Z`) + minutes * 60_000).toISOString();
      state.day = at.slice(0, 10);
      state.time = at.slice(11, 23);
    },
  };
}

/**
 * The real Lotse on a SQLite file (rules, NLU, graph, repositories, Slack with a fake Web API through msw, the
 * adviser side for the admin view) keeping watch; the test calls the watch's pass and outbox itself.
 */
export function watchedLotse(options: { clock: ReturnType<typeof testClock>; smtpUrl?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-watch-'));
  const dbPath = join(dir, 'lotse.db');
  const db = openDatabase(dbPath);
  const saver = new SqliteSaver(db);
  const store = createSqliteSlackStore(db);
  const adviserStorage = createSqliteAdviserStorage(db);
  const mailer = options.smtpUrl ? createSmtpMailer(options.smtpUrl, 'Lotse <lotse@lotse.example.org>') : undefined;
  const background: Promise<unknown>[] = [];
  const { entries, knowledge } = knowledgeOnce();
  const lotse = createLotse({
    entries,
    knowledge,
    storage: createSqliteStorage(db),
    checkpointer: saver,
    deleteCheckpoints: (id) => saver.deleteThread(id),
    today: options.clock.today,
    now: options.clock.now,
    logger: silentLogger,
    slack: {
      signingSecret: SECRET,
      botToken: 'xoxb-test-token',
      store,
      nowMs: () => NOW_MS,
      waitUntil: (task) => background.push(task),
    },
    adviser: { storage: adviserStorage, publicUrl: PUBLIC_URL },
    watch: {
      store: createSqlWatchStore(sqliteRunner(db)),
      ...(mailer ? { mailer } : {}),
      publicUrl: PUBLIC_URL,
      retentionDays: 90,
    },
  });
  const watch = lotse.watch;
  if (!watch) throw new Error('the watch is not set up');
  return {
    ...lotse,
    watch,
    db,
    saver,
    dbPath,
    slackStore: store,
    /** Waits for work done after a Slack acknowledgement, and for what it started. */
    async settle() {
      while (background.length > 0) await Promise.all(background.splice(0));
    },
    count: (table: string, where = '1 = 1', ...params: unknown[]) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n,
    readonly: () => new Database(dbPath, { readonly: true }),
    addAdmin: () =>
      addAdviser(
        adviserStorage.advisers,
        { email: `admin-${crypto.randomUUID()}@beratung.example`, name: 'Admin', role: 'admin', password: PASSWORD },
        { now: options.clock.now, newId: () => crypto.randomUUID() },
      ),
    close() {
      mailer?.close?.();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type WatchedLotse = ReturnType<typeof watchedLotse>;
