import type { AdviserAccount, AuditEntry, EscalationRecord, NoteRecord, SessionRecord } from './adviser-port.js';

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
  escalation_id: string;
  conversation_id: string;
  subject_id: string | null;
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
});

export const toSession = (r: SessionRow): SessionRecord => ({
  tokenHash: r.token_hash,
  adviserId: r.adviser_id,
  csrfToken: r.csrf_token,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

/** The case snapshot (facts and assessment) travels as one JSON column. */
export const caseJson = (r: EscalationRecord): string => JSON.stringify({ facts: r.facts, assessment: r.assessment });

export const toEscalation = (r: EscalationRow): EscalationRecord => {
  const snapshot = JSON.parse(r.case_json) as Pick<EscalationRecord, 'facts' | 'assessment'>;
  return {
    id: r.id,
    conversationId: r.conversation_id,
    channel: r.channel,
    lang: r.lang,
    trigger: r.handoff_trigger,
    urgency: r.urgency,
    status: r.status,
    facts: snapshot.facts,
    assessment: snapshot.assessment,
    claimedBy: r.claimed_by,
    claimedAt: r.claimed_at,
    outcome: r.outcome,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
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
  conversationId: r.conversation_id,
  subjectId: r.subject_id,
});
