import type Database from 'better-sqlite3';
import type { AdviserStorage, NoteRecord, SessionRecord } from '../adviser-port.js';
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
import { createSqliteEscalations } from './sqlite-adviser-escalations.js';

/** The adviser storage over the same better-sqlite3 connection as the conversations (foreign keys, cascade). */
export function createSqliteAdviserStorage(db: Database.Database): AdviserStorage {
  const insertAdviser = db.prepare(
    `INSERT OR IGNORE INTO advisers (id, email, name, role, password_hash, created_at, failed_logins, locked_until, lockouts, disabled_at)
     VALUES (@id, @email, @name, @role, @passwordHash, @createdAt, @failedLogins, @lockedUntil, @lockouts, @disabledAt)`,
  );
  const adviserByEmail = db.prepare<[string], AdviserRow>('SELECT * FROM advisers WHERE email = ?');
  const adviserById = db.prepare<[string], AdviserRow>('SELECT * FROM advisers WHERE id = ?');
  const reserveLogin = db.prepare(RESERVE_LOGIN_SQL);
  const loginSucceeded = db.prepare(LOGIN_SUCCEEDED_SQL);

  const insertSession = db.prepare(
    `INSERT INTO adviser_sessions (token_hash, adviser_id, csrf_token, created_at, expires_at)
     VALUES (@tokenHash, @adviserId, @csrfToken, @createdAt, @expiresAt)`,
  );
  const pruneSessions = db.prepare<[string]>('DELETE FROM adviser_sessions WHERE expires_at <= ?');
  const sessionByHash = db.prepare<[string], SessionRow>('SELECT * FROM adviser_sessions WHERE token_hash = ?');
  const deleteSession = db.prepare<[string]>('DELETE FROM adviser_sessions WHERE token_hash = ?');

  const insertNote = db.prepare(
    'INSERT INTO adviser_notes (id, escalation_id, adviser_id, text, created_at) VALUES (@id, @escalationId, @adviserId, @text, @createdAt)',
  );
  const notesOf = db.prepare<[string], NoteRow>(
    'SELECT * FROM adviser_notes WHERE escalation_id = ? ORDER BY created_at, rowid',
  );

  const insertAudit = db.prepare(INSERT_AUDIT_SQL);
  const auditPage = db.prepare<[number], AuditRow>('SELECT * FROM adviser_audit ORDER BY at DESC, rowid DESC LIMIT ?');

  return {
    advisers: {
      async create(account) {
        return insertAdviser.run(account).changes === 1;
      },
      async findByEmail(email) {
        const row = adviserByEmail.get(email);
        return row ? toAccount(row) : undefined;
      },
      async get(id) {
        const row = adviserById.get(id);
        return row ? toAccount(row) : undefined;
      },
      async reserveLogin(id, now, rule) {
        return reserveLogin.run(...reserveLoginArgs(id, now, rule)).changes === 1;
      },
      async loginSucceeded(id) {
        loginSucceeded.run(id);
      },
      async unlock(id) {
        return loginSucceeded.run(id).changes === 1;
      },
    },
    sessions: {
      async create(session: SessionRecord) {
        pruneSessions.run(session.createdAt);
        insertSession.run(session);
      },
      async get(tokenHash) {
        const r = sessionByHash.get(tokenHash);
        return r ? toSession(r) : undefined;
      },
      async delete(tokenHash) {
        deleteSession.run(tokenHash);
      },
    },
    escalations: createSqliteEscalations(db),
    notes: {
      async add(note: NoteRecord) {
        insertNote.run(note);
      },
      async list(escalationId) {
        return notesOf.all(escalationId).map(toNote);
      },
    },
    audit: {
      async append(e) {
        insertAudit.run(e.id, e.at, e.adviserId, e.action, e.escalationId, e.caseNumber, e.subjectId, e.detail);
      },
      async list({ limit }) {
        return auditPage.all(limit).map(toAuditEntry);
      },
    },
  };
}
