import type { CaseDateKind } from '../domain/assessment.js';
import type { IsoDate } from '../domain/facts.js';
import type { Channel } from '../storage/ports.js';
import type { Baseline, Cause } from './reassess.js';
import type { VerdictHead } from './verdict.js';

/** The storage side of the watch (issue 20). One SQL adapter serves SQLite and D1 (sql-store.ts). */

export type Lang = 'de' | 'en';
export type NoticeKind = 'law_change' | 'reminder';
/** web: shown when the employer returns; slack: the case's thread; email: only when the employer asked. */
export type NoticeChannel = 'web' | 'slack' | 'email';
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'dropped';

export interface WatchedConversation {
  id: string;
  channel: Channel;
  lang: Lang;
}

export interface WatchedCase {
  conversationId: string;
  /** What the verdict shown was computed from; another key means the employer got a new verdict. */
  verdictKey: string;
  /** The day the facts were stated. */
  factsOn: IsoDate;
  baseline: Baseline & { /** The day the employer was told this verdict. */ toldOn: IsoDate };
  baselineOn: IsoDate;
  revision: number;
}

export interface ScheduledDate {
  dateId: string;
  date: IsoDate;
  kind: CaseDateKind;
}

/** A change of the verdict: before and after, what caused it, and the texts in the case's language. */
export interface ChangePayload {
  lang: Lang;
  before: VerdictHead;
  after: VerdictHead;
  toldOn: IsoDate;
  cause: Cause;
  entries: { id: string; title: string }[];
  /** The sentence ("Seit dem 12.06.2026 gilt …: Ihre Einschätzung vom 03.05.2026 ändert sich.") and the difference. */
  text: string;
  /** The new verdict's headline. */
  headline: string;
  /** Which case (review S3-8), as in a reminder; changes recorded before it have none. */
  caseSummary?: string;
}

export interface ReminderPayload {
  lang: Lang;
  /** A case date's id, or `elapsed:<milestone>` when the verdict changed only because time passed (S3-8). */
  dateId: string;
  kind: CaseDateKind | 'time_reached';
  label: string;
  text: string;
  /** Which case (review S3-8): the day it was told and a few facts ("Duldung · Syrien · Arbeitsstelle"). */
  toldOn?: IsoDate;
  caseSummary?: string;
  /** time_reached: the verdict before and after, as a change shows them. */
  before?: VerdictHead;
  after?: VerdictHead;
}

export type Notice =
  | {
      kind: 'law_change';
      id: string;
      conversationId: string;
      date: IsoDate;
      detectedOn: IsoDate;
      payload: ChangePayload;
    }
  | {
      kind: 'reminder';
      id: string;
      conversationId: string;
      date: IsoDate;
      detectedOn: IsoDate;
      payload: ReminderPayload;
    };

export interface OutboxRow {
  id: string;
  noticeId: string;
  conversationId: string;
  channel: NoticeChannel;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface CaseStore {
  /** Conversations inside retention (touched since `since`, not closed before it), after `afterId`, by id. */
  conversations(since: string, afterId: string, limit: number): Promise<WatchedConversation[]>;
  get(conversationId: string): Promise<WatchedCase | undefined>;
  /** Watches a verdict (the first, or a new one the employer got): baseline and schedule replace what was. */
  start(watched: Omit<WatchedCase, 'revision'>, dates: ScheduledDate[], at: string): Promise<void>;
  /**
   * Records a change computed from `watched` (its revision): the notice, its outbox rows, the new baseline and
   * schedule, all or nothing and only once; false when another run got there first.
   */
  recordChange(
    watched: WatchedCase,
    next: Pick<WatchedCase, 'baseline' | 'baselineOn'>,
    notice: Notice,
    channels: NoticeChannel[],
    dates: ScheduledDate[],
    at: string,
  ): Promise<boolean>;
  /** Keeps the baseline's verdict but takes the entries' new fingerprints (an edit that changed nothing). */
  refreshEntries(watched: WatchedCase, entries: Record<string, string>): Promise<void>;
  /** The case's scheduled dates due on `day` (on it or before). */
  due(conversationId: string, day: IsoDate): Promise<ScheduledDate[]>;
  /** A date fell due: its reminder and outbox rows, and the date leaves the schedule; once. */
  recordReminder(notice: Notice, channels: NoticeChannel[], date: ScheduledDate, at: string): Promise<void>;
}

export interface KnowledgeSeenStore {
  /** Entry id → fingerprint and the day the watch first saw it. */
  list(): Promise<Map<string, { hash: string; seenOn: IsoDate }>>;
  record(changed: ReadonlyArray<readonly [string, string]>, day: IsoDate): Promise<void>;
}

export interface NoticeStore {
  /** A case's notices, oldest first. */
  list(conversationId: string): Promise<Notice[]>;
  get(id: string): Promise<Notice | undefined>;
  /** The changes of the verdict recorded for these cases, oldest first (for the advisers' inbox). */
  changesOf(conversationIds: readonly string[]): Promise<Notice[]>;
  /** The employer has returned: the case's web notices count as delivered. */
  markSeen(conversationId: string, at: string): Promise<void>;
}

export interface OutboxStore {
  /** Rows to send (not web: those wait for the employer) whose next attempt is due. */
  due(now: string, limit: number): Promise<OutboxRow[]>;
  /** Takes one attempt: true for exactly one caller; the row is due again at `retryAt` unless marked sent. */
  claim(row: OutboxRow, now: string, retryAt: string): Promise<boolean>;
  sent(id: string, at: string): Promise<void>;
  /** A failed attempt (error code only); `giveUp` ends the retries. */
  failed(id: string, code: string, giveUp: boolean): Promise<void>;
  /** Not sent because the employer stopped the channel (or left no address). */
  dropped(id: string): Promise<void>;
  /** Not now: the employer paused the channel until `until`; no attempt is counted. */
  defer(id: string, until: string): Promise<void>;
  /** For admins, newest first. */
  list(filter: { status?: OutboxStatus; limit: number }): Promise<OutboxRow[]>;
  /** For admins: rows per channel and state. */
  counts(): Promise<Array<{ channel: NoticeChannel; status: OutboxStatus; n: number }>>;
}

export interface ChannelChoice {
  state: 'on' | 'stopped';
  snoozedUntil: string | null;
}

export interface ChannelStore {
  /** The conversation's language, or undefined when there is no such conversation. */
  conversationLang(conversationId: string): Promise<Lang | undefined>;
  /** The case's Slack thread, if it has one. */
  slackThread(conversationId: string): Promise<{ channel: string; threadTs: string } | undefined>;
  choice(conversationId: string, channel: NoticeChannel): Promise<ChannelChoice | undefined>;
  choose(conversationId: string, channel: NoticeChannel, choice: ChannelChoice, at: string): Promise<void>;
  /** The address, its unsubscribe token, and the page the employer asked on (a link back; may be absent). */
  email(conversationId: string): Promise<{ address: string; token: string; page?: string | null } | undefined>;
  /** Stores the address (replacing one before) with the token of its unsubscribe link. */
  setEmail(conversationId: string, address: string, token: string, at: string, page?: string): Promise<void>;
  deleteEmail(conversationId: string): Promise<boolean>;
  deleteEmailByToken(token: string): Promise<boolean>;
}

export interface WatchStore {
  cases: CaseStore;
  knowledge: KnowledgeSeenStore;
  notices: NoticeStore;
  outbox: OutboxStore;
  channels: ChannelStore;
}
