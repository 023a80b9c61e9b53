import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts } from '../domain/facts.js';
import type { HandoffTrigger } from '../graph/state.js';
import type { Channel } from './ports.js';

export type AdviserRole = 'adviser' | 'admin';

export interface AdviserAccount {
  id: string;
  email: string;
  name: string;
  role: AdviserRole;
  /** `scrypt$N$r$p$salt$hash`, never the password. */
  passwordHash: string;
  createdAt: string;
  failedLogins: number;
  lockedUntil: string | null;
}

export interface AdviserRepo {
  /** False when the e-mail address is taken. */
  create(account: AdviserAccount): Promise<boolean>;
  findByEmail(email: string): Promise<AdviserAccount | undefined>;
  get(id: string): Promise<AdviserAccount | undefined>;
  /** Records the result of a login attempt (failed count and lock), so a lockout survives restarts. */
  setLoginState(id: string, state: Pick<AdviserAccount, 'failedLogins' | 'lockedUntil'>): Promise<void>;
}

export interface SessionRecord {
  /** SHA-256 of the cookie value: a leaked database row cannot be replayed as a cookie. */
  tokenHash: string;
  adviserId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface SessionRepo {
  /** Stores a session and drops the expired ones. */
  create(session: SessionRecord): Promise<void>;
  get(tokenHash: string): Promise<SessionRecord | undefined>;
  delete(tokenHash: string): Promise<void>;
}

export type EscalationStatus = 'open' | 'claimed' | 'returned' | 'closed';
export type CloseOutcome = 'advised' | 'referred' | 'not_reachable' | 'withdrawn' | 'other';
export type Urgency = 'normal' | 'urgent';

export interface EscalationRecord {
  id: string;
  conversationId: string;
  channel: Channel;
  lang: 'de' | 'en';
  trigger: HandoffTrigger;
  urgency: Urgency;
  status: EscalationStatus;
  /** The case as handed over: facts and the assessment (verdict, open points, reasons). */
  facts: CaseFacts;
  assessment: Assessment;
  claimedBy: string | null;
  claimedAt: string | null;
  outcome: CloseOutcome | null;
  createdAt: string;
  updatedAt: string;
}

export interface EscalationRepo {
  /** False when the conversation already has an open escalation (a repeated hand-off is one case). */
  create(record: EscalationRecord): Promise<boolean>;
  get(id: string): Promise<EscalationRecord | undefined>;
  /** Most urgent first, then oldest first. */
  list(statuses: readonly EscalationStatus[]): Promise<EscalationRecord[]>;
  /** Atomic: true only for the one adviser whose claim found the case open. */
  claim(id: string, adviserId: string, at: string): Promise<boolean>;
  finish(id: string, change: { status: 'returned' | 'closed'; outcome?: CloseOutcome }, at: string): Promise<void>;
}

export interface NoteRecord {
  id: string;
  escalationId: string;
  adviserId: string;
  text: string;
  createdAt: string;
}

/** Internal notes: visible to advisers only, never to the employer. */
export interface NoteRepo {
  add(note: NoteRecord): Promise<void>;
  list(escalationId: string): Promise<NoteRecord[]>;
}

export type AuditAction = 'viewed' | 'claimed' | 'replied' | 'noted' | 'returned' | 'closed';

/** Ids only: who did what to which case, when. No message or note text. */
export interface AuditEntry {
  id: string;
  at: string;
  adviserId: string;
  action: AuditAction;
  escalationId: string;
  conversationId: string;
  /** The message or note the action produced, by id. */
  subjectId: string | null;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(options: { limit: number }): Promise<AuditEntry[]>;
}

/** Everything the adviser side stores; one adapter per runtime (SQLite on Node, D1 on Workers). */
export interface AdviserStorage {
  advisers: AdviserRepo;
  sessions: SessionRepo;
  escalations: EscalationRepo;
  notes: NoteRepo;
  audit: AuditLog;
}
