import type { AccountChanges, AdviserRepo, LinkRepo, SessionRepo } from '../adviser-port.js';
import {
  type AdviserRow,
  type LinkRow,
  LOGIN_SUCCEEDED_SQL,
  RESERVE_LOGIN_SQL,
  reserveLoginArgs,
  type SessionRow,
  toAccount,
  toLink,
  toSession,
} from '../adviser-rows.js';
import type { SqlRunner, SqlValue } from '../sql-runner.js';

/** Adviser accounts (0003, 0010). */
export function sqlAdvisers(sql: SqlRunner): AdviserRepo {
  return {
    async create(a) {
      const { changes } = await sql.run(
        `INSERT OR IGNORE INTO advisers
           (id, email, name, role, password_hash, created_at, failed_logins, locked_until, lockouts, disabled_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          a.id,
          a.email,
          a.name,
          a.role,
          a.passwordHash,
          a.createdAt,
          a.failedLogins,
          a.lockedUntil,
          a.lockouts,
          a.disabledAt,
        ],
      );
      return changes === 1;
    },
    async findByEmail(email) {
      const row = await sql.first<AdviserRow>('SELECT * FROM advisers WHERE email = ?', [email]);
      return row ? toAccount(row) : undefined;
    },
    async get(id) {
      const row = await sql.first<AdviserRow>('SELECT * FROM advisers WHERE id = ?', [id]);
      return row ? toAccount(row) : undefined;
    },
    async reserveLogin(id, now, rule) {
      return (await sql.run(RESERVE_LOGIN_SQL, reserveLoginArgs(id, now, rule))).changes === 1;
    },
    async loginSucceeded(id) {
      await sql.run(LOGIN_SUCCEEDED_SQL, [id]);
    },
    async unlock(id) {
      return (await sql.run(LOGIN_SUCCEEDED_SQL, [id])).changes === 1;
    },
    async list() {
      return (await sql.all<AdviserRow>('SELECT * FROM advisers ORDER BY name COLLATE NOCASE, email')).map(toAccount);
    },
    async update(id, changes: AccountChanges) {
      const columns: [string, SqlValue][] = [];
      if (changes.role !== undefined) columns.push(['role', changes.role]);
      if (changes.passwordHash !== undefined) columns.push(['password_hash', changes.passwordHash]);
      if (changes.disabledAt !== undefined) columns.push(['disabled_at', changes.disabledAt]);
      if (columns.length === 0)
        return (await sql.first<{ id: string }>('SELECT id FROM advisers WHERE id = ?', [id])) !== undefined;
      const set = columns.map(([column]) => `${column} = ?`).join(', ');
      const { changes: n } = await sql.run(`UPDATE advisers SET ${set} WHERE id = ?`, [
        ...columns.map(([, value]) => value),
        id,
      ]);
      return n === 1;
    },
  };
}

/** Sessions (0003): the cookie value is stored only as its SHA-256. */
export function sqlSessions(sql: SqlRunner): SessionRepo {
  return {
    async create(s) {
      await sql.batch([
        { sql: 'DELETE FROM adviser_sessions WHERE expires_at <= ?', args: [s.createdAt] },
        {
          sql: `INSERT INTO adviser_sessions (token_hash, adviser_id, csrf_token, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)`,
          args: [s.tokenHash, s.adviserId, s.csrfToken, s.createdAt, s.expiresAt],
        },
      ]);
    },
    async get(tokenHash) {
      const row = await sql.first<SessionRow>('SELECT * FROM adviser_sessions WHERE token_hash = ?', [tokenHash]);
      return row ? toSession(row) : undefined;
    },
    async delete(tokenHash) {
      await sql.run('DELETE FROM adviser_sessions WHERE token_hash = ?', [tokenHash]);
    },
    async deleteFor(adviserId) {
      await sql.run('DELETE FROM adviser_sessions WHERE adviser_id = ?', [adviserId]);
    },
  };
}

/** One-time links (0012): redeemed by one guarded UPDATE, so a link works exactly once. */
export function sqlLinks(sql: SqlRunner): LinkRepo {
  return {
    async create(l) {
      await sql.run(
        `INSERT INTO adviser_links
           (token_hash, kind, adviser_id, email, name, role, created_by, created_at, expires_at, used_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [l.tokenHash, l.kind, l.adviserId, l.email, l.name, l.role, l.createdBy, l.createdAt, l.expiresAt, l.usedAt],
      );
    },
    async redeem(tokenHash, kind, now) {
      const row = await sql.first<LinkRow>(
        `UPDATE adviser_links SET used_at = ?
         WHERE token_hash = ? AND kind = ? AND used_at IS NULL AND expires_at > ?
         RETURNING *`,
        [now, tokenHash, kind, now],
      );
      return row ? toLink(row) : undefined;
    },
    async peek(tokenHash, now) {
      const row = await sql.first<LinkRow>(
        'SELECT * FROM adviser_links WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?',
        [tokenHash, now],
      );
      return row ? toLink(row) : undefined;
    },
  };
}
