import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openDatabase } from '../../src/storage/sqlite/open-database.js';
import { createSqliteAdviserStorage } from '../../src/storage/sqlite/sqlite-adviser.js';
import { createSqliteFeedback } from '../../src/storage/sqlite/sqlite-feedback.js';
import { createSqliteRetentionStore } from '../../src/storage/sqlite/sqlite-retention.js';
import { createSqliteSlackStore } from '../../src/storage/sqlite/sqlite-slack.js';
import { createSqliteStorage } from '../../src/storage/sqlite/sqlite-storage.js';
import { describeStorageConformance } from '../workers/conformance/storage-suite.js';

// The SQLite adapters against a migrated file; test/workers/d1-storage.test.ts runs the same suite on D1.
const dir = mkdtempSync(join(tmpdir(), 'lotse-storage-'));
const db = openDatabase(join(dir, 'lotse.db'));
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describeStorageConformance('SQLite', async () => ({
  storage: createSqliteStorage(db),
  feedback: createSqliteFeedback(db),
  slack: createSqliteSlackStore(db),
  retention: createSqliteRetentionStore(db),
  adviser: createSqliteAdviserStorage(db),
}));
