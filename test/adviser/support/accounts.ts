import { randomBytes, scryptSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openDatabase } from '../../../src/storage/sqlite/open-database.js';
import { createSqliteAdviserStorage } from '../../../src/storage/sqlite/sqlite-adviser.js';

/** The password every test account gets. */
export const RIGHT = 'das-richtige-passwort';

/** A real scrypt hash in the stored format, with cheap parameters so a test can check many. */
export function cheapHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 1024, r: 8, p: 1 });
  return ['scrypt', 1024, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * Adviser storage on a real SQLite file in a fresh temporary folder (closed and removed after the test file),
 * and `account()`, which creates an active adviser with the password RIGHT, named `<label> <n>` with the address
 * `<label in lower case>-<n>@beratung.example`.
 */
export function adviserAccounts(tmpPrefix: string, label: string) {
  const dir = mkdtempSync(join(tmpdir(), tmpPrefix));
  const db = openDatabase(join(dir, 'lotse.db'));
  const storage = createSqliteAdviserStorage(db);
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let n = 0;
  async function account() {
    const id = crypto.randomUUID();
    const email = `${label.toLowerCase()}-${++n}@beratung.example`;
    await storage.advisers.create({
      id,
      email,
      name: `${label} ${n}`,
      role: 'adviser',
      passwordHash: cheapHash(RIGHT),
      createdAt: '2026-11-22T08:00:00.000Z',
      failedLogins: 0,
      lockedUntil: null,
      lockouts: 0,
      disabledAt: null,
    });
    return { id, email };
  }
  return { storage, account };
}
