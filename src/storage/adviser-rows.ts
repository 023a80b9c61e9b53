import type { FactKey } from '../domain/facts.js';
import type {
  AdviserAccount,
  AuditEntry,
  EscalationRecord,
  LinkRecord,
  LockoutRule,
  NoteRecord,
  SavedReply,
  SessionRecord,
} from './adviser-port.js';

/**
 * Row shapes of migrations/0003_advisers.sql as both SQLite drivers (better-sqlite3, D1) return them,
 * and their mapping to the adviser port records.
 */
export interface AdviserRow {
  id: string;
  email: string;
  name: string;
  role: AdviserAccount['role'];
  password_hash: string;
  created_at: string;
  failed_logins: number;
  locked_until: string | null;
  lockouts: number;
  disabled_at: string | null;
}

export interface SessionRow {
  token_hash: string;
  adviser_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface EscalationRow {
  id: string;
  case_number: number;
  conversation_id: string;
  channel: EscalationRecord['channel'];
  lang: EscalationRecord['lang'];
  handoff_trigger: EscalationRecord['trigger'];
  urgency: EscalationRecord['urgency'];
  status: EscalationRecord['status'];
  case_json: string;
  claimed_by: string | null;
  claimed_at: string | null;
  outcome: EscalationRecord['outcome'];
  created_at: string;
  updated_at: string;
  transcript_end_seq: number | null;
}

export interface NoteRow {
  id: string;
  escalation_id: string;
  adviser_id: string;
  text: string;
  created_at: string;
}

export interface AuditRow {
  id: string;
  at: string;
  adviser_id: string;
  action: AuditEntry['action'];
  escalation_id: string | null;
  case_number: number | null;
  subject_id: string | null;
  detail: string | null;
}

export const toAccount = (r: AdviserRow): AdviserAccount => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
  failedLogins: r.failed_logins,
  lockedUntil: r.locked_until,
  lockouts: r.lockouts,
  disabledAt: r.disabled_at,
});

/**
 * The atomic login reservation of AdviserRepo.reserveLogin, the same SQL on both drivers (plain `?`:
 * better-sqlite3 has no numbered parameters; bind with `reserveLoginArgs`). SET expressions see the
 * row as it was: a lock that has run out starts a new round at 1; the attempt that reaches the limit
 * sets the lock, whose length doubles with every lock in a row, up to the cap.
 */
const NEXT_COUNT = 'CASE WHEN locked_until IS NULL THEN failed_logins + 1 ELSE 1 END';
export const RESERVE_LOGIN_SQL = `
UPDATE advisers SET
  failed_logins = ${NEXT_COUNT},
  locked_until = CASE WHEN ${NEXT_COUNT} >= ?
    THEN strftime('%Y-%m-%dT%H:%M:%fZ', ?, '+' || min(? * (1 << min(lockouts, 20)), ?) || ' seconds')
    ELSE NULL END,
  lockouts = lockouts + (${NEXT_COUNT} >= ?)
WHERE id = ? AND disabled_at IS NULL AND (locked_until IS NULL OR locked_until <= ?)`;

export const reserveLoginArgs = (id: string, now: string, rule: LockoutRule) => [
  rule.maxFailures,
  now,
  rule.lockSeconds,
  rule.maxLockSeconds,
  rule.maxFailures,
  id,
  now,
];

export const LOGIN_SUCCEEDED_SQL =
  'UPDATE advisers SET failed_logins = 0, locked_until = NULL, lockouts = 0 WHERE id = ?';

export const toSession = (r: SessionRow): SessionRecord => ({
  tokenHash: r.token_hash,
  adviserId: r.adviser_id,
  csrfToken: r.csrf_token,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

export interface LinkRow {
  token_hash: string;
  kind: LinkRecord['kind'];
  adviser_id: string | null;
  email: string | null;
  name: string | null;
  role: LinkRecord['role'];
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface SavedReplyRow {
  id: string;
  lang: SavedReply['lang'];
  title: string;
  text: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

type CaseSnapshot = Pick<EscalationRecord, 'facts' | 'assessment' | 'unknown' | 'urgencyBasis'>;

/** The case snapshot (facts, assessment, unknown facts, the urgency's basis) travels as one JSON column. */
export const caseJson = (r: CaseSnapshot): string =>
  JSON.stringify({
    facts: r.facts,
    assessment: r.assessment,
    unknown: r.unknown,
    ...(r.urgencyBasis !== undefined ? { urgencyBasis: r.urgencyBasis } : {}),
  });

export const toLink = (r: LinkRow): LinkRecord => ({
  tokenHash: r.token_hash,
  kind: r.kind,
  adviserId: r.adviser_id,
  email: r.email,
  name: r.name,
  role: r.role,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
});

export const toSavedReply = (r: SavedReplyRow): SavedReply => ({
  id: r.id,
  lang: r.lang,
  title: r.title,
  text: r.text,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export const toEscalation = (r: EscalationRow): EscalationRecord => {
  // Cases handed over before the snapshot named unknown facts and the urgency's basis have neither.
  const snapshot = JSON.parse(r.case_json) as Pick<EscalationRecord, 'facts' | 'assessment' | 'urgencyBasis'> &
    Partial<{ unknown: FactKey[] }>;
  return {
    id: r.id,
    caseNumber: r.case_number,
    conversationId: r.conversation_id,
    channel: r.channel,
    lang: r.lang,
    trigger: r.handoff_trigger,
    urgency: r.urgency,
    status: r.status,
    facts: snapshot.facts,
    assessment: snapshot.assessment,
    unknown: snapshot.unknown ?? [],
    ...(snapshot.urgencyBasis !== undefined ? { urgencyBasis: snapshot.urgencyBasis } : {}),
    claimedBy: r.claimed_by,
    claimedAt: r.claimed_at,
    outcome: r.outcome,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    transcriptEndSeq: r.transcript_end_seq,
  };
};

export const toNote = (r: NoteRow): NoteRecord => ({
  id: r.id,
  escalationId: r.escalation_id,
  adviserId: r.adviser_id,
  text: r.text,
  createdAt: r.created_at,
});

export const toAuditEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  adviserId: r.adviser_id,
  action: r.action,
  escalationId: r.escalation_id,
  caseNumber: r.case_number,
  subjectId: r.subject_id,
  detail: r.detail,
});
