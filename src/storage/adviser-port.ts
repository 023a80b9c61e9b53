import type { HandoffTrigger } from '../conversation/handover.js';
import type { UrgencyBasis } from '../conversation/urgency-basis.js';
import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts, FactKey } from '../domain/facts.js';
import type { Channel, TranscriptMessage } from './ports.js';

export type AdviserRole = 'adviser' | 'admin';

export interface AdviserAccount {
  id: string;
  email: string;
  name: string;
  role: AdviserRole;
  /** `scrypt$N$r$p$salt$hash`, never the password. */
  passwordHash: string;
  createdAt: string;
  /** Login attempts since the last success, counted before the password is checked. */
  failedLogins: number;
  lockedUntil: string | null;
  /** Locks in a row since the last successful login: each one lasts twice as long as the one before. */
  lockouts: number;
  /** A disabled account cannot sign in, and its sessions end. */
  disabledAt: string | null;
}

/** How failed logins lock an account: growing back-off, never for good. */
export interface LockoutRule {
  /** Attempts without a success after which the account locks. */
  maxFailures: number;
  /** The first lock; every further lock in a row doubles it, up to `maxLockSeconds`. */
  lockSeconds: number;
  maxLockSeconds: number;
}

export interface AdviserRepo {
  /** False when the e-mail address is taken. */
  create(account: AdviserAccount): Promise<boolean>;
  findByEmail(email: string): Promise<AdviserAccount | undefined>;
  get(id: string): Promise<AdviserAccount | undefined>;
  /**
   * Counts a login attempt before its password is checked, in one atomic statement, so parallel
   * guesses cannot all read the same count: false when the account is locked (nothing is counted).
   * The attempt that reaches `maxFailures` locks the account; a success then lifts that lock.
   */
  reserveLogin(id: string, now: string, rule: LockoutRule): Promise<boolean>;
  /** The password was right: the count, the lock and the back-off start again. */
  loginSucceeded(id: string): Promise<void>;
  /** An admin lifts a lock (and the back-off); false for an unknown account. */
  unlock(id: string): Promise<boolean>;
  /** Every account, by name (for admins). */
  list(): Promise<AdviserAccount[]>;
  /** Changes what admins may change; false for an unknown account. */
  update(id: string, changes: AccountChanges): Promise<boolean>;
}

export type AccountChanges = Partial<Pick<AdviserAccount, 'role' | 'passwordHash' | 'disabledAt'>>;

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
  /** Ends every session of an account (disabled, password reset, role changed). */
  deleteFor(adviserId: string): Promise<void>;
}

/** A one-time link: an invitation to a new account, or a password reset of an existing one. */
export interface LinkRecord {
  /** SHA-256 of the token in the link; the token itself is never stored. */
  tokenHash: string;
  kind: 'invite' | 'reset';
  /** reset: whose password. */
  adviserId: string | null;
  /** invite: the account to create. */
  email: string | null;
  name: string | null;
  role: AdviserRole | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface LinkRepo {
  create(link: LinkRecord): Promise<void>;
  /** Marks the link used and returns it, atomically: a link works once, and only before it expires. */
  redeem(tokenHash: string, kind: LinkRecord['kind'], now: string): Promise<LinkRecord | undefined>;
  /** Looks at a link without using it (to show the form); undefined once used or expired. */
  peek(tokenHash: string, now: string): Promise<LinkRecord | undefined>;
}

export interface SavedReply {
  id: string;
  lang: 'de' | 'en';
  title: string;
  text: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface SavedReplyRepo {
  /** By title. */
  list(lang: 'de' | 'en'): Promise<SavedReply[]>;
  get(id: string): Promise<SavedReply | undefined>;
  /** Inserts or replaces by id. */
  save(reply: SavedReply): Promise<void>;
  delete(id: string): Promise<boolean>;
}

export type EscalationStatus = 'open' | 'claimed' | 'returned' | 'closed';
/** How a case ended: the categories a counselling project reports. */
export const CLOSE_OUTCOMES = ['hired', 'permission_applied', 'referred', 'not_possible', 'no_reply'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];
/** Outcomes of cases closed before those categories (read, never chosen any more). */
export type LegacyOutcome = 'advised' | 'withdrawn' | 'other';
export type Urgency = 'normal' | 'urgent';

export interface EscalationRecord {
  id: string;
  /** Shown to advisers and kept in the audit log; never reused, also after an erasure. */
  caseNumber: number;
  /** The employer's conversation: used inside the adviser side, never sent to the inbox. */
  conversationId: string;
  channel: Channel;
  lang: 'de' | 'en';
  trigger: HandoffTrigger;
  urgency: Urgency;
  status: EscalationStatus;
  /** The case as handed over: facts and the assessment (verdict, open points, reasons). */
  facts: CaseFacts;
  assessment: Assessment;
  /** Facts the employer could not answer, so the assessment can be rendered again in the inbox's language. */
  unknown: FactKey[];
  /**
   * For an urgent case: the employer's statement the urgency rests on, in their own words or as a
   * clicked answer (issue 15.6; nothing Lotse checked). Null when not urgent; absent on older cases.
   */
  urgencyBasis?: UrgencyBasis | null;
  claimedBy: string | null;
  claimedAt: string | null;
  outcome: CloseOutcome | LegacyOutcome | null;
  createdAt: string;
  updatedAt: string;
  /** The last message advisers may read (hand-back or close); null while the case is open or claimed. */
  transcriptEndSeq: number | null;
}

export type NewEscalation = Omit<EscalationRecord, 'caseNumber' | 'transcriptEndSeq'>;

/** Which cases a queue shows: the view, and facets that narrow it. */
export interface QueueQuery {
  view: 'open' | 'done' | 'all';
  /** `mine`: claimed by `adviserId`; `unassigned`: nobody has claimed it. */
  assigned?: 'mine' | 'unassigned';
  urgent?: boolean;
  lang?: 'de' | 'en';
  channel?: Channel;
  adviserId: string;
  limit: number;
}

/** A queue line: the case and what its readable transcript ends with. */
export interface QueueRow extends EscalationRecord {
  /** Role of the last message advisers may read (system notes left out). */
  lastRole: TranscriptMessage['role'] | null;
  /** When the employer last wrote (within the readable transcript). */
  lastEmployerAt: string | null;
}

/** How many cases of the view each facet would show (each counted over the whole view). */
export interface QueueCounts {
  all: number;
  unassigned: number;
  mine: number;
  urgent: number;
  de: number;
  en: number;
  web: number;
  slack: number;
}

export interface EscalationRepo {
  /**
   * Queues a case under the next case number. False when the conversation already has an open
   * case (a repeated hand-off is one case); no number is used up then.
   */
  create(record: NewEscalation): Promise<boolean>;
  get(id: string): Promise<EscalationRecord | undefined>;
  /** Most urgent first, then oldest first. */
  list(statuses: readonly EscalationStatus[]): Promise<EscalationRecord[]>;
  /** One view of the queue with its facet counts: open ones most urgent and oldest first, done ones newest first. */
  queue(query: QueueQuery): Promise<{ rows: QueueRow[]; counts: QueueCounts }>;
  /** The open or claimed case of a conversation, if any. */
  openFor(conversationId: string): Promise<string | undefined>;
  /** Notes the first adviser reply (for the time to first reply); later replies change nothing. */
  replied(id: string, at: string): Promise<void>;
  /** Atomic: true only for the one adviser whose claim found the case open. */
  claim(id: string, adviserId: string, at: string): Promise<boolean>;
  /** An admin frees a claimed case (its holder is away): open again; false unless it was claimed. */
  release(id: string, at: string): Promise<boolean>;
  /** The sequence number of the conversation's last message so far (0 without messages). */
  lastSeq(id: string): Promise<number>;
  /** Ends the case; advisers read the conversation up to `transcriptEndSeq` from now on. */
  finish(
    id: string,
    change: { status: 'returned' | 'closed'; outcome?: CloseOutcome; transcriptEndSeq: number },
    at: string,
  ): Promise<void>;
  /** The conversation as far as advisers may read it: all of it while open, up to the end once finished. */
  transcript(id: string): Promise<TranscriptMessage[]>;
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

export type CaseAuditAction = 'viewed' | 'claimed' | 'replied' | 'noted' | 'returned' | 'closed' | 'released';
export type AccountAuditAction =
  | 'unlocked'
  | 'invited'
  | 'joined'
  | 'disabled'
  | 'enabled'
  | 'password_reset_sent'
  | 'password_set'
  | 'role_changed'
  | 'saved_reply_saved'
  | 'saved_reply_deleted';
export type AuditAction = CaseAuditAction | AccountAuditAction;

/**
 * Who did what, when, to which case (by number) or account: no text, no conversation id. Entries
 * outlive the case: an erasure takes the case, not the record that an adviser worked on it.
 */
export interface AuditEntry {
  id: string;
  at: string;
  adviserId: string;
  action: AuditAction;
  escalationId: string | null;
  caseNumber: number | null;
  /** What the action produced or touched, by id: a message, a note, an adviser account. */
  subjectId: string | null;
  /** A code that qualifies the action (a closing outcome, a role); never free text. */
  detail: string | null;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(options: { limit: number }): Promise<AuditEntry[]>;
}

/** What the statistics keep of a conversation: no text, no names (see migration 0012). */
export interface ConversationStatsRow {
  conversationId: string;
  startedAt: string;
  channel: Channel;
  lang: 'de' | 'en';
  verdict: Assessment['outcome'] | null;
  nationality: string | null;
}

/** An inclusive range of days (`YYYY-MM-DD`, UTC). */
export interface DayRange {
  from: string;
  to: string;
}

/** Raw figures, exact; suppression of small numbers happens where they are shown. */
export interface StatsFigures {
  totals: { conversations: number; handoffs: number; helpful: number; notHelpful: number };
  perWeek: { period: string; conversations: number; handoffs: number }[];
  perMonth: { period: string; conversations: number; handoffs: number }[];
  verdicts: { key: string; conversations: number; handoffs: number }[];
  reasons: { key: string; handoffs: number }[];
  triggers: { key: string; handoffs: number }[];
  channels: { key: string; conversations: number; handoffs: number }[];
  nationalities: { key: string; conversations: number; handoffs: number }[];
  firstReply: { cases: number; medianMinutes: number | null; p90Minutes: number | null };
  outcomes: { key: string; handoffs: number }[];
  downVotes: { question: string; lang: 'de' | 'en'; count: number; comments: string[] }[];
  knowledgeGaps: { question: string; lang: 'de' | 'en'; count: number }[];
}

export interface StatsRepo {
  /** Upserts what a turn tells about its conversation; a missing verdict or nationality keeps the known one. */
  recordConversation(row: ConversationStatsRow): Promise<void>;
  figures(range: DayRange): Promise<StatsFigures>;
}

/** Everything the adviser side stores; one adapter per runtime (SQLite on Node, D1 on Workers). */
export interface AdviserStorage {
  advisers: AdviserRepo;
  sessions: SessionRepo;
  links: LinkRepo;
  escalations: EscalationRepo;
  notes: NoteRepo;
  savedReplies: SavedReplyRepo;
  audit: AuditLog;
  stats: StatsRepo;
}
