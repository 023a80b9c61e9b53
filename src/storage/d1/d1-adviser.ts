import type { D1Database } from '@cloudflare/workers-types/index.js';
import type { AdviserStorage } from '../adviser-port.js';
import {
  type AdviserRow,
  type AuditRow,
  LOGIN_SUCCEEDED_SQL,
  type NoteRow,
  RESERVE_LOGIN_SQL,
  reserveLoginArgs,
  type SessionRow,
  toAccount,
  toAuditEntry,
  toNote,
  toSession,
} from '../adviser-rows.js';
import { INSERT_AUDIT_SQL } from '../adviser-sql.js';
import { createD1Escalations } from './d1-adviser-escalations.js';

/** The adviser storage over D1 (0003_advisers.sql), the SQL of the SQLite adapter. */
export function createD1AdviserStorage(db: D1Database): AdviserStorage {
  return {
    advisers: {
      async create(a) {
        const result = await db
          .prepare(
            `INSERT OR IGNORE INTO advisers (id, email, name, role, password_hash, created_at, failed_logins, locked_until, lockouts, disabled_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .bind(
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
          )
          .run();
        return result.meta.changes === 1;
      },
      async findByEmail(email) {
        const row = await db.prepare('SELECT * FROM advisers WHERE email = ?').bind(email).first<AdviserRow>();
        return row ? toAccount(row) : undefined;
      },
      async get(id) {
        const row = await db.prepare('SELECT * FROM advisers WHERE id = ?').bind(id).first<AdviserRow>();
        return row ? toAccount(row) : undefined;
      },
      async reserveLogin(id, now, rule) {
        const result = await db
          .prepare(RESERVE_LOGIN_SQL)
          .bind(...reserveLoginArgs(id, now, rule))
          .run();
        return result.meta.changes === 1;
      },
      async loginSucceeded(id) {
        await db.prepare(LOGIN_SUCCEEDED_SQL).bind(id).run();
      },
      async unlock(id) {
        return (await db.prepare(LOGIN_SUCCEEDED_SQL).bind(id).run()).meta.changes === 1;
      },
    },
    sessions: {
      async create(s) {
        await db.batch([
          db.prepare('DELETE FROM adviser_sessions WHERE expires_at <= ?').bind(s.createdAt),
          db
            .prepare(
              `INSERT INTO adviser_sessions (token_hash, adviser_id, csrf_token, created_at, expires_at)
               VALUES (?, ?, ?, ?, ?)`,
            )
            .bind(s.tokenHash, s.adviserId, s.csrfToken, s.createdAt, s.expiresAt),
        ]);
      },
      async get(tokenHash) {
        const r = await db
          .prepare('SELECT * FROM adviser_sessions WHERE token_hash = ?')
          .bind(tokenHash)
          .first<SessionRow>();
        return r ? toSession(r) : undefined;
      },
      async delete(tokenHash) {
        await db.prepare('DELETE FROM adviser_sessions WHERE token_hash = ?').bind(tokenHash).run();
      },
    },
    escalations: createD1Escalations(db),
    notes: {
      async add(n) {
        await db
          .prepare('INSERT INTO adviser_notes (id, escalation_id, adviser_id, text, created_at) VALUES (?, ?, ?, ?, ?)')
          .bind(n.id, n.escalationId, n.adviserId, n.text, n.createdAt)
          .run();
      },
      async list(escalationId) {
        const { results } = await db
          .prepare('SELECT * FROM adviser_notes WHERE escalation_id = ? ORDER BY created_at, rowid')
          .bind(escalationId)
          .all<NoteRow>();
        return results.map(toNote);
      },
    },
    audit: {
      async append(e) {
        await db
          .prepare(INSERT_AUDIT_SQL)
          .bind(e.id, e.at, e.adviserId, e.action, e.escalationId, e.caseNumber, e.subjectId, e.detail)
          .run();
      },
      async list({ limit }) {
        const { results } = await db
          .prepare('SELECT * FROM adviser_audit ORDER BY at DESC, rowid DESC LIMIT ?')
          .bind(limit)
          .all<AuditRow>();
        return results.map(toAuditEntry);
      },
    },
  };
}
